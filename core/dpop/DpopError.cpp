#include "core/dpop/DpopError.h"

#include "core/common/EnumNames.h"

namespace authscope::dpop {

namespace {

// One code per DpopErrc value, in its order.
constexpr auto kCodes = enumNames<DpopErrc::JktMismatch>(
    u"dpop.malformed", u"dpop.too-large", u"dpop.typ", u"dpop.alg", u"dpop.jwk-missing", u"dpop.jwk-private",
    u"dpop.jwk-invalid", u"dpop.signature", u"dpop.claims", u"dpop.htm", u"dpop.htu", u"dpop.iat", u"dpop.jti",
    u"dpop.replay", u"dpop.replay-cache-full", u"dpop.ath-missing", u"dpop.ath-mismatch", u"dpop.nonce-missing",
    u"dpop.nonce-mismatch", u"dpop.jkt-missing", u"dpop.jkt-mismatch");

} // namespace

QString DpopError::code(DpopErrc errc)
{
    return kCodes.name(errc, u"dpop.malformed");
}

} // namespace authscope::dpop
