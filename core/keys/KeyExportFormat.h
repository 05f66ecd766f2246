#pragma once

namespace authscope {

// How a key leaves the store: a JWK, or PEM (SPKI for a public key, encrypted PKCS#8 for a private one).
enum class KeyExportFormat
{
    Jwk,
    Pem
};

} // namespace authscope
