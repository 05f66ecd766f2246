#include "core/logout/LogoutToken.h"

#include "core/crypto/Random.h"
#include "core/jose/Base64Url.h"
#include "core/keys/KeyStore.h"

namespace authscope::logout {

Result<QJsonObject> LogoutToken::claims(const Claims& spec)
{
    if (spec.sid.isEmpty() && spec.sub.isEmpty()) {
        return fail(QStringLiteral("logout.no-subject"),
                    QStringLiteral("A logout token names a session (sid) or a user (sub), or both."));
    }
    auto jtiBytes = crypto::Random::bytes(16);
    if (!jtiBytes) {
        return std::unexpected(jtiBytes.error());
    }
    QJsonObject claims{{QStringLiteral("iss"), spec.issuer},
                       {QStringLiteral("aud"), spec.audience},
                       {QStringLiteral("iat"), spec.iatSecs},
                       {QStringLiteral("exp"), spec.iatSecs + spec.lifetimeSecs},
                       {QStringLiteral("jti"), QString::fromLatin1(jose::Base64Url::encode(*jtiBytes))},
                       {QStringLiteral("events"), QJsonObject{{QString(Event), QJsonObject()}}}};
    if (!spec.sid.isEmpty()) {
        claims.insert(QStringLiteral("sid"), spec.sid);
    }
    if (!spec.sub.isEmpty()) {
        claims.insert(QStringLiteral("sub"), spec.sub);
    }
    return claims;
}

Result<QByteArray> LogoutToken::sign(const KeyStore& keys, const QJsonObject& claims)
{
    return keys.signJwt(claims, KeyStore::DefaultPurpose, QString(Type));
}

} // namespace authscope::logout
