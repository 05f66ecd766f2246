#include "core/issuers/OAuthClient.h"

#include "core/crypto/DigestAlgorithm.h"
#include "core/crypto/Random.h"
#include "core/issuers/HttpFetcher.h"
#include "core/jose/Base64Url.h"
#include "core/jose/JsonLimits.h"
#include "core/jose/Jws.h"
#include "core/jose/StrictJson.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace authscope::issuers {

namespace {

// application/x-www-form-urlencoded as RFC 6749 Appendix B spells it (space as %20 is accepted as well).
QByteArray formEncode(const QString& text)
{
    return QUrl::toPercentEncoding(text);
}

} // namespace

OAuthClient::OAuthClient(HttpFetcher& fetcher, Issuer issuer, QByteArray clientSecret, ClientAuth auth)
    : m_fetcher(fetcher), m_issuer(std::move(issuer)), m_secret(std::move(clientSecret)), m_auth(auth)
{}

OAuthClient::ClientAuth OAuthClient::defaultAuth(const Issuer& issuer)
{
    const QJsonArray methods =
        issuer.discovery.value(QLatin1StringView("token_endpoint_auth_methods_supported")).toArray();
    const bool basic = methods.isEmpty() || methods.contains(QStringLiteral("client_secret_basic"));
    return basic ? ClientAuth::Basic : ClientAuth::Post;
}

Result<QByteArray> OAuthClient::newCodeVerifier()
{
    auto random = crypto::Random::bytes(32);
    if (!random) {
        return std::unexpected(random.error());
    }
    return jose::Base64Url::encode(*random);
}

QByteArray OAuthClient::codeChallenge(const QByteArray& verifier)
{
    return jose::Base64Url::encode(crypto::Digest::hash(crypto::DigestAlgorithm::Sha256, verifier));
}

QString OAuthClient::tokenReference(const QByteArray& token)
{
    if (auto jws = jose::Jws::parse(token); jws) {
        const QJsonObject claims = QJsonDocument::fromJson(jws->payload()).object();
        if (claims.value(QLatin1StringView("jti")).isString()) {
            return QStringLiteral("jti:") + claims.value(QLatin1StringView("jti")).toString();
        }
    }
    return QStringLiteral("sha256:") +
           QString::fromLatin1(crypto::Digest::hash(crypto::DigestAlgorithm::Sha256, token).toHex().left(16));
}

Result<QUrl> OAuthClient::authorizationUrl(const QString& redirectUri, const QString& state,
                                           const QByteArray& codeChallenge, const QString& scope,
                                           const QString& resource) const
{
    const QString endpoint = m_issuer.endpoint(QLatin1StringView("authorization_endpoint"));
    if (endpoint.isEmpty()) {
        return fail(QStringLiteral("issuers.endpoint"),
                    QStringLiteral("%1 publishes no authorization_endpoint").arg(m_issuer.url));
    }
    QList<std::pair<QString, QString>> items{{QStringLiteral("response_type"), QStringLiteral("code")},
                                             {QStringLiteral("client_id"), m_issuer.clientId},
                                             {QStringLiteral("redirect_uri"), redirectUri},
                                             {QStringLiteral("state"), state},
                                             {QStringLiteral("code_challenge"), QString::fromLatin1(codeChallenge)},
                                             {QStringLiteral("code_challenge_method"), QStringLiteral("S256")}};
    if (!scope.isEmpty()) {
        items.append({QStringLiteral("scope"), scope});
    }
    if (!resource.isEmpty()) {
        items.append({QStringLiteral("resource"), resource});
    }
    QUrl url(endpoint);
    QByteArray query = url.query(QUrl::FullyEncoded).toLatin1();
    for (const auto& [name, value] : items) {
        if (!query.isEmpty()) {
            query += '&';
        }
        query += formEncode(name) + '=' + formEncode(value);
    }
    url.setQuery(QString::fromLatin1(query), QUrl::StrictMode);
    return url;
}

