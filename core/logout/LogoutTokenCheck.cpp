#include "core/logout/LogoutTokenCheck.h"

#include "core/logout/LogoutToken.h"

namespace authscope::logout {

Result<LogoutTokenCheck::Subject> LogoutTokenCheck::check(const jose::ValidationResult& verified, qint64 nowSecs,
                                                          qint64 maxAgeSecs)
{
    const QJsonValue typValue = verified.header.value(QStringLiteral("typ"));
    if (!typValue.isUndefined()) {
        const QString typ = typValue.toString().toLower();
        if (typ != QString(LogoutToken::Type) && typ != QStringLiteral("application/logout+jwt") &&
            typ != QStringLiteral("jwt")) {
            return fail(QStringLiteral("logout.typ"),
                        QStringLiteral("The token's typ is '%1', not logout+jwt: it is another kind of token.")
                            .arg(typValue.toString().left(40)));
        }
    }
    const QJsonObject& claims = verified.claims.json();
    if (claims.contains(QStringLiteral("nonce"))) {
        return fail(QStringLiteral("logout.nonce"),
                    QStringLiteral("A logout token must not carry a nonce (an ID token is not a logout token)."));
    }
    const QJsonValue events = claims.value(QStringLiteral("events"));
    if (!events.isObject() || !events.toObject().value(QString(LogoutToken::Event)).isObject()) {
        return fail(QStringLiteral("logout.events"),
                    QStringLiteral("The token's events claim has no %1 member that is a JSON object.")
                        .arg(QString(LogoutToken::Event)));
    }
    Subject subject;
    subject.issuer = verified.claims.issuer();
    const QJsonValue sid = claims.value(QStringLiteral("sid"));
    const QJsonValue sub = claims.value(QStringLiteral("sub"));
    if ((!sid.isUndefined() && (!sid.isString() || sid.toString().isEmpty())) ||
        (!sub.isUndefined() && (!sub.isString() || sub.toString().isEmpty()))) {
        return fail(QStringLiteral("logout.subject"), QStringLiteral("sid and sub must be non-empty strings."));
    }
    subject.sid = sid.toString();
    subject.sub = sub.toString();
    if (subject.sid.isEmpty() && subject.sub.isEmpty()) {
        return fail(QStringLiteral("logout.subject"),
                    QStringLiteral("The token names neither a session (sid) nor a user (sub)."));
    }
    const QJsonValue jti = claims.value(QStringLiteral("jti"));
    if (!jti.isString() || jti.toString().isEmpty()) {
        return fail(QStringLiteral("logout.jti"), QStringLiteral("The token has no jti, so a replay cannot be told."));
    }
    subject.jti = jti.toString();
    const auto iat = verified.claims.issuedAt();
    if (!iat) {
        return fail(QStringLiteral("logout.iat"), QStringLiteral("The token has no valid iat."));
    }
    if (nowSecs - *iat > maxAgeSecs) {
        return fail(QStringLiteral("logout.stale"),
                    QStringLiteral("The token was issued %1 s ago; logout tokens older than %2 s are refused.")
                        .arg(nowSecs - *iat)
                        .arg(maxAgeSecs));
    }
    subject.expSecs = verified.claims.expiresAt().value_or(*iat + maxAgeSecs);
    return subject;
}

} // namespace authscope::logout
