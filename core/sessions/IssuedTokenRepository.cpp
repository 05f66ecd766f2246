#include "core/sessions/IssuedTokenRepository.h"

#include "core/storage/Database.h"
#include "core/storage/SqlColumns.h"
#include "core/storage/SqlDialect.h"
#include "core/storage/SqlError.h"
#include "core/storage/SqlFirstRow.h"
#include "core/storage/SqlRows.h"
#include "core/storage/SqlText.h"

#include <QSqlQuery>

namespace authscope {

namespace {

QVariant nullableId(const std::optional<qint64>& id)
{
    return id ? QVariant(*id) : QVariant(QMetaType(QMetaType::LongLong));
}

} // namespace

Result<std::optional<QString>> IssuedTokenRepository::userName(QSqlDatabase& transaction, qint64 userId)
{
    return selectFirstRow(transaction, QStringLiteral("SELECT username FROM users WHERE id = ?"), {userId},
                          SqlRows::text);
}

Result<std::optional<qint64>> IssuedTokenRepository::sessionOwner(QSqlDatabase& transaction, qint64 sessionId)
{
    return selectFirstRow(transaction, QStringLiteral("SELECT user_id FROM sessions WHERE id = ?"), {sessionId},
                          SqlRows::int64);
}

Result<bool> IssuedTokenRepository::exists(QSqlDatabase& transaction, const QString& issuer, const QString& jti)
{
    QSqlQuery q(transaction);
    if (auto ok = execSql(q, QStringLiteral("SELECT 1 FROM issued_tokens WHERE issuer = ? AND jti = ?"), {issuer, jti});
        !ok) {
        return std::unexpected(ok.error());
    }
    return q.next();
}

Result<qint64> IssuedTokenRepository::insert(QSqlDatabase& transaction, const NewIssuedToken& token)
{
    QSqlQuery q(transaction);
    if (auto ok = execSql(q,
                          QStringLiteral("INSERT INTO issued_tokens(issuer, jti, session_id, user_id, kid, "
                                         "issued_ms, expires_ms) VALUES(?, ?, ?, ?, ?, ?, ?) RETURNING id"),
                          {token.issuer, token.jti, nullableId(token.sessionId), token.userId, sqlText(token.kid),
                           token.issuedMs, token.expiresMs});
        !ok) {
        return std::unexpected(ok.error());
    }
    // RETURNING (SQLite 3.35+, PostgreSQL): QPSQL has no last insert id without OIDs.
    return q.next() ? q.value(0).toLongLong() : 0;
}

Result<bool> IssuedTokenRepository::deny(QSqlDatabase& transaction, const QString& issuer, const QString& jti,
                                         qint64 expiresMs, qint64 nowMs, const QString& reason)
{
    QSqlQuery q(transaction);
    if (auto ok = execSql(q,
                          QStringLiteral("INSERT INTO token_denylist(issuer, jti, expires_ms, denied_ms, reason) "
                                         "VALUES(?, ?, ?, ?, ?) ON CONFLICT(issuer, jti) DO NOTHING"),
                          {issuer, jti, expiresMs, nowMs, sqlText(reason)});
        !ok) {
        return std::unexpected(ok.error());
    }
    const bool added = q.numRowsAffected() > 0;
    if (auto ok = execSql(q,
                          QStringLiteral("UPDATE issued_tokens SET revoked_ms = ? WHERE issuer = ? AND jti = ? AND "
                                         "revoked_ms IS NULL"),
                          {nowMs, issuer, jti});
        !ok) {
        return std::unexpected(ok.error());
    }
    return added;
}

Result<void> IssuedTokenRepository::setNotBefore(QSqlDatabase& transaction, qint64 userId, qint64 notBeforeMs,
                                                 qint64 nowMs)
{
    QSqlQuery q(transaction);
    return execSql(q, QStringLiteral("UPDATE users SET tokens_not_before_ms = ?, updated_ms = ? WHERE id = ?"),
                   {notBeforeMs, nowMs, userId});
}

Result<std::optional<IssuedTokenRepository::CheckRow>> IssuedTokenRepository::check(const TokenReference& token)
{
    QSqlDatabase db = m_db.connection();
    QSqlQuery q(db);
    q.setForwardOnly(true);
    // One statement, so the answer comes from one snapshot of the database.
    if (auto ok =
            execSql(q,
                    QStringLiteral("SELECT (SELECT 1 FROM token_denylist WHERE issuer = ? AND jti = ?), "
                                   "u.disabled, u.tokens_not_before_ms, "
                                   "(SELECT revoked_ms IS NOT NULL FROM sessions WHERE id = ? AND user_id = u.id), "
                                   "(SELECT issued_ms FROM issued_tokens WHERE issuer = ? AND jti = ? AND "
                                   "user_id = u.id) "
                                   "FROM users u WHERE ") +
                        SqlDialect(m_db).nameEquals(QStringLiteral("u.username")),
                    {token.issuer, token.jti, nullableId(token.sessionId), token.issuer, token.jti, token.subject});
        !ok) {
        return std::unexpected(ok.error());
    }
    if (!q.next()) {
        return std::optional<CheckRow>();
    }
    CheckRow row;
    row.denied = !q.value(0).isNull();
    row.userDisabled = q.value(1).toInt() != 0;
    row.tokensNotBeforeMs = q.value(2).toLongLong();
    if (!q.value(3).isNull()) {
        row.sessionRevoked = q.value(3).toInt() != 0;
    }
    if (!q.value(4).isNull()) {
        row.issuedMs = q.value(4).toLongLong();
    }
    return std::optional<CheckRow>(row);
}

Result<QList<IssuedToken>> IssuedTokenRepository::byId(qint64 id)
{
    return query(QStringLiteral("t.id = ?"), {id}, 1);
}

Result<QList<IssuedToken>> IssuedTokenRepository::bySession(qint64 sessionId, int limit)
{
    return query(QStringLiteral("t.session_id = ?"), {sessionId}, limit);
}

Result<QList<IssuedToken>> IssuedTokenRepository::byUser(qint64 userId, int limit)
{
    return query(QStringLiteral("t.user_id = ?"), {userId}, limit);
}

Result<qint64> IssuedTokenRepository::denyListSize(qint64 nowMs)
{
    QSqlDatabase db = m_db.connection();
    QSqlQuery q(db);
    if (auto ok = execSql(q, QStringLiteral("SELECT count(*) FROM token_denylist WHERE expires_ms > ?"), {nowMs});
        !ok) {
        return std::unexpected(ok.error());
    }
    return q.next() ? q.value(0).toLongLong() : 0;
}

Result<QList<IssuedToken>> IssuedTokenRepository::query(const QString& where, const QVariantList& binds, int limit)
{
    QVariantList all = binds;
    all << limit;
    return SqlRows::select(
        m_db.connection(),
        QStringLiteral("SELECT t.id, t.issuer, t.jti, t.session_id, t.user_id, u.username, t.kid, t.issued_ms, "
                       "t.expires_ms, t.revoked_ms, EXISTS (SELECT 1 FROM token_denylist d WHERE d.issuer = t.issuer "
                       "AND d.jti = t.jti) FROM issued_tokens t JOIN users u ON u.id = t.user_id WHERE ") +
            where + QStringLiteral(" ORDER BY t.issued_ms DESC, t.id DESC LIMIT ?"),
        all, [](const QSqlQuery& q) {
            IssuedToken t;
            SqlColumns(q) >> t.id >> t.issuer >> t.jti >> t.sessionId >> t.userId >> t.userName >> t.kid >>
                t.issuedMs >> t.expiresMs >> t.revokedMs >> t.denied;
            return t;
        });
}

} // namespace authscope
