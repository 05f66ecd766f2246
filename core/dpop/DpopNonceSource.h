#pragma once

#include "core/common/Clock.h"

#include <QMutex>
#include <QString>

namespace authscope::dpop {

// Server-issued DPoP nonces (RFC 9449 §8, DP-NONCE): random values that rotate every `lifetimeSecs`. The current
// nonce and the one before it are accepted (a client that fetched a nonce just before the rotation is not turned
// away); anything older is stale. Thread-safe.
class DpopNonceSource final
{
public:
    explicit DpopNonceSource(const Clock& clock = Clock::system(), int lifetimeSecs = 300);
    Q_DISABLE_COPY_MOVE(DpopNonceSource)

    // The nonce to hand out now (rotating first when the current one is older than its lifetime).
    [[nodiscard]] QString current();
    // True for the current nonce and the previous one.
    [[nodiscard]] bool accepts(const QString& nonce);
    // Starts a new nonce at once; the current one becomes the previous.
    void rotate();
    [[nodiscard]] int lifetimeSecs() const { return m_lifetimeSecs; }

private:
    void rotateLocked();
    void rotateIfDueLocked();

    const Clock& m_clock;
    const int m_lifetimeSecs;
    QMutex m_mutex;
    QString m_current;
    QString m_previous;
    qint64 m_issuedMs = 0;
};

} // namespace authscope::dpop
