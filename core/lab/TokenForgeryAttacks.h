#pragma once

#include "core/lab/AttackRunner.h"

namespace authscope::lab {

class AttackSession;

// Tokens whose signature is missing, stripped, forged or left over from other contents: only the signature check
// (and the algorithm pin) stands between them and the API.
class TokenForgeryAttacks final
{
public:
    TokenForgeryAttacks() = delete;

    // An unsigned token with valid claims and alg "none", or its case variant "nOnE".
    static AttackResult algNone(AttackSession& session, const AttackSpec& attack);
    static AttackResult algNoneCase(AttackSession& session, const AttackSpec& attack);
    // A token the target issued, without its signature.
    static AttackResult signatureStripped(AttackSession& session, const AttackSpec& attack);
    // A token the target issued, its claims changed to admin under the old signature.
    static AttackResult tamperedPayload(AttackSession& session, const AttackSpec& attack);
    // ES256 with r = s = 0 (CVE-2022-21449) under the kid of the target's P-256 key.
    static AttackResult ecdsaZeroSignature(AttackSession& session, const AttackSpec& attack);
};

} // namespace authscope::lab
