#include "ui/tokens/TokenSummary.h"

#include "core/common/DisplayText.h"
#include "core/jose/ClaimSet.h"
#include "core/jose/DecodedToken.h"
#include "ui/tokens/TokenPalette.h"
#include "ui/widgets/RelativeTime.h"

#include <QJsonObject>

namespace authscope {

QString TokenSummary::describe(const jose::DecodedToken& token, const QString& note)
{
    QStringList parts;
    if (token.isJwe()) {
        parts << tr("JWE (encrypted)");
        parts << tr("alg %1, enc %2")
                     .arg(token.algorithmName().left(32),
                          token.header.value(QLatin1StringView("enc")).toString().left(32));
    } else {
        parts << (token.payloadIsJson && token.payloadJson.isObject() ? tr("JWT (signed)") : tr("JWS (signed)"));
        parts << (token.algorithmName().isEmpty() ? tr("no alg") : token.algorithmName().left(32));
    }
    if (!token.kid().isEmpty()) {
        parts << tr("kid '%1'").arg(token.kid().left(64));
    }
    const QString typ = token.header.value(QLatin1StringView("typ")).toString();
    if (!typ.isEmpty()) {
        parts << tr("typ %1").arg(typ.left(64));
    }
    parts << tr("%Ln byte(s)", nullptr, static_cast<int>(token.token.size()));
    // D-DISPLAY: alg, enc, kid and typ are whatever the token's maker wrote.
    QString text = DisplayText::escape(parts.join(QStringLiteral(" · ")));
    if (!note.isEmpty()) {
        text += u' ' + note;
    }
    return text;
}

std::optional<TokenSummary::Expiry> TokenSummary::expiry(const jose::DecodedToken& token, qint64 now)
{
    if (token.isJwe() || !token.payloadIsJson || !token.payloadJson.isObject()) {
        return std::nullopt;
    }
    const jose::ClaimSet claims(token.payloadJson.toObject());
    const TokenPalette palette = TokenPalette::current();
    QStringList lines;
    QColor color = palette.good;
    if (const auto exp = claims.expiresAt()) {
        lines << RelativeTime::describe(QStringLiteral("exp"), *exp, now);
        color = *exp <= now ? palette.bad : (*exp - now < 300 ? palette.caution : palette.good);
    } else {
        lines << tr("No expiry: the token never expires (exp missing)");
        color = palette.caution;
    }
    if (const auto nbf = claims.notBefore(); nbf && *nbf > now) {
        lines << RelativeTime::describe(QStringLiteral("nbf"), *nbf, now);
        color = palette.bad;
    }
    QString text = lines.join(QStringLiteral(" · "));
    text[0] = text[0].toUpper(); // a sentence on its own: "Expires in 14 min"
    return Expiry{text, color};
}

} // namespace authscope
