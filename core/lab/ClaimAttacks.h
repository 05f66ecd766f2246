#pragma once

#include "core/lab/AttackCatalogue.h"

namespace authscope::lab {

// Tokens signed with the target's real key (or, for the size rows without one, the attacker's) whose header,
// claims or size break a rule: only the checks after the signature can refuse them.
class ClaimAttacks final
{
public:
    ClaimAttacks() = delete;

    static AttackHandler unknownCrit;
    static AttackHandler b64False;
    static AttackHandler duplicateHeader;
    static AttackHandler duplicateClaims;
    static AttackHandler expired;
    static AttackHandler notYetValid;
    static AttackHandler noExpiry;
    static AttackHandler wrongAudience;
    static AttackHandler wrongIssuer;
    // Claims padded beyond the size cap; claims nested beyond the JSON depth cap.
    static AttackHandler oversizedToken;
    static AttackHandler deeplyNested;
};

} // namespace authscope::lab
