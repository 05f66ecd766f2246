#pragma once

#include "core/lab/AttackCatalogue.h"

namespace authscope::lab {

// DPoP-bound tokens (RFC 9449) used the ways a thief or a sloppy client would: each attack logs in with a proof of a
// fresh client key, checks that a correct DPoP request to /api/me is accepted (else the attack proves nothing and
// is Skipped), then sends the broken request. Nonces the target demands are fetched and used like a client does.
class DpopAttacks final
{
public:
    DpopAttacks() = delete;

    // The exact proof of an accepted request, sent again (DP-REPLAY).
    static AttackHandler proofReplay;
    // A proof made for another URL (POST /token/refresh's), and one made for another method.
    static AttackHandler htuSwap;
    static AttackHandler htmSwap;
    // A proof without ath: not tied to the token it travels with.
    static AttackHandler missingAth;
    // A correct proof for the stolen token, signed by the thief's own key (cnf.jkt does not match).
    static AttackHandler foreignKey;
    // A nonce the server handed out two rotations ago (DP-NONCE); Skipped when the target demands no nonces.
    static AttackHandler staleNonce;
    // The bound token sent as "Authorization: Bearer" without any proof (DP-BIND).
    static AttackHandler boundAsBearer;
};

} // namespace authscope::lab
