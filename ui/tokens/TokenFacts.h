#pragma once

#include <QString>

#include <optional>

namespace authscope {

// What the token on the page says about itself that the Verify tab offers or checks against: its issuer and first
// audience (one-click fills of the policy, and the checks the policy leaves out), when it was issued (the policy's
// "at issue" time), the kid of its header (which stored keys verify it) and its cnf.jkt (a DPoP-bound token).
// Empty where the token does not say.
struct TokenFacts
{
    QString issuer;
    QString audience;
    std::optional<qint64> issuedAt;
    QString kid;
    QString jkt;
};

} // namespace authscope
