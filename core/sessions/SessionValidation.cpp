#include "core/sessions/SessionValidation.h"

#include "core/common/EnumNames.h"

namespace authscope {

namespace {

constexpr auto kVerdictNames = enumNames<SessionValidation::Verdict::UserDisabled>(
    u"valid", u"malformed", u"unknown", u"revoked", u"idle-expired", u"absolute-expired", u"user-disabled");

} // namespace

QString SessionValidation::verdictName(Verdict verdict)
{
    return kVerdictNames.name(verdict);
}

} // namespace authscope
