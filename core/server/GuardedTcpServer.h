#pragma once

#include "ServerConfig.h"

#include <QSslConfiguration>
#include <QTcpServer>

namespace authscope {

// A QTcpServer that puts a ConnectionGuard on every accepted socket before QHttpServer gets it, and refuses
// connections beyond the configured maximum with 503.
class GuardedTcpServer final : public QTcpServer
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GuardedTcpServer)

public:
    explicit GuardedTcpServer(const ServerConfig& config, QObject* parent = nullptr);

    [[nodiscard]] int openConnections() const { return m_open; }
    // With config.tls: checks the certificate and key and prepares the TLS settings; false with a reason.
    bool prepareTls(QString* error);

Q_SIGNALS:
    void connectionRejected(int status, const QString& code, const QString& remote);

protected:
    void incomingConnection(qintptr socketDescriptor) override;

private:
    ServerConfig m_config;
    QSslConfiguration m_tls;
    int m_open = 0;
};

} // namespace authscope
