#pragma once

#include "core/common/Error.h"
#include "core/jose/ValidationResult.h"

#include <QString>

namespace authscope::logout {

// The claim rules of OpenID Connect Back-Channel Logout 1.0 §2.6 on a logout token whose signature, iss and aud the
// caller has already verified (IssuerVerifier: the issuer's JWKS, R-ISS-PIN, aud = our client ID). Each failure has
// its own stable code (logout.*) and sentence (B-RP-VALIDATE).
class LogoutTokenCheck final
{
public:
    struct Subject
    {
        QString issuer;
        QString sid; // empty when the token names only the user
        QString sub; // empty when the token names only the session
        QString jti;
        qint64 expSecs = 0;
    };

    static constexpr qint64 DefaultMaxAgeSecs = 300;

    // typ: logout+jwt (also spelt application/logout+jwt), or none or JWT from providers that predate explicit
    // typing; anything else is another kind of token (RFC 8725 §3.11). events: a JSON object whose
    // http://schemas.openid.net/event/backchannel-logout member is a JSON object. No nonce (§2.4: it keeps an ID
    // token from passing as a logout token). sid or sub. jti. iat no older than maxAgeSecs (and not in the future,
    // which the validator checked).
    [[nodiscard]] static Result<Subject> check(const jose::ValidationResult& verified, qint64 nowSecs,
                                               qint64 maxAgeSecs = DefaultMaxAgeSecs);
};

} // namespace authscope::logout
