#include "core/dpop/DpopReplayCache.h"

#include <QMutexLocker>

namespace authscope::dpop {

DpopReplayCache::DpopReplayCache(int windowSecs, qsizetype capacity)
    : m_windowSecs(std::max(1, windowSecs)), m_capacity(std::max<qsizetype>(1, capacity))
{}

void DpopReplayCache::purgeLocked(qint64 nowMs)
{
    while (!m_order.empty() && m_order.front().expiresMs <= nowMs) {
        const auto it = m_seen.constFind(m_order.front().key);
        // Only the entry this record made: a key is never re-added while it lives, so expiries match.
        if (it != m_seen.constEnd() && *it == m_order.front().expiresMs) {
            m_seen.erase(it);
        }
        m_order.pop_front();
    }
}

DpopReplayCache::Verdict DpopReplayCache::remember(const QByteArray& key, qint64 nowMs)
{
    QMutexLocker lock(&m_mutex);
    purgeLocked(nowMs);
    if (const auto it = m_seen.constFind(key); it != m_seen.constEnd() && *it > nowMs) {
        return Verdict::Replayed;
    }
    if (m_seen.size() >= m_capacity) {
        return Verdict::Full;
    }
    const qint64 expires = nowMs + 2LL * m_windowSecs * 1000;
    // A clock that went back could leave an older expiry at the back; keep the deque ordered anyway.
    const qint64 ordered = m_order.empty() ? expires : std::max(expires, m_order.back().expiresMs);
    m_seen.insert(key, ordered);
    m_order.push_back(Entry{key, ordered});
    return Verdict::Fresh;
}

qsizetype DpopReplayCache::size() const
{
    QMutexLocker lock(&m_mutex);
    return m_seen.size();
}

} // namespace authscope::dpop
