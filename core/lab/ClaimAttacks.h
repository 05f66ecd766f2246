#pragma once

#include "core/lab/AttackRunner.h"

namespace authscope::lab {

class AttackSession;

// Tokens signed with the target's real key (or, for the size rows without one, the attacker's) whose header,
// claims or size break a rule: only the checks after the signature can refuse them.
class ClaimAttacks final
{
public:
    ClaimAttacks() = delete;

    static AttackResult unknownCrit(AttackSession& session, const AttackSpec& attack);
    static AttackResult b64False(AttackSession& session, const AttackSpec& attack);
    static AttackResult duplicateHeader(AttackSession& session, const AttackSpec& attack);
    static AttackResult duplicateClaims(AttackSession& session, const AttackSpec& attack);
    static AttackResult expired(AttackSession& session, const AttackSpec& attack);
    static AttackResult notYetValid(AttackSession& session, const AttackSpec& attack);
    static AttackResult noExpiry(AttackSession& session, const AttackSpec& attack);
    static AttackResult wrongAudience(AttackSession& session, const AttackSpec& attack);
    static AttackResult wrongIssuer(AttackSession& session, const AttackSpec& attack);
    // Claims padded beyond the size cap; claims nested beyond the JSON depth cap.
    static AttackResult oversizedToken(AttackSession& session, const AttackSpec& attack);
    static AttackResult deeplyNested(AttackSession& session, const AttackSpec& attack);
};

} // namespace authscope::lab
