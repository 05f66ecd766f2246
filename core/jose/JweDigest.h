#pragma once

// Internal to the JWE .cpp files of core/jose.

#include "core/crypto/DigestAlgorithm.h"

#include <QtGlobal>

namespace authscope::jose {

// The SHA-2 hash that RFC 7518 pairs with an AES key of `aesKeyBytes`: SHA-256 for 16 bytes, SHA-384 for 24,
// SHA-512 for 32. The HMAC of A*CBC-HS* (its MAC key is half the CEK, §5.2.3-5.2.5) and the PBKDF2 of
// PBES2-HS*+A*KW (§4.8) both follow it.
inline crypto::DigestAlgorithm sha2ForAesKey(qsizetype aesKeyBytes)
{
    return aesKeyBytes == 32   ? crypto::DigestAlgorithm::Sha512
           : aesKeyBytes == 24 ? crypto::DigestAlgorithm::Sha384
                               : crypto::DigestAlgorithm::Sha256;
}

} // namespace authscope::jose
