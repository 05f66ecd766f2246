#pragma once

#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

namespace authscope::jose {

// The JWS algorithms AuthScope signs and verifies (RFC 7518 §3, RFC 8037). "none" is deliberately absent.
enum class JwsAlgorithm
{
    HS256,
    HS384,
    HS512,
    RS256,
    RS384,
    RS512,
    PS256,
    PS384,
    PS512,
    ES256,
    ES384,
    ES512,
    EdDSA
};

enum class JwsFamily
{
    Hmac,
    RsaPkcs1,
    RsaPss,
    Ecdsa,
    EdDsa
};

class JwsAlgorithms final
{
public:
    [[nodiscard]] static std::optional<JwsAlgorithm> fromName(QStringView name); // exact, case-sensitive
    [[nodiscard]] static QString name(JwsAlgorithm algorithm);
    [[nodiscard]] static JwsFamily family(JwsAlgorithm algorithm);
    [[nodiscard]] static const QList<JwsAlgorithm>& all();
    // HS*: the minimum secret length in bytes (the hash length, RFC 7518 §3.2); ES*: the r||s length.
    [[nodiscard]] static int hashBytes(JwsAlgorithm algorithm);
    [[nodiscard]] static int ecdsaSignatureBytes(JwsAlgorithm algorithm); // 64 / 96 / 132, else 0
};

} // namespace authscope::jose
