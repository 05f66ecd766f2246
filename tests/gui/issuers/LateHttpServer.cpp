#include "LateHttpServer.h"

namespace authscope::test {

LateHttpServer::LateHttpServer(QObject* parent) : QTcpServer(parent)
{
    if (!listen(QHostAddress::LocalHost, 0)) {
        qFatal("LateHttpServer: cannot listen on 127.0.0.1");
    }
    connect(this, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket* socket = nextPendingConnection()) {
            connect(socket, &QTcpSocket::readyRead, socket, [this, socket] { read(socket); });
            connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        }
    });
}

QString LateHttpServer::url() const
{
    return QStringLiteral("http://127.0.0.1:%1").arg(serverPort());
}

void LateHttpServer::answer(const QByteArray& path, const QByteArray& json)
{
    m_answers.insert(path, json);
}

void LateHttpServer::read(QTcpSocket* socket)
{
    const QByteArray request = socket->property("request").toByteArray() + socket->readAll();
    socket->setProperty("request", request);
    if (!request.contains("\r\n\r\n") || socket->property("seen").toBool()) {
        return;
    }
    socket->setProperty("seen", true);
    const QByteArray path = request.left(request.indexOf("\r\n")).split(' ').value(1).split('?').value(0);
    m_counts[path] += 1;
    if (m_held) {
        m_waiting.append(socket);
        return;
    }
    respond(socket);
}

void LateHttpServer::respond(QTcpSocket* socket)
{
    const QByteArray request = socket->property("request").toByteArray();
    const QByteArray path = request.left(request.indexOf("\r\n")).split(' ').value(1).split('?').value(0);
    const auto it = m_answers.constFind(path);
    const QByteArray body = it == m_answers.constEnd() ? QByteArray() : *it;
    const QByteArray status = it == m_answers.constEnd() ? "404 Not Found" : "200 OK";
    socket->write("HTTP/1.1 " + status + "\r\nContent-Type: application/json\r\nContent-Length: " +
                  QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body);
    socket->disconnectFromHost();
}

void LateHttpServer::release()
{
    m_held = false;
    const QList<QPointer<QTcpSocket>> waiting = std::exchange(m_waiting, {});
    for (const QPointer<QTcpSocket>& socket : waiting) {
        if (socket != nullptr) {
            respond(socket);
        }
    }
}

} // namespace authscope::test
