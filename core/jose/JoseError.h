#pragma once

#include "core/common/Error.h"

#include <QString>

namespace authscope::jose {

// Stable codes that scripts, tests and the GUI match. The message is a sentence for a person.
enum class JoseErrc
{
    Malformed,          // jose.malformed: not a compact JWS (dots, empty parts)
    TooLarge,           // jose.too-large: over the size cap, refused before any work
    Base64,             // jose.base64: not strict base64url
    Json,               // jose.json: header or claims are not valid JSON / not an object
    JsonDepth,          // jose.json-depth: nesting over the cap
    DuplicateMember,    // jose.duplicate-member
    Utf8,               // jose.utf8: header or claims are not UTF-8
    AlgNone,            // jose.alg-none
    AlgUnsupported,     // jose.alg-unsupported: unknown or missing alg
    AlgNotAllowed,      // jose.alg-not-allowed: alg not pinned by the verifier for this key
    KeyMismatch,        // jose.key-mismatch: key type cannot do this alg (e.g. public key as HMAC secret)
    KeyUnusable,        // jose.key-unusable: use/key_ops forbid it, or a private part is needed
    KeyTooSmall,        // jose.key-too-small: RSA < 2048, HMAC secret shorter than the hash
    KeyInvalid,         // jose.key-invalid: the JWK/PEM cannot be imported
    KidUnknown,         // jose.kid-unknown: no key with that kid
    NoKey,              // jose.no-key: no candidate key at all
    SignatureMismatch,  // jose.signature-mismatch
    SignatureMalformed, // jose.signature-malformed: wrong length, r/s out of range
    Crit,               // jose.crit
    B64False,           // jose.b64-false: unencoded payload in a JWT
    JweUnsupported,     // jose.jwe-unsupported
    NotJwt,             // jose.not-jwt: payload is not a JSON object
    Expired,            // jose.expired
    NotYetValid,        // jose.not-yet-valid
    IssuedInFuture,     // jose.iat-future
    ClaimMissing,       // jose.claim-missing
    ClaimType,          // jose.claim-type: NumericDate not a number in range, iss not a string...
    IssuerMismatch,     // jose.iss-mismatch
    AudienceMismatch,   // jose.aud-mismatch
    TypMismatch,        // jose.typ-mismatch
    Policy,             // jose.policy: the verifier's own settings are unusable (e.g. leeway > 300 s)
    Internal,           // jose.internal: OpenSSL failed unexpectedly
};

class JoseError final
{
public:
    [[nodiscard]] static QString code(JoseErrc errc);
    [[nodiscard]] static Error make(JoseErrc errc, QString message);
    [[nodiscard]] static std::unexpected<Error> fail(JoseErrc errc, QString message);
};

} // namespace authscope::jose
