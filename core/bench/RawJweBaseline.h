#pragma once

#include "core/crypto/PKey.h"

#include <QByteArray>

namespace authscope::crypto {

// The baselines that the JWE rows of `bench jose` compare against: OpenSSL used the plain way with pre-built keys
// (no parsing, no header, no policy). Each returns operations per second, or -1 if the operation failed.
class RawJweBaseline final
{
public:
    // EVP_PKEY_decrypt with RSA-OAEP-256 (SHA-256, MGF1-SHA-256) on a fresh EVP_PKEY_CTX each time.
    [[nodiscard]] static double rsaOaep256DecryptRate(const PKey& key, const QByteArray& encryptedKey, double seconds);
    // EVP_PKEY_derive with a pre-imported peer key, SSKDF (Concat KDF, SHA-256) over `otherInfo`, then the
    // AES-256-WRAP unwrap of `wrapped`, each time.
    [[nodiscard]] static double ecdhUnwrapRate(const PKey& ours, const PKey& peer, const QByteArray& otherInfo,
                                               const QByteArray& wrapped, double seconds);
    // AES-256-GCM decryption (fetched cipher, fresh context) of `ciphertext` with `tag` and `aad`.
    [[nodiscard]] static double aesGcmOpenRate(const QByteArray& key, const QByteArray& iv,
                                               const QByteArray& ciphertext, const QByteArray& aad,
                                               const QByteArray& tag, double seconds);
};

} // namespace authscope::crypto
