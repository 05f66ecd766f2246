#pragma once

#include "core/common/Error.h"
#include "core/jose/Jwk.h"
#include "core/jose/JwsAlgorithm.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace authscope::dpop {

// Makes DPoP proofs (RFC 9449 §4.2): typ dpop+jwt, the public half of the signing key in jwk, and the claims
// jti (random), htm, htu (without query and fragment), iat, plus ath when an access token is given and nonce when
// the server supplied one. Used by `authscope-cli dpop proof`, the Lab's attacks and the tests.
class DpopProofBuilder final
{
public:
    struct Options
    {
        QByteArray method;                           // "GET"
        QString url;                                 // the request URL; query and fragment are dropped
        QByteArray accessToken;                      // empty: no ath
        QString nonce;                               // empty: no nonce
        std::optional<qint64> iat;                   // default: now
        QString jti;                                 // default: 16 random bytes, base64url
        std::optional<jose::JwsAlgorithm> algorithm; // default: the key's alg, else its type's first
    };

    // The signing key must be a private asymmetric key (never oct: a proof's key is published in the header).
    [[nodiscard]] static Result<QByteArray> build(const jose::Jwk& privateKey, const Options& options);
    // Exactly these header and claims, signed by `key` with `algorithm` (for tests and attacks that break rules).
    [[nodiscard]] static Result<QByteArray> signRaw(const QJsonObject& header, const QJsonObject& claims,
                                                    const jose::Jwk& key, jose::JwsAlgorithm algorithm);
    // base64url(SHA-256(token)): the ath claim (RFC 9449 §4.2).
    [[nodiscard]] static QString accessTokenHash(QByteArrayView accessToken);
    // The algorithm a key signs proofs with when none is asked for.
    [[nodiscard]] static Result<jose::JwsAlgorithm> defaultAlgorithm(const jose::Jwk& key);
};

} // namespace authscope::dpop
