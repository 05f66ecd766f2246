#pragma once

#include <QByteArray>
#include <QHash>
#include <QMutex>

#include <deque>

namespace authscope::dpop {

// The jti values of accepted proofs (RFC 9449 §11.1), in memory. DP-REPLAY: a proof is accepted only while its
// iat is within ±window of now, so a jti need only be remembered for 2 × window after it was first seen; entries
// older than that are dropped as new ones arrive. Bounded: when `capacity` live entries are held, new proofs are
// refused (dpop.replay-cache-full) rather than old entries forgotten, since forgetting one would let it be
// replayed. Thread-safe.
class DpopReplayCache final
{
public:
    enum class Verdict
    {
        Fresh, // not seen before: now remembered
        Replayed,
        Full
    };

    explicit DpopReplayCache(int windowSecs = 60, qsizetype capacity = 100'000);
    Q_DISABLE_COPY_MOVE(DpopReplayCache)

    // Records `key` (the proof key's thumbprint and the jti) as seen at `nowMs`, unless it already was.
    [[nodiscard]] Verdict remember(const QByteArray& key, qint64 nowMs);
    [[nodiscard]] qsizetype size() const;
    [[nodiscard]] qsizetype capacity() const { return m_capacity; }
    [[nodiscard]] int windowSecs() const { return m_windowSecs; }

private:
    void purgeLocked(qint64 nowMs);

    struct Entry
    {
        QByteArray key;
        qint64 expiresMs = 0;
    };

    const int m_windowSecs;
    const qsizetype m_capacity;
    mutable QMutex m_mutex;
    QHash<QByteArray, qint64> m_seen; // key -> expiry
    std::deque<Entry> m_order;        // by expiry: entries are added with now + 2 × window
};

} // namespace authscope::dpop
