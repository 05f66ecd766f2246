#pragma once

#include "core/lab/AttackRunner.h"

namespace authscope::lab {

class AttackSession;

// Logout tokens a relying party must refuse at POST /backchannel-logout even though the issuer's real key signed
// them (B-RP-VALIDATE, B-RP-REPLAY): one that carries a nonce (an ID token passed off as a logout token), one sent a
// second time, one for another audience, one without the events claim. Each first sends a valid logout token as a
// control, which must be accepted: a target that refuses every logout token would pass for the wrong reason.
class LogoutAttacks final
{
public:
    LogoutAttacks() = delete;

    static AttackResult withNonce(AttackSession& session, const AttackSpec& attack);
    static AttackResult replayed(AttackSession& session, const AttackSpec& attack);
    static AttackResult wrongAudience(AttackSession& session, const AttackSpec& attack);
    static AttackResult withoutEvents(AttackSession& session, const AttackSpec& attack);
};

} // namespace authscope::lab
