#pragma once

#include "core/http/HttpFwd.h"
#include "core/server/AuthService.h"
#include "core/server/DpopGate.h"
#include "core/server/OriginCheck.h"
#include "core/server/RouteGroup.h"

#include <QTimer>

#include <memory>

namespace authscope {

struct ServerContext;

// The test server's endpoints on top of AuthService: /login, /logout, /api/me, /token/refresh, the JWKS and
// discovery documents, /introspect (RFC 7662), /revoke (RFC 7009) and /account/password. JSON in and out; form
// bodies are accepted where OAuth clients send them.
class AuthRoutes final : public RouteGroup
{
public:
    AuthRoutes(const ServerContext& context, KeyStore* keys);
    void registerRoutes(http::HttpRouter& router) override;
    void configChanged(const ServerConfig& config) override;

    [[nodiscard]] AuthService& service() { return *m_service; }

private:
    http::HttpResponse login(const http::HttpRequest& request);
    http::HttpResponse me(const http::HttpRequest& request);
    http::HttpResponse logout(const http::HttpRequest& request);
    http::HttpResponse refresh(const http::HttpRequest& request);
    http::HttpResponse introspect(const http::HttpRequest& request);
    http::HttpResponse revoke(const http::HttpRequest& request);
    http::HttpResponse changePassword(const http::HttpRequest& request);
    http::HttpResponse jwks(const http::HttpRequest& request);
    http::HttpResponse discovery(const http::HttpRequest& request);

    http::HttpResponse tokenResponse(const AuthService::LoginResult& result) const;
    http::HttpResponse unauthorized(const AuthService::Refusal& refusal, const QString& scheme) const;
    QByteArray sessionCookie(const QByteArray& value, qint64 maxAgeSecs) const;
    // DP-BIND: a bound token needs its proof; nothing when the caller may go on.
    std::optional<http::HttpResponse> dpopRefusal(const http::HttpRequest& request,
                                                  const DpopGate::Credential& credential,
                                                  const AuthService::Caller& caller);

    std::unique_ptr<AuthService> m_service;
    std::unique_ptr<DpopGate> m_dpop; // RFC 9449 proofs at the token endpoints and the resources (DP-BIND)
    QString m_baseUrl;
    OriginCheck m_origin;
    int m_jwksMaxAge = 300;
    QTimer m_flushTimer;
};

} // namespace authscope
