#pragma once

#include "core/lab/AttackCatalogue.h"

namespace authscope::lab {

// Tokens that try to choose the key they are verified with: a public key used as an HMAC secret, a key carried in
// the header or fetched from a URL in it, a kid that reaches into files, SQL or response headers, and a key that
// was revoked.
class KeyConfusionAttacks final
{
public:
    KeyConfusionAttacks() = delete;

    // HS256 keyed with the target's published RSA/EC public key: its SPKI PEM, or its JWK text.
    static AttackHandler publicPemAsSecret;
    static AttackHandler publicJwkAsSecret;
    // ES256 by the attacker, whose public key rides along in the header's jwk.
    static AttackHandler embeddedJwk;
    // ES256 by the attacker, with jku (or x5u) pointing to the bait server; a fetch alone fails the row.
    static AttackHandler jkuBait;
    static AttackHandler x5uBait;
    // HS256 under a kid that walks to /dev/null, keyed with its contents (nothing).
    static AttackHandler kidPathTraversal;
    // HS256 under a kid that makes an SQL lookup return a secret of the attacker's, keyed with it.
    static AttackHandler kidSqlInjection;
    // A kid with CR LF and a header line; fails when that header comes back in the response.
    static AttackHandler kidHeaderInjection;
    // A token of the active key, accepted, then sent again after the key was rotated and revoked.
    static AttackHandler revokedKey;
};

} // namespace authscope::lab
