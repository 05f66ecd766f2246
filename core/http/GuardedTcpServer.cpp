#include "core/http/GuardedTcpServer.h"

#include "core/http/ConnectionGuard.h"
#include "core/http/HttpConnection.h"

#include <QSslConfiguration>
#include <QSslKey>
#include <QSslSocket>
#include <QTcpSocket>

namespace authscope::http {

GuardedTcpServer::GuardedTcpServer(const HttpServerConfig& config, HttpEngine* engine, QObject* parent)
    : QTcpServer(parent), m_config(config), m_engine(engine)
{}

bool GuardedTcpServer::prepareTls(QString* error)
{
    if (!m_config.tls) {
        return true;
    }
    if (!QSslSocket::supportsSsl()) {
        *error = QStringLiteral("Qt has no TLS backend here (Debian: the OpenSSL backend comes with libqt6network6).");
        return false;
    }
    const QSslCertificate certificate(m_config.tlsCertificatePem, QSsl::Pem);
    const QSslKey key(m_config.tlsPrivateKeyPem, QSsl::Ec, QSsl::Pem);
    if (certificate.isNull() || key.isNull()) {
        *error = QStringLiteral("The TLS certificate or key could not be read.");
        return false;
    }
    m_tls = QSslConfiguration::defaultConfiguration();
    m_tls.setLocalCertificate(certificate);
    m_tls.setPrivateKey(key);
    m_tls.setPeerVerifyMode(QSslSocket::VerifyNone);
    m_tls.setProtocol(QSsl::TlsV1_2OrLater);
    return true;
}

void GuardedTcpServer::incomingConnection(qintptr socketDescriptor)
{
    QTcpSocket* socket = nullptr;
    if (m_config.tls) {
        auto* ssl = new QSslSocket(this);
        if (!ssl->setSocketDescriptor(socketDescriptor)) {
            delete ssl;
            return;
        }
        ssl->setSslConfiguration(m_tls);
        ssl->startServerEncryption();
        socket = ssl;
    } else {
        socket = new QTcpSocket(this);
        if (!socket->setSocketDescriptor(socketDescriptor)) {
            delete socket;
            return;
        }
    }
    // Small responses, many requests: do not wait for Nagle.
    socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    // Sockets refused before a parser took them are ours to delete; deleteLater twice is harmless.
    connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    ++m_open;
    connect(socket, &QTcpSocket::disconnected, this, [this] { --m_open; });
    const bool full = m_open > m_config.maxConnections;
    const QString fullMessage =
        QStringLiteral("The server already has %1 open connections.").arg(m_config.maxConnections);
    if (m_config.httpParser == HttpServerConfig::HttpParser::Own) {
        auto* connection = new HttpConnection(socket, m_config, m_engine);
        connect(connection, &HttpConnection::rejected, this,
                [this, socket](int status, const QString& code, const QByteArray& method, const QString& path) {
                    Q_EMIT connectionRejected(status, code, socket->peerAddress().toString(), method, path);
                });
        if (full) {
            connection->reject(503, QStringLiteral("too_many_connections"), fullMessage);
        }
        return;
    }
    auto* guard = new ConnectionGuard(socket, m_config);
    connect(guard, &ConnectionGuard::rejected, this, [this, socket](int status, const QString& code) {
        Q_EMIT connectionRejected(status, code, socket->peerAddress().toString(), {}, {});
    });
    if (full) {
        guard->reject(503, QStringLiteral("too_many_connections"), fullMessage);
        return;
    }
    addPendingConnection(socket);
}

} // namespace authscope::http
