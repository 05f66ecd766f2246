#include "core/jose/JoseError.h"

#include "core/common/EnumNames.h"

namespace authscope::jose {

namespace {

// One code per JoseErrc value, in its order.
constexpr auto kCodes = enumNames<JoseErrc::Internal>(
    u"jose.malformed", u"jose.too-large", u"jose.base64", u"jose.json", u"jose.json-depth", u"jose.duplicate-member",
    u"jose.utf8", u"jose.alg-none", u"jose.alg-unsupported", u"jose.alg-not-allowed", u"jose.key-mismatch",
    u"jose.key-unusable", u"jose.key-too-small", u"jose.key-invalid", u"jose.kid-unknown", u"jose.no-key",
    u"jose.signature-mismatch", u"jose.signature-malformed", u"jose.crit", u"jose.b64-false", u"jose.jwe-unsupported",
    u"jose.not-jwt", u"jose.expired", u"jose.not-yet-valid", u"jose.iat-future", u"jose.claim-missing",
    u"jose.claim-type", u"jose.iss-mismatch", u"jose.aud-mismatch", u"jose.typ-mismatch", u"jose.policy",
    u"jose.type-confusion", u"jose.enc-unsupported", u"jose.p2c-cap", u"jose.invalid-curve", u"jose.zero-secret",
    u"jose.key-size", u"jose.tag-length", u"jose.decrypt-failed", u"jose.zip-cap", u"jose.zip", u"jose.internal");

} // namespace

QString JoseError::code(JoseErrc errc)
{
    return kCodes.name(errc, u"jose.internal");
}

} // namespace authscope::jose
