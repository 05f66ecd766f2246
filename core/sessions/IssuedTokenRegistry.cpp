#include "core/sessions/IssuedTokenRegistry.h"

#include "core/audit/AuditLog.h"
#include "core/storage/SqlText.h"
#include "core/storage/Database.h"
#include "core/storage/SqlError.h"

#include <QJsonObject>
#include <QSqlQuery>

namespace authscope {

namespace {

constexpr qsizetype kMaxClaimText = 256;

void auditOrWarn(AuditLog& audit, const QString& action, const QString& target, const QJsonObject& details)
{
    if (auto ok = audit.append(action, target, details); !ok) {
        qWarning("authscope: audit row %s for %s failed: %s", qPrintable(action), qPrintable(target),
                 qPrintable(ok.error().message));
    }
}

Result<void> checkClaimText(const QString& what, const QString& value)
{
    if (value.isEmpty() || value.size() > kMaxClaimText) {
        return fail(
            QStringLiteral("tokens.bad-claim"),
            QStringLiteral("The %1 of a recorded token must be 1 to %2 characters.").arg(what).arg(kMaxClaimText));
    }
    return {};
}

} // namespace

QString tokenVerdictName(TokenVerdict verdict)
{
    switch (verdict) {
    case TokenVerdict::Allowed:
        return QStringLiteral("allowed");
    case TokenVerdict::Denied:
        return QStringLiteral("denied");
    case TokenVerdict::IssuedBeforeNotBefore:
        return QStringLiteral("issued-before-not-before");
    case TokenVerdict::SessionRevoked:
        return QStringLiteral("session-revoked");
    case TokenVerdict::UserDisabled:
        return QStringLiteral("user-disabled");
    case TokenVerdict::UnknownUser:
        return QStringLiteral("unknown-user");
    }
    return {};
}

IssuedTokenRegistry::IssuedTokenRegistry(Database& database, AuditLog& audit, const Clock& clock)
    : m_db(database), m_audit(audit), m_clock(clock)
{}

Result<IssuedToken> IssuedTokenRegistry::record(const NewIssuedToken& token)
{
    for (const auto& [what, value] :
         {std::pair{QStringLiteral("issuer"), token.issuer}, std::pair{QStringLiteral("jti"), token.jti}}) {
        if (auto ok = checkClaimText(what, value); !ok) {
            return std::unexpected(ok.error());
        }
    }
    if (token.kid.size() > kMaxClaimText || token.expiresMs <= token.issuedMs) {
        return fail(QStringLiteral("tokens.bad-claim"),
                    QStringLiteral("A recorded token needs a kid of at most %1 characters and an expiry after its "
                                   "issue time.")
                        .arg(kMaxClaimText));
    }
    qint64 id = 0;
    QString userName;
    auto done = m_db.writeTransaction([&](QSqlDatabase& db) -> Result<void> {
        QSqlQuery q(db);
        if (auto ok = execSql(q, QStringLiteral("SELECT username FROM users WHERE id = ?"), {token.userId}); !ok) {
            return ok;
        }
        if (!q.next()) {
            return fail(QStringLiteral("users.not-found"),
                        QStringLiteral("There is no user with id %1.").arg(token.userId));
        }
        userName = q.value(0).toString();
        if (token.sessionId) {
            if (auto ok = execSql(q, QStringLiteral("SELECT user_id FROM sessions WHERE id = ?"), {*token.sessionId});
                !ok) {
                return ok;
            }
            if (!q.next() || q.value(0).toLongLong() != token.userId) {
                return fail(
                    QStringLiteral("tokens.bad-session"),
                    QStringLiteral("Session %1 does not exist or belongs to another user.").arg(*token.sessionId));
            }
        }
        if (auto ok = execSql(q, QStringLiteral("SELECT 1 FROM issued_tokens WHERE issuer = ? AND jti = ?"),
                              {token.issuer, token.jti});
            !ok) {
            return ok;
        }
        if (q.next()) {
            return fail(QStringLiteral("tokens.duplicate-jti"),
                        QStringLiteral("A token with jti %1 was already issued by %2.").arg(token.jti, token.issuer));
        }
        if (auto ok = execSql(q,
                              QStringLiteral("INSERT INTO issued_tokens(issuer, jti, session_id, user_id, kid, "
                                             "issued_ms, expires_ms) VALUES(?, ?, ?, ?, ?, ?, ?)"),
                              {token.issuer, token.jti,
                               token.sessionId ? QVariant(*token.sessionId) : QVariant(QMetaType(QMetaType::LongLong)),
                               token.userId, sqlText(token.kid), token.issuedMs, token.expiresMs});
            !ok) {
            return ok;
        }
        id = q.lastInsertId().toLongLong();
        return {};
    });
    if (!done) {
        return std::unexpected(done.error());
    }
    auditOrWarn(m_audit, QStringLiteral("token.issue"),
                token.sessionId ? QStringLiteral("session:%1").arg(*token.sessionId)
                                : QStringLiteral("user:") + userName,
                QJsonObject{{QStringLiteral("iss"), token.issuer},
                            {QStringLiteral("jti"), token.jti},
                            {QStringLiteral("kid"), token.kid},
                            {QStringLiteral("user"), userName},
                            {QStringLiteral("exp_ms"), token.expiresMs}});
    auto rows = query(QStringLiteral("t.id = ?"), {id}, 1);
    if (!rows) {
        return std::unexpected(rows.error());
    }
    if (rows->isEmpty()) {
        return fail(QStringLiteral("tokens.not-found"), QStringLiteral("The recorded token vanished."));
    }
    return rows->constFirst();
}

Result<TokenVerdict> IssuedTokenRegistry::check(const TokenReference& token)
{
    QSqlDatabase db = m_db.connection();
    QSqlQuery q(db);
    q.setForwardOnly(true);
    // One statement, so the answer comes from one snapshot of the database.
    if (auto ok = execSql(
            q,
            QStringLiteral("SELECT (SELECT 1 FROM token_denylist WHERE issuer = ? AND jti = ?), "
                           "u.disabled, u.tokens_not_before_ms, "
                           "(SELECT revoked_ms IS NOT NULL FROM sessions WHERE id = ? AND user_id = u.id) "
                           "FROM users u WHERE u.username = ?"),
            {token.issuer, token.jti,
             token.sessionId ? QVariant(*token.sessionId) : QVariant(QMetaType(QMetaType::LongLong)), token.subject});
        !ok) {
        return std::unexpected(ok.error());
    }
    if (!q.next()) {
        return TokenVerdict::UnknownUser;
    }
    if (!q.value(0).isNull()) {
        return TokenVerdict::Denied;
    }
    if (q.value(1).toInt() != 0) {
        return TokenVerdict::UserDisabled;
    }
    if (token.issuedAtMs < q.value(2).toLongLong()) {
        return TokenVerdict::IssuedBeforeNotBefore;
    }
    // A sid that names no session of this user is as bad as a revoked one.
    if (token.sessionId && (q.value(3).isNull() || q.value(3).toInt() != 0)) {
        return TokenVerdict::SessionRevoked;
    }
    return TokenVerdict::Allowed;
}

Result<bool> IssuedTokenRegistry::deny(const QString& issuer, const QString& jti, qint64 expiresMs,
                                       const QString& reason)
{
    for (const auto& [what, value] :
         {std::pair{QStringLiteral("issuer"), issuer}, std::pair{QStringLiteral("jti"), jti}}) {
        if (auto ok = checkClaimText(what, value); !ok) {
            return std::unexpected(ok.error());
        }
    }
    const qint64 now = m_clock.nowMs();
    if (expiresMs <= now) {
        return fail(QStringLiteral("tokens.expired"),
                    QStringLiteral("That token has already expired; there is nothing to deny."));
    }
    const QString why = reason.simplified().left(500);
    bool added = false;
    auto done = m_db.writeTransaction([&](QSqlDatabase& db) -> Result<void> {
        QSqlQuery q(db);
        if (auto ok = execSql(q,
                              QStringLiteral("INSERT INTO token_denylist(issuer, jti, expires_ms, denied_ms, reason) "
                                             "VALUES(?, ?, ?, ?, ?) ON CONFLICT(issuer, jti) DO NOTHING"),
                              {issuer, jti, expiresMs, now, sqlText(why)});
            !ok) {
            return ok;
        }
        added = q.numRowsAffected() > 0;
        return execSql(q,
                       QStringLiteral("UPDATE issued_tokens SET revoked_ms = ? WHERE issuer = ? AND jti = ? AND "
                                      "revoked_ms IS NULL"),
                       {now, issuer, jti});
    });
    if (!done) {
        return std::unexpected(done.error());
    }
    if (added) {
        auditOrWarn(m_audit, QStringLiteral("token.deny"), QStringLiteral("jti:") + jti,
                    QJsonObject{{QStringLiteral("iss"), issuer},
                                {QStringLiteral("exp_ms"), expiresMs},
                                {QStringLiteral("reason"), why}});
    }
    return added;
}

Result<void> IssuedTokenRegistry::setNotBefore(qint64 userId, qint64 notBeforeMs)
{
    QString name;
    auto done = m_db.writeTransaction([&](QSqlDatabase& db) -> Result<void> {
        QSqlQuery q(db);
        if (auto ok = execSql(q, QStringLiteral("SELECT username FROM users WHERE id = ?"), {userId}); !ok) {
            return ok;
        }
        if (!q.next()) {
            return fail(QStringLiteral("users.not-found"), QStringLiteral("There is no user with id %1.").arg(userId));
        }
        name = q.value(0).toString();
        return execSql(q, QStringLiteral("UPDATE users SET tokens_not_before_ms = ?, updated_ms = ? WHERE id = ?"),
                       {notBeforeMs, m_clock.nowMs(), userId});
    });
    if (!done) {
        return done;
    }
    auditOrWarn(m_audit, QStringLiteral("token.not-before"), QStringLiteral("user:") + name,
                QJsonObject{{QStringLiteral("not_before_ms"), notBeforeMs}});
    return {};
}

Result<QList<IssuedToken>> IssuedTokenRegistry::forSession(qint64 sessionId)
{
    return query(QStringLiteral("t.session_id = ?"), {sessionId}, 1000);
}

Result<QList<IssuedToken>> IssuedTokenRegistry::forUser(qint64 userId, int limit)
{
    return query(QStringLiteral("t.user_id = ?"), {userId}, limit);
}

Result<qint64> IssuedTokenRegistry::denyListSize()
{
    QSqlDatabase db = m_db.connection();
    QSqlQuery q(db);
    if (auto ok =
            execSql(q, QStringLiteral("SELECT count(*) FROM token_denylist WHERE expires_ms > ?"), {m_clock.nowMs()});
        !ok) {
        return std::unexpected(ok.error());
    }
    return q.next() ? q.value(0).toLongLong() : 0;
}

Result<QList<IssuedToken>> IssuedTokenRegistry::query(const QString& where, const QVariantList& binds, int limit)
{
    QSqlDatabase db = m_db.connection();
    QSqlQuery q(db);
    q.setForwardOnly(true);
    QVariantList all = binds;
    all << limit;
    if (auto ok =
            execSql(q,
                    QStringLiteral("SELECT t.id, t.issuer, t.jti, t.session_id, t.user_id, u.username, t.kid, "
                                   "t.issued_ms, t.expires_ms, t.revoked_ms, "
                                   "EXISTS (SELECT 1 FROM token_denylist d WHERE d.issuer = t.issuer AND "
                                   "d.jti = t.jti) FROM issued_tokens t JOIN users u ON u.id = t.user_id WHERE ") +
                        where + QStringLiteral(" ORDER BY t.issued_ms DESC, t.id DESC LIMIT ?"),
                    all);
        !ok) {
        return std::unexpected(ok.error());
    }
    QList<IssuedToken> tokens;
    while (q.next()) {
        IssuedToken t;
        t.id = q.value(0).toLongLong();
        t.issuer = q.value(1).toString();
        t.jti = q.value(2).toString();
        if (!q.value(3).isNull()) {
            t.sessionId = q.value(3).toLongLong();
        }
        t.userId = q.value(4).toLongLong();
        t.userName = q.value(5).toString();
        t.kid = q.value(6).toString();
        t.issuedMs = q.value(7).toLongLong();
        t.expiresMs = q.value(8).toLongLong();
        if (!q.value(9).isNull()) {
            t.revokedMs = q.value(9).toLongLong();
        }
        t.denied = q.value(10).toInt() != 0;
        tokens << t;
    }
    return tokens;
}

} // namespace authscope
