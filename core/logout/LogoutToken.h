#pragma once

#include "core/common/Error.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace authscope {
class KeyStore;
}

namespace authscope::logout {

// What OpenID Connect Back-Channel Logout 1.0 §2.4 puts in a logout token, and the names both sides share.
class LogoutToken final
{
public:
    static constexpr QLatin1StringView Type{"logout+jwt"};
    static constexpr QLatin1StringView Event{"http://schemas.openid.net/event/backchannel-logout"};
    // The client ID the test server's own tokens carry: the audience of the logout tokens it sends (B-TOKEN).
    static constexpr QLatin1StringView DefaultAudience{"authscope-test-client"};

    struct Claims
    {
        QString issuer;
        QString audience;
        QString sid; // empty: not sent
        QString sub; // empty: not sent
        qint64 iatSecs = 0;
        qint64 lifetimeSecs = 120;
    };

    // B-TOKEN: iss, aud, iat, exp, a fresh jti, the events member and sid and/or sub; never a nonce.
    [[nodiscard]] static Result<QJsonObject> claims(const Claims& spec);
    // Signed by the active key of the key store, with typ logout+jwt (B-TOKEN).
    [[nodiscard]] static Result<QByteArray> sign(const KeyStore& keys, const QJsonObject& claims);
};

} // namespace authscope::logout
