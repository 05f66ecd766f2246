// The provider side of OpenID Connect Back-Channel Logout 1.0 at the real test server: every way a session ends
// (logout with a cookie or a JWT, an administrator's revocation in this process or by the CLI in another, revoke-user,
// revoke-all, refresh token reuse) POSTs the RP a logout token, verified here with the project's own validator;
// retries after a 5xx, no retry after a 4xx, bounded attempts, and the trace of every attempt.
#include "LogoutReceiver.h"

#include "tests/support/HttpClient.h"
#include "tests/support/ServerLogin.h"
#include "tests/support/ServerWorld.h"
#include "tests/support/TestSupport.h"

#include "core/audit/AuditLog.h"
#include "core/jose/JwkSet.h"
#include "core/jose/TokenValidator.h"
#include "core/keys/KeyStore.h"
#include "core/keys/KeyVault.h"
#include "core/logout/BackchannelService.h"
#include "core/logout/BackchannelTrace.h"
#include "core/logout/LogoutToken.h"
#include "core/server/AuthRoutes.h"
#include "core/server/TestServer.h"
#include "core/sessions/SessionStore.h"
#include "core/sessions/UserStore.h"
#include "core/storage/Database.h"

#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace authscope;
using namespace authscope::test;
using logout::BackchannelDelivery;

namespace {

const QByteArray kPassword = "alice-password-1";

} // namespace

class tst_BackchannelNotifier final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void everyEndOfSessionIsAnnounced_data();
    void everyEndOfSessionIsAnnounced();
    void revocationByTheCliInAnotherProcess();
    void retriesAfterServerErrorThenDelivers();
    void refusalIsNotRetried();
    void givesUpAfterBoundedAttempts();
    void sessionsEndedBeforeStartAreNotAnnounced();
    void nothingRunsWithoutUris();
    void discoveryAnnouncesBackchannelLogout();
    void discoveryIsSilentWithoutUris();

private:
    void start(int retryBaseMs = 20);
    struct Login
    {
        qint64 sessionId = 0;
        QByteArray cookie;
        QByteArray accessToken;
        QByteArray refreshToken;
    };
    Login loginCookie();
    Login loginJwt();
    // Checks a received logout token with TokenValidator and the Back-Channel Logout 1.0 §2.4 claims.
    void checkToken(const QByteArray& token, qint64 sid, const QString& sub);
    [[nodiscard]] QList<BackchannelDelivery> final(const QString& outcomeName = {}) const;

    std::unique_ptr<ServerWorld> m_world;
    std::unique_ptr<LogoutReceiver> m_receiver;
    std::shared_ptr<logout::BackchannelTrace> m_trace;
    quint16 m_port = 0;
};

void tst_BackchannelNotifier::init()
{
    m_world = std::make_unique<ServerWorld>();
    QVERIFY(m_world->openWithUser(QStringLiteral("auth.db"), QStringLiteral("alice"), kPassword));
    m_receiver = std::make_unique<LogoutReceiver>(*m_world->db, *m_world->audit);
    m_receiver->start();
    m_trace = std::make_shared<logout::BackchannelTrace>();
    m_world->server->addRouteFactory(logout::BackchannelService::factory(m_world->keys.get(), m_trace));
}

void tst_BackchannelNotifier::cleanup()
{
    m_world->server.reset();
    m_receiver.reset();
    m_trace.reset();
    m_world.reset();
}

void tst_BackchannelNotifier::start(int retryBaseMs)
{
    ServerConfig config;
    config.backchannelLogoutUris = {m_receiver->url()};
    config.backchannelRetryBaseMs = retryBaseMs;
    m_port = m_world->start(config);
}

tst_BackchannelNotifier::Login tst_BackchannelNotifier::loginCookie()
{
    const RawHttpResponse r = fetch(m_port, "POST", "/login", {{"Content-Type", "application/x-www-form-urlencoded"}},
                                    "username=alice&password=" + kPassword + "&mode=session");
    Login login;
    login.cookie = setCookieValue(r);
    login.sessionId = r.json().value(QStringLiteral("session")).toInteger();
    return login;
}

