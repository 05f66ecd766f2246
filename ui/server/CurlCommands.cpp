#include "ui/server/CurlCommands.h"

#include <QCoreApplication>

namespace authscope {

namespace {

struct Recipe
{
    QString path;
    const char* comment; // translated in context "CurlCommands"
    QString command;     // %1 = base URL
};

QList<Recipe> recipes()
{
    return {
        {QStringLiteral("/healthz"), QT_TRANSLATE_NOOP("CurlCommands", "Is the server up?"),
         QStringLiteral("curl -s %1/healthz")},
        {QStringLiteral("/login"),
         QT_TRANSLATE_NOOP("CurlCommands", "Log in with a session cookie (kept in cookies.txt)"),
         QStringLiteral("curl -s -c cookies.txt -H 'Content-Type: application/json' \\\n"
                        "     -d '{\"username\":\"USER\",\"password\":\"PASSWORD\",\"mode\":\"session\"}' %1/login")},
        {QStringLiteral("/api/me"), QT_TRANSLATE_NOOP("CurlCommands", "Who am I, with the cookie"),
         QStringLiteral("curl -s -b cookies.txt %1/api/me")},
        {QStringLiteral("/login"), QT_TRANSLATE_NOOP("CurlCommands", "Log in for a JWT (keep access_token in $TOKEN)"),
         QStringLiteral("curl -s -H 'Content-Type: application/json' \\\n"
                        "     -d '{\"username\":\"USER\",\"password\":\"PASSWORD\",\"mode\":\"jwt\"}' %1/login")},
        {QStringLiteral("/api/me"), QT_TRANSLATE_NOOP("CurlCommands", "Who am I, with the bearer token"),
         QStringLiteral("curl -s -H \"Authorization: Bearer $TOKEN\" %1/api/me")},
        {QStringLiteral("/token/refresh"), QT_TRANSLATE_NOOP("CurlCommands", "Swap a refresh token for new tokens"),
         QStringLiteral("curl -s -d \"grant_type=refresh_token&refresh_token=$REFRESH\" %1/token/refresh")},
        {QStringLiteral("/logout"), QT_TRANSLATE_NOOP("CurlCommands", "Log out (cookie session)"),
         QStringLiteral("curl -s -b cookies.txt -c cookies.txt -X POST %1/logout")},
        {QStringLiteral("/.well-known/jwks.json"), QT_TRANSLATE_NOOP("CurlCommands", "The public signing keys"),
         QStringLiteral("curl -s %1/.well-known/jwks.json")},
        {QStringLiteral("/.well-known/openid-configuration"), QT_TRANSLATE_NOOP("CurlCommands", "Discovery document"),
         QStringLiteral("curl -s %1/.well-known/openid-configuration")},
        {QStringLiteral("/introspect"), QT_TRANSLATE_NOOP("CurlCommands", "Is this token active? (RFC 7662)"),
         QStringLiteral("curl -s -d \"token=$TOKEN\" %1/introspect")},
        {QStringLiteral("/revoke"), QT_TRANSLATE_NOOP("CurlCommands", "Revoke a token (RFC 7009)"),
         QStringLiteral("curl -s -d \"token=$TOKEN\" %1/revoke")},
    };
}

} // namespace

QString CurlCommands::forServer(const QString& baseUrl, const QStringList& paths)
{
    QString text;
    for (const Recipe& r : recipes()) {
        if (!paths.contains(r.path)) {
            continue;
        }
        text += QStringLiteral("# ") + QCoreApplication::translate("CurlCommands", r.comment) + u'\n' +
                r.command.arg(baseUrl) + QStringLiteral("\n\n");
    }
    return text.trimmed() + u'\n';
}

} // namespace authscope
