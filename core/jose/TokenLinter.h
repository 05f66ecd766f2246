#pragma once

#include "core/jose/DecodedToken.h"
#include "core/jose/TokenWarning.h"

#include <QList>

namespace authscope::jose {

class Jwk;

// RFC 8725 findings on a decoded token, without verifying it: alg none, an HS* token next to a public key,
// header members that point at keys (jku/x5u/jwk/x5c), no exp, a lifetime over 24 h, claims that look like
// secrets (password, ssn, card numbers...) readable by anyone who holds the token.
class TokenLinter final
{
public:
    // `key`, when given, is the key the user means to verify with (HS* with a public key is flagged).
    [[nodiscard]] static QList<TokenWarning> lint(const DecodedToken& token, const Jwk* key = nullptr);
    [[nodiscard]] static bool isSensitiveClaimName(QStringView name);

    static constexpr qint64 LongLifetimeSecs = 24 * 3600;
};

} // namespace authscope::jose
