#include "core/dpop/DpopError.h"

namespace authscope::dpop {

QString DpopError::code(DpopErrc errc)
{
    switch (errc) {
    case DpopErrc::Malformed:
        return QStringLiteral("dpop.malformed");
    case DpopErrc::TooLarge:
        return QStringLiteral("dpop.too-large");
    case DpopErrc::Typ:
        return QStringLiteral("dpop.typ");
    case DpopErrc::Alg:
        return QStringLiteral("dpop.alg");
    case DpopErrc::JwkMissing:
        return QStringLiteral("dpop.jwk-missing");
    case DpopErrc::JwkPrivate:
        return QStringLiteral("dpop.jwk-private");
    case DpopErrc::JwkInvalid:
        return QStringLiteral("dpop.jwk-invalid");
    case DpopErrc::Signature:
        return QStringLiteral("dpop.signature");
    case DpopErrc::Claims:
        return QStringLiteral("dpop.claims");
    case DpopErrc::Htm:
        return QStringLiteral("dpop.htm");
    case DpopErrc::Htu:
        return QStringLiteral("dpop.htu");
    case DpopErrc::Iat:
        return QStringLiteral("dpop.iat");
    case DpopErrc::Jti:
        return QStringLiteral("dpop.jti");
    case DpopErrc::Replay:
        return QStringLiteral("dpop.replay");
    case DpopErrc::ReplayCacheFull:
        return QStringLiteral("dpop.replay-cache-full");
    case DpopErrc::AthMissing:
        return QStringLiteral("dpop.ath-missing");
    case DpopErrc::AthMismatch:
        return QStringLiteral("dpop.ath-mismatch");
    case DpopErrc::NonceMissing:
        return QStringLiteral("dpop.nonce-missing");
    case DpopErrc::NonceMismatch:
        return QStringLiteral("dpop.nonce-mismatch");
    case DpopErrc::JktMissing:
        return QStringLiteral("dpop.jkt-missing");
    case DpopErrc::JktMismatch:
        return QStringLiteral("dpop.jkt-mismatch");
    }
    return QStringLiteral("dpop.malformed");
}

Error DpopError::make(DpopErrc errc, QString message)
{
    return Error{code(errc), std::move(message)};
}

std::unexpected<Error> DpopError::fail(DpopErrc errc, QString message)
{
    return std::unexpected<Error>(make(errc, std::move(message)));
}

} // namespace authscope::dpop
