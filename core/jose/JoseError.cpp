#include "core/jose/JoseError.h"

namespace authscope::jose {

QString JoseError::code(JoseErrc errc)
{
    switch (errc) {
    case JoseErrc::Malformed:
        return QStringLiteral("jose.malformed");
    case JoseErrc::TooLarge:
        return QStringLiteral("jose.too-large");
    case JoseErrc::Base64:
        return QStringLiteral("jose.base64");
    case JoseErrc::Json:
        return QStringLiteral("jose.json");
    case JoseErrc::JsonDepth:
        return QStringLiteral("jose.json-depth");
    case JoseErrc::DuplicateMember:
        return QStringLiteral("jose.duplicate-member");
    case JoseErrc::Utf8:
        return QStringLiteral("jose.utf8");
    case JoseErrc::AlgNone:
        return QStringLiteral("jose.alg-none");
    case JoseErrc::AlgUnsupported:
        return QStringLiteral("jose.alg-unsupported");
    case JoseErrc::AlgNotAllowed:
        return QStringLiteral("jose.alg-not-allowed");
    case JoseErrc::KeyMismatch:
        return QStringLiteral("jose.key-mismatch");
    case JoseErrc::KeyUnusable:
        return QStringLiteral("jose.key-unusable");
    case JoseErrc::KeyTooSmall:
        return QStringLiteral("jose.key-too-small");
    case JoseErrc::KeyInvalid:
        return QStringLiteral("jose.key-invalid");
    case JoseErrc::KidUnknown:
        return QStringLiteral("jose.kid-unknown");
    case JoseErrc::NoKey:
        return QStringLiteral("jose.no-key");
    case JoseErrc::SignatureMismatch:
        return QStringLiteral("jose.signature-mismatch");
    case JoseErrc::SignatureMalformed:
        return QStringLiteral("jose.signature-malformed");
    case JoseErrc::Crit:
        return QStringLiteral("jose.crit");
    case JoseErrc::B64False:
        return QStringLiteral("jose.b64-false");
    case JoseErrc::JweUnsupported:
        return QStringLiteral("jose.jwe-unsupported");
    case JoseErrc::NotJwt:
        return QStringLiteral("jose.not-jwt");
    case JoseErrc::Expired:
        return QStringLiteral("jose.expired");
    case JoseErrc::NotYetValid:
        return QStringLiteral("jose.not-yet-valid");
    case JoseErrc::IssuedInFuture:
        return QStringLiteral("jose.iat-future");
    case JoseErrc::ClaimMissing:
        return QStringLiteral("jose.claim-missing");
    case JoseErrc::ClaimType:
        return QStringLiteral("jose.claim-type");
    case JoseErrc::IssuerMismatch:
        return QStringLiteral("jose.iss-mismatch");
    case JoseErrc::AudienceMismatch:
        return QStringLiteral("jose.aud-mismatch");
    case JoseErrc::TypMismatch:
        return QStringLiteral("jose.typ-mismatch");
    case JoseErrc::Policy:
        return QStringLiteral("jose.policy");
    case JoseErrc::TypeConfusion:
        return QStringLiteral("jose.type-confusion");
    case JoseErrc::EncUnsupported:
        return QStringLiteral("jose.enc-unsupported");
    case JoseErrc::P2cCap:
        return QStringLiteral("jose.p2c-cap");
    case JoseErrc::InvalidCurve:
        return QStringLiteral("jose.invalid-curve");
    case JoseErrc::ZeroSecret:
        return QStringLiteral("jose.zero-secret");
    case JoseErrc::KeySize:
        return QStringLiteral("jose.key-size");
    case JoseErrc::TagLength:
        return QStringLiteral("jose.tag-length");
    case JoseErrc::DecryptFailed:
        return QStringLiteral("jose.decrypt-failed");
    case JoseErrc::ZipCap:
        return QStringLiteral("jose.zip-cap");
    case JoseErrc::Zip:
        return QStringLiteral("jose.zip");
    case JoseErrc::Internal:
        break;
    }
    return QStringLiteral("jose.internal");
}

Error JoseError::make(JoseErrc errc, QString message)
{
    return Error{code(errc), std::move(message)};
}

std::unexpected<Error> JoseError::fail(JoseErrc errc, QString message)
{
    return std::unexpected(make(errc, std::move(message)));
}

} // namespace authscope::jose
