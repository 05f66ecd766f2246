#include "core/lab/BaitJwksServer.h"

#include <QHostAddress>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>

#include <memory>

namespace authscope::lab {

BaitJwksServer::BaitJwksServer() = default;

BaitJwksServer::~BaitJwksServer()
{
    stop();
}

Result<void> BaitJwksServer::start(const QByteArray& jwksJson, const QByteArray& certificatePem)
{
    stop();
    m_jwks = jwksJson;
    m_certificate = certificatePem;
    m_thread = new QThread;
    m_thread->setObjectName(QStringLiteral("authscope-attack-bait"));
    m_thread->start();
    m_server = new QTcpServer;
    m_server->moveToThread(m_thread);
    QString error;
    QMetaObject::invokeMethod(
        m_server,
        [this, &error] {
            if (!m_server->listen(QHostAddress::LocalHost, 0)) {
                error = m_server->errorString();
                return;
            }
            m_port = m_server->serverPort();
            QObject::connect(m_server, &QTcpServer::newConnection, m_server, [this] { serve(m_server); });
        },
        Qt::BlockingQueuedConnection);
    if (!error.isEmpty()) {
        stop();
        return fail(QStringLiteral("lab.bait-failed"),
                    QStringLiteral("Cannot listen on 127.0.0.1 for the jku/x5u bait server: %1").arg(error));
    }
    return {};
}

void BaitJwksServer::stop()
{
    if (m_thread == nullptr) {
        return;
    }
    QMetaObject::invokeMethod(
        m_server, [this] { m_server->close(); }, Qt::BlockingQueuedConnection);
    QObject::connect(m_thread, &QThread::finished, m_server, &QObject::deleteLater);
    m_thread->quit();
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
    m_server = nullptr;
    m_port = 0;
}

QString BaitJwksServer::url(const QString& path) const
{
    return QStringLiteral("http://127.0.0.1:%1%2").arg(m_port).arg(path);
}

QStringList BaitJwksServer::requests() const
{
    QMutexLocker lock(&m_mutex);
    return m_requests;
}

int BaitJwksServer::requestCount() const
{
    QMutexLocker lock(&m_mutex);
    return static_cast<int>(m_requests.size());
}

void BaitJwksServer::serve(QTcpServer* server)
{
    while (QTcpSocket* socket = server->nextPendingConnection()) {
        auto buffer = std::make_shared<QByteArray>();
        QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        QObject::connect(socket, &QTcpSocket::readyRead, socket, [this, socket, buffer] {
            *buffer += socket->readAll();
            const qsizetype end = buffer->indexOf("\r\n\r\n");
            if (end < 0) {
                if (buffer->size() > 16 * 1024) {
                    socket->abort();
                }
                return;
            }
            const QByteArray requestLine = buffer->left(buffer->indexOf("\r\n")).left(200);
            {
                QMutexLocker lock(&m_mutex);
                m_requests.append(QString::fromLatin1(requestLine));
            }
            const QList<QByteArray> parts = requestLine.split(' ');
            const QByteArray path = parts.size() >= 2 ? parts.at(1) : QByteArray();
            QByteArray status = "200 OK";
            QByteArray type = "application/jwk-set+json";
            QByteArray body = m_jwks;
            if (path == "/cert.pem") {
                type = "application/pem-certificate-chain";
                body = m_certificate;
            } else if (path != "/jwks.json") {
                status = "404 Not Found";
                type = "text/plain";
                body = "not found\n";
            }
            buffer->clear();
            socket->write("HTTP/1.1 " + status + "\r\nContent-Type: " + type +
                          "\r\nConnection: close\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" +
                          body);
            socket->disconnectFromHost();
        });
    }
}

} // namespace authscope::lab