tst_BackchannelNotifier::Login tst_BackchannelNotifier::loginJwt()
{
    const RawHttpResponse r = fetch(m_port, "POST", "/login", {{"Content-Type", "application/x-www-form-urlencoded"}},
                                    "username=alice&password=" + kPassword + "&mode=jwt");
    Login login;
    login.accessToken = r.json().value(QStringLiteral("access_token")).toString().toLatin1();
    login.refreshToken = r.json().value(QStringLiteral("refresh_token")).toString().toLatin1();
    const QByteArray payload = login.accessToken.split('.').value(1);
    const QJsonObject claims =
        QJsonDocument::fromJson(QByteArray::fromBase64(payload, QByteArray::Base64UrlEncoding)).object();
    login.sessionId = claims.value(QStringLiteral("sid")).toString().toLongLong();
    return login;
}

void tst_BackchannelNotifier::checkToken(const QByteArray& token, qint64 sid, const QString& sub)
{
    auto jwks = m_world->keys->jwksJson();
    QVERIFY(jwks.has_value());
    auto keys = jose::JwkSet::fromJsonText(*jwks);
    QVERIFY(keys.has_value());
    jose::ValidationPolicy policy;
    policy.issuer = m_world->server->baseUrl();
    policy.audience = QString(logout::LogoutToken::DefaultAudience);
    policy.typ = QStringLiteral("logout+jwt");
    policy.requiredClaims = {QStringLiteral("exp"), QStringLiteral("iat"), QStringLiteral("jti")};
    const jose::ValidationResult verdict = jose::TokenValidator(*keys, policy).validate(token);
    QVERIFY2(verdict.valid, qPrintable(verdict.codes().join(u',')));
    QCOMPARE(verdict.header.value(QStringLiteral("typ")).toString(), QStringLiteral("logout+jwt"));
    const QJsonObject claims = verdict.claims.json();
    QCOMPARE(claims.value(QStringLiteral("sid")).toString(), QString::number(sid));
    QCOMPARE(claims.value(QStringLiteral("sub")).toString(), sub);
    QVERIFY(!claims.contains(QStringLiteral("nonce")));
    const QJsonObject events = claims.value(QStringLiteral("events")).toObject();
    QVERIFY(events.value(QString(logout::LogoutToken::Event)).isObject());
    QCOMPARE(events.size(), 1);
    QVERIFY(claims.value(QStringLiteral("exp")).toInteger() > claims.value(QStringLiteral("iat")).toInteger());
}

QList<BackchannelDelivery> tst_BackchannelNotifier::final(const QString& outcomeName) const
{
    QList<BackchannelDelivery> out;
    for (const BackchannelDelivery& d : m_trace->entries()) {
        if (outcomeName.isEmpty() ? d.outcome != BackchannelDelivery::Outcome::Retrying
                                  : BackchannelDelivery::outcomeName(d.outcome) == outcomeName) {
            out.append(d);
        }
    }
    return out;
}

void tst_BackchannelNotifier::everyEndOfSessionIsAnnounced_data()
{
    QTest::addColumn<QString>("cause");
    QTest::newRow("logout with the cookie") << QStringLiteral("logout-cookie");
    QTest::newRow("logout with the JWT") << QStringLiteral("logout-jwt");
    QTest::newRow("administrator revokes the session") << QStringLiteral("revoke");
    QTest::newRow("revoke-user") << QStringLiteral("revoke-user");
    QTest::newRow("revoke-all") << QStringLiteral("revoke-all");
    QTest::newRow("refresh token reuse") << QStringLiteral("refresh-reuse");
}

