#pragma once

#include "core/common/Clock.h"
#include "core/dpop/DpopResult.h"
#include "core/jose/Jwk.h"
#include "core/jose/JwsAlgorithm.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QMutex>
#include <QString>

namespace authscope::dpop {

class DpopNonceSource;
class DpopProof;
class DpopReplayCache;

// What a verifier of proofs accepts. The defaults are RFC 9449's recommendations.
struct DpopPolicy
{
    // DP-ALG: asymmetric algorithms only; HS* can never be listed (a proof's key is public).
    QList<jose::JwsAlgorithm> allowedAlgorithms{
        jose::JwsAlgorithm::ES256, jose::JwsAlgorithm::ES384, jose::JwsAlgorithm::ES512, jose::JwsAlgorithm::EdDSA,
        jose::JwsAlgorithm::RS256, jose::JwsAlgorithm::RS384, jose::JwsAlgorithm::RS512, jose::JwsAlgorithm::PS256,
        jose::JwsAlgorithm::PS384, jose::JwsAlgorithm::PS512};
    int iatWindowSecs = 60; // DP-IAT-WINDOW: |now - iat| at most this (1..300)
    qsizetype maxProofBytes = 8 * 1024;

    static constexpr int MaxWindowSecs = 300;
};

// The request a proof is checked against.
struct DpopRequest
{
    QByteArray method;      // the request's method, compared exactly with htm
    QString url;            // the request's URL, compared with htu after normalisation (DpopUrl)
    QByteArray accessToken; // presented with the proof: ath must be its hash and boundJkt must be given
    QString boundJkt;       // the access token's cnf.jkt (empty with a token: dpop.jkt-missing)
    QString expectedNonce;  // non-empty: the proof's nonce must equal it (the CLI's --nonce)
};

// Checks a DPoP proof for every rule of RFC 9449 §4.3 (DP-PROOF-RULES), reporting each failed rule with its own
// code (DpopError) rather than stopping at the first. With a nonce source, a nonce is demanded and must be one the
// source accepts (DP-NONCE); with a replay cache, an otherwise valid proof's jti is remembered and a second use
// refused (DP-REPLAY). Thread-safe once constructed (the cache and the nonce source lock themselves).
class DpopValidator final
{
public:
    explicit DpopValidator(DpopPolicy policy = {}, const Clock& clock = Clock::system(),
                           DpopReplayCache* replayCache = nullptr, DpopNonceSource* nonces = nullptr);
    Q_DISABLE_COPY_MOVE(DpopValidator)

    [[nodiscard]] DpopResult validate(QByteArrayView proof, const DpopRequest& request) const;
    [[nodiscard]] Result<void> checkPolicy() const;
    [[nodiscard]] const DpopPolicy& policy() const { return m_policy; }

private:
    void checkHeader(const DpopProof& proof, DpopResult& result) const;
    void checkRequest(const QJsonObject& claims, const DpopRequest& request, DpopResult& result) const;
    void checkToken(const QJsonObject& claims, const DpopRequest& request, DpopResult& result) const;
    void checkNonce(const QJsonObject& claims, const DpopRequest& request, DpopResult& result) const;

    // A client signs every proof with the same key: the imported jwk and its thumbprint are kept by the header's
    // exact bytes, so a repeat costs a hash lookup instead of a key import (and reuses the prepared verifier).
    // Bounded: emptied when full.
    struct KnownKey
    {
        jose::Jwk key;
        QString jkt;
    };
    static constexpr qsizetype MaxKnownKeys = 4096;
    [[nodiscard]] std::optional<KnownKey> knownKey(const QByteArray& header) const;
    void rememberKey(const QByteArray& header, const KnownKey& key) const;
    // DP-JWK-PUBLIC: the header's jwk as a public signature key, with its thumbprint in `result`.
    [[nodiscard]] std::optional<jose::Jwk> importKey(const QJsonObject& jwkJson, DpopResult& result) const;

    DpopPolicy m_policy;
    const Clock& m_clock;
    DpopReplayCache* m_replay;
    DpopNonceSource* m_nonces;
    mutable QMutex m_keysMutex;
    mutable QHash<QByteArray, KnownKey> m_keys;
};

} // namespace authscope::dpop
