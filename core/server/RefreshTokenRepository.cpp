#include "core/server/RefreshTokenRepository.h"

#include "core/storage/Database.h"
#include "core/storage/QtSqlTransaction.h"
#include "core/storage/SqlColumns.h"
#include "core/storage/SqlError.h"
#include "core/storage/SqlFirstRow.h"

#include <QSqlQuery>

namespace authscope {

namespace {

RefreshTokenStore::Record recordFrom(const QSqlQuery& q)
{
    RefreshTokenStore::Record r;
    SqlColumns(q) >> r.id >> r.family >> r.sessionId >> r.userId >> r.issuedMs >> r.expiresMs >> r.usedMs >>
        r.revokedMs >> r.revokeReason;
    return r;
}

Result<qint64> revokeWhere(QSqlDatabase& db, const QString& where, const QVariant& value, qint64 nowMs,
                           const QString& reason)
{
    return QtSqlTransaction(db).exec(
        QStringLiteral("UPDATE refresh_tokens SET revoked_ms = ?, revoke_reason = ? WHERE ") + where +
            QStringLiteral(" AND revoked_ms IS NULL"),
        {nowMs, reason, value});
}

} // namespace

Result<qint64> RefreshTokenRepository::insert(QSqlDatabase& transaction, const QByteArray& tokenHash,
                                              const RefreshTokenStore::Record& record)
{
    QSqlQuery q(transaction);
    if (auto ok = execSql(q,
                          QStringLiteral("INSERT INTO refresh_tokens(token_hash, family, session_id, user_id, "
                                         "issued_ms, expires_ms) VALUES(?, ?, ?, ?, ?, ?) RETURNING id"),
                          {tokenHash, record.family,
                           record.sessionId ? QVariant(*record.sessionId) : QVariant(QMetaType(QMetaType::LongLong)),
                           record.userId, record.issuedMs, record.expiresMs});
        !ok) {
        return std::unexpected(ok.error());
    }
    // RETURNING (SQLite 3.35+, PostgreSQL): QPSQL has no last insert id without OIDs.
    return q.next() ? q.value(0).toLongLong() : 0;
}

Result<std::optional<RefreshTokenStore::Record>> RefreshTokenRepository::findByHash(QSqlDatabase& connection,
                                                                                    const QByteArray& tokenHash)
{
    return selectFirstRow(connection,
                          QStringLiteral("SELECT id, family, session_id, user_id, issued_ms, expires_ms, used_ms, "
                                         "revoked_ms, revoke_reason FROM refresh_tokens WHERE token_hash = ?"),
                          {tokenHash}, recordFrom);
}

Result<std::optional<RefreshTokenStore::Record>> RefreshTokenRepository::findByHash(const QByteArray& tokenHash)
{
    QSqlDatabase db = m_db.connection();
    return findByHash(db, tokenHash);
}

Result<void> RefreshTokenRepository::markUsed(QSqlDatabase& transaction, qint64 id, qint64 nowMs)
{
    QSqlQuery q(transaction);
    return execSql(q, QStringLiteral("UPDATE refresh_tokens SET used_ms = ? WHERE id = ?"), {nowMs, id});
}

Result<qint64> RefreshTokenRepository::revokeFamily(QSqlDatabase& transaction, const QString& family, qint64 nowMs,
                                                    const QString& reason)
{
    return revokeWhere(transaction, QStringLiteral("family = ?"), family, nowMs, reason);
}

Result<qint64> RefreshTokenRepository::revokeSession(QSqlDatabase& transaction, qint64 sessionId, qint64 nowMs,
                                                     const QString& reason)
{
    return revokeWhere(transaction, QStringLiteral("session_id = ?"), sessionId, nowMs, reason);
}

} // namespace authscope
