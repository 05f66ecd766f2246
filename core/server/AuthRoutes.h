#pragma once

#include "core/server/AuthService.h"
#include "core/server/RouteGroup.h"

#include <QTimer>

#include <memory>

namespace authscope {

struct HttpRequest;
struct HttpResponse;
struct ServerContext;

// The endpoints of issue 6 on top of AuthService: /login, /logout, /api/me, /token/refresh, the JWKS and
// discovery documents, /introspect (RFC 7662) and /revoke (RFC 7009). JSON in and out; form bodies are accepted
// where OAuth clients send them.
class AuthRoutes final : public RouteGroup
{
public:
    AuthRoutes(const ServerContext& context, KeyStore* keys);
    void registerRoutes(HttpRouter& router) override;
    void configChanged(const ServerConfig& config) override;

    [[nodiscard]] AuthService& service() { return *m_service; }

private:
    HttpResponse login(const HttpRequest& request);
    HttpResponse me(const HttpRequest& request);
    HttpResponse logout(const HttpRequest& request);
    HttpResponse refresh(const HttpRequest& request);
    HttpResponse introspect(const HttpRequest& request);
    HttpResponse revoke(const HttpRequest& request);
    HttpResponse jwks(const HttpRequest& request);
    HttpResponse discovery(const HttpRequest& request);

    HttpResponse tokenResponse(const AuthService::LoginResult& result) const;
    HttpResponse unauthorized(const AuthService::Refusal& refusal, const QString& scheme) const;
    QByteArray sessionCookie(const QByteArray& value, qint64 maxAgeSecs) const;

    std::unique_ptr<AuthService> m_service;
    QString m_baseUrl;
    int m_jwksMaxAge = 300;
    QTimer m_flushTimer;
};

} // namespace authscope
