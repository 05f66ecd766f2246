#pragma once

#include "core/common/Error.h"

#include <QByteArray>
#include <QMutex>
#include <QString>
#include <QStringList>

class QObject;
class QThread;

namespace authscope::lab {

// The attacker's key server for the jku/x5u attacks: the project's own HTTP engine on 127.0.0.1 (never another
// address) in a thread of its own, serving the attacker's JWKS at /jwks.json and certificate at /cert.pem, and
// recording every request it gets. A target that fetches either URL has let a token header choose where its keys
// come from, whatever it answers afterwards.
class BaitJwksServer final
{
public:
    BaitJwksServer();
    ~BaitJwksServer();
    Q_DISABLE_COPY_MOVE(BaitJwksServer)

    Result<void> start(const QByteArray& jwksJson, const QByteArray& certificatePem);
    void stop();

    [[nodiscard]] QString url(const QString& path) const; // "http://127.0.0.1:PORT/jwks.json"
    // The requests received so far ("GET /jwks.json"), oldest first; "- -" for one refused before its request line.
    [[nodiscard]] QStringList requests() const;
    [[nodiscard]] int requestCount() const;

private:
    void record(const QByteArray& method, const QString& path);

    QThread* m_thread = nullptr;
    QObject* m_worker = nullptr; // lives in m_thread
    quint16 m_port = 0;
    mutable QMutex m_mutex;
    QStringList m_requests;
};

} // namespace authscope::lab
