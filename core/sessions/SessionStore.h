#pragma once

#include "core/common/Clock.h"
#include "core/common/Error.h"
#include "core/sessions/Session.h"
#include "core/sessions/SessionCache.h"
#include "core/sessions/SessionPolicy.h"
#include "core/sessions/SessionQuery.h"
#include "core/sessions/SessionValidation.h"

#include <QByteArrayView>
#include <QHash>
#include <QMetaObject>
#include <QMutex>

#include <atomic>
#include <memory>

class QThread;

namespace authscope {

class AuditLog;
class Database;

// The sessions of the test server's users (SECURITY.md 14–19): creation, the validation hot path, and the
// administrator's operations, each of which is audited.
//
// Validation looks a session up by the SHA-256 of its ID, in memory when it can. Before every lookup it checks
// whether any connection (another thread, the CLI, a second console, the test server in another process) has
// committed to the database since it last looked: a lock-free read of the WAL index's change counter (see
// WalChangeWatcher; PRAGMA data_version where that is unavailable). If one has, it reads the change feed and
// drops what it names, so a revocation anywhere counts on the very next request. A valid use slides the idle
// expiry in memory at once; the database row follows at most once per policy.slideThrottleSecs per session,
// written in batches. Other processes therefore see a last-seen time up to that much older than this one does;
// before calling a session idle-expired, validation re-reads it from the database.
//
// Thread-safe: each thread gets its own SQLite connection (dropped when the thread finishes).
class SessionStore final
{
public:
    SessionStore(Database& database, AuditLog& audit, const Clock& clock = Clock::system(),
                 const SessionPolicy& policy = {});
    ~SessionStore(); // writes pending slides
    Q_DISABLE_COPY_MOVE(SessionStore)

    [[nodiscard]] const SessionPolicy& policy() const { return m_policy; }

    // --- The test server's side ---
    Result<CreatedSession> create(const NewSession& spec);
    Result<SessionValidation> validate(QByteArrayView token);
    // Ends the session as its user asked; false when the ID names no live session.
    Result<bool> logout(QByteArrayView token);
    // A new ID for a live session (after login and every privilege change, against fixation: SECURITY.md 15).
    Result<CreatedSession> rotate(QByteArrayView token);
    // Writes the slides waiting for their batch (a server calls this on a timer; the destructor does too).
    Result<void> flushSlides();
    // Loads every live session into the cache, so that the first request of each is a hit too; returns how many.
    Result<qint64> warmCache();
    [[nodiscard]] SessionStoreStats stats() const;

    // --- The administrator's side ---
    Result<Session> find(qint64 id);
    Result<SessionPage> list(const SessionFilter& filter, const SessionSort& sort = {}, int limit = 100,
                             const SessionCursor& after = {});
    Result<QList<Session>> fetch(const QList<qint64>& ids);
    Result<qint64> count(const SessionFilter& filter, qint64 cap = -1);
    Result<SessionCounters> counters(qint64 revokedSinceMs, qint64 expiringWindowMs = 3600 * 1000);

    // Revocations take effect at once everywhere; each revoked session is audited. They return how many active
    // sessions they ended (already revoked or expired ones are left alone).
    Result<bool> revoke(qint64 id, const QString& reason);
    Result<qint64> revoke(const QList<qint64>& ids, const QString& reason);
    Result<qint64> revokeUser(qint64 userId, const QString& reason);
    Result<qint64> revokeAll(const QString& reason);
    // Moves both expiries of an active session later by `bySecs`.
    Result<Session> extend(qint64 id, qint64 bySecs);
    struct PurgeReport
    {
        qint64 sessions = 0;
        qint64 tokens = 0;
        qint64 denyListEntries = 0;
    };
    // Deletes sessions that ended (revoked or expired) before `endedBeforeMs`, the JWT records that expired
    // before it, and deny-list entries whose tokens have expired for good.
    Result<PurgeReport> purge(qint64 endedBeforeMs);

    // A number that changes whenever any connection changed the database (for the console's auto-refresh).
    Result<qint64> changeStamp();

private:
    struct ThreadState;
    struct PendingSlide
    {
        qint64 lastSeenMs = 0;
        qint64 idleExpiresMs = 0;
    };

    Result<ThreadState*> threadState();
    Result<void> syncChanges(ThreadState& ts);
    Result<void> applyFeed(ThreadState& ts);
    Result<std::optional<SessionCache::Entry>> readEntry(ThreadState& ts, const SessionKey& key);
    SessionValidation::Verdict judge(SessionCache::Entry& entry, qint64 now, bool& slide) const;
    void queueSlide(const SessionCache::Entry& entry, qint64 now);
    void maybeFlush(ThreadState& ts, qint64 now);
    Result<void> flush(ThreadState& ts);
    Result<QString> userName(ThreadState& ts, qint64 userId, bool* disabled = nullptr);
    Result<qint64> userAgentId(ThreadState& ts, const QString& userAgent);
    void auditRevocations(const QList<qint64>& ids, const QString& reason, const QString& action);
    void dropThreadState(QThread* thread);

    Database& m_db;
    AuditLog& m_audit;
    const Clock& m_clock;
    SessionPolicy m_policy;
    SessionCache m_cache;
    quint64 m_instanceId;

    mutable QMutex m_threadsMutex;
    QHash<QThread*, ThreadState*> m_threads;
    QHash<QThread*, QMetaObject::Connection> m_threadWatch;
    bool m_feedInitialised = false;

    mutable QMutex m_slideMutex;
    QHash<qint64, PendingSlide> m_pending;
    std::atomic<qsizetype> m_pendingCount{0}; // read without the lock: most validations have nothing to flush
    qint64 m_oldestPendingMs = 0;
    QString m_lastFlushError;

    mutable QMutex m_namesMutex;
    QHash<qint64, QString> m_userNames;
    QHash<QString, qint64> m_userAgentIds;

    std::atomic<quint64> m_validations{0};
    std::atomic<quint64> m_feedReads{0};
    std::atomic<quint64> m_slideWrites{0};
    std::atomic<quint64> m_slideBatches{0};
};

} // namespace authscope
