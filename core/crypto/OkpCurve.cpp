#include "core/crypto/OkpCurve.h"

namespace authscope::crypto {

qsizetype OkpCurve::keySize(KeyAlgorithm algorithm)
{
    switch (algorithm) {
    case KeyAlgorithm::Ed448:
        return 57;
    case KeyAlgorithm::X448:
        return 56;
    case KeyAlgorithm::Ed25519:
    case KeyAlgorithm::X25519:
        return 32;
    case KeyAlgorithm::Rsa:
    case KeyAlgorithm::Ec:
        break;
    }
    return 0;
}

QString OkpCurve::name(KeyAlgorithm algorithm)
{
    switch (algorithm) {
    case KeyAlgorithm::Ed448:
        return QStringLiteral("Ed448");
    case KeyAlgorithm::X25519:
        return QStringLiteral("X25519");
    case KeyAlgorithm::X448:
        return QStringLiteral("X448");
    case KeyAlgorithm::Ed25519:
        return QStringLiteral("Ed25519");
    case KeyAlgorithm::Rsa:
    case KeyAlgorithm::Ec:
        break;
    }
    return {};
}

std::optional<KeyAlgorithm> OkpCurve::fromName(QStringView crv)
{
    for (KeyAlgorithm a : {KeyAlgorithm::Ed25519, KeyAlgorithm::Ed448, KeyAlgorithm::X25519, KeyAlgorithm::X448}) {
        if (crv == name(a)) {
            return a;
        }
    }
    return std::nullopt;
}

} // namespace authscope::crypto
