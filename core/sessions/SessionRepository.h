#pragma once

#include "core/common/Error.h"
#include "core/sessions/Session.h"
#include "core/sessions/SessionChangeScope.h"
#include "core/sessions/SessionQuery.h"

#include <QByteArray>
#include <QList>
#include <QSqlDatabase>

#include <optional>

namespace authscope {

class Database;

// The SQL of the sessions area through QtSql, shared by the validator, the admin side and the user store: the
// writes that end or change sessions, and (through SessionListRepository, the paged list planner) the reads. The static
// calls run inside the caller's write transaction and each does its whole job there: revocation marks the
// sessions, deny-lists their live JWTs by (iss, jti) until their expiry (T-DENY-JTI) and appends to the change
// feed that validation caches in every process read. Auditing is the caller's, in the same transaction.
//
// The hot path of validation has its own repository (SessionValidatorRepository) on the SQLite C API.
class SessionRepository final
{
public:
    struct RevokeOutcome
    {
        QList<qint64> sessionIds;      // revoked now (only for revokeIds: bulk calls count instead)
        QList<QByteArray> sessionKeys; // their ID hashes, for the local cache
        qint64 sessions = 0;
        qint64 tokens = 0; // JWTs deny-listed
    };

    // What extend() needs to know about a session before moving its expiries.
    struct ExtendTarget
    {
        QByteArray idHash;
        bool revoked = false;
        qint64 expiresMs = 0;
    };

    struct PurgeCounts
    {
        qint64 sessions = 0;
        qint64 tokens = 0;
        qint64 denyListEntries = 0;
    };

    explicit SessionRepository(Database& database) : m_db(database) {}

    // Active sessions among `ids` (already revoked or expired ones are left as they are).
    static Result<RevokeOutcome> revokeIds(QSqlDatabase& transaction, const QList<qint64>& ids, qint64 nowMs,
                                           const QString& by, const QString& reason);
    // Every active session of the user (but `keepSessionId`), every live JWT issued to them, and a not-before of
    // now for their tokens.
    static Result<RevokeOutcome> revokeUser(QSqlDatabase& transaction, qint64 userId, qint64 nowMs, const QString& by,
                                            const QString& reason, std::optional<qint64> keepSessionId = {});
    // The user's live refresh tokens (the test server's refresh_tokens table), but those of `keepSessionId`; how many.
    static Result<qint64> revokeRefreshTokens(QSqlDatabase& transaction, qint64 userId, qint64 nowMs,
                                              const QString& reason, std::optional<qint64> keepSessionId = {});
    // The same for everyone.
    static Result<RevokeOutcome> revokeAll(QSqlDatabase& transaction, qint64 nowMs, const QString& by,
                                           const QString& reason);
    static Result<void> recordChange(QSqlDatabase& transaction, SessionChangeScope scope, qint64 target,
                                     const QByteArray& idHash, qint64 nowMs);
    // Gives a live session a new ID hash; false when it was revoked or rotated meanwhile.
    static Result<bool> replaceIdHash(QSqlDatabase& transaction, qint64 id, const QByteArray& oldHash,
                                      const QByteArray& newHash);
    static Result<std::optional<ExtendTarget>> extendTarget(QSqlDatabase& transaction, qint64 id);
    static Result<void> moveExpiries(QSqlDatabase& transaction, qint64 id, qint64 byMs);
    // Sessions that ended before `endedBeforeMs`, JWT records expired before it, deny-list entries expired before
    // `denyListBeforeMs`, and change-feed rows older than a day (always keeping the newest): at most `limit` rows of
    // each per call, so that a caller can purge in short transactions (S-REVOKE-RETRY). `more` says whether a
    // limit was reached.
    static Result<PurgeCounts> purge(QSqlDatabase& transaction, qint64 endedBeforeMs, qint64 denyListBeforeMs,
                                     qint64 nowMs, qint64 limit, bool* more);
    static Result<std::optional<QString>> userName(QSqlDatabase& connection, qint64 userId);

    // Reads on this thread's connection, as of `nowMs`.
    Result<QList<Session>> fetch(const QList<qint64>& ids, qint64 nowMs);
    Result<SessionPage> list(const SessionFilter& filter, const SessionSort& sort, int limit,
                             const SessionCursor& after, qint64 nowMs);
    Result<qint64> count(const SessionFilter& filter, qint64 cap, qint64 nowMs);
    Result<SessionCounters> counters(qint64 revokedSinceMs, qint64 expiringWindowMs, qint64 nowMs);

private:
    Database& m_db;
};

} // namespace authscope
