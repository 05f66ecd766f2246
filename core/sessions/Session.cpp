#include "core/sessions/Session.h"

#include "core/common/EnumNames.h"

namespace authscope {

namespace {

constexpr auto kMethodNames = enumNames<AuthMethod::Jwt>(u"cookie", u"jwt");
constexpr auto kStateNames = enumNames<SessionState::Revoked>(u"active", u"expired", u"revoked");

} // namespace

QString authMethodName(AuthMethod method)
{
    return kMethodNames.name(method, u"cookie");
}

std::optional<AuthMethod> authMethodFromName(const QString& name)
{
    return kMethodNames.value(name.trimmed().toLower());
}

QString sessionStateName(SessionState state)
{
    return kStateNames.name(state);
}

std::optional<SessionState> sessionStateFromName(const QString& name)
{
    return kStateNames.value(name.trimmed().toLower());
}

} // namespace authscope
