#pragma once

#include "core/server/ServerConfig.h"

#include <QJsonObject>
#include <QString>

namespace authscope {

class KeyStore;

// The test server's /.well-known/openid-configuration (OIDC Discovery 1.0 §3, RFC 8414 §2): its endpoints under
// `baseUrl`, the signing algorithms of its published keys, and back-channel logout support when configured
// (B-DISCOVERY). The DPoP algorithms are added by the routes, which know the proof checker.
class DiscoveryDocument final
{
public:
    DiscoveryDocument() = delete;

    [[nodiscard]] static QJsonObject build(const ServerConfig& config, KeyStore* keys, const QString& baseUrl);
};

} // namespace authscope
