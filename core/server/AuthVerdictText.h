#pragma once

#include "core/sessions/IssuedToken.h"
#include "core/sessions/SessionValidation.h"

#include <QString>

namespace authscope {

// The sentences the test server sends with a refused cookie or token (error_description), one per verdict.
class AuthVerdictText final
{
public:
    AuthVerdictText() = delete;
    [[nodiscard]] static QString session(SessionValidation::Verdict verdict);
    [[nodiscard]] static QString token(TokenVerdict verdict);
};

} // namespace authscope
