#pragma once

#include "core/common/Error.h"
#include "core/jose/Jwk.h"

#include <QByteArray>
#include <QJsonObject>

namespace authscope::jose {

// ECDH-ES key agreement for JWE (RFC 7518 §4.6; RFC 8037 §3.2 for X25519/X448): the ephemeral key "epk", the
// shared secret and the Concat KDF.
class JweEcdh final
{
public:
    struct Agreement
    {
        QByteArray key;  // the derived key: the CEK (ECDH-ES) or the key-wrap key (ECDH-ES+A*KW)
        QJsonObject epk; // the ephemeral public key for the header
    };

    // Encrypter: a fresh ephemeral key on the recipient's curve, Z, then `keyBytes` bytes from the Concat KDF.
    [[nodiscard]] static Result<Agreement> agree(const Jwk& recipient, const QString& algorithmId, qsizetype keyBytes);

    // Decrypter: the header's epk must be a public key on our key's own curve and on that curve at all
    // (E-INVALID-CURVE: jose.invalid-curve); an all-zero X25519/X448 secret is jose.zero-secret (E-ZERO-SECRET).
    [[nodiscard]] static Result<QByteArray> derive(const QJsonObject& header, const Jwk& ours,
                                                   const QString& algorithmId, qsizetype keyBytes);

    // AlgorithmID || PartyUInfo || PartyVInfo || SuppPubInfo, each length-prefixed (RFC 7518 §4.6.2).
    [[nodiscard]] static QByteArray otherInfo(const QString& algorithmId, QByteArrayView apu, QByteArrayView apv,
                                              qsizetype keyBytes);

    [[nodiscard]] static bool canAgree(const Jwk& key); // EC P-256/384/521, X25519, X448
};

} // namespace authscope::jose
