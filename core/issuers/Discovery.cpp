#include "core/issuers/Discovery.h"

#include "core/issuers/HttpFetcher.h"
#include "core/issuers/UrlPolicy.h"
#include "core/jose/JsonLimits.h"
#include "core/jose/StrictJson.h"

namespace authscope::issuers {

namespace {

Error discoveryError(const QUrl& from, const QString& what)
{
    return Error{QStringLiteral("issuers.discovery"), from.toDisplayString() + QStringLiteral(": ") + what};
}

} // namespace

QUrl Discovery::openIdConfigurationUrl(const QUrl& issuer)
{
    QUrl url = issuer;
    QString path = issuer.path();
    while (path.endsWith(u'/')) {
        path.chop(1);
    }
    url.setPath(path + QStringLiteral("/.well-known/openid-configuration"));
    return url;
}

QUrl Discovery::authorizationServerUrl(const QUrl& issuer)
{
    QUrl url = issuer;
    QString path = issuer.path();
    while (path.endsWith(u'/')) {
        path.chop(1);
    }
    url.setPath(QStringLiteral("/.well-known/oauth-authorization-server") + path);
    return url;
}

Result<QJsonObject> Discovery::parse(QByteArrayView body, const QString& issuer, const QUrl& from, bool allowHttp)
{
    auto json = jose::StrictJson::parseObject(body, jose::JsonLimits{}.maxDepth, u"discovery document");
    if (!json) {
        return std::unexpected(
            discoveryError(from, QStringLiteral("not a JSON object (%1)").arg(json.error().message)));
    }
    const QJsonValue declared = json->value(QLatin1StringView("issuer"));
    if (!declared.isString()) {
        return std::unexpected(discoveryError(from, QStringLiteral("the document has no 'issuer'")));
    }
    if (declared.toString() != issuer) {
        return std::unexpected(discoveryError(
            from, QStringLiteral("the document's issuer is '%1', not '%2': refused (the issuer must equal the URL)")
                      .arg(declared.toString(), issuer)));
    }
    const QJsonValue jwksUri = json->value(QLatin1StringView("jwks_uri"));
    if (!jwksUri.isUndefined()) {
        if (!jwksUri.isString()) {
            return std::unexpected(discoveryError(from, QStringLiteral("'jwks_uri' is not a string")));
        }
        if (auto ok = UrlPolicy::check(QUrl(jwksUri.toString()), allowHttp); !ok) {
            return std::unexpected(discoveryError(from, QStringLiteral("jwks_uri ") + ok.error().message));
        }
    }
    return *json;
}

Result<Discovery::Document> Discovery::discover(HttpFetcher& fetcher, const QString& issuer, bool allowHttp)
{
    const QUrl base(issuer);
    if (auto ok = UrlPolicy::check(base, allowHttp); !ok) {
        return std::unexpected(ok.error());
    }
    QStringList failures;
    for (const QUrl& url : {openIdConfigurationUrl(base), authorizationServerUrl(base)}) {
        auto answer = fetcher.get(url);
        if (!answer) {
            failures.append(answer.error().message);
            continue;
        }
        // A document that answers but is wrong is an error, not a reason to try the other location.
        auto json = parse(answer->body, issuer, url, allowHttp);
        if (!json) {
            return std::unexpected(json.error());
        }
        return Document{url.toString(), *json};
    }
    return fail(QStringLiteral("issuers.fetch"),
                QStringLiteral("no discovery document for %1: %2").arg(issuer, failures.join(QStringLiteral("; "))));
}

} // namespace authscope::issuers