void tst_BackchannelNotifier::everyEndOfSessionIsAnnounced()
{
    QFETCH(QString, cause);
    start();
    const bool jwt = cause == u"logout-jwt" || cause == u"refresh-reuse";
    const Login login = jwt ? loginJwt() : loginCookie();
    QVERIFY(login.sessionId > 0);
    QCOMPARE(m_receiver->count(), 0); // a login ends nothing
    SessionStore sessions(*m_world->db, *m_world->audit);
    UserStore users(*m_world->db, *m_world->audit);
    QString expectedCause;
    if (cause == u"logout-cookie") {
        QCOMPARE(fetch(m_port, "POST", "/logout", {{"Cookie", "sid=" + login.cookie}}).status, 200);
        expectedCause = QStringLiteral("logout");
    } else if (cause == u"logout-jwt") {
        QCOMPARE(fetch(m_port, "POST", "/logout", {{"Authorization", "Bearer " + login.accessToken}}).status, 200);
        expectedCause = QStringLiteral("logout");
    } else if (cause == u"revoke") {
        QVERIFY(sessions.revoke(login.sessionId, QStringLiteral("stolen laptop")).value());
        expectedCause = QStringLiteral("stolen laptop");
    } else if (cause == u"revoke-user") {
        QCOMPARE(sessions.revokeUser(users.find(QStringLiteral("alice"))->id, QStringLiteral("left")).value(), 1);
        expectedCause = QStringLiteral("left");
    } else if (cause == u"revoke-all") {
        QCOMPARE(sessions.revokeAll(QStringLiteral("incident")).value(), 1);
        expectedCause = QStringLiteral("incident");
    } else {
        const QByteArray form = "grant_type=refresh_token&refresh_token=" + login.refreshToken;
        const QList<QPair<QByteArray, QByteArray>> headers{{"Content-Type", "application/x-www-form-urlencoded"}};
        QCOMPARE(fetch(m_port, "POST", "/token/refresh", headers, form).status, 200);
        QCOMPARE(fetch(m_port, "POST", "/token/refresh", headers, form).status, 400); // reused: theft
        expectedCause = QStringLiteral("refresh token reuse");
    }
    QTRY_COMPARE(m_receiver->count(), 1);
    const auto got = m_receiver->received().constFirst();
    QCOMPARE(got.contentType, QByteArrayLiteral("application/x-www-form-urlencoded"));
    checkToken(got.logoutToken, login.sessionId, QStringLiteral("alice"));
    QTRY_COMPARE(final().size(), 1);
    const BackchannelDelivery d = final().constFirst();
    QCOMPARE(d.outcome, BackchannelDelivery::Outcome::Delivered);
    QCOMPARE(d.status, 200);
    QCOMPARE(d.attempt, 1);
    QCOMPARE(d.rpUri, m_receiver->url());
    QCOMPARE(d.sid, QString::number(login.sessionId));
    QVERIFY2(d.cause.contains(expectedCause), qPrintable(d.cause));
    QVERIFY(!d.jti.isEmpty());
    QVERIFY(!d.toLine().contains(QString::fromLatin1(got.logoutToken))); // the trace names the token by its jti
}

void tst_BackchannelNotifier::revocationByTheCliInAnotherProcess()
{
    start();
    const Login login = loginCookie();
    const CliRun run =
        runCli({QStringLiteral("--db"), m_world->db->path(), QStringLiteral("sessions"), QStringLiteral("revoke"),
                QString::number(login.sessionId), QStringLiteral("--reason"), QStringLiteral("from the cli")});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QTRY_COMPARE(m_receiver->count(), 1);
    checkToken(m_receiver->received().constFirst().logoutToken, login.sessionId, QStringLiteral("alice"));
    QTRY_COMPARE(final().size(), 1);
    QVERIFY(final().constFirst().cause.contains(QStringLiteral("from the cli")));
}

void tst_BackchannelNotifier::retriesAfterServerErrorThenDelivers()
{
    m_receiver->queueStatuses({500});
    start();
    const Login login = loginCookie();
    QCOMPARE(fetch(m_port, "POST", "/logout", {{"Cookie", "sid=" + login.cookie}}).status, 200);
    QTRY_COMPARE(final(QStringLiteral("delivered")).size(), 1);
    const auto entries = m_trace->entries();
    QCOMPARE(entries.size(), 2);
    QCOMPARE(entries.at(0).outcome, BackchannelDelivery::Outcome::Retrying);
    QCOMPARE(entries.at(0).status, 500);
    QCOMPARE(entries.at(0).attempt, 1);
    QCOMPARE(entries.at(1).outcome, BackchannelDelivery::Outcome::Delivered);
    QCOMPARE(entries.at(1).attempt, 2);
    QCOMPARE(entries.at(0).jti, entries.at(1).jti);
    QCOMPARE(m_receiver->count(), 2);
    checkToken(m_receiver->received().at(1).logoutToken, login.sessionId, QStringLiteral("alice"));
}

