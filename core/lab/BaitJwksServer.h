#pragma once

#include "core/common/Error.h"

#include <QByteArray>
#include <QMutex>
#include <QString>
#include <QStringList>

class QThread;
class QTcpServer;

namespace authscope::lab {

// The attacker's key server for the jku/x5u attacks: a tiny HTTP server on 127.0.0.1 (never another address)
// in its own thread, serving the attacker's JWKS at /jwks.json and certificate at /cert.pem, and recording every
// request it gets. A target that fetches either URL has let a token header choose where its keys come from
// (SECURITY.md 7), whatever it answers afterwards.
class BaitJwksServer final
{
public:
    BaitJwksServer();
    ~BaitJwksServer();
    Q_DISABLE_COPY_MOVE(BaitJwksServer)

    Result<void> start(const QByteArray& jwksJson, const QByteArray& certificatePem);
    void stop();

    [[nodiscard]] QString url(const QString& path) const; // "http://127.0.0.1:PORT/jwks.json"
    // Request lines received so far ("GET /jwks.json"), oldest first.
    [[nodiscard]] QStringList requests() const;
    [[nodiscard]] int requestCount() const;

private:
    void serve(QTcpServer* server);

    QThread* m_thread = nullptr;
    QTcpServer* m_server = nullptr;
    quint16 m_port = 0;
    QByteArray m_jwks;
    QByteArray m_certificate;
    mutable QMutex m_mutex;
    QStringList m_requests;
};

} // namespace authscope::lab
