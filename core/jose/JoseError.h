#pragma once

#include "core/common/ErrorCodes.h"

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
    // JWE (docs/security.md, the E-* rules)
    TypeConfusion,  // jose.type-confusion: a JWE where a JWS is required, or the reverse (E-TYPE-CONFUSION)
    EncUnsupported, // jose.enc-unsupported: unknown, missing or not allowed "enc"
    P2cCap,         // jose.p2c-cap: PBES2 iteration count over the cap, refused before deriving (E-P2C-CAP)
    InvalidCurve,   // jose.invalid-curve: epk not on the curve or on another curve than our key (E-INVALID-CURVE)
    ZeroSecret,     // jose.zero-secret: X25519/X448 shared secret all zeros (E-ZERO-SECRET)
    KeySize,        // jose.key-size: a dir/KW/GCMKW key or CEK of the wrong size (E-KEY-SIZE)
    TagLength,      // jose.tag-length: a truncated or overlong authentication tag (E-CBC-TAG, E-GCM-TAG)
    DecryptFailed,  // jose.decrypt-failed: wrong key or altered token; one message for all (E-RSA-ORACLE)
    ZipCap,         // jose.zip-cap: decompressed plaintext over the cap (E-ZIP-CAP)
    Zip,            // jose.zip: unknown zip value, or not a valid raw DEFLATE stream
    Internal,       // jose.internal: OpenSSL failed unexpectedly
};

class JoseError final : public ErrorCodes<JoseError, JoseErrc>
{
public:
    [[nodiscard]] static QString code(JoseErrc errc);
};

} // namespace authscope::jose