void tst_BackchannelNotifier::refusalIsNotRetried()
{
    m_receiver->queueStatuses({400, 200});
    start();
    const Login login = loginCookie();
    QCOMPARE(fetch(m_port, "POST", "/logout", {{"Cookie", "sid=" + login.cookie}}).status, 200);
    QTRY_COMPARE(final(QStringLiteral("refused")).size(), 1);
    QCOMPARE(final(QStringLiteral("refused")).constFirst().status, 400);
    // A second session's logout is delivered (the queued 200): the refused one was not sent again in between.
    const Login second = loginCookie();
    QCOMPARE(fetch(m_port, "POST", "/logout", {{"Cookie", "sid=" + second.cookie}}).status, 200);
    QTRY_COMPARE(final(QStringLiteral("delivered")).size(), 1);
    QCOMPARE(final(QStringLiteral("delivered")).constFirst().sid, QString::number(second.sessionId));
    QCOMPARE(m_receiver->count(), 2);
}

void tst_BackchannelNotifier::givesUpAfterBoundedAttempts()
{
    m_receiver->queueStatuses({503, 503, 503, 503, 503, 200});
    start(10);
    const Login login = loginCookie();
    QCOMPARE(fetch(m_port, "POST", "/logout", {{"Cookie", "sid=" + login.cookie}}).status, 200);
    QTRY_COMPARE(final(QStringLiteral("failed")).size(), 1);
    const BackchannelDelivery last = final(QStringLiteral("failed")).constFirst();
    QCOMPARE(last.attempt, 5);
    QCOMPARE(last.status, 503);
    QCOMPARE(final(QStringLiteral("retrying")).size(), 4);
    QCOMPARE(m_receiver->count(), 5);
}

void tst_BackchannelNotifier::sessionsEndedBeforeStartAreNotAnnounced()
{
    SessionStore sessions(*m_world->db, *m_world->audit);
    UserStore users(*m_world->db, *m_world->audit);
    NewSession spec;
    spec.userId = users.find(QStringLiteral("alice"))->id;
    auto before = sessions.create(spec);
    QVERIFY(before.has_value());
    QVERIFY(sessions.revoke(before->session.id, QStringLiteral("before the server ran")).value());
    start();
    const Login login = loginCookie();
    QVERIFY(sessions.revoke(login.sessionId, QStringLiteral("now")).value());
    QTRY_COMPARE(final().size(), 1);
    QCOMPARE(final().constFirst().sid, QString::number(login.sessionId));
    QCOMPARE(m_receiver->count(), 1);
}

void tst_BackchannelNotifier::nothingRunsWithoutUris()
{
    ServerConfig config;
    config.port = 0;
    config.passwordHashing = cheapHashing();
    m_port = m_world->server->start(config).value();
    const Login login = loginCookie();
    QCOMPARE(fetch(m_port, "POST", "/logout", {{"Cookie", "sid=" + login.cookie}}).status, 200);
    m_world->server->stop(); // a notifier would have been polling every 100 ms: stopping waits for nothing
    QCOMPARE(m_trace->size(), 0);
    QCOMPARE(m_receiver->count(), 0);
}

void tst_BackchannelNotifier::discoveryAnnouncesBackchannelLogout()
{
    start();
    const RawHttpResponse r = fetch(m_port, "GET", "/.well-known/openid-configuration");
    QCOMPARE(r.status, 200);
    const QJsonObject d = r.json();
    QCOMPARE(d.value(QStringLiteral("backchannel_logout_supported")), QJsonValue(true));
    QCOMPARE(d.value(QStringLiteral("backchannel_logout_session_supported")), QJsonValue(true));
    // The document's promise holds: the logout token of an ended session carries its sid.
    const Login login = loginCookie();
    QCOMPARE(fetch(m_port, "POST", "/logout", {{"Cookie", "sid=" + login.cookie}}).status, 200);
    QTRY_COMPARE(m_receiver->count(), 1);
    checkToken(m_receiver->received().constFirst().logoutToken, login.sessionId, QStringLiteral("alice"));
}

void tst_BackchannelNotifier::discoveryIsSilentWithoutUris()
{
    ServerConfig config;
    config.port = 0;
    config.passwordHashing = cheapHashing();
    m_port = m_world->server->start(config).value();
    const QJsonObject d = fetch(m_port, "GET", "/.well-known/openid-configuration").json();
    QVERIFY(d.contains(QStringLiteral("issuer")));
    QVERIFY(!d.contains(QStringLiteral("backchannel_logout_supported")));
    QVERIFY(!d.contains(QStringLiteral("backchannel_logout_session_supported")));
}

QTEST_GUILESS_MAIN(tst_BackchannelNotifier)
#include "tst_backchannelnotifier.moc"
