#pragma once

#include "core/jose/JsonLimits.h"
#include "core/jose/JwsAlgorithm.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace authscope::jose {

// What a verifier accepts. The defaults are the strict ones.
struct ValidationPolicy
{
    // Rule 1: empty means "pinned by the key" (its alg, else the algorithms of its type). When set, the token's
    // alg must be in this list AND fit the key's type; a public key never becomes an HMAC secret either way.
    QList<JwsAlgorithm> allowedAlgorithms;
    // true: a JWT (payload is a claims set; exp/nbf/iat checked; b64:false refused). false: a plain JWS whose
    // payload may be any bytes; only the signature and header are checked.
    bool jwt = true;
    QString issuer;   // exact match when set
    QString audience; // must be in aud when set; when empty, a token that carries aud is refused (RFC 7519 §4.1.3)
    QString typ;      // compared as a media type (case-insensitive, "application/" optional) when set
    QStringList requiredClaims{QStringLiteral("exp")};
    int leewaySecs = 30;        // 0..MaxLeewaySecs
    QStringList understoodCrit; // header extensions the caller processes ("b64" is understood for JWS)
    JsonLimits limits;
    int maxCandidateKeys = 8; // keys tried when the token has no kid

    // A named set of the settings above, and checks of its own. AccessTokenRfc9068: a JWT access token (RFC 9068
    // §2.2, §4): typ at+jwt (or application/at+jwt), iss, exp, aud, sub, client_id, iat and jti required, and sub,
    // client_id and jti non-empty strings.
    enum class Profile
    {
        Generic,
        AccessTokenRfc9068
    };
    Profile profile = Profile::Generic;

    // The RFC 9068 profile; iss and aud are pinned when given.
    [[nodiscard]] static ValidationPolicy accessTokenRfc9068(QString issuer = {}, QString audience = {})
    {
        ValidationPolicy p;
        p.profile = Profile::AccessTokenRfc9068;
        p.typ = QStringLiteral("at+jwt");
        p.issuer = std::move(issuer);
        p.audience = std::move(audience);
        p.requiredClaims = {QStringLiteral("iss"), QStringLiteral("exp"),       QStringLiteral("aud"),
                            QStringLiteral("sub"), QStringLiteral("client_id"), QStringLiteral("iat"),
                            QStringLiteral("jti")};
        return p;
    }

    static constexpr int DefaultLeewaySecs = 30;
    static constexpr int MaxLeewaySecs = 300;
};

} // namespace authscope::jose
