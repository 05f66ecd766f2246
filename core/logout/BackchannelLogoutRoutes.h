#pragma once

#include "core/http/HttpRequest.h"
#include "core/http/HttpResponse.h"
#include "core/logout/JtiReplayCache.h"
#include "core/logout/OidcSessionRepository.h"
#include "core/server/RouteGroup.h"
#include "core/server/TestServer.h"
#include "core/sessions/SessionStore.h"

#include <memory>

namespace authscope {
class KeyStore;
}

namespace authscope::logout {

class BackchannelTrace;

// The test server as relying party: POST /backchannel-logout takes a provider's logout token (form field
// logout_token), validates it per OpenID Connect Back-Channel Logout 1.0 §2.6 (B-RP-VALIDATE: the saved issuer its
// iss names, signature through that issuer's JWKS, aud = our client ID there, iat window, events, no nonce, sid or
// sub, jti not replayed) and ends the local sessions opened through that issuer for that sid or sub (B-RP-MATCH),
// answering 200, or 400 with error, error_description and the rule's code. Each token is recorded in the trace.
// An encrypted logout token (a nested JWT) is decrypted with the encryption keys of `keys` (B-RP-ENCRYPTED) and its
// inner token checked as above; without a key store, or one without encryption keys, it is refused as such.
class BackchannelLogoutRoutes final : public RouteGroup
{
public:
    // keys: where the decryption keys are; nullptr only where no key store exists (then every encrypted token is
    // refused as such). No default, so that no host of these routes forgets to pass its store.
    BackchannelLogoutRoutes(const ServerContext& context, std::shared_ptr<BackchannelTrace> trace,
                            const KeyStore* keys);
    void registerRoutes(http::HttpRouter& router) override;

    [[nodiscard]] static TestServer::RouteFactory factory(std::shared_ptr<BackchannelTrace> trace,
                                                          const KeyStore* keys);
    static constexpr qsizetype MaxTokenBytes = 16 * 1024;

private:
    http::HttpResponse receive(const http::HttpRequest& request);
    http::HttpResponse reject(const Error& why, const QString& issuer);
    // B-RP-ENCRYPTED: the signed logout token inside an encrypted one.
    [[nodiscard]] Result<QByteArray> decrypted(const QByteArray& token) const;

    Database& m_db;
    AuditLog& m_audit;
    std::shared_ptr<BackchannelTrace> m_trace;
    const KeyStore* m_keys;
    SessionStore m_sessions;
    OidcSessionRepository m_links;
    JtiReplayCache m_seen;
};

} // namespace authscope::logout
