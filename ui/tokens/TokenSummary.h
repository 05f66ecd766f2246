#pragma once

#include <QColor>
#include <QCoreApplication>
#include <QString>

#include <optional>

namespace authscope {

namespace jose {
struct DecodedToken;
}

// The one-line descriptions under the token editor: what the token is ("JWT (signed) · ES256 · kid 'k1' · 412
// bytes") and where its exp and nbf stand ("Expires in 14 min"), coloured by urgency. Texts are translated in the
// Tokens page's context, where they have always been.
class TokenSummary final
{
    Q_DECLARE_TR_FUNCTIONS(authscope::TokensPage)

public:
    struct Expiry
    {
        QString text;
        QColor color;
    };

    [[nodiscard]] static QString describe(const jose::DecodedToken& token, const QString& note);
    // Nothing for a JWE or a payload that is not a claims object.
    [[nodiscard]] static std::optional<Expiry> expiry(const jose::DecodedToken& token, qint64 nowSecs);
};

} // namespace authscope
