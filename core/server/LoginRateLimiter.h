#pragma once

#include <QHash>
#include <QMutex>
#include <QString>

namespace authscope {

// Counts failed logins per user name and per client address in a sliding window and says how long a caller
// must wait once either passes its limit (OWASP: slow down password guessing without locking users out for
// good). A successful login clears the user's count.
class LoginRateLimiter final
{
public:
    struct Limits
    {
        int windowSecs = 60;
        int maxFailuresPerUser = 5;
        int maxFailuresPerAddress = 20;
    };

    LoginRateLimiter() = default;
    explicit LoginRateLimiter(const Limits& limits) : m_limits(limits) {}

    // Seconds to wait before another attempt for this user from this address (0: go ahead).
    [[nodiscard]] int retryAfter(const QString& user, const QString& address, qint64 nowMs);
    void recordFailure(const QString& user, const QString& address, qint64 nowMs);
    void recordSuccess(const QString& user);

private:
    struct Window
    {
        qint64 startMs = 0;
        int failures = 0;
    };
    int wait(QHash<QString, Window>& table, const QString& key, int limit, qint64 nowMs);
    void bump(QHash<QString, Window>& table, const QString& key, qint64 nowMs);

    Limits m_limits;
    QMutex m_mutex;
    QHash<QString, Window> m_users;
    QHash<QString, Window> m_addresses;
};

} // namespace authscope
