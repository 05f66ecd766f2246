#pragma once

#include "core/lab/AttackRunner.h"

namespace authscope::lab {

class AttackSession;

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

    static AttackResult jweWhereJwsRequired(AttackSession& session, const AttackSpec& attack);
    static AttackResult jwsWhereJweRequired(AttackSession& session, const AttackSpec& attack);
    static AttackResult unsignedClaims(AttackSession& session, const AttackSpec& attack);
    static AttackResult truncatedTag(AttackSession& session, const AttackSpec& attack);
    static AttackResult zipBomb(AttackSession& session, const AttackSpec& attack);
    static AttackResult rsaOracle(AttackSession& session, const AttackSpec& attack);
    static AttackResult invalidCurve(AttackSession& session, const AttackSpec& attack);

    // The zip bomb's inflated size: beyond the 1 MiB cap of E-ZIP-CAP.
    static constexpr qsizetype BombBytes = 3 * 1024 * 1024 / 2;
};

} // namespace authscope::lab
