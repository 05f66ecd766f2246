#pragma once

namespace authscope::crypto {

enum class SignatureScheme
{
    RsaPkcs1v15,
    RsaPss,     // MGF1 with the same digest, salt length = digest length (JWA §3.5)
    EcdsaDer,   // ASN.1 DER signature as OpenSSL produces it
    EcdsaP1363, // raw r||s of exactly twice the field size (JWA §3.4)
    EdDsa,      // pure Ed25519 / Ed448; the digest is ignored
};

} // namespace authscope::crypto
