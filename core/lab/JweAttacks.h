#pragma once

#include "core/lab/AttackCatalogue.h"

namespace authscope::lab {

// Encrypted tokens (JWE) a server must refuse although they are made with its own published encryption key and carry
// tokens it signed: a nested JWT offered where a signed token is required and the reverse (E-TYPE-CONFUSION), claims
// encrypted without a signature inside (anyone can encrypt to a public key), a GCM tag cut to 8 bytes (E-GCM-TAG), a
// zip bomb (E-ZIP-CAP), the RSA padding-oracle probe (E-RSA-ORACLE: a padding error and a tag error must look
// alike) and an ECDH-ES epk that is not on the curve (E-INVALID-CURVE). The rows aimed at a server that requires nested
// JWTs use AttackTarget::encryptedBaseUrl; each first sends a well-made nested token there as its control, which must
// be accepted. Without that target, or without a published encryption key, they are Skipped.
class JweAttacks final
{
public:
    JweAttacks() = delete;

    static AttackHandler jweWhereJwsRequired;
    static AttackHandler jwsWhereJweRequired;
    static AttackHandler unsignedClaims;
    static AttackHandler truncatedTag;
    static AttackHandler zipBomb;
    static AttackHandler rsaOracle;
    static AttackHandler invalidCurve;

    // The zip bomb's inflated size: beyond the 1 MiB cap of E-ZIP-CAP.
    static constexpr qsizetype BombBytes = 3 * 1024 * 1024 / 2;
};

} // namespace authscope::lab
