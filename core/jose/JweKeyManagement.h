#pragma once

#include "core/common/Error.h"
#include "core/jose/JweAlgorithm.h"
#include "core/jose/Jwk.h"

#include <QByteArray>
#include <QJsonObject>

namespace authscope::jose {

// How the content encryption key (CEK) travels (RFC 7518 §4): encrypted to an RSA key, wrapped with AES-KW or
// AES-GCM, agreed with ECDH-ES, derived from a password (PBES2), or the shared key itself (dir).
class JweKeyManagement final
{
public:
    static constexpr int DefaultMaxP2c = 10'000; // E-P2C-CAP
    static constexpr int DefaultP2c = 10'000;    // what the encrypter writes (RFC 7518 §4.8.1.2: at least 1000)
    static constexpr qsizetype MinP2sBytes = 8;  // RFC 7518 §4.8.1.1

    struct Wrapped
    {
        QByteArray cek;
        QByteArray encryptedKey; // empty for dir and ECDH-ES
        QJsonObject header;      // members the algorithm adds: epk, iv/tag (GCMKW), p2s/p2c (PBES2)
    };

    // Type, size (E-KEY-SIZE, K-SIZE), use/key_ops (K-USE) and, for decryption, the private part.
    [[nodiscard]] static Result<void> checkKey(JweAlgorithm alg, JweEncryption enc, const Jwk& key, bool decrypting);

    // Encrypter: a fresh CEK for `enc` (or the direct/agreed key) and what the header must carry.
    [[nodiscard]] static Result<Wrapped> wrap(JweAlgorithm alg, JweEncryption enc, const Jwk& key,
                                              int p2c = DefaultP2c);

    // Decrypter: the CEK. For RSA a failed decryption, or a CEK of the wrong length, yields a random CEK instead
    // of an error (RFC 7516 §11.5, E-RSA-ORACLE), so the failure shows only later, as jose.decrypt-failed.
    [[nodiscard]] static Result<QByteArray> unwrap(JweAlgorithm alg, JweEncryption enc, const QJsonObject& header,
                                                   QByteArrayView encryptedKey, const Jwk& key,
                                                   int maxP2c = DefaultMaxP2c);
};

} // namespace authscope::jose
