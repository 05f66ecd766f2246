#include "tests/support/CannedHttpServer.h"

#include <utility>

namespace authscope::test {

CannedHttpServer::CannedHttpServer(QObject* parent) : QTcpServer(parent)
{
    if (!listen(QHostAddress::LocalHost, 0)) {
        qFatal("CannedHttpServer: cannot listen on 127.0.0.1");
    }
    connect(this, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket* socket = nextPendingConnection()) {
            connect(socket, &QTcpSocket::readyRead, socket, [this, socket] { serve(socket); });
            connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        }
    });
}

QString CannedHttpServer::url() const
{
    return QStringLiteral("http://127.0.0.1:%1").arg(serverPort());
}

void CannedHttpServer::answer(const QByteArray& path, int status, const QByteArray& body,
                              const QByteArray& extraHeaders)
{
    answerRaw(path, "HTTP/1.1 " + QByteArray::number(status) +
                        " Canned\r\nContent-Length: " + QByteArray::number(body.size()) +
                        "\r\nContent-Type: application/json\r\n" + extraHeaders + "Connection: close\r\n\r\n" + body);
}

void CannedHttpServer::answerRaw(const QByteArray& path, const QByteArray& bytes)
{
    m_answers.insert(path, bytes);
}

void CannedHttpServer::hang(const QByteArray& path)
{
    m_answers.insert(path, QByteArray());
}

void CannedHttpServer::serve(QTcpSocket* socket)
{
    QByteArray request = socket->property("request").toByteArray() + socket->readAll();
    socket->setProperty("request", request);
    if (!request.contains("\r\n\r\n") || socket->property("answered").toBool()) {
        return;
    }
    socket->setProperty("answered", true);
    const QList<QByteArray> requestLine = request.left(request.indexOf("\r\n")).split(' ');
    const QByteArray path = requestLine.value(1).split('?').value(0);
    m_counts[path] += 1;
    if (m_held) {
        m_waiting.append({socket, path});
        return;
    }
    respond(socket, path);
}

void CannedHttpServer::respond(QTcpSocket* socket, const QByteArray& path)
{
    const auto it = m_answers.constFind(path);
    if (it == m_answers.constEnd()) {
        socket->write("HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
        socket->disconnectFromHost();
        return;
    }
    if (it->isEmpty()) {
        return; // hang: the client's timeout must end this
    }
    socket->write(*it);
    socket->disconnectFromHost();
}

void CannedHttpServer::release()
{
    m_held = false;
    const auto waiting = std::exchange(m_waiting, {});
    for (const auto& [socket, path] : waiting) {
        if (socket != nullptr) {
            respond(socket, path);
        }
    }
}

} // namespace authscope::test
