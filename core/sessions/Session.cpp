#include "core/sessions/Session.h"

namespace authscope {

QString authMethodName(AuthMethod method)
{
    return method == AuthMethod::Jwt ? QStringLiteral("jwt") : QStringLiteral("cookie");
}

std::optional<AuthMethod> authMethodFromName(const QString& name)
{
    const QString n = name.trimmed().toLower();
    if (n == QStringLiteral("cookie")) {
        return AuthMethod::Cookie;
    }
    if (n == QStringLiteral("jwt")) {
        return AuthMethod::Jwt;
    }
    return std::nullopt;
}

QString sessionStateName(SessionState state)
{
    switch (state) {
    case SessionState::Active:
        return QStringLiteral("active");
    case SessionState::Expired:
        return QStringLiteral("expired");
    case SessionState::Revoked:
        return QStringLiteral("revoked");
    }
    return {};
}

std::optional<SessionState> sessionStateFromName(const QString& name)
{
    const QString n = name.trimmed().toLower();
    if (n == QStringLiteral("active")) {
        return SessionState::Active;
    }
    if (n == QStringLiteral("expired")) {
        return SessionState::Expired;
    }
    if (n == QStringLiteral("revoked")) {
        return SessionState::Revoked;
    }
    return std::nullopt;
}

} // namespace authscope
