#include "core/sessions/SessionRepository.h"

#include "core/sessions/SessionListRepository.h"
#include "core/storage/Database.h"
#include "core/storage/QtSqlTransaction.h"
#include "core/storage/SqlError.h"
#include "core/storage/SqlFirstRow.h"
#include "core/storage/SqlRows.h"
#include "core/storage/SqlText.h"

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

// What a user's or everyone's revocation does: the live sessions `sessionsWhere` selects are revoked, the tokens
// `tokensWhere` selects denied (S-REVOKE-NOW), and the users `usersWhere` selects (all when empty) get a new
// not-before for the tokens that were not registered.
struct RevokeSelection
{
    QString sessionsWhere;
    QVariantList sessionBinds;
    QString tokensWhere;
    QVariantList tokenBinds;
    QString usersWhere; // " WHERE ...", or empty for every user
    QVariantList userBinds;
};

Result<SessionRepository::RevokeOutcome> revokeSelected(QSqlDatabase& db, const RevokeSelection& selection,
                                                        qint64 nowMs, const QString& by, const QString& reason)
{
    SessionRepository::RevokeOutcome outcome;
    QSqlQuery q(db);
    if (auto ok = execSql(q,
                          QStringLiteral("UPDATE sessions SET revoked_ms = ?, revoked_by = ?, revoke_reason = ? "
                                         "WHERE ") +
                              selection.sessionsWhere,
                          QVariantList{nowMs, sqlText(by), sqlText(reason)} + selection.sessionBinds);
        !ok) {
        return std::unexpected(ok.error());
    }
    outcome.sessions = q.numRowsAffected();
    auto tokens = denyTokens(db, selection.tokensWhere, selection.tokenBinds, nowMs, reason);
    if (!tokens) {
        return std::unexpected(tokens.error());
    }
    outcome.tokens = *tokens;
    if (auto ok = execSql(q,
                          QStringLiteral("UPDATE users SET tokens_not_before_ms = max(tokens_not_before_ms, ?), "
                                         "updated_ms = ?") +
                              selection.usersWhere,
                          QVariantList{nowMs, nowMs} + selection.userBinds);
        !ok) {
        return std::unexpected(ok.error());
    }
    return outcome;
}

} // namespace

