#include "core/sessions/SessionCache.h"

namespace authscope {

SessionCache::SessionCache(qsizetype capacity) : m_capacity(capacity) {}

SessionCache::Entry* SessionCache::findLocked(const SessionKey& key)
{
    auto it = m_young.find(key);
    if (it != m_young.end()) {
        return &it.value();
    }
    const auto old = m_old.constFind(key);
    if (old == m_old.constEnd()) {
        return nullptr;
    }
    // Promote: still in use, so it survives the next rotation.
    const Entry entry = old.value();
    m_old.erase(old);
    if (m_young.size() >= m_capacity / 2) {
        m_old = std::move(m_young);
        m_young = {};
    }
    return &m_young.insert(key, entry).value();
}

quint64 SessionCache::generation() const
{
    QMutexLocker lock(&m_mutex);
    return m_generation;
}

void SessionCache::insert(const SessionKey& key, const Entry& entry, quint64 seenGeneration)
{
    if (!isEnabled()) {
        return;
    }
    QMutexLocker lock(&m_mutex);
    if (seenGeneration != m_generation) {
        return;
    }
    m_old.remove(key);
    if (m_young.size() >= std::max<qsizetype>(1, m_capacity / 2) && !m_young.contains(key)) {
        m_old = std::move(m_young);
        m_young = {};
    }
    m_young.insert(key, entry);
}

void SessionCache::removeKey(const SessionKey& key)
{
    QMutexLocker lock(&m_mutex);
    m_young.remove(key);
    m_old.remove(key);
    bumpLocked();
}

void SessionCache::removeUser(qint64 userId)
{
    QMutexLocker lock(&m_mutex);
    m_young.removeIf([userId](const auto& it) { return it.value().userId == userId; });
    m_old.removeIf([userId](const auto& it) { return it.value().userId == userId; });
    bumpLocked();
}

void SessionCache::clear()
{
    QMutexLocker lock(&m_mutex);
    m_young.clear();
    m_old.clear();
    bumpLocked();
}

qint64 SessionCache::feedSeq() const
{
    QMutexLocker lock(&m_mutex);
    return m_feedSeq;
}

void SessionCache::setFeedSeq(qint64 seq)
{
    QMutexLocker lock(&m_mutex);
    m_feedSeq = std::max(m_feedSeq, seq);
}

qsizetype SessionCache::size() const
{
    QMutexLocker lock(&m_mutex);
    return m_young.size() + m_old.size();
}

quint64 SessionCache::hits() const
{
    QMutexLocker lock(&m_mutex);
    return m_hits;
}

quint64 SessionCache::misses() const
{
    QMutexLocker lock(&m_mutex);
    return m_misses;
}

} // namespace authscope
