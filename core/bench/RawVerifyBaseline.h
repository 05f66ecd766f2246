#pragma once

#include "core/crypto/DigestAlgorithm.h"
#include "core/crypto/PKey.h"
#include "core/crypto/SignatureScheme.h"

#include <QByteArray>

namespace authscope::crypto {

// The baseline that `bench jose` compares against: OpenSSL used the plain way, with a pre-built key and nothing
// else (no parsing, no policy). Lives here because only core/crypto and core/jose may include OpenSSL.
class RawVerifyBaseline final
{
public:
    // Verifications per second with EVP_DigestVerifyInit + EVP_DigestVerify on a fresh EVP_MD_CTX each time.
    // `signature` is in OpenSSL's own form (DER for ECDSA). Returns -1 if the signature does not verify.
    [[nodiscard]] static double verifyRate(const PKey& key, SignatureScheme scheme, DigestAlgorithm digest,
                                           const QByteArray& data, const QByteArray& signature, double seconds);
    // HMAC checks per second: EVP_MAC_CTX_new + EVP_MAC_init(key) + update + final + CRYPTO_memcmp each time,
    // with the EVP_MAC fetched once. Returns -1 if the tag does not match.
    [[nodiscard]] static double hmacRate(DigestAlgorithm digest, const QByteArray& key, const QByteArray& data,
                                         const QByteArray& tag, double seconds);
};

} // namespace authscope::crypto