Result<QJsonObject> OAuthClient::post(QLatin1StringView endpointMember, QList<std::pair<QString, QString>> form,
                                      bool emptyBodyOk)
{
    const QString endpoint = m_issuer.endpoint(endpointMember);
    if (endpoint.isEmpty()) {
        return fail(QStringLiteral("issuers.endpoint"),
                    QStringLiteral("%1 publishes no %2").arg(m_issuer.url, endpointMember));
    }
    QByteArray authorization;
    if (m_auth == ClientAuth::Basic) {
        authorization =
            QByteArrayLiteral("Basic ") +
            QByteArray(formEncode(m_issuer.clientId) + ':' + formEncode(QString::fromUtf8(m_secret))).toBase64();
    } else {
        form.append({QStringLiteral("client_id"), m_issuer.clientId});
        if (!m_secret.isEmpty()) {
            form.append({QStringLiteral("client_secret"), QString::fromUtf8(m_secret)});
        }
    }
    QByteArray body;
    for (const auto& [name, value] : form) {
        if (!body.isEmpty()) {
            body += '&';
        }
        body += formEncode(name) + '=' + formEncode(value);
    }
    auto answer = m_fetcher.postForm(QUrl(endpoint), body, authorization);
    if (!answer) {
        return std::unexpected(answer.error());
    }
    if (emptyBodyOk && answer->status == 200 && answer->body.trimmed().isEmpty()) {
        return QJsonObject();
    }
    auto json = jose::StrictJson::parseObject(answer->body, jose::JsonLimits{}.maxDepth, u"answer");
    if (answer->status != 200) {
        QString why = QStringLiteral("HTTP %1").arg(answer->status);
        if (json) {
            const QString error = json->value(QLatin1StringView("error")).toString();
            const QString description = json->value(QLatin1StringView("error_description")).toString();
            if (!error.isEmpty()) {
                why += QStringLiteral(", ") + error;
            }
            if (!description.isEmpty()) {
                why += QStringLiteral(": ") + description;
            }
        }
        return fail(QStringLiteral("issuers.refused"), QStringLiteral("POST %1: %2").arg(endpoint, why));
    }
    if (!json) {
        return fail(
            QStringLiteral("issuers.fetch"),
            QStringLiteral("POST %1: the answer is not a JSON object (%2)").arg(endpoint, json.error().message));
    }
    return *json;
}

Result<QJsonObject> OAuthClient::token(const TokenRequest& request)
{
    QList<std::pair<QString, QString>> form{{QStringLiteral("grant_type"), request.grant}};
    if (request.grant == u"refresh_token") {
        form.append({QStringLiteral("refresh_token"), QString::fromUtf8(request.refreshToken)});
    } else if (request.grant == u"authorization_code") {
        form.append({QStringLiteral("code"), QString::fromUtf8(request.code)});
        form.append({QStringLiteral("code_verifier"), QString::fromUtf8(request.codeVerifier)});
        form.append({QStringLiteral("redirect_uri"), request.redirectUri});
    } else if (request.grant != u"client_credentials") {
        return fail(QStringLiteral("cli.usage"),
                    QStringLiteral("--grant must be client_credentials, authorization_code or refresh_token"));
    }
    if (!request.scope.isEmpty()) {
        form.append({QStringLiteral("scope"), request.scope});
    }
    if (!request.resource.isEmpty()) {
        form.append({QStringLiteral("resource"), request.resource});
    }
    auto answer = post(QLatin1StringView("token_endpoint"), form, false);
    if (answer && !answer->value(QLatin1StringView("access_token")).isString()) {
        return fail(QStringLiteral("issuers.fetch"), QStringLiteral("POST %1: the answer has no access_token")
                                                         .arg(m_issuer.endpoint(QLatin1StringView("token_endpoint"))));
    }
    return answer;
}

Result<QJsonObject> OAuthClient::introspect(const QByteArray& token)
{
    auto answer =
        post(QLatin1StringView("introspection_endpoint"), {{QStringLiteral("token"), QString::fromUtf8(token)}}, false);
    if (answer && !answer->value(QLatin1StringView("active")).isBool()) {
        return fail(QStringLiteral("issuers.fetch"),
                    QStringLiteral("POST %1: the answer has no boolean 'active' (RFC 7662 §2.2)")
                        .arg(m_issuer.endpoint(QLatin1StringView("introspection_endpoint"))));
    }
    return answer;
}

Result<void> OAuthClient::revoke(const QByteArray& token)
{
    auto answer =
        post(QLatin1StringView("revocation_endpoint"), {{QStringLiteral("token"), QString::fromUtf8(token)}}, true);
    if (!answer) {
        return std::unexpected(answer.error());
    }
    return {};
}

} // namespace authscope::issuers
