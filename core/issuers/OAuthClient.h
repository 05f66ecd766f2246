#pragma once

#include "core/common/Error.h"
#include "core/issuers/Issuer.h"

#include <QJsonObject>
#include <QUrl>

namespace authscope::issuers {

class HttpFetcher;

// AuthScope as an OAuth client of a saved issuer: the token endpoint (client_credentials, authorization_code with
// PKCE, refresh_token; RFC 6749 §4, RFC 7636), introspection (RFC 7662) and revocation (RFC 7009), authenticated with
// client_secret_basic (RFC 6749 §2.3.1: id and secret form-encoded, then Basic) or client_secret_post. Tokens and the
// secret are only sent to the issuer's own endpoints, never logged (D-NO-SECRET-OUTPUT, R-CLIENT-SECRET).
class OAuthClient final
{
public:
    enum class ClientAuth
    {
        Basic,
        Post
    };

    struct TokenRequest
    {
        QString grant; // client_credentials, authorization_code, refresh_token
        QString scope;
        QString resource; // RFC 8707
        QByteArray refreshToken;
        QByteArray code;
        QByteArray codeVerifier;
        QString redirectUri;
    };

    OAuthClient(HttpFetcher& fetcher, Issuer issuer, QByteArray clientSecret, ClientAuth auth);

    // The provider's token response as received (a JSON object with access_token); an error answer becomes an
    // Error naming the endpoint and the provider's `error`/`error_description`.
    [[nodiscard]] Result<QJsonObject> token(const TokenRequest& request);
    [[nodiscard]] Result<QJsonObject> introspect(const QByteArray& token);
    [[nodiscard]] Result<void> revoke(const QByteArray& token);
    // The authorization request URL for the code flow with PKCE S256.
    [[nodiscard]] Result<QUrl> authorizationUrl(const QString& redirectUri, const QString& state,
                                                const QByteArray& codeChallenge, const QString& scope,
                                                const QString& resource) const;

    // client_secret_basic unless the provider lists only client_secret_post.
    [[nodiscard]] static ClientAuth defaultAuth(const Issuer& issuer);
    // A fresh code verifier (32 random bytes, base64url) and its S256 challenge.
    [[nodiscard]] static Result<QByteArray> newCodeVerifier();
    [[nodiscard]] static QByteArray codeChallenge(const QByteArray& verifier);
    // What the audit log keeps of a token (R-CLIENT-SECRET): "jti:..." when it is a JWT with a jti, else
    // "sha256:" and the first 16 hex digits of its SHA-256.
    [[nodiscard]] static QString tokenReference(const QByteArray& token);

private:
    [[nodiscard]] Result<QJsonObject> post(QLatin1StringView endpointMember, QList<std::pair<QString, QString>> form,
                                           bool emptyBodyOk);

    HttpFetcher& m_fetcher;
    Issuer m_issuer;
    QByteArray m_secret;
    ClientAuth m_auth;
};

} // namespace authscope::issuers
