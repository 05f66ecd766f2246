#pragma once

#include "core/common/Error.h"
#include "core/server/RefreshTokenStore.h"

#include <QSqlDatabase>

namespace authscope {

class Database;

// The SQL of the refresh_tokens table. Calls that take a QSqlDatabase run inside the caller's write transaction.
class RefreshTokenRepository final
{
public:
    explicit RefreshTokenRepository(Database& database) : m_db(database) {}

    // Returns the new row's id.
    static Result<qint64> insert(QSqlDatabase& transaction, const QByteArray& tokenHash,
                                 const RefreshTokenStore::Record& record);
    static Result<std::optional<RefreshTokenStore::Record>> findByHash(QSqlDatabase& connection,
                                                                       const QByteArray& tokenHash);
    Result<std::optional<RefreshTokenStore::Record>> findByHash(const QByteArray& tokenHash);
    static Result<void> markUsed(QSqlDatabase& transaction, qint64 id, qint64 nowMs);
    // Revokes the live tokens of a family, or of a session; how many.
    static Result<qint64> revokeFamily(QSqlDatabase& transaction, const QString& family, qint64 nowMs,
                                       const QString& reason);
    static Result<qint64> revokeSession(QSqlDatabase& transaction, qint64 sessionId, qint64 nowMs,
                                        const QString& reason);

private:
    Database& m_db;
};

} // namespace authscope
