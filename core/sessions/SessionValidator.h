#pragma once

#include "core/common/Clock.h"
#include "core/common/Error.h"
#include "core/sessions/Session.h"
#include "core/sessions/SessionCache.h"
#include "core/sessions/SessionPolicy.h"
#include "core/sessions/SessionValidation.h"
#include "core/sessions/SessionValidatorRepository.h"

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

// The test server's side of the sessions (rules S-ID to A-EVERY-ACTION of docs/security.md): creation, the validation
// hot path, logout and rotation, each audited in the transaction that makes it.
//
// Validation looks a session up by the SHA-256 of its ID, in memory when it can. Before every lookup it asks the
// change detector whether any connection (another thread, the CLI, a second console, the test server in another
// process) has committed to the database since it last looked: on SQLite a lock-free read of the WAL index's
// change counter. If one has, it reads the change feed and drops what it names, so a revocation anywhere counts on
// the very next request. A valid use slides the idle expiry in memory at once; the database row follows at most
// once per policy.slideThrottleSecs per session, written in batches. Other processes therefore see a last-seen
// time up to that much older than this one does; before calling a session idle-expired, validation re-reads it
// from the database.
//
// Thread-safe: each thread gets its own SessionValidatorRepository (dropped when the thread finishes).
class SessionValidator final
{
public:
    SessionValidator(Database& database, AuditLog& audit, const Clock& clock = Clock::system(),
                     const SessionPolicy& policy = {});
    ~SessionValidator(); // writes pending slides
    Q_DISABLE_COPY_MOVE(SessionValidator)

    [[nodiscard]] const SessionPolicy& policy() const { return m_policy; }

    Result<CreatedSession> create(const NewSession& spec);
    Result<SessionValidation> validate(QByteArrayView token);
    // Ends the session as its user asked; false when the ID names no live session.
    Result<bool> logout(QByteArrayView token);
    // A new ID for a live session (after login and every privilege change, against fixation: S-SERVER-ISSUED).
    Result<CreatedSession> rotate(QByteArrayView token);
    // Writes the slides waiting for their batch (a server calls this on a timer; the destructor does too).
    Result<void> flushSlides();
    // Loads every live session into the cache, so that the first request of each is a hit too; returns how many.
    Result<qint64> warmCache();
    [[nodiscard]] SessionStoreStats stats() const;

    // The validation cache: the admin side of the same process drops what it revokes at once (the change feed
    // would tell it on the next validation anyway).
    [[nodiscard]] SessionCache& cache() { return m_cache; }

private:
    class FeedReader;
    using Repository = SessionValidatorRepository;

    Result<Repository*> repository();
    Result<void> syncChanges(Repository& repo);
    Result<void> applyFeed(Repository& repo);
    SessionValidation::Verdict judge(SessionCache::Entry& entry, qint64 now, bool& slide) const;
    void queueSlide(const SessionCache::Entry& entry, qint64 now);
    void maybeFlush(Repository& repo, qint64 now);
    Result<void> flush(Repository& repo);
    Result<QString> userName(Repository& repo, qint64 userId, bool* disabled = nullptr);
    Result<qint64> userAgentId(Repository& repo, const QString& userAgent);
    Result<Session> find(qint64 id);
    void dropRepository(QThread* thread);

    Database& m_db;
    AuditLog& m_audit;
    const Clock& m_clock;
    SessionPolicy m_policy;
    SessionCache m_cache;
    quint64 m_instanceId;

    mutable QMutex m_threadsMutex;
    QHash<QThread*, Repository*> m_threads;
    QHash<QThread*, QMetaObject::Connection> m_threadWatch;
    bool m_feedInitialised = false;

    mutable QMutex m_slideMutex;
    Repository::Slides m_pending;
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