Result<SessionRepository::RevokeOutcome> SessionRepository::revokeIds(QSqlDatabase& db, const QList<qint64>& ids,
                                                                      qint64 nowMs, const QString& by,
                                                                      const QString& reason)
{
    RevokeOutcome outcome;
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

Result<SessionRepository::RevokeOutcome> SessionRepository::revokeUser(QSqlDatabase& db, qint64 userId, qint64 nowMs,
                                                                       const QString& by, const QString& reason,
                                                                       std::optional<qint64> keepSessionId)
{
    const RevokeSelection selection{QStringLiteral("user_id = ? AND revoked_ms IS NULL AND expires_ms > ? AND id <> ?"),
                                    {userId, nowMs, keepSessionId.value_or(-1)},
                                    QStringLiteral("user_id = ?"),
                                    {userId},
                                    QStringLiteral(" WHERE id = ?"),
                                    {userId}};
    auto outcome = revokeSelected(db, selection, nowMs, by, reason);
    if (!outcome) {
        return outcome;
    }
    if (auto ok = recordChange(db, SessionChangeScope::User, userId, {}, nowMs); !ok) {
        return std::unexpected(ok.error());
    }
    return outcome;
}

Result<qint64> SessionRepository::revokeRefreshTokens(QSqlDatabase& db, qint64 userId, qint64 nowMs,
                                                      const QString& reason, std::optional<qint64> keepSessionId)
{
    return QtSqlTransaction(db).exec(
        QStringLiteral("UPDATE refresh_tokens SET revoked_ms = ?, revoke_reason = ? WHERE user_id = ? AND revoked_ms "
                       "IS NULL AND (session_id IS NULL OR session_id <> ?)"),
        {nowMs, reason, userId, keepSessionId.value_or(-1)});
}

Result<SessionRepository::RevokeOutcome> SessionRepository::revokeAll(QSqlDatabase& db, qint64 nowMs, const QString& by,
                                                                      const QString& reason)
{
    const RevokeSelection selection{
        QStringLiteral("revoked_ms IS NULL AND expires_ms > ?"), {nowMs}, QStringLiteral("1"), {}, QString(), {}};
    auto outcome = revokeSelected(db, selection, nowMs, by, reason);
    if (!outcome) {
        return outcome;
    }
    if (auto ok = recordChange(db, SessionChangeScope::All, 0, {}, nowMs); !ok) {
        return std::unexpected(ok.error());
    }
    return outcome;
}

Result<void> SessionRepository::recordChange(QSqlDatabase& db, SessionChangeScope scope, qint64 target,
                                             const QByteArray& idHash, qint64 nowMs)
{
    QSqlQuery q(db);
    return execSql(q, QStringLiteral("INSERT INTO session_changes(ts_ms, scope, target, id_hash) VALUES(?, ?, ?, ?)"),
                   {nowMs, static_cast<int>(scope), target,
                    idHash.isEmpty() ? QVariant(QMetaType(QMetaType::QByteArray)) : QVariant(idHash)});
}

Result<bool> SessionRepository::replaceIdHash(QSqlDatabase& transaction, qint64 id, const QByteArray& oldHash,
                                              const QByteArray& newHash)
{
    auto replaced = QtSqlTransaction(transaction)
                        .exec(QStringLiteral("UPDATE sessions SET id_hash = ? WHERE id = ? AND id_hash = ? AND "
                                             "revoked_ms IS NULL"),
                              {newHash, id, oldHash});
    if (!replaced) {
        return std::unexpected(replaced.error());
    }
    return *replaced == 1;
}

Result<std::optional<SessionRepository::ExtendTarget>> SessionRepository::extendTarget(QSqlDatabase& transaction,
                                                                                       qint64 id)
{
    return selectFirstRow(
        transaction, QStringLiteral("SELECT id_hash, revoked_ms, expires_ms FROM sessions WHERE id = ?"), {id},
        [](const QSqlQuery& q) {
            return ExtendTarget{q.value(0).toByteArray(), !q.value(1).isNull(), q.value(2).toLongLong()};
        });
}

Result<void> SessionRepository::moveExpiries(QSqlDatabase& transaction, qint64 id, qint64 byMs)
{
    QSqlQuery q(transaction);
    return execSql(q,
                   QStringLiteral("UPDATE sessions SET idle_expires_ms = idle_expires_ms + ?, "
                                  "absolute_expires_ms = absolute_expires_ms + ? WHERE id = ?"),
                   {byMs, byMs, id});
}

Result<SessionRepository::PurgeCounts> SessionRepository::purge(QSqlDatabase& transaction, qint64 endedBeforeMs,
                                                                qint64 denyListBeforeMs, qint64 nowMs, qint64 limit,
                                                                bool* more)
{
    // Each DELETE takes at most `limit` rows through a sub-select, which PostgreSQL spells the same way; the rows
    // older than `before` go, and their number adds to `count` (none for the change feed).
    PurgeCounts counts;
    struct PurgeStep
    {
        const char* sql;
        qint64 before;
        qint64* count;
    };
    const PurgeStep steps[] = {
        {"DELETE FROM sessions WHERE id IN (SELECT id FROM sessions WHERE revoked_ms < ? LIMIT ?)", endedBeforeMs,
         &counts.sessions},
        {"DELETE FROM sessions WHERE id IN "
         "(SELECT id FROM sessions WHERE expires_ms < ? AND revoked_ms IS NULL LIMIT ?)",
         endedBeforeMs, &counts.sessions},
        {"DELETE FROM issued_tokens WHERE id IN (SELECT id FROM issued_tokens WHERE expires_ms < ? LIMIT ?)",
         endedBeforeMs, &counts.tokens},
        {"DELETE FROM token_denylist WHERE (issuer, jti) IN "
         "(SELECT issuer, jti FROM token_denylist WHERE expires_ms < ? LIMIT ?)",
         denyListBeforeMs, &counts.denyListEntries},
        // The feed keeps a day, and always its newest row: readers detect gaps by it.
        {"DELETE FROM session_changes WHERE seq IN (SELECT seq FROM session_changes "
         "WHERE ts_ms < ? AND seq < (SELECT max(seq) FROM session_changes) LIMIT ?)",
         nowMs - kFeedRetentionMs, nullptr},
    };
    *more = false;
    QSqlQuery q(transaction);
    for (const PurgeStep& step : steps) {
        if (auto ok = execSql(q, QString::fromLatin1(step.sql), {step.before, limit}); !ok) {
            return std::unexpected(ok.error());
        }
        const qint64 n = q.numRowsAffected();
        *more = *more || n >= limit;
        if (step.count != nullptr) {
            *step.count += n;
        }
    }
    return counts;
}

Result<std::optional<QString>> SessionRepository::userName(QSqlDatabase& connection, qint64 userId)
{
    return selectFirstRow(connection, QStringLiteral("SELECT username FROM users WHERE id = ?"), {userId},
                          SqlRows::text);
}

Result<QList<Session>> SessionRepository::fetch(const QList<qint64>& ids, qint64 nowMs)
{
    return SessionListRepository(m_db.connection(), nowMs).fetch(ids);
}

Result<SessionPage> SessionRepository::list(const SessionFilter& filter, const SessionSort& sort, int limit,
                                            const SessionCursor& after, qint64 nowMs)
{
    return SessionListRepository(m_db.connection(), nowMs).list(filter, sort, limit, after);
}

Result<qint64> SessionRepository::count(const SessionFilter& filter, qint64 cap, qint64 nowMs)
{
    return SessionListRepository(m_db.connection(), nowMs).count(filter, cap);
}

Result<SessionCounters> SessionRepository::counters(qint64 revokedSinceMs, qint64 expiringWindowMs, qint64 nowMs)
{
    return SessionListRepository(m_db.connection(), nowMs).counters(revokedSinceMs, expiringWindowMs);
}

} // namespace authscope
