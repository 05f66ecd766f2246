#include "core/server/AuthVerdictText.h"

#include "core/common/EnumNames.h"

namespace authscope {

namespace {

// No text for the verdicts that let the request through.
constexpr auto kSessionTexts = enumNames<SessionValidation::Verdict::UserDisabled>(
    QStringView(), u"The session cookie is not a session ID this server issues.",
    u"No session has this ID (logged out, purged, or never issued).", u"The session was revoked.",
    u"The session expired after being idle too long.", u"The session reached its absolute lifetime.",
    u"The user's account is disabled.");
constexpr auto kTokenTexts = enumNames<TokenVerdict::UnknownUser>(
    QStringView(), u"The token was revoked (its jti is on the deny-list).",
    u"The token was issued before the user's tokens were revoked (not-before).",
    u"The session this token belongs to was revoked or logged out.", u"The user's account is disabled.",
    u"The token's subject is not a user of this server.");

} // namespace

QString AuthVerdictText::session(SessionValidation::Verdict verdict)
{
    return kSessionTexts.name(verdict);
}

QString AuthVerdictText::token(TokenVerdict verdict)
{
    return kTokenTexts.name(verdict);
}

} // namespace authscope
