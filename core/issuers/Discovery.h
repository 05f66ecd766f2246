#pragma once

#include "core/common/Error.h"

#include <QJsonObject>
#include <QString>
#include <QUrl>

namespace authscope::issuers {

class HttpFetcher;

// Finds an issuer's metadata: OpenID Connect Discovery (`/.well-known/openid-configuration` appended to the issuer)
// first, then RFC 8414 (`/.well-known/oauth-authorization-server` inserted before the issuer's path). The document's
// `issuer` must equal the URL the user gave exactly (R-ISS-PIN; OIDC Discovery §4.3, RFC 8414 §3.3) and its
// `jwks_uri` must pass the same URL policy.
class Discovery final
{
public:
    struct Document
    {
        QString url; // where it was found
        QJsonObject json;
    };

    [[nodiscard]] static Result<Document> discover(HttpFetcher& fetcher, const QString& issuer, bool allowHttp);
    // The checks on a received document (also used by tests on crafted documents).
    [[nodiscard]] static Result<QJsonObject> parse(QByteArrayView body, const QString& issuer, const QUrl& from,
                                                   bool allowHttp);
    [[nodiscard]] static QUrl openIdConfigurationUrl(const QUrl& issuer);
    [[nodiscard]] static QUrl authorizationServerUrl(const QUrl& issuer);
};

} // namespace authscope::issuers
