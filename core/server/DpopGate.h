#pragma once

#include "core/common/Clock.h"
#include "core/dpop/DpopNonceSource.h"
#include "core/dpop/DpopReplayCache.h"
#include "core/dpop/DpopValidator.h"
#include "core/http/HttpFwd.h"
#include "core/server/ServerConfig.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>

#include <expected>
#include <memory>
#include <optional>

namespace authscope {

// DPoP at the test server (RFC 9449): the proofs at the token endpoints (/login in JWT mode, /token/refresh) and
// at the resources (/api/me and the other routes that take an access token), the replay cache and the nonces, and
// the answers of §7.1 and §8/§9 (WWW-Authenticate: DPoP error=..., DPoP-Nonce). AuthRoutes calls it; AuthService
// only learns the key's thumbprint to bind the tokens to (DP-BIND).
class DpopGate final
{
public:
    struct Refusal
    {
        int status = 400;
        QString error; // invalid_dpop_proof, use_dpop_nonce, invalid_token
        QString description;
    };

    // The access token of "Authorization: DPoP <token>" (dpop = true) or "Authorization: Bearer <token>".
    struct Credential
    {
        QByteArray token;
        bool dpop = false;
    };

    DpopGate(const ServerConfig& config, QString baseUrl, const Clock& clock = Clock::system());
    Q_DISABLE_COPY_MOVE(DpopGate)

    [[nodiscard]] static Credential credential(const http::HttpRequest& request);

    // At a token endpoint: no DPoP header gives an empty thumbprint (a bearer token is issued); a valid proof gives
    // its key's thumbprint; anything else a refusal (400 invalid_dpop_proof or use_dpop_nonce).
    std::expected<QString, Refusal> checkTokenRequest(const http::HttpRequest& request);
    // At a resource, once the token is recognised and `claims` are its verified claims: a token bound with cnf.jkt
    // is accepted only as DPoP with a valid proof of that key; an unbound token never as DPoP.
    std::optional<Refusal> checkResourceRequest(const http::HttpRequest& request, const Credential& credential,
                                                const QJsonObject& claims);

    [[nodiscard]] http::HttpResponse tokenEndpointError(const Refusal& refusal);
    [[nodiscard]] http::HttpResponse resourceError(const Refusal& refusal);
    // A DPoP-Nonce header with the current nonce, when the server demands nonces (§8.2: on any answer).
    void addNonce(http::HttpResponse& response);

    // For the discovery document: dpop_signing_alg_values_supported.
    [[nodiscard]] QJsonArray signingAlgorithms() const;
    [[nodiscard]] bool demandsNonce() const { return m_nonces != nullptr; }

private:
    std::expected<dpop::DpopResult, Refusal> validate(const http::HttpRequest& request, const dpop::DpopRequest& check);
    [[nodiscard]] QString requestUrl(const http::HttpRequest& request) const;
    [[nodiscard]] QString challengeAlgs() const;

    QString m_baseUrl;
    bool m_tls = false;
    dpop::DpopReplayCache m_replay;
    std::unique_ptr<dpop::DpopNonceSource> m_nonces; // only with ServerConfig::dpopNonce
    dpop::DpopValidator m_validator;
};

} // namespace authscope
