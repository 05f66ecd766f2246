#pragma once

#include "core/sessions/SessionKey.h"

#include <QHash>
#include <QMutex>

#include <optional>

namespace authscope {

// What validation needs to know about a session, held in memory by the hash of its ID. It is a cache of the
// database, never the truth: before each lookup the store checks whether anyone committed to the file since it
// last looked (the storage change detector) and, if so, reads the change feed (session_changes) and drops the entries
// it names. Inserts carry the generation seen before their database read, so an entry read just before a concurrent
// revocation can never be put back after that revocation dropped it.
//
// Two generations approximate LRU without per-lookup bookkeeping: new entries go to the young map; when it is
// full it becomes the old map (the previous old one is dropped), and a hit in the old map moves the entry back.
class SessionCache final
{
public:
    struct Entry
    {
        qint64 sessionId = 0;
        qint64 userId = 0;
        qint64 idleExpiresMs = 0; // slid in memory on every valid use
        qint64 absoluteExpiresMs = 0;
        qint64 persistedSeenMs = 0; // last-seen time last written (or queued): drives the write throttle
        qint32 idleTimeoutSecs = 0;
        quint8 method = 0;
        bool revoked = false;
        bool userDisabled = false;
    };

    explicit SessionCache(qsizetype capacity);
    Q_DISABLE_COPY_MOVE(SessionCache)

    [[nodiscard]] bool isEnabled() const { return m_capacity > 0; }

    // Runs `fn(Entry&)` under the lock when the key is cached; returns whether it was.
    template <typename Fn>
    bool withEntry(const SessionKey& key, Fn&& fn)
    {
        QMutexLocker lock(&m_mutex);
        Entry* e = findLocked(key);
        if (e == nullptr) {
            ++m_misses;
            return false;
        }
        ++m_hits;
        fn(*e);
        return true;
    }

    [[nodiscard]] quint64 generation() const;
    // Stores an entry read from the database, unless an invalidation happened since `seenGeneration`.
    void insert(const SessionKey& key, const Entry& entry, quint64 seenGeneration);

    void removeKey(const SessionKey& key);
    void removeUser(qint64 userId);
    void clear();

    // The last change-feed row applied.
    [[nodiscard]] qint64 feedSeq() const;
    void setFeedSeq(qint64 seq);

    [[nodiscard]] qsizetype size() const;
    [[nodiscard]] quint64 hits() const;
    [[nodiscard]] quint64 misses() const;

private:
    Entry* findLocked(const SessionKey& key);
    void bumpLocked() { ++m_generation; }

    mutable QMutex m_mutex;
    qsizetype m_capacity;
    QHash<SessionKey, Entry> m_young;
    QHash<SessionKey, Entry> m_old;
    quint64 m_generation = 0;
    qint64 m_feedSeq = 0;
    quint64 m_hits = 0;
    quint64 m_misses = 0;
};

} // namespace authscope
