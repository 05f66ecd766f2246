#pragma once

#include "core/crypto/PasswordHasher.h"
#include "core/http/HttpServerConfig.h"
#include "core/sessions/SessionPolicy.h"

#include <QString>
#include <QStringList>

namespace authscope {

// The local test server's settings: how it listens and what it accepts (HttpServerConfig; with tls and no
// certificate, TestServer makes a self-signed one at start), and its login state.
struct ServerConfig : http::HttpServerConfig
{
    // Login state.
    int accessTokenLifetimeSecs = 900;
    int refreshTokenLifetimeSecs = 14 * 24 * 3600;
    bool denyListEnabled = true; // JWT logout/revocation checks the deny-list; off shows the revocation window
    // Remember tokens whose signature verified (by their exact bytes, until exp, emptied when the keys change),
    // so a client repeating its token costs one hash lookup instead of a signature check. Time claims and the
    // deny-list are checked on every request either way. Off: every request verifies the signature (the Lab
    // turns it off to compare algorithms).
    bool verifiedTokenCache = true;
    int verifiedTokenCacheCapacity = 100'000;
    QString issuer; // empty: derived from the listening address ("http://127.0.0.1:PORT")
    QString audience = QStringLiteral("authscope-test-api");
    // scrypt cost for the decoy hash that keeps unknown-user logins as slow as real ones (tests lower it).
    crypto::PasswordHasher::Parameters passwordHashing;
    // Timeouts, slide throttle and validation cache of the server's session store (the Lab compares settings).
    SessionPolicy sessionPolicy;
    // Which node this is when several servers share one database (shown in /healthz and the request log); empty:
    // hostname-pid.
    QString nodeName;
    // DPoP (RFC 9449): demand server-issued nonces in proofs (DP-NONCE), rotated every dpopNonceLifetimeSecs.
    bool dpopNonce = false;
    int dpopNonceLifetimeSecs = 300;
    // B-FEED, B-RETRY: relying parties told of every ended session by a logout token (serve
    // --backchannel-logout-uri); empty: none. The wait before the second delivery attempt doubles for each one after.
    QStringList backchannelLogoutUris;
    int backchannelRetryBaseMs = 500;
    // E-SERVER-NESTED (serve --encrypt-tokens KID): access tokens are nested JWTs encrypted to this key of the
    // encryption purpose, and bearer tokens must be such JWEs; empty: plain signed tokens.
    QString encryptTokensKid;
};

} // namespace authscope
