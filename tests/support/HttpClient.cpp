#include "tests/support/HttpClient.h"

#include <QDeadlineTimer>
#include <QJsonDocument>
#include <QTcpSocket>

namespace authscope::test {

QByteArray RawHttpResponse::header(QByteArrayView name) const
{
    for (const auto& [key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0) {
            return value;
        }
    }
    return {};
}

QList<QByteArray> RawHttpResponse::headerValues(QByteArrayView name) const
{
    QList<QByteArray> values;
    for (const auto& [key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0) {
            values << value;
        }
    }
    return values;
}

QJsonObject RawHttpResponse::json() const
{
    return QJsonDocument::fromJson(body).object();
}

RawHttpResponse parseResponse(const QByteArray& data, qsizetype* consumed, bool headRequest)
{
    RawHttpResponse r;
    const qsizetype end = data.indexOf("\r\n\r\n");
    if (end < 0) {
        return r;
    }
    const QList<QByteArray> lines = data.first(end).split('\n');
    const QList<QByteArray> statusLine = lines.value(0).trimmed().split(' ');
    qint64 length = 0;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon > 0) {
            const QByteArray name = line.first(colon).trimmed().toLower();
            const QByteArray value = line.sliced(colon + 1).trimmed();
            r.headers.append({name, value});
            if (name == "content-length") {
                length = value.toLongLong();
            }
        }
    }
    if (headRequest) {
        length = 0;
    }
    if (data.size() < end + 4 + length) {
        return r;
    }
    r.status = statusLine.value(1).toInt();
    r.body = data.mid(end + 4, length);
    if (consumed != nullptr) {
        *consumed = end + 4 + length;
    }
    return r;
}

RawHttpResponse rawHttp(quint16 port, const QByteArray& request, int timeoutMs)
{
    QTcpSocket socket;
    socket.connectToHost(QStringLiteral("127.0.0.1"), port);
    RawHttpResponse r;
    if (!socket.waitForConnected(timeoutMs)) {
        r.closed = true;
        return r;
    }
    socket.write(request);
    const bool head = request.startsWith("HEAD ");
    QByteArray data;
    QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired()) {
        if (socket.bytesAvailable() == 0 && !socket.waitForReadyRead(static_cast<int>(deadline.remainingTime()))) {
            break;
        }
        data += socket.readAll();
        r = parseResponse(data, nullptr, head);
        if (r.status != 0) {
            return r;
        }
    }
    r = parseResponse(data, nullptr, head);
    r.closed = socket.state() != QAbstractSocket::ConnectedState;
    return r;
}

RawHttpResponse fetch(quint16 port, const QByteArray& method, const QByteArray& path,
                      const QList<QPair<QByteArray, QByteArray>>& headers, const QByteArray& body, int timeoutMs)
{
    QByteArray request = method + ' ' + path + " HTTP/1.1\r\nHost: 127.0.0.1:" + QByteArray::number(port) + "\r\n";
    for (const auto& [name, value] : headers) {
        request += name + ": " + value + "\r\n";
    }
    if (!body.isEmpty() || method == "POST") {
        request += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    }
    request += "Connection: close\r\n\r\n" + body;
    return rawHttp(port, request, timeoutMs);
}

} // namespace authscope::test
