#include "core/server/DiscoveryDocument.h"

#include "core/keys/KeyStore.h"

#include <QJsonArray>
#include <QStringList>

namespace authscope {

QJsonObject DiscoveryDocument::build(const ServerConfig& config, KeyStore* keys, const QString& baseUrl)
{
    QJsonArray algs;
    if (keys != nullptr) {
        if (auto published = keys->publishedKeys(); published) {
            QStringList seen;
            for (const jose::Jwk& k : published->keys()) {
                // K-USE: the JWKS also publishes encryption keys (use "enc"); they sign nothing.
                if (!k.alg().isEmpty() && k.use() != QStringLiteral("enc") && !seen.contains(k.alg())) {
                    seen << k.alg();
                    algs.append(k.alg());
                }
            }
        }
    }
    QJsonObject document{
        {QStringLiteral("issuer"), config.issuer},
        {QStringLiteral("jwks_uri"), QString(baseUrl + QStringLiteral("/.well-known/jwks.json"))},
        {QStringLiteral("token_endpoint"), QString(baseUrl + QStringLiteral("/token/refresh"))},
        {QStringLiteral("introspection_endpoint"), QString(baseUrl + QStringLiteral("/introspect"))},
        {QStringLiteral("revocation_endpoint"), QString(baseUrl + QStringLiteral("/revoke"))},
        {QStringLiteral("userinfo_endpoint"), QString(baseUrl + QStringLiteral("/api/me"))},
        {QStringLiteral("grant_types_supported"),
         QJsonArray{QStringLiteral("password"), QStringLiteral("refresh_token")}},
        {QStringLiteral("response_types_supported"), QJsonArray{QStringLiteral("token")}},
        {QStringLiteral("subject_types_supported"), QJsonArray{QStringLiteral("public")}},
        {QStringLiteral("token_endpoint_auth_methods_supported"), QJsonArray{QStringLiteral("none")}},
        {QStringLiteral("id_token_signing_alg_values_supported"), algs},
        {QStringLiteral("access_token_signing_alg_values_supported"), algs},
    };
    // B-DISCOVERY: announced only when relying parties are told of ended sessions. Every logout token the
    // notifier (core/logout) sends carries the session's sid (B-TOKEN), so session support is true with it.
    if (!config.backchannelLogoutUris.isEmpty()) {
        document.insert(QStringLiteral("backchannel_logout_supported"), true);
        document.insert(QStringLiteral("backchannel_logout_session_supported"), true);
    }
    return document;
}

} // namespace authscope
