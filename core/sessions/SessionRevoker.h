#pragma once

#include "core/common/Error.h"

#include <QByteArray>
#include <QList>
#include <QSqlDatabase>

namespace authscope {

// What the change feed says a validation cache must drop.
enum class SessionChangeScope
{
    Session = 0,
    User = 1,
    All = 2
};

// The SQL of revocation, shared by the session and user stores. Each call runs inside the caller's write
// transaction and does the whole job there: marks the sessions, deny-lists their live JWTs by (iss, jti)
// until their expiry (SECURITY.md 12), and appends to the change feed that validation caches in every
// process read. Auditing is the caller's, after the commit.
class SessionRevoker final
{
public:
    struct Outcome
    {
        QList<qint64> sessionIds;      // revoked now (only for revokeIds: bulk calls count instead)
        QList<QByteArray> sessionKeys; // their ID hashes, for the local cache
        qint64 sessions = 0;
        qint64 tokens = 0; // JWTs deny-listed
    };

    // Active sessions among `ids` (already revoked or expired ones are left as they are).
    static Result<Outcome> revokeIds(QSqlDatabase& db, const QList<qint64>& ids, qint64 nowMs, const QString& by,
                                     const QString& reason);
    // Every active session of the user, every live JWT issued to them, and a not-before of now for their tokens.
    static Result<Outcome> revokeUser(QSqlDatabase& db, qint64 userId, qint64 nowMs, const QString& by,
                                      const QString& reason);
    // The same for everyone.
    static Result<Outcome> revokeAll(QSqlDatabase& db, qint64 nowMs, const QString& by, const QString& reason);

    static Result<void> recordChange(QSqlDatabase& db, SessionChangeScope scope, qint64 target,
                                     const QByteArray& idHash, qint64 nowMs);
    // Drops feed rows older than a day, always keeping the newest (readers detect gaps by it).
    static Result<qint64> pruneChanges(QSqlDatabase& db, qint64 nowMs);
};

} // namespace authscope
