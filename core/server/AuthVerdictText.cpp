#include "core/server/AuthVerdictText.h"

namespace authscope {

QString AuthVerdictText::session(SessionValidation::Verdict verdict)
{
    switch (verdict) {
    case SessionValidation::Verdict::Valid:
        return {};
    case SessionValidation::Verdict::Malformed:
        return QStringLiteral("The session cookie is not a session ID this server issues.");
    case SessionValidation::Verdict::Unknown:
        return QStringLiteral("No session has this ID (logged out, purged, or never issued).");
    case SessionValidation::Verdict::Revoked:
        return QStringLiteral("The session was revoked.");
    case SessionValidation::Verdict::IdleExpired:
        return QStringLiteral("The session expired after being idle too long.");
    case SessionValidation::Verdict::AbsoluteExpired:
        return QStringLiteral("The session reached its absolute lifetime.");
    case SessionValidation::Verdict::UserDisabled:
        return QStringLiteral("The user's account is disabled.");
    }
    return {};
}

QString AuthVerdictText::token(TokenVerdict verdict)
{
    switch (verdict) {
    case TokenVerdict::Allowed:
        return {};
    case TokenVerdict::Denied:
        return QStringLiteral("The token was revoked (its jti is on the deny-list).");
    case TokenVerdict::IssuedBeforeNotBefore:
        return QStringLiteral("The token was issued before the user's tokens were revoked (not-before).");
    case TokenVerdict::SessionRevoked:
        return QStringLiteral("The session this token belongs to was revoked or logged out.");
    case TokenVerdict::UserDisabled:
        return QStringLiteral("The user's account is disabled.");
    case TokenVerdict::UnknownUser:
        return QStringLiteral("The token's subject is not a user of this server.");
    }
    return {};
}

} // namespace authscope
