#pragma once

#include "core/lab/AttackCatalogue.h"

namespace authscope::lab {

// Logout tokens a relying party must refuse at POST /backchannel-logout even though the issuer's real key signed
// them (B-RP-VALIDATE, B-RP-REPLAY): one that carries a nonce (an ID token passed off as a logout token), one sent a
// second time, one for another audience, one without the events claim. Each first sends a valid logout token as a
// control, which must be accepted: a target that refuses every logout token would pass for the wrong reason.
class LogoutAttacks final
{
public:
    LogoutAttacks() = delete;

    static AttackHandler withNonce;
    static AttackHandler replayed;
    static AttackHandler wrongAudience;
    static AttackHandler withoutEvents;
};

} // namespace authscope::lab
