#include "core/sessions/UserRepository.h"

#include "core/storage/Database.h"
#include "core/storage/SqlColumns.h"
#include "core/storage/SqlDialect.h"
#include "core/storage/SqlError.h"
#include "core/storage/SqlRows.h"
#include "core/storage/SqlText.h"

#include <QSqlQuery>

namespace authscope {

namespace {

const QString kColumns = QStringLiteral(
    "id, username, display_name, password_hash, roles, disabled, created_ms, updated_ms, tokens_not_before_ms");

User userFrom(const QSqlQuery& q)
{
    User u;
    SqlColumns c(q);
    c >> u.id >> u.username >> u.displayName;
    u.hasPassword = !c.next().toString().isEmpty();
    u.roles = c.next().toString().split(u' ', Qt::SkipEmptyParts);
    c >> u.disabled >> u.createdMs >> u.updatedMs >> u.tokensNotBeforeMs;
    return u;
}

Result<void> update(QSqlDatabase& db, const QString& sql, const QVariantList& bindings)
{
    QSqlQuery q(db);
    return execSql(q, sql, bindings);
}

} // namespace

Result<std::optional<UserRepository::Credentials>> UserRepository::load(const QString& where, const QVariant& key) const
{
    QSqlDatabase db = m_db.connection();
    QSqlQuery q(db);
    if (auto ok =
            execSql(q, QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM users WHERE ") + where, {key});
        !ok) {
        return std::unexpected(ok.error());
    }
    if (!q.next()) {
        return std::optional<Credentials>();
    }
    return std::optional<Credentials>(Credentials{userFrom(q), q.value(3).toString()});
}

Result<std::optional<UserRepository::Credentials>> UserRepository::findByName(const QString& username) const
{
    return load(SqlDialect(m_db).nameEquals(QStringLiteral("username")), username);
}

Result<std::optional<UserRepository::Credentials>> UserRepository::findById(qint64 id) const
{
    return load(QStringLiteral("id = ?"), id);
}

Result<QList<qint64>> UserRepository::enabledIds(int limit) const
{
    return SqlRows::select(m_db.connection(), QStringLiteral("SELECT id FROM users WHERE disabled = 0 LIMIT ?"),
                           {limit}, SqlRows::int64);
}

Result<QList<User>> UserRepository::list(const QString& prefix, int limit, qint64 nowMs) const
{
    QSqlDatabase db = m_db.connection();
    QSqlQuery q(db);
    q.setForwardOnly(true);
    QString escaped = prefix;
    escaped.replace(u'\\', QStringLiteral("\\\\"));
    escaped.replace(u'%', QStringLiteral("\\%"));
    escaped.replace(u'_', QStringLiteral("\\_"));
    // Prefixed column names: "u.id" etc., plus a count of each user's live sessions through sessions_user.
    QString columns = kColumns;
    columns.replace(QStringLiteral(", "), QStringLiteral(", u."));
    const SqlDialect dialect(m_db);
    if (auto ok = execSql(q,
                          QStringLiteral("SELECT u.") + columns +
                              QStringLiteral(", (SELECT count(*) FROM sessions s WHERE s.user_id = u.id AND "
                                             "s.revoked_ms IS NULL AND s.expires_ms > ?) FROM users u WHERE ") +
                              dialect.nameLike(QStringLiteral("u.username")) + QStringLiteral(" ORDER BY ") +
                              dialect.nameOrder(QStringLiteral("u.username")) + QStringLiteral(" LIMIT ?"),
                          {nowMs, QString(escaped + u'%'), limit < 0 ? dialect.noLimit() : QVariant(limit)});
        !ok) {
        return std::unexpected(ok.error());
    }
    QList<User> users;
    while (q.next()) {
        User u = userFrom(q);
        u.activeSessions = q.value(9).toLongLong();
        users << u;
    }
    return users;
}

Result<bool> UserRepository::exists(QSqlDatabase& transaction, const QString& username)
{
    QSqlQuery q(transaction);
    // On PostgreSQL execSql compares lower(username) (PostgresSqlRewriter), as the unique index does.
    if (auto ok = execSql(q, QStringLiteral("SELECT 1 FROM users WHERE username = ?"), {username}); !ok) {
        return std::unexpected(ok.error());
    }
    return q.next();
}

Result<void> UserRepository::insert(QSqlDatabase& transaction, const QString& username, const QString& displayName,
                                    const QString& passwordHash, const QString& roles, qint64 nowMs)
{
    return update(transaction,
                  QStringLiteral("INSERT INTO users(username, display_name, password_hash, roles, disabled, "
                                 "created_ms, updated_ms) VALUES(?, ?, ?, ?, 0, ?, ?)"),
                  {username, displayName, sqlText(passwordHash), sqlText(roles), nowMs, nowMs});
}

Result<void> UserRepository::setDisabled(QSqlDatabase& transaction, qint64 id, bool disabled, qint64 nowMs)
{
    return update(transaction, QStringLiteral("UPDATE users SET disabled = ?, updated_ms = ? WHERE id = ?"),
                  {disabled ? 1 : 0, nowMs, id});
}

Result<void> UserRepository::setPasswordHash(QSqlDatabase& transaction, qint64 id, const QString& hash, qint64 nowMs)
{
    return update(transaction, QStringLiteral("UPDATE users SET password_hash = ?, updated_ms = ? WHERE id = ?"),
                  {hash, nowMs, id});
}

Result<void> UserRepository::upgradePasswordHash(QSqlDatabase& transaction, qint64 id, const QString& hash)
{
    return update(transaction, QStringLiteral("UPDATE users SET password_hash = ? WHERE id = ?"), {hash, id});
}

Result<void> UserRepository::setRoles(QSqlDatabase& transaction, qint64 id, const QString& roles, qint64 nowMs)
{
    return update(transaction, QStringLiteral("UPDATE users SET roles = ?, updated_ms = ? WHERE id = ?"),
                  {sqlText(roles), nowMs, id});
}

} // namespace authscope
