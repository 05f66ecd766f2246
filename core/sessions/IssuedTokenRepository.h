#pragma once

#include "core/common/Error.h"
#include "core/sessions/IssuedToken.h"

#include <QList>
#include <QSqlDatabase>

#include <optional>

namespace authscope {

class Database;

// The SQL of the issued_tokens and token_denylist tables (and the user columns JWT checks read). Calls that take a
// QSqlDatabase run inside the caller's write transaction.
class IssuedTokenRepository final
{
public:
    // What the stateful half of a JWT check reads, from one snapshot.
    struct CheckRow
    {
        bool denied = false;
        bool userDisabled = false;
        qint64 tokensNotBeforeMs = 0;
        std::optional<bool> sessionRevoked; // nothing when the sid names no session of this user
        std::optional<qint64> issuedMs;     // the precise issue time this registry recorded (S-NBF-PRECISION)
    };

    explicit IssuedTokenRepository(Database& database) : m_db(database) {}

    static Result<std::optional<QString>> userName(QSqlDatabase& transaction, qint64 userId);
    static Result<std::optional<qint64>> sessionOwner(QSqlDatabase& transaction, qint64 sessionId);
    static Result<bool> exists(QSqlDatabase& transaction, const QString& issuer, const QString& jti);
    // Returns the new row's id.
    static Result<qint64> insert(QSqlDatabase& transaction, const NewIssuedToken& token);
    // Lists (iss, jti) until `expiresMs` and marks a recorded token revoked; false when it was already listed.
    static Result<bool> deny(QSqlDatabase& transaction, const QString& issuer, const QString& jti, qint64 expiresMs,
                             qint64 nowMs, const QString& reason);
    static Result<void> setNotBefore(QSqlDatabase& transaction, qint64 userId, qint64 notBeforeMs, qint64 nowMs);

    // Nothing when the subject names no user.
    Result<std::optional<CheckRow>> check(const TokenReference& token);
    Result<QList<IssuedToken>> byId(qint64 id);
    Result<QList<IssuedToken>> bySession(qint64 sessionId, int limit);
    Result<QList<IssuedToken>> byUser(qint64 userId, int limit);
    Result<qint64> denyListSize(qint64 nowMs);

private:
    Result<QList<IssuedToken>> query(const QString& where, const QVariantList& binds, int limit);

    Database& m_db;
};

} // namespace authscope
