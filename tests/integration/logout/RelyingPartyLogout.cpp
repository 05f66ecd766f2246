#include "tests/integration/logout/RelyingPartyLogout.h"

#include "tests/support/ServerWorld.h"

#include "core/crypto/Random.h"
#include "core/jose/Base64Url.h"
#include "core/logout/BackchannelLogoutRoutes.h"
#include "core/logout/LogoutToken.h"
#include "core/logout/OidcSessionRepository.h"
#include "core/server/TestServer.h"
#include "core/sessions/SessionStore.h"

#include <QDateTime>
#include <QUrl>

namespace authscope::test {

qint64 openRelyingParty(ServerWorld& world)
{
    if (!world.openFile(QStringLiteral("rp.db"), QStringLiteral("rp passphrase")) || !world.addActiveKey()) {
        return 0;
    }
    auto added = world.addUser(QStringLiteral("alice@self"));
    if (!added) {
        qWarning("user alice@self: %s", qPrintable(added.error().message));
        return 0;
    }
    return added->id;
}

bool startRelyingParty(ServerWorld& world, std::shared_ptr<logout::BackchannelTrace> trace, const KeyStore* keys)
{
    world.createServer().addRouteFactory(logout::BackchannelLogoutRoutes::factory(std::move(trace), keys));
    world.start();
    return world.addSelfIssuer(QStringLiteral("self"), QString(logout::LogoutToken::DefaultAudience));
}

LinkedSession linkedSession(const ServerWorld& world, qint64 userId, const QString& sid, const QString& sub)
{
    SessionStore sessions(*world.db, *world.audit);
    NewSession spec;
    spec.userId = userId;
    auto created = sessions.create(spec);
    if (!created) {
        qFatal("no session: %s", qPrintable(created.error().message));
    }
    logout::OidcSessionRepository links(*world.db);
    if (!links.link(created->session.id, world.server->baseUrl(), sub, sid, QDateTime::currentMSecsSinceEpoch())) {
        qFatal("no link");
    }
    return {created->session.id, created->token};
}

QJsonObject logoutClaims(const ServerWorld& world, const QString& sid, const QString& sub)
{
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    QJsonObject c{{QStringLiteral("iss"), world.server->baseUrl()},
                  {QStringLiteral("aud"), QString(logout::LogoutToken::DefaultAudience)},
                  {QStringLiteral("iat"), now},
                  {QStringLiteral("exp"), now + 120},
                  {QStringLiteral("jti"), QString::fromLatin1(jose::Base64Url::encode(*crypto::Random::bytes(12)))},
                  {QStringLiteral("events"), QJsonObject{{QString(logout::LogoutToken::Event), QJsonObject()}}}};
    if (!sid.isEmpty()) {
        c.insert(QStringLiteral("sid"), sid);
    }
    if (!sub.isEmpty()) {
        c.insert(QStringLiteral("sub"), sub);
    }
    return c;
}

RawHttpResponse postLogoutToken(const ServerWorld& world, const QByteArray& token)
{
    return fetch(world.server->port(), "POST", "/backchannel-logout",
                 {{"Content-Type", "application/x-www-form-urlencoded"}},
                 "logout_token=" + QUrl::toPercentEncoding(QString::fromLatin1(token)));
}

int meStatus(const ServerWorld& world, const QByteArray& cookie)
{
    return fetch(world.server->port(), "GET", "/api/me", {{"Cookie", "sid=" + cookie}}).status;
}

} // namespace authscope::test
