#pragma once

#include "core/http/HttpServerConfig.h"

#include <QSslConfiguration>
#include <QTcpServer>

namespace authscope::http {

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
    GuardedTcpServer(const HttpServerConfig& config, HttpEngine* engine, QObject* parent = nullptr);

    // With config.tls: checks the certificate and key and prepares the TLS settings; false with a reason.
    bool prepareTls(QString* error);

Q_SIGNALS:
    // A request or connection refused before any route saw it; method and path are empty when not known.
    void connectionRejected(int status, const QString& code, const QString& remote, const QByteArray& method,
                            const QString& path);

protected:
    void incomingConnection(qintptr socketDescriptor) override;

private:
    HttpServerConfig m_config;
    HttpEngine* m_engine;
    QSslConfiguration m_tls;
    int m_open = 0; // for the maxConnections refusal
};

} // namespace authscope::http
