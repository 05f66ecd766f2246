#include "ui/tokens/DpopBinding.h"

#include "core/common/DisplayText.h"
#include "core/jose/DecodedToken.h"

namespace authscope {

QString DpopBinding::jkt(const jose::DecodedToken& token)
{
    if (token.isJwe() || !token.payloadIsJson || !token.payloadJson.isObject()) {
        return {};
    }
    return jkt(token.payloadJson.toObject());
}

QString DpopBinding::jkt(const QJsonObject& claims)
{
    const QJsonValue cnf = claims.value(QLatin1StringView("cnf"));
    if (!cnf.isObject()) {
        return {};
    }
    const QJsonValue jkt = cnf.toObject().value(QLatin1StringView("jkt"));
    return jkt.isString() ? jkt.toString() : QString();
}

QString DpopBinding::jktOfToken(const QByteArray& token)
{
    auto decoded = jose::DecodedToken::decode(token.trimmed());
    return decoded ? jkt(*decoded) : QString();
}

QString DpopBinding::describe(const QString& jkt)
{
    // D-DISPLAY: the thumbprint is whatever the token's maker wrote.
    return tr("DPoP-bound (RFC 9449): this token is bound to the key with thumbprint %1 "
              "(cnf.jkt). A resource server accepts it only as \"Authorization: DPoP\" "
              "with a proof signed by that key; sent as a Bearer token without a proof, "
              "it is refused.")
        .arg(DisplayText::escape(jkt));
}

} // namespace authscope
