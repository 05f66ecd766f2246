#include "core/server/LoginRateLimiter.h"

namespace authscope {

int LoginRateLimiter::wait(QHash<QString, Window>& table, const QString& key, int limit, qint64 nowMs)
{
    const auto it = table.find(key);
    if (it == table.end()) {
        return 0;
    }
    const qint64 windowMs = m_limits.windowSecs * 1000LL;
    if (nowMs - it->startMs >= windowMs) {
        table.erase(it);
        return 0;
    }
    if (it->failures < limit) {
        return 0;
    }
    return static_cast<int>((it->startMs + windowMs - nowMs + 999) / 1000);
}

void LoginRateLimiter::bump(QHash<QString, Window>& table, const QString& key, qint64 nowMs)
{
    Window& w = table[key];
    if (w.failures == 0 || nowMs - w.startMs >= m_limits.windowSecs * 1000LL) {
        w.startMs = nowMs;
        w.failures = 0;
    }
    ++w.failures;
    // Bound the memory a flood of made-up names can take.
    if (table.size() > 100'000) {
        table.clear();
    }
}

int LoginRateLimiter::retryAfter(const QString& user, const QString& address, qint64 nowMs)
{
    QMutexLocker lock(&m_mutex);
    return std::max(wait(m_users, user.toLower(), m_limits.maxFailuresPerUser, nowMs),
                    wait(m_addresses, address, m_limits.maxFailuresPerAddress, nowMs));
}

void LoginRateLimiter::recordFailure(const QString& user, const QString& address, qint64 nowMs)
{
    QMutexLocker lock(&m_mutex);
    bump(m_users, user.toLower(), nowMs);
    bump(m_addresses, address, nowMs);
}

void LoginRateLimiter::recordSuccess(const QString& user)
{
    QMutexLocker lock(&m_mutex);
    m_users.remove(user.toLower());
}

} // namespace authscope
