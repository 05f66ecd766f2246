#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

namespace authscope {

namespace jose {
struct DecodedToken;
}

// What the Tokens page says about a token bound to a DPoP key (RFC 9449 §6): its cnf.jkt, read without verifying
// anything, and the sentences the Decoded and Verify tabs show for it.
class DpopBinding final
{
    Q_DECLARE_TR_FUNCTIONS(authscope::DpopBinding)

public:
    // The cnf.jkt of a decoded JWT, or empty (a JWE, a payload that is not an object, no cnf or no jkt string).
    [[nodiscard]] static QString jkt(const jose::DecodedToken& token);
    [[nodiscard]] static QString jkt(const QJsonObject& claims);
    // The cnf.jkt of a compact JWS read as bytes (a pasted access token), or empty.
    [[nodiscard]] static QString jktOfToken(const QByteArray& token);
    // One sentence (plain text, escaped for display): bound to the key with this thumbprint; as a Bearer token,
    // without a proof of that key, it is refused.
    [[nodiscard]] static QString describe(const QString& jkt);
};

} // namespace authscope
