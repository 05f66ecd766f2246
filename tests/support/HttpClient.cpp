#include "tests/support/HttpClient.h"

#include "core/http/HttpClient.h"
#include "core/http/HttpResponseReader.h"

#include <QElapsedTimer>
#include <QTcpSocket>

namespace authscope::test {

namespace {

http::HttpClient client(quint16 port, int timeoutMs)
{
    http::HttpClient::Options options;
    options.timeoutMs = timeoutMs;
    options.keepAlive = false;
    return http::HttpClient(QStringLiteral("127.0.0.1"), port, options);
}

} // namespace

bool connectTo(QTcpSocket& socket, quint16 port)
{
    socket.connectToHost(QStringLiteral("127.0.0.1"), port);
    return socket.waitForConnected(5000);
}

QList<RawHttpResponse> readResponses(QTcpSocket& socket, int count, int timeoutMs)
{
    QList<RawHttpResponse> responses;
    QByteArray data;
    QElapsedTimer timer;
    timer.start();
    while (responses.size() < count && timer.elapsed() < timeoutMs) {
        qsizetype used = 0;
        RawHttpResponse r = parseResponse(data, &used);
        if (r.status != 0) {
            data.remove(0, used);
            responses.append(r);
            continue;
        }
        if (socket.state() != QAbstractSocket::ConnectedState && socket.bytesAvailable() == 0) {
            break;
        }
        if (socket.waitForReadyRead(200)) {
            data += socket.readAll();
        }
    }
    return responses;
}

QByteArray readUntil(QTcpSocket& socket, const std::function<bool(const QByteArray& data)>& done, int timeoutMs)
{
    QByteArray data;
    QElapsedTimer timer;
    timer.start();
    while (!done(data) && timer.elapsed() < timeoutMs) {
        if (socket.waitForReadyRead(200)) {
            data += socket.readAll();
        }
    }
    return data;
}

bool waitUntilClosed(QTcpSocket& socket, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (socket.state() == QAbstractSocket::ConnectedState && timer.elapsed() < timeoutMs) {
        socket.waitForReadyRead(100);
        socket.readAll();
    }
    return socket.state() != QAbstractSocket::ConnectedState;
}

RawHttpResponse parseResponse(const QByteArray& data, qsizetype* consumed, bool headRequest)
{
    http::HttpResponseReader::Options options;
    options.headRequest = headRequest;
    RawHttpResponse r;
    const auto outcome = http::HttpResponseReader::read(data, r, options);
    if (outcome.step != http::HttpResponseReader::Step::Ready) {
        return {};
    }
    if (consumed != nullptr) {
        *consumed = outcome.consumed;
    }
    return r;
}

RawHttpResponse rawHttp(quint16 port, const QByteArray& request, int timeoutMs)
{
    auto r = client(port, timeoutMs).sendRaw(request, request.startsWith("HEAD "));
    return r ? *r : RawHttpResponse{};
}

RawHttpResponse fetch(quint16 port, const QByteArray& method, const QByteArray& path,
                      const QList<QPair<QByteArray, QByteArray>>& headers, const QByteArray& body, int timeoutMs)
{
    auto r = client(port, timeoutMs).send(method, path, headers, body);
    return r ? *r : RawHttpResponse{};
}

} // namespace authscope::test
