#pragma once

#include "core/common/ErrorCodes.h"

#include <QString>

namespace authscope::dpop {

// One stable code per RFC 9449 §4.3 check (DP-PROOF-RULES in docs/security.md). Scripts, tests, the CLI and the
// server's error_description match the code; the message is a sentence for a person.
enum class DpopErrc
{
    Malformed,       // dpop.malformed: not a compact JWS, bad base64url, bad JSON, duplicate members
    TooLarge,        // dpop.too-large: over the size cap, refused before any work
    Typ,             // dpop.typ: typ is not dpop+jwt
    Alg,             // dpop.alg: alg missing, none, symmetric, not allowed, or not fitting the jwk
    JwkMissing,      // dpop.jwk-missing: no jwk header, or not an object
    JwkPrivate,      // dpop.jwk-private: the jwk carries private members (d, p, q, dp, dq, qi, oth, k)
    JwkInvalid,      // dpop.jwk-invalid: the jwk cannot be imported as a public key
    Signature,       // dpop.signature: the signature does not verify with the jwk
    Claims,          // dpop.claims: the payload is not a JSON object
    Htm,             // dpop.htm: htm missing or not the request's method
    Htu,             // dpop.htu: htu missing, not an http(s) URL, or not the request's URL
    Iat,             // dpop.iat: iat missing, not a number, or outside the window
    Jti,             // dpop.jti: jti missing, empty or too long
    Replay,          // dpop.replay: this jti was already used within the window
    ReplayCacheFull, // dpop.replay-cache-full: too many live proofs to remember; refused, not forgotten
    AthMissing,      // dpop.ath-missing: an access token is presented but the proof has no ath
    AthMismatch,     // dpop.ath-mismatch: ath is not the hash of the presented access token
    NonceMissing,    // dpop.nonce-missing: the server demands a nonce and the proof has none
    NonceMismatch,   // dpop.nonce-mismatch: the nonce is not the server's current one (stale or made up)
    JktMissing,      // dpop.jkt-missing: the access token carries no cnf.jkt (not bound to a key)
    JktMismatch,     // dpop.jkt-mismatch: cnf.jkt is not the RFC 7638 thumbprint of the proof's jwk
};

class DpopError final : public ErrorCodes<DpopError, DpopErrc>
{
public:
    [[nodiscard]] static QString code(DpopErrc errc);
};

} // namespace authscope::dpop
