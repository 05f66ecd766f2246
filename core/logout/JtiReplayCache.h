#pragma once

#include <QHash>
#include <QString>

namespace authscope::logout {

// The jti values of logout tokens already accepted, each kept until its token expires (B-RP-REPLAY). Bounded: when
// full, expired entries go first, then the ones that expire soonest; a token whose entry was pushed out that way is
// still refused later by its iat window. Not thread-safe (one per route group, in the server's thread).
class JtiReplayCache final
{
public:
    static constexpr qsizetype DefaultCapacity = 10'000;

    explicit JtiReplayCache(qsizetype capacity = DefaultCapacity) : m_capacity(capacity) {}

    // True when (issuer, jti) is new, and remembers it until expMs; false when it was seen and has not expired.
    bool remember(const QString& issuer, const QString& jti, qint64 expMs, qint64 nowMs);
    [[nodiscard]] qsizetype size() const { return m_seen.size(); }

private:
    void makeRoom(qint64 nowMs);

    qsizetype m_capacity;
    QHash<QString, qint64> m_seen; // issuer + '\n' + jti -> expiry
};

} // namespace authscope::logout
