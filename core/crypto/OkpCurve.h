#pragma once

#include "core/crypto/PKey.h"

#include <QString>
#include <QStringView>

#include <optional>

namespace authscope::crypto {

// The octet key pair curves of RFC 8037: Ed25519/Ed448 sign, X25519/X448 agree on keys (ECDH-ES).
class OkpCurve final
{
public:
    // Raw key length: Ed25519/X25519 32, Ed448 57, X448 56; 0 for RSA and EC.
    [[nodiscard]] static qsizetype keySize(KeyAlgorithm algorithm);
    // JOSE "crv" name ("Ed25519", "X448", ...); the upper-case form is OpenSSL's key type name.
    [[nodiscard]] static QString name(KeyAlgorithm algorithm);
    [[nodiscard]] static std::optional<KeyAlgorithm> fromName(QStringView crv);
    [[nodiscard]] static bool isMontgomery(KeyAlgorithm algorithm)
    {
        return algorithm == KeyAlgorithm::X25519 || algorithm == KeyAlgorithm::X448;
    }
};

} // namespace authscope::crypto
