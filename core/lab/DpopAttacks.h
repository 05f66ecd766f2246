#pragma once

#include "core/lab/AttackRunner.h"

namespace authscope::lab {

class AttackSession;

// DPoP-bound tokens (RFC 9449) used the ways a thief or a sloppy client would: each attack logs in with a proof of a
// fresh client key, checks that a correct DPoP request to /api/me is accepted (else the attack proves nothing and
// is Skipped), then sends the broken request. Nonces the target demands are fetched and used like a client does.
class DpopAttacks final
{
public:
    DpopAttacks() = delete;

    // The exact proof of an accepted request, sent again (DP-REPLAY).
    static AttackResult proofReplay(AttackSession& session, const AttackSpec& attack);
    // A proof made for another URL (POST /token/refresh's), and one made for another method.
    static AttackResult htuSwap(AttackSession& session, const AttackSpec& attack);
    static AttackResult htmSwap(AttackSession& session, const AttackSpec& attack);
    // A proof without ath: not tied to the token it travels with.
    static AttackResult missingAth(AttackSession& session, const AttackSpec& attack);
    // A correct proof for the stolen token, signed by the thief's own key (cnf.jkt does not match).
    static AttackResult foreignKey(AttackSession& session, const AttackSpec& attack);
    // A nonce the server handed out two rotations ago (DP-NONCE); Skipped when the target demands no nonces.
    static AttackResult staleNonce(AttackSession& session, const AttackSpec& attack);
    // The bound token sent as "Authorization: Bearer" without any proof (DP-BIND).
    static AttackResult boundAsBearer(AttackSession& session, const AttackSpec& attack);
};

} // namespace authscope::lab
