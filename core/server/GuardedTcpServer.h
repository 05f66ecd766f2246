#pragma once

#include "core/server/ServerConfig.h"

#include <QSslConfiguration>
#include <QTcpServer>

namespace authscope {

class HttpEngine;

// A QTcpServer that hands every accepted socket to the configured parser: an HttpConnection of ours, or (with
// HttpParser::Qt) a ConnectionGuard and then Qt's QHttpServer. Refuses connections beyond the configured
// maximum with 503.
class GuardedTcpServer final : public QTcpServer
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GuardedTcpServer)

public:
    // `engine` answers the requests our own parser reads; it must outlive the server's connections.
    GuardedTcpServer(const ServerConfig& config, HttpEngine* engine, QObject* parent = nullptr);

    [[nodiscard]] int openConnections() const { return m_open; }
    // With config.tls: checks the certificate and key and prepares the TLS settings; false with a reason.
    bool prepareTls(QString* error);

Q_SIGNALS:
    // A request or connection refused before any route saw it; method and path are empty when not known.
    void connectionRejected(int status, const QString& code, const QString& remote, const QByteArray& method,
                            const QString& path);

protected:
    void incomingConnection(qintptr socketDescriptor) override;

private:
    ServerConfig m_config;
    HttpEngine* m_engine;
    QSslConfiguration m_tls;
    int m_open = 0;
};

} // namespace authscope
