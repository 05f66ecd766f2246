#pragma once

#include "core/keys/KeyRecord.h"
#include "core/keys/KeyState.h"

#include <QString>

#include <optional>

namespace authscope {

// What a new signing key should be (KeyStore::generate, planGenerate, and the key a rotation makes).
struct KeyGenerateRequest
{
    QString kty = QStringLiteral("EC"); // RSA, EC, OKP or oct
    QString alg;                        // default: from the curve/type (RS256, ES256, EdDSA, HS256)
    QString curve;                      // EC: P-256/P-384/P-521; OKP: Ed25519/Ed448
    int bits = 0;                       // RSA modulus (2048+) or oct secret bits
    std::optional<KeyState> state;      // next or active; default: active when there is none, else next
    QString purpose = KeyRecord::DefaultPurpose;
    QString kid; // default: the RFC 7638 thumbprint (a random id for an HMAC secret)
};

} // namespace authscope
