#pragma once

#include "ServerConfig.h"

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

Q_SIGNALS:
    void connectionRejected(int status, const QString& code, const QString& remote);

protected:
    void incomingConnection(qintptr socketDescriptor) override;

private:
    ServerConfig m_config;
    int m_open = 0;
};

} // namespace authscope
