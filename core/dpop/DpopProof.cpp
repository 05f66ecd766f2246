#include "core/dpop/DpopProof.h"

#include "core/dpop/DpopError.h"
#include "core/jose/StrictJson.h"

namespace authscope::dpop {

Result<DpopProof> DpopProof::parse(QByteArrayView compact, qsizetype maxBytes)
{
    // T-STRICT-INPUT: the size cap before any work.
    if (compact.size() > maxBytes) {
        return DpopError::fail(
            DpopErrc::TooLarge,
            QStringLiteral("the proof is %1 bytes, over the %2-byte limit").arg(compact.size()).arg(maxBytes));
    }
    if (compact.isEmpty()) {
        return DpopError::fail(DpopErrc::Malformed, QStringLiteral("the proof is empty"));
    }
    jose::JsonLimits limits;
    limits.maxTokenBytes = maxBytes;
    auto jws = jose::Jws::parse(compact, limits);
    if (!jws) {
        return DpopError::fail(DpopErrc::Malformed,
                               QStringLiteral("not a compact JWS (%1: %2)").arg(jws.error().code, jws.error().message));
    }
    if (!jws->header().b64) {
        return DpopError::fail(DpopErrc::Malformed, QStringLiteral("a proof's payload must be base64url (b64: false)"));
    }
    auto claims = jose::StrictJson::parseObject(jws->payload(), limits.maxDepth, u"proof claims");
    if (!claims) {
        return DpopError::fail(DpopErrc::Claims, QStringLiteral("the claims are not a JSON object (%1: %2)")
                                                     .arg(claims.error().code, claims.error().message));
    }
    return DpopProof(std::move(*jws), std::move(*claims));
}

} // namespace authscope::dpop
