#pragma once

#include "core/http/HttpRequest.h"
#include "core/http/HttpResponse.h"
#include "core/logout/OidcSessionRepository.h"
#include "core/server/RouteGroup.h"
#include "core/server/TestServer.h"
#include "core/sessions/SessionStore.h"
#include "core/sessions/UserStore.h"

#include <QHash>

#include <memory>

namespace authscope {
class KeyStore;
}

namespace authscope::logout {

// The test server as an OpenID Connect relying party of a saved issuer (B-RP-LOGIN): GET /login/oidc?issuer=NAME
// redirects to the issuer's authorization endpoint (authorization code, PKCE S256, state and nonce, a browser-binding
// cookie), and GET /login/oidc/callback exchanges the code, validates the ID token through the issuer's JWKS (iss,
// aud, exp, nonce), and opens a local cookie session for the user `sub@NAME`, linked to the provider's sid and sub
// so that the provider's back-channel logout ends it. The redirect URI is http(s)://HOST:PORT/login/oidc/callback.
class OidcLoginRoutes final : public RouteGroup
{
public:
    OidcLoginRoutes(const ServerContext& context, const KeyStore* keys);
    void registerRoutes(http::HttpRouter& router) override;

    [[nodiscard]] static TestServer::RouteFactory factory(const KeyStore* keys);
    static constexpr qsizetype MaxPending = 1000;
    static constexpr qint64 PendingLifetimeMs = 10 * 60 * 1000;

private:
    struct Pending
    {
        QString issuerName;
        QByteArray verifier;
        QString nonce;
        QByteArray binding;
        qint64 createdMs = 0;
    };

    http::HttpResponse start(const http::HttpRequest& request);
    http::HttpResponse callback(const http::HttpRequest& request);
    [[nodiscard]] QString redirectUri(const http::HttpRequest& request) const;
    [[nodiscard]] QByteArray cookie(const QByteArray& name, const QByteArray& value, qint64 maxAgeSecs,
                                    const QByteArray& sameSite) const;
    Result<qint64> localUser(const QString& issuerName, const QString& sub);

    Database& m_db;
    AuditLog& m_audit;
    ServerConfig m_config;
    QString m_baseUrl;
    const KeyStore* m_keys;
    SessionStore m_sessions;
    UserStore m_users;
    OidcSessionRepository m_links;
    QHash<QString, Pending> m_pending; // by state
};

} // namespace authscope::logout
