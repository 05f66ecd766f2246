#pragma once

#include "core/common/Clock.h"
#include "core/common/Error.h"
#include "core/sessions/Session.h"
#include "core/sessions/SessionQuery.h"
#include "core/sessions/ThreadChangeDetector.h"

#include <QMutex>

#include <memory>

namespace authscope {

class AuditLog;
class Database;
class SessionCache;

// The administrator's side of the sessions: finding and listing them, and the operations that end or change
// them. Every change writes its audit row in its own transaction, so a change that cannot be audited is not made.
// Revocations reach every validation cache, in every process, through the change feed; `localCache` (the
// validator of the same process, if any) also drops them at once.
class SessionAdmin final
{
public:
    struct PurgeReport
    {
        qint64 sessions = 0;
        qint64 tokens = 0;
        qint64 denyListEntries = 0;
    };

    SessionAdmin(Database& database, AuditLog& audit, const Clock& clock = Clock::system(),
                 SessionCache* localCache = nullptr);
    ~SessionAdmin();
    Q_DISABLE_COPY_MOVE(SessionAdmin)

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
    // Deletes sessions that ended (revoked or expired) before `endedBeforeMs`, the JWT records that expired
    // before it, and deny-list entries whose tokens have expired for good.
    Result<PurgeReport> purge(qint64 endedBeforeMs);

    // A number that changes whenever any connection changed the database (for the console's auto-refresh).
    Result<qint64> changeStamp();

private:
    Database& m_db;
    AuditLog& m_audit;
    const Clock& m_clock;
    SessionCache* m_localCache;

    QMutex m_stampMutex;
    ThreadChangeDetector m_stamp; // for the thread that asked last
};

} // namespace authscope
