#pragma once

#include "core/lab/AttackCatalogue.h"

namespace authscope::lab {

// Tokens whose signature is missing, stripped, forged or left over from other contents: only the signature check
// (and the algorithm pin) stands between them and the API.
class TokenForgeryAttacks final
{
public:
    TokenForgeryAttacks() = delete;

    // An unsigned token with valid claims and alg "none", or its case variant "nOnE".
    static AttackHandler algNone;
    static AttackHandler algNoneCase;
    // A token the target issued, without its signature.
    static AttackHandler signatureStripped;
    // A token the target issued, its claims changed to admin under the old signature.
    static AttackHandler tamperedPayload;
    // ES256 with r = s = 0 (CVE-2022-21449) under the kid of the target's P-256 key.
    static AttackHandler ecdsaZeroSignature;
};

} // namespace authscope::lab
