#include "core/sessions/SessionAdmin.h"

#include "core/audit/AuditLog.h"
#include "core/sessions/RevocationRetry.h"
#include "core/sessions/SessionCache.h"
#include "core/sessions/SessionRepository.h"
#include "core/storage/ChangeDetector.h"
#include "core/storage/Database.h"

#include <QJsonObject>
#include <QThread>

namespace authscope {

namespace {

constexpr qint64 kMaxTimeoutSecs = 366LL * 24 * 3600;
constexpr qsizetype kMaxReason = 500;
// Large selections go in slices so that one statement's IN list stays reasonable.
constexpr qsizetype kRevokeSlice = 500;
// Deny-list entries are kept this long past their token's expiry: the largest clock leeway a verifier may allow.
constexpr qint64 kMaxLeewayMs = 300 * 1000;
// Rows of each table one purge transaction deletes at most: a short hold of the write lock.
constexpr qint64 kPurgeBatchRows = 5000;

QString sessionTarget(qint64 id)
{
    return QStringLiteral("session:") + QString::number(id);
}

QString cleanReason(const QString& reason)
{
    return reason.simplified().left(kMaxReason);
}

Result<void> audit(AuditLog& log, QSqlDatabase& db, const QString& action, const QString& target,
                   const QJsonObject& details)
{
    if (auto audited = log.append(db, action, target, details); !audited) {
        return std::unexpected(audited.error());
    }
    return {};
}

// What `lookup` found, or the failure `code` with `message` when it found nothing.
template <typename T>
Result<T> found(Result<std::optional<T>> lookup, const QString& code, const QString& message)
{
    if (!lookup) {
        return std::unexpected(lookup.error());
    }
    if (!*lookup) {
        return fail(code, message);
    }
    return **std::move(lookup);
}

// The audit row of a bulk revocation: its reason and what it ended.
Result<void> auditRevocation(AuditLog& log, QSqlDatabase& db, const QString& action, const QString& target,
                             const QString& why, const SessionRepository::RevokeOutcome& outcome)
{
    return audit(log, db, action, target,
                 QJsonObject{{QStringLiteral("reason"), why},
                             {QStringLiteral("sessions"), outcome.sessions},
                             {QStringLiteral("tokens"), outcome.tokens}});
}

} // namespace

SessionAdmin::SessionAdmin(Database& database, AuditLog& audit, const Clock& clock, SessionCache* localCache)
    : m_db(database), m_audit(audit), m_clock(clock), m_localCache(localCache)
{}

SessionAdmin::~SessionAdmin() = default;

Result<Session> SessionAdmin::find(qint64 id)
{
    auto rows = fetch({id});
    if (!rows) {
        return std::unexpected(rows.error());
    }
    if (rows->isEmpty()) {
        return fail(QStringLiteral("sessions.not-found"), QStringLiteral("There is no session with id %1.").arg(id));
    }
    return rows->constFirst();
}

Result<SessionPage> SessionAdmin::list(const SessionFilter& filter, const SessionSort& sort, int limit,
                                       const SessionCursor& after)
{
    return SessionRepository(m_db).list(filter, sort, limit, after, m_clock.nowMs());
}

Result<QList<Session>> SessionAdmin::fetch(const QList<qint64>& ids)
{
    return SessionRepository(m_db).fetch(ids, m_clock.nowMs());
}

Result<qint64> SessionAdmin::count(const SessionFilter& filter, qint64 cap)
{
    return SessionRepository(m_db).count(filter, cap, m_clock.nowMs());
}

Result<SessionCounters> SessionAdmin::counters(qint64 revokedSinceMs, qint64 expiringWindowMs)
{
    return SessionRepository(m_db).counters(revokedSinceMs, expiringWindowMs, m_clock.nowMs());
}

Result<bool> SessionAdmin::revoke(qint64 id, const QString& reason)
{
    auto n = revoke(QList<qint64>{id}, reason);
    if (!n) {
        return std::unexpected(n.error());
    }
    return *n == 1;
}

Result<qint64> SessionAdmin::revoke(const QList<qint64>& ids, const QString& reason)
{
    const QString why = cleanReason(reason);
    SessionRepository::RevokeOutcome outcome;
    auto done = RevocationRetry::writeTransaction(m_db, [&](QSqlDatabase& db) -> Result<void> {
        outcome = {}; // S-REVOKE-RETRY: a retried attempt starts again
        for (qsizetype at = 0; at < ids.size(); at += kRevokeSlice) {
            auto r = SessionRepository::revokeIds(db, ids.mid(at, kRevokeSlice), m_clock.nowMs(), m_audit.actor(), why);
            if (!r) {
                return std::unexpected(r.error());
            }
            for (const qint64 id : std::as_const(r->sessionIds)) {
                if (auto ok = audit(m_audit, db, QStringLiteral("session.revoke"), sessionTarget(id),
                                    QJsonObject{{QStringLiteral("reason"), why}});
                    !ok) {
                    return ok;
                }
            }
            outcome.sessionKeys += r->sessionKeys;
            outcome.sessions += r->sessions;
        }
        return {};
    });
    if (!done) {
        return std::unexpected(done.error());
    }
    if (m_localCache != nullptr) {
        for (const QByteArray& key : std::as_const(outcome.sessionKeys)) {
            m_localCache->removeKey(SessionKey::fromBytes(key));
        }
    }
    return outcome.sessions;
}

Result<qint64> SessionAdmin::revokeUser(qint64 userId, const QString& reason)
{
    const QString why = cleanReason(reason);
    SessionRepository::RevokeOutcome outcome;
    auto done = RevocationRetry::writeTransaction(m_db, [&](QSqlDatabase& db) -> Result<void> {
        auto name = found(SessionRepository::userName(db, userId), QStringLiteral("sessions.unknown-user"),
                          QStringLiteral("There is no user with id %1.").arg(userId));
        if (!name) {
            return std::unexpected(name.error());
        }
        auto r = SessionRepository::revokeUser(db, userId, m_clock.nowMs(), m_audit.actor(), why);
        if (!r) {
            return std::unexpected(r.error());
        }
        outcome = *r;
        return auditRevocation(m_audit, db, QStringLiteral("session.revoke-user"), QStringLiteral("user:") + *name, why,
                               outcome);
    });
    if (!done) {
        return std::unexpected(done.error());
    }
    if (m_localCache != nullptr) {
        m_localCache->removeUser(userId);
    }
    return outcome.sessions;
}

Result<qint64> SessionAdmin::revokeAll(const QString& reason)
{
    const QString why = cleanReason(reason);
    SessionRepository::RevokeOutcome outcome;
    auto done = RevocationRetry::writeTransaction(m_db, [&](QSqlDatabase& db) -> Result<void> {
        auto r = SessionRepository::revokeAll(db, m_clock.nowMs(), m_audit.actor(), why);
        if (!r) {
            return std::unexpected(r.error());
        }
        outcome = *r;
        return auditRevocation(m_audit, db, QStringLiteral("session.revoke-all"), QStringLiteral("*"), why, outcome);
    });
    if (!done) {
        return std::unexpected(done.error());
    }
    if (m_localCache != nullptr) {
        m_localCache->clear();
    }
    return outcome.sessions;
}

Result<Session> SessionAdmin::extend(qint64 id, qint64 bySecs)
{
    if (bySecs < 1 || bySecs > kMaxTimeoutSecs) {
        return fail(QStringLiteral("sessions.bad-extension"),
                    QStringLiteral("A session can be extended by 1 second to 366 days."));
    }
    const qint64 now = m_clock.nowMs();
    QByteArray idHash;
    auto done = m_db.writeTransaction([&](QSqlDatabase& db) -> Result<void> {
        auto target = found(SessionRepository::extendTarget(db, id), QStringLiteral("sessions.not-found"),
                            QStringLiteral("There is no session with id %1.").arg(id));
        if (!target) {
            return std::unexpected(target.error());
        }
        if (target->revoked) {
            return fail(QStringLiteral("sessions.not-active"),
                        QStringLiteral("Session %1 is revoked; a revoked session cannot be extended.").arg(id));
        }
        const qint64 before = target->expiresMs;
        if (before <= now) {
            return fail(QStringLiteral("sessions.not-active"),
                        QStringLiteral("Session %1 has expired; an expired session cannot be brought back.").arg(id));
        }
        idHash = target->idHash;
        if (auto ok = SessionRepository::moveExpiries(db, id, bySecs * 1000); !ok) {
            return ok;
        }
        if (auto ok = SessionRepository::recordChange(db, SessionChangeScope::Session, id, idHash, now); !ok) {
            return ok;
        }
        // The generated expiry column has moved with the update; the row says where it is now.
        auto after = SessionRepository::extendTarget(db, id);
        if (!after) {
            return std::unexpected(after.error());
        }
        return audit(m_audit, db, QStringLiteral("session.extend"), sessionTarget(id),
                     QJsonObject{{QStringLiteral("by_s"), bySecs},
                                 {QStringLiteral("expires_before_ms"), before},
                                 {QStringLiteral("expires_after_ms"), *after ? (*after)->expiresMs : before}});
    });
    if (!done) {
        return std::unexpected(done.error());
    }
    if (m_localCache != nullptr) {
        m_localCache->removeKey(SessionKey::fromBytes(idHash));
    }
    return find(id);
}

Result<SessionAdmin::PurgeReport> SessionAdmin::purge(qint64 endedBeforeMs)
{
    const qint64 now = m_clock.nowMs();
    const qint64 cutoff = std::min(endedBeforeMs, now);
    PurgeReport report;
    // S-REVOKE-RETRY: a million ended sessions go in short transactions, each with its audit row (A-SAME-TX), and a
    // pause between them in which a waiting revocation takes the write lock.
    for (int batch = 1;; ++batch) {
        bool more = false;
        SessionRepository::PurgeCounts counts;
        auto done = m_db.writeTransaction([&](QSqlDatabase& db) -> Result<void> {
            auto deleted = SessionRepository::purge(db, cutoff, now - kMaxLeewayMs, now, kPurgeBatchRows, &more);
            if (!deleted) {
                return std::unexpected(deleted.error());
            }
            counts = *deleted;
            QJsonObject details{{QStringLiteral("ended_before_ms"), cutoff},
                                {QStringLiteral("sessions"), counts.sessions},
                                {QStringLiteral("tokens"), counts.tokens},
                                {QStringLiteral("deny_list_entries"), counts.denyListEntries}};
            if (batch > 1 || more) {
                details.insert(QStringLiteral("batch"), batch);
            }
            return audit(m_audit, db, QStringLiteral("session.purge"), QStringLiteral("*"), details);
        });
        if (!done) {
            return std::unexpected(done.error());
        }
        report.sessions += counts.sessions;
        report.tokens += counts.tokens;
        report.denyListEntries += counts.denyListEntries;
        if (!more) {
            return report;
        }
        QThread::msleep(RevocationRetry::BulkPauseMs);
    }
}

Result<qint64> SessionAdmin::changeStamp()
{
    QMutexLocker lock(&m_stampMutex);
    auto detector = m_stamp.forCurrentThread(m_db);
    if (!detector) {
        return std::unexpected(detector.error());
    }
    return (*detector)->stamp();
}

} // namespace authscope
