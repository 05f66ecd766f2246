#include "core/sessions/IssuedTokenRegistry.h"

#include "core/audit/AuditLog.h"
#include "core/common/EnumNames.h"
#include "core/sessions/IssuedTokenRepository.h"
#include "core/sessions/RevocationRetry.h"
#include "core/storage/Database.h"
#include "core/storage/TransactionValue.h"

#include <QJsonObject>

namespace authscope {

namespace {

constexpr qsizetype kMaxClaimText = 256;

constexpr auto kVerdictNames = enumNames<TokenVerdict::UnknownUser>(
    u"allowed", u"denied", u"issued-before-not-before", u"session-revoked", u"user-disabled", u"unknown-user");

Result<void> checkClaimText(const QString& what, const QString& value)
{
    if (value.isEmpty() || value.size() > kMaxClaimText) {
        return fail(
            QStringLiteral("tokens.bad-claim"),
            QStringLiteral("The %1 of a recorded token must be 1 to %2 characters.").arg(what).arg(kMaxClaimText));
    }
    return {};
}

qint64 wholeSecond(qint64 ms)
{
    return ms >= 0 ? ms / 1000 : -((-ms + 999) / 1000);
}

// S-NBF-PRECISION: `iat` counts whole seconds, a revocation's not-before milliseconds. Compared at the second, a
// token issued in the same second as the revocation is decided by the issue time this registry recorded to the
// millisecond; a token it did not record (or whose record does not match its iat) stays refused in that second.
bool issuedBeforeNotBefore(qint64 iatMs, std::optional<qint64> recordedMs, qint64 notBeforeMs)
{
    const qint64 iatSecond = wholeSecond(iatMs);
    const qint64 notBeforeSecond = wholeSecond(notBeforeMs);
    if (iatSecond != notBeforeSecond) {
        return iatSecond < notBeforeSecond;
    }
    if (iatMs >= notBeforeMs) {
        return false; // a not-before on a whole second: the iat alone says "not before"
    }
    return !recordedMs || wholeSecond(*recordedMs) != iatSecond || *recordedMs < notBeforeMs;
}

} // namespace

QString tokenVerdictName(TokenVerdict verdict)
{
    return kVerdictNames.name(verdict);
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
    auto done = m_db.writeTransaction([&](QSqlDatabase& db) -> Result<void> {
        auto userName = IssuedTokenRepository::userName(db, token.userId);
        if (!userName) {
            return std::unexpected(userName.error());
        }
        if (!*userName) {
            return fail(QStringLiteral("users.not-found"),
                        QStringLiteral("There is no user with id %1.").arg(token.userId));
        }
        if (token.sessionId) {
            auto owner = IssuedTokenRepository::sessionOwner(db, *token.sessionId);
            if (!owner) {
                return std::unexpected(owner.error());
            }
            if (!*owner || **owner != token.userId) {
                return fail(
                    QStringLiteral("tokens.bad-session"),
                    QStringLiteral("Session %1 does not exist or belongs to another user.").arg(*token.sessionId));
            }
        }
        auto taken = IssuedTokenRepository::exists(db, token.issuer, token.jti);
        if (!taken) {
            return std::unexpected(taken.error());
        }
        if (*taken) {
            return fail(QStringLiteral("tokens.duplicate-jti"),
                        QStringLiteral("A token with jti %1 was already issued by %2.").arg(token.jti, token.issuer));
        }
        auto inserted = IssuedTokenRepository::insert(db, token);
        if (!inserted) {
            return std::unexpected(inserted.error());
        }
        id = *inserted;
        auto audited = m_audit.append(db, QStringLiteral("token.issue"),
                                      token.sessionId ? QStringLiteral("session:%1").arg(*token.sessionId)
                                                      : QStringLiteral("user:") + **userName,
                                      QJsonObject{{QStringLiteral("iss"), token.issuer},
                                                  {QStringLiteral("jti"), token.jti},
                                                  {QStringLiteral("kid"), token.kid},
                                                  {QStringLiteral("user"), **userName},
                                                  {QStringLiteral("exp_ms"), token.expiresMs}});
        if (!audited) {
            return std::unexpected(audited.error());
        }
        return {};
    });
    if (!done) {
        return std::unexpected(done.error());
    }
    auto rows = IssuedTokenRepository(m_db).byId(id);
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
    auto row = IssuedTokenRepository(m_db).check(token);
    if (!row) {
        return std::unexpected(row.error());
    }
    if (!*row) {
        return TokenVerdict::UnknownUser;
    }
    if ((*row)->denied) {
        return TokenVerdict::Denied;
    }
    if ((*row)->userDisabled) {
        return TokenVerdict::UserDisabled;
    }
    if (issuedBeforeNotBefore(token.issuedAtMs, (*row)->issuedMs, (*row)->tokensNotBeforeMs)) {
        return TokenVerdict::IssuedBeforeNotBefore;
    }
    // A sid that names no session of this user is as bad as a revoked one.
    if (token.sessionId && (!(*row)->sessionRevoked || *(*row)->sessionRevoked)) {
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
    return transactionValue(
        [this](const auto& body) { return RevocationRetry::writeTransaction(m_db, body); }, // S-REVOKE-RETRY
        [&](QSqlDatabase& db) -> Result<bool> {
            auto added = IssuedTokenRepository::deny(db, issuer, jti, expiresMs, now, why);
            if (!added || !*added) {
                return added;
            }
            auto audited = m_audit.append(db, QStringLiteral("token.deny"), QStringLiteral("jti:") + jti,
                                          QJsonObject{{QStringLiteral("iss"), issuer},
                                                      {QStringLiteral("exp_ms"), expiresMs},
                                                      {QStringLiteral("reason"), why}});
            if (!audited) {
                return std::unexpected(audited.error());
            }
            return true;
        });
}

Result<void> IssuedTokenRegistry::setNotBefore(qint64 userId, qint64 notBeforeMs)
{
    return RevocationRetry::writeTransaction(m_db, [&](QSqlDatabase& db) -> Result<void> { // S-REVOKE-RETRY
        auto name = IssuedTokenRepository::userName(db, userId);
        if (!name) {
            return std::unexpected(name.error());
        }
        if (!*name) {
            return fail(QStringLiteral("users.not-found"), QStringLiteral("There is no user with id %1.").arg(userId));
        }
        if (auto ok = IssuedTokenRepository::setNotBefore(db, userId, notBeforeMs, m_clock.nowMs()); !ok) {
            return ok;
        }
        auto audited = m_audit.append(db, QStringLiteral("token.not-before"), QStringLiteral("user:") + **name,
                                      QJsonObject{{QStringLiteral("not_before_ms"), notBeforeMs}});
        if (!audited) {
            return std::unexpected(audited.error());
        }
        return {};
    });
}

Result<QList<IssuedToken>> IssuedTokenRegistry::forSession(qint64 sessionId)
{
    return IssuedTokenRepository(m_db).bySession(sessionId, 1000);
}

Result<QList<IssuedToken>> IssuedTokenRegistry::forUser(qint64 userId, int limit)
{
    return IssuedTokenRepository(m_db).byUser(userId, limit);
}

Result<qint64> IssuedTokenRegistry::denyListSize()
{
    return IssuedTokenRepository(m_db).denyListSize(m_clock.nowMs());
}

} // namespace authscope
