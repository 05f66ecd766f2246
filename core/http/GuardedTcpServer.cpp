#include "core/http/GuardedTcpServer.h"

#include "core/http/ConnectionGuard.h"
#include "core/http/HttpConnection.h"

#include <QSslCipher>
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
    // H-TLS-AEAD: TLS 1.2 offers only ECDHE with AES-GCM or ChaCha20-Poly1305 (no CBC, no static RSA key
    // exchange); TLS 1.3's suites are all AEAD and stay as OpenSSL has them.
    QList<QSslCipher> aead;
    for (const QSslCipher& cipher : QSslConfiguration::supportedCiphers()) {
        const QString name = cipher.name();
        const bool tls13 = cipher.protocol() == QSsl::TlsV1_3 || name.startsWith(QLatin1StringView("TLS_"));
        const bool ecdheAead =
            name.startsWith(QLatin1StringView("ECDHE-")) &&
            (name.contains(QLatin1StringView("-GCM-")) || name.contains(QLatin1StringView("CHACHA20")));
        if (tls13 || ecdheAead) {
            aead << cipher;
        }
    }
    if (aead.isEmpty()) {
        *error = QStringLiteral("The TLS backend offers no AEAD cipher suite.");
        return false;
    }
    m_tls.setCiphers(aead);
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
