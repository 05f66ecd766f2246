#include "GuardedTcpServer.h"

#include "ConnectionGuard.h"

#include <QTcpSocket>

namespace authscope {

GuardedTcpServer::GuardedTcpServer(const ServerConfig& config, QObject* parent) : QTcpServer(parent), m_config(config)
{}

void GuardedTcpServer::incomingConnection(qintptr socketDescriptor)
{
    auto* socket = new QTcpSocket(this);
    if (!socket->setSocketDescriptor(socketDescriptor)) {
        delete socket;
        return;
    }
    // Small responses, many requests: do not wait for Nagle.
    socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    auto* guard = new ConnectionGuard(socket, m_config);
    connect(guard, &ConnectionGuard::rejected, this, [this, socket](int status, const QString& code) {
        Q_EMIT connectionRejected(status, code, socket->peerAddress().toString());
    });
    // Sockets refused before Qt's server took them are ours to delete; deleteLater twice is harmless.
    connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    ++m_open;
    connect(socket, &QTcpSocket::disconnected, this, [this] { --m_open; });
    if (m_open > m_config.maxConnections) {
        guard->reject(503, QStringLiteral("too_many_connections"),
                      QStringLiteral("The server already has %1 open connections.").arg(m_config.maxConnections));
        return;
    }
    addPendingConnection(socket);
}

} // namespace authscope
