#include "core/sessions/SessionRevoker.h"

#include "core/storage/SqlText.h"
#include "core/storage/SqlError.h"

#include <QSqlQuery>
#include <QStringList>

namespace authscope {

namespace {

constexpr qint64 kFeedRetentionMs = 24LL * 3600 * 1000;

Result<qint64> denyTokens(QSqlDatabase& db, const QString& where, const QVariantList& whereBinds, qint64 nowMs,
                          const QString& reason)
{
    QSqlQuery q(db);
    QVariantList binds{nowMs, sqlText(reason)};
    binds += whereBinds;
    binds << nowMs;
    if (auto ok = execSql(q,
                          QStringLiteral("INSERT INTO token_denylist(issuer, jti, expires_ms, denied_ms, reason) "
                                         "SELECT issuer, jti, expires_ms, ?, ? FROM issued_tokens WHERE ") +
                              where +
                              QStringLiteral(" AND revoked_ms IS NULL AND expires_ms > ? "
                                             "ON CONFLICT(issuer, jti) DO NOTHING"),
                          binds);
        !ok) {
        return std::unexpected(ok.error());
    }
    QVariantList markBinds{nowMs};
    markBinds += whereBinds;
    markBinds << nowMs;
    if (auto ok = execSql(q,
                          QStringLiteral("UPDATE issued_tokens SET revoked_ms = ? WHERE ") + where +
                              QStringLiteral(" AND revoked_ms IS NULL AND expires_ms > ?"),
                          markBinds);
        !ok) {
        return std::unexpected(ok.error());
    }
    return q.numRowsAffected();
}

} // namespace

Result<SessionRevoker::Outcome> SessionRevoker::revokeIds(QSqlDatabase& db, const QList<qint64>& ids, qint64 nowMs,
                                                          const QString& by, const QString& reason)
{
    Outcome outcome;
    if (ids.isEmpty()) {
        return outcome;
    }
    QStringList idText;
    for (const qint64 id : ids) {
        idText << QString::number(id);
    }
    const QString inList = QStringLiteral("(") + idText.join(u',') + QStringLiteral(")");
    QSqlQuery q(db);
    if (auto ok = execSql(q,
                          QStringLiteral("SELECT id, id_hash FROM sessions WHERE id IN ") + inList +
                              QStringLiteral(" AND revoked_ms IS NULL AND expires_ms > ?"),
                          {nowMs});
        !ok) {
        return std::unexpected(ok.error());
    }
    while (q.next()) {
        outcome.sessionIds << q.value(0).toLongLong();
        outcome.sessionKeys << q.value(1).toByteArray();
    }
    if (outcome.sessionIds.isEmpty()) {
        return outcome;
    }
    QStringList revokedText;
    for (const qint64 id : std::as_const(outcome.sessionIds)) {
        revokedText << QString::number(id);
    }
    const QString revokedList = QStringLiteral("(") + revokedText.join(u',') + QStringLiteral(")");
    if (auto ok = execSql(q,
                          QStringLiteral("UPDATE sessions SET revoked_ms = ?, revoked_by = ?, revoke_reason = ? "
                                         "WHERE id IN ") +
                              revokedList,
                          {nowMs, sqlText(by), sqlText(reason)});
        !ok) {
        return std::unexpected(ok.error());
    }
    outcome.sessions = q.numRowsAffected();
    auto tokens = denyTokens(db, QStringLiteral("session_id IN ") + revokedList, {}, nowMs, reason);
    if (!tokens) {
        return std::unexpected(tokens.error());
    }
    outcome.tokens = *tokens;
    for (qsizetype i = 0; i < outcome.sessionIds.size(); ++i) {
        if (auto ok = recordChange(db, SessionChangeScope::Session, outcome.sessionIds.at(i), outcome.sessionKeys.at(i),
                                   nowMs);
            !ok) {
            return std::unexpected(ok.error());
        }
    }
    return outcome;
}

Result<SessionRevoker::Outcome> SessionRevoker::revokeUser(QSqlDatabase& db, qint64 userId, qint64 nowMs,
                                                           const QString& by, const QString& reason)
{
    Outcome outcome;
    QSqlQuery q(db);
    if (auto ok = execSql(q,
                          QStringLiteral("UPDATE sessions SET revoked_ms = ?, revoked_by = ?, revoke_reason = ? "
                                         "WHERE user_id = ? AND revoked_ms IS NULL AND expires_ms > ?"),
                          {nowMs, sqlText(by), sqlText(reason), userId, nowMs});
        !ok) {
        return std::unexpected(ok.error());
    }
    outcome.sessions = q.numRowsAffected();
    auto tokens = denyTokens(db, QStringLiteral("user_id = ?"), {userId}, nowMs, reason);
    if (!tokens) {
        return std::unexpected(tokens.error());
    }
    outcome.tokens = *tokens;
    if (auto ok = execSql(q,
                          QStringLiteral("UPDATE users SET tokens_not_before_ms = max(tokens_not_before_ms, ?), "
                                         "updated_ms = ? WHERE id = ?"),
                          {nowMs, nowMs, userId});
        !ok) {
        return std::unexpected(ok.error());
    }
    if (auto ok = recordChange(db, SessionChangeScope::User, userId, {}, nowMs); !ok) {
        return std::unexpected(ok.error());
    }
    return outcome;
}

Result<SessionRevoker::Outcome> SessionRevoker::revokeAll(QSqlDatabase& db, qint64 nowMs, const QString& by,
                                                          const QString& reason)
{
    Outcome outcome;
    QSqlQuery q(db);
    if (auto ok = execSql(q,
                          QStringLiteral("UPDATE sessions SET revoked_ms = ?, revoked_by = ?, revoke_reason = ? "
                                         "WHERE revoked_ms IS NULL AND expires_ms > ?"),
                          {nowMs, sqlText(by), sqlText(reason), nowMs});
        !ok) {
        return std::unexpected(ok.error());
    }
    outcome.sessions = q.numRowsAffected();
    auto tokens = denyTokens(db, QStringLiteral("1"), {}, nowMs, reason);
    if (!tokens) {
        return std::unexpected(tokens.error());
    }
    outcome.tokens = *tokens;
    if (auto ok = execSql(q,
                          QStringLiteral("UPDATE users SET tokens_not_before_ms = max(tokens_not_before_ms, ?), "
                                         "updated_ms = ?"),
                          {nowMs, nowMs});
        !ok) {
        return std::unexpected(ok.error());
    }
    if (auto ok = recordChange(db, SessionChangeScope::All, 0, {}, nowMs); !ok) {
        return std::unexpected(ok.error());
    }
    return outcome;
}

Result<void> SessionRevoker::recordChange(QSqlDatabase& db, SessionChangeScope scope, qint64 target,
                                          const QByteArray& idHash, qint64 nowMs)
{
    QSqlQuery q(db);
    return execSql(q, QStringLiteral("INSERT INTO session_changes(ts_ms, scope, target, id_hash) VALUES(?, ?, ?, ?)"),
                   {nowMs, static_cast<int>(scope), target,
                    idHash.isEmpty() ? QVariant(QMetaType(QMetaType::QByteArray)) : QVariant(idHash)});
}

Result<qint64> SessionRevoker::pruneChanges(QSqlDatabase& db, qint64 nowMs)
{
    QSqlQuery q(db);
    if (auto ok = execSql(q,
                          QStringLiteral("DELETE FROM session_changes WHERE ts_ms < ? AND seq < "
                                         "(SELECT max(seq) FROM session_changes)"),
                          {nowMs - kFeedRetentionMs});
        !ok) {
        return std::unexpected(ok.error());
    }
    return q.numRowsAffected();
}

} // namespace authscope
