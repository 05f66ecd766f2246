#pragma once

#include "core/common/Error.h"
#include "core/jose/JweAlgorithm.h"
#include "core/jose/Jwk.h"
#include "core/keys/KeyGenerateRequest.h"

#include <QString>

namespace authscope {

// The rules of the key store's "encryption" purpose (K-ENC-PURPOSE): its keys decrypt JWEs sent to us and are what
// others encrypt to; they carry use "enc" and a JWE key management alg (RSA-OAEP, RSA-OAEP-256, ECDH-ES*, A*KW,
// A*GCMKW, dir) and never sign. RSA1_5 (E-RSA15-OFF) and PBES2 (a password, not a key) are refused for stored keys.
class EncryptionKeys final
{
public:
    EncryptionKeys() = delete;

    static inline const QString Purpose = QStringLiteral("encryption");

    [[nodiscard]] static bool isEncryptionPurpose(const QString& purpose) { return purpose == Purpose; }
    // What a key of this type encrypts with when nobody named an alg: RSA → RSA-OAEP-256, EC/X25519/X448 →
    // ECDH-ES+A256KW, oct → A128KW/A192KW/A256KW by size (A256KW otherwise).
    [[nodiscard]] static QString defaultAlg(const jose::Jwk& key);
    // The policy's alg when it names no JWE alg (a policy row written for signing keys).
    [[nodiscard]] static QString defaultPolicyAlg() { return QStringLiteral("ECDH-ES+A256KW"); }
    // The content encryption used with `key`: for dir the one its size names, else A256GCM.
    [[nodiscard]] static jose::JweEncryption contentEncryption(const jose::Jwk& key);
    // The key type an alg needs ("RSA", "EC", "oct"; ECDH-ES* → "EC").
    [[nodiscard]] static QString keyTypeFor(jose::JweAlgorithm alg);
    // `alg` is a JWE alg a stored key may carry, and fits `key` (type, size, use).
    [[nodiscard]] static Result<jose::JweAlgorithm> checkAlg(const jose::Jwk& key, const QString& alg);
    // A new encryption key for the store (use "enc", its alg set, the kid as given or the thumbprint; random for oct).
    [[nodiscard]] static Result<jose::Jwk> generate(const KeyGenerateRequest& request);
    // An imported key made an encryption key: use "enc" (a "sig" key is refused), alg from the key, else
    // `fallbackAlg`, else the default; key_ops dropped (the store decides through the key's state).
    [[nodiscard]] static Result<void> prepareImported(jose::Jwk& key, const QString& fallbackAlg, const QString& which);
};

} // namespace authscope
