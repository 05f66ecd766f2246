#include "tests/support/DataColumns.h"
#include "tests/support/HttpClient.h"
#include "tests/support/ServerLogin.h"
#include "tests/support/ServerWorld.h"

#include "core/audit/AuditLog.h"
#include "core/keys/KeyStore.h"
#include "core/keys/KeyVault.h"
#include "core/server/AuthRoutes.h"
#include "core/server/TestServer.h"
#include "core/sessions/UserStore.h"
#include "core/storage/Database.h"

#include <QJsonDocument>
#include <QSslCipher>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace authscope;
using namespace authscope::test;

namespace {

using Headers = QList<QPair<QByteArray, QByteArray>>;

} // namespace

// The test server's smaller hardening rules, over real sockets: a password change ends the other credentials
// (S-PASSWORD-ENDS-SESSIONS), /introspect is limited to owners and a role (H-INTROSPECT), a foreign Host is refused
// (H-HOST), and TLS 1.2 offers AEAD suites only (H-TLS-AEAD).
class tst_ServerHardening final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase_data();
    void init();
    void cleanup();

    void passwordChangeThroughASessionKeepsOnlyThatSession();
    void passwordChangeByBearerEndsItsOwnToken();
    void passwordChangeNeedsTheCurrentPassword();
    void introspectionOfOthersTokensNeedsARole();
    void foreignHostIsRefused_data();
    void foreignHostIsRefused();
    void publicHostIsAccepted();
    void tlsOffersAeadSuitesOnly_data();
    void tlsOffersAeadSuitesOnly();

private:
    quint16 start(ServerConfig config = {});
    QByteArray login(quint16 port, const QString& user, const QByteArray& password, bool jwt,
                     QByteArray* refresh = nullptr);

    std::unique_ptr<ServerWorld> m_world;
};

void tst_ServerHardening::initTestCase_data()
{
    addHttpParserRows();
}

void tst_ServerHardening::init()
{
    m_world = std::make_unique<ServerWorld>();
    QVERIFY(m_world->openFile(QStringLiteral("hardening.db")));
    QVERIFY(m_world->addActiveKey());
    const QList<std::pair<QString, QStringList>> people{{QStringLiteral("alice"), {}},
                                                        {QStringLiteral("bob"), {}},
                                                        {QStringLiteral("carol"), {QStringLiteral("introspect")}},
                                                        {QStringLiteral("dave"), {QStringLiteral("admin")}}};
    for (const auto& [name, roles] : people) {
        QVERIFY(m_world->addUser(name, name.toLatin1() + "-password-1", roles).has_value());
    }
    m_world->createServer();
}

void tst_ServerHardening::cleanup()
{
    m_world.reset();
}

quint16 tst_ServerHardening::start(ServerConfig config)
{
    QFETCH_GLOBAL(bool, qtParser);
    return m_world->start(config, qtParser);
}

// A cookie value (session) or an access token (jwt).
QByteArray tst_ServerHardening::login(quint16 port, const QString& user, const QByteArray& password, bool jwt,
                                      QByteArray* refresh)
{
    return jwt ? loginJwt(port, user, password, refresh) : loginCookie(port, user, password);
}

void tst_ServerHardening::passwordChangeThroughASessionKeepsOnlyThatSession()
{
    const quint16 port = start();
    const QByteArray oldPassword = "alice-password-1";
    const QByteArray changer = login(port, QStringLiteral("alice"), oldPassword, false);
    const QByteArray other = login(port, QStringLiteral("alice"), oldPassword, false);
    QByteArray refresh;
    const QByteArray jwt = login(port, QStringLiteral("alice"), oldPassword, true, &refresh);
    const QByteArray bobs = login(port, QStringLiteral("bob"), "bob-password-1", false);
    QVERIFY(!changer.isEmpty() && !other.isEmpty() && !jwt.isEmpty() && !refresh.isEmpty() && !bobs.isEmpty());
    QCOMPARE(meStatus(port, other), 200);
    QCOMPARE(meStatus(port, {}, jwt), 200);

    const RawHttpResponse changed =
        fetch(port, "POST", "/account/password", {{"Cookie", "sid=" + changer}, {"Content-Type", "application/json"}},
              compactJson({{QStringLiteral("current_password"), QString::fromLatin1(oldPassword)},
                           {QStringLiteral("new_password"), QStringLiteral("alice-password-2")}}));
    QCOMPARE(changed.status, 200);
    QCOMPARE(changed.json().value(QStringLiteral("session_kept")).toBool(), true);

    QCOMPARE(meStatus(port, changer), 200); // the session that made the change
    QCOMPARE(meStatus(port, other), 401);
    QCOMPARE(meStatus(port, {}, jwt), 401);
    QCOMPARE(fetch(port, "POST", "/token/refresh", {}, "grant_type=refresh_token&refresh_token=" + refresh).status,
             400);
    QCOMPARE(meStatus(port, bobs), 200); // another user's session is not touched
    QVERIFY(login(port, QStringLiteral("alice"), oldPassword, false).isEmpty());
    QVERIFY(!login(port, QStringLiteral("alice"), "alice-password-2", false).isEmpty());
}

void tst_ServerHardening::passwordChangeByBearerEndsItsOwnToken()
{
    const quint16 port = start();
    const QByteArray jwt = login(port, QStringLiteral("alice"), "alice-password-1", true);
    const QByteArray cookie = login(port, QStringLiteral("alice"), "alice-password-1", false);
    const RawHttpResponse changed = fetch(port, "POST", "/account/password", {{"Authorization", "Bearer " + jwt}},
                                          "current_password=alice-password-1&new_password=alice-password-2");
    QCOMPARE(changed.status, 200);
    QCOMPARE(changed.json().value(QStringLiteral("session_kept")).toBool(), false);
    QCOMPARE(meStatus(port, {}, jwt), 401);
    QCOMPARE(meStatus(port, cookie), 401);
}

void tst_ServerHardening::passwordChangeNeedsTheCurrentPassword()
{
    const quint16 port = start();
    const QByteArray changer = login(port, QStringLiteral("alice"), "alice-password-1", false);
    const QByteArray other = login(port, QStringLiteral("alice"), "alice-password-1", false);
    const Headers cookie{{"Cookie", "sid=" + changer}};
    QCOMPARE(
        fetch(port, "POST", "/account/password", cookie, "current_password=wrong-one&new_password=whatever-9").status,
        403);
    QCOMPARE(
        fetch(port, "POST", "/account/password", cookie, "current_password=alice-password-1&new_password=short").status,
        400);
    QCOMPARE(fetch(port, "POST", "/account/password", {}, "current_password=a&new_password=b").status, 401);
    QCOMPARE(meStatus(port, other), 200); // nothing changed
}

// H-INTROSPECT: a user reads their own tokens; another user's needs the introspect or admin role.
void tst_ServerHardening::introspectionOfOthersTokensNeedsARole()
{
    const quint16 port = start();
    QByteArray aliceRefresh;
    const QByteArray aliceJwt = login(port, QStringLiteral("alice"), "alice-password-1", true, &aliceRefresh);
    const QByteArray aliceCookie = login(port, QStringLiteral("alice"), "alice-password-1", false);
    const QByteArray bob = login(port, QStringLiteral("bob"), "bob-password-1", true);
    const QByteArray carol = login(port, QStringLiteral("carol"), "carol-password-1", false);
    const QByteArray dave = login(port, QStringLiteral("dave"), "dave-password-1", true);
    QVERIFY(!aliceJwt.isEmpty() && !bob.isEmpty() && !carol.isEmpty() && !dave.isEmpty());
    const Headers asBob{{"Authorization", "Bearer " + bob}};
    for (const QByteArray& token : {aliceJwt, aliceRefresh, aliceCookie}) {
        const RawHttpResponse refused = fetch(port, "POST", "/introspect", asBob, "token=" + token);
        QCOMPARE(refused.status, 403);
        QVERIFY2(!refused.body.contains("alice"), refused.body.constData()); // nothing about the token leaks
        QCOMPARE(refused.json().value(QStringLiteral("error")).toString(), QStringLiteral("insufficient_scope"));
    }
    // A token that is not active tells nothing, so anyone logged in may ask.
    QCOMPARE(fetch(port, "POST", "/introspect", asBob, "token=garbage").json(),
             (QJsonObject{{QStringLiteral("active"), false}}));
    // The owner, the introspect role and the admin role may read it.
    const QList<Headers> allowed{Headers{{"Authorization", "Bearer " + aliceJwt}}, Headers{{"Cookie", "sid=" + carol}},
                                 Headers{{"Authorization", "Bearer " + dave}}};
    for (const Headers& who : allowed) {
        const RawHttpResponse r = fetch(port, "POST", "/introspect", who, "token=" + aliceJwt);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value(QStringLiteral("active")).toBool(), true);
        QCOMPARE(r.json().value(QStringLiteral("username")).toString(), QStringLiteral("alice"));
    }
}

void tst_ServerHardening::foreignHostIsRefused_data()
{
    // withPort: append ":<the server's port>"
    addColumns<QByteArray, bool>("host", "withPort");
    QTest::newRow("rebound name") << QByteArray("attacker.example") << true;
    QTest::newRow("rebound name, no port") << QByteArray("attacker.example") << false;
    QTest::newRow("localhost suffix") << QByteArray("localhost.attacker.example") << true;
    QTest::newRow("other address") << QByteArray("10.0.0.1") << true;
    QTest::newRow("loopback, wrong port") << QByteArray("127.0.0.1:1") << false;
}

// H-HOST: raw requests that carry a foreign Host, as a browser does after DNS rebinding, get 421 with a reason.
void tst_ServerHardening::foreignHostIsRefused()
{
    QFETCH(QByteArray, host);
    QFETCH(bool, withPort);
    const quint16 port = start();
    const QByteArray cookie = login(port, QStringLiteral("alice"), "alice-password-1", false);
    QVERIFY(!cookie.isEmpty());
    const QByteArray hostHeader = withPort ? host + ':' + QByteArray::number(port) : host;
    const RawHttpResponse refused =
        rawHttp(port, "GET /api/me HTTP/1.1\r\nHost: " + hostHeader + "\r\nCookie: sid=" + cookie + "\r\n\r\n");
    QCOMPARE(refused.status, 421);
    QCOMPARE(refused.json().value(QStringLiteral("error")).toString(), QStringLiteral("host_not_allowed"));
    QVERIFY(refused.json().value(QStringLiteral("error_description")).toString().contains(QStringLiteral("localhost")));
    const RawHttpResponse login = rawHttp(port, "POST /login HTTP/1.1\r\nHost: " + hostHeader +
                                                    "\r\nContent-Type: application/x-www-form-urlencoded\r\n"
                                                    "Content-Length: 48\r\n\r\n"
                                                    "username=alice&password=alice-password-1&mode=jw");
    QCOMPARE(login.status, 421);
    // The loopback names, with and without the port, are answered.
    const QByteArray portText = QByteArray::number(port);
    const QList<QByteArray> loopback{QByteArray("localhost"), QByteArray("127.0.0.1"), QByteArray("[::1]"),
                                     QByteArray("LOCALHOST"), "localhost:" + portText, "127.0.0.1:" + portText,
                                     "[::1]:" + portText};
    for (const QByteArray& good : loopback) {
        const RawHttpResponse ok =
            rawHttp(port, "GET /api/me HTTP/1.1\r\nHost: " + good + "\r\nCookie: sid=" + cookie + "\r\n\r\n");
        QVERIFY2(ok.status == 200, good.constData());
    }
}

void tst_ServerHardening::publicHostIsAccepted()
{
    ServerConfig config;
    config.publicHosts << QStringLiteral("auth.test.example");
    const quint16 port = start(config);
    const QByteArray request =
        "GET /healthz HTTP/1.1\r\nHost: auth.test.example:" + QByteArray::number(port) + "\r\n\r\n";
    QCOMPARE(rawHttp(port, request).status, 200);
    QCOMPARE(rawHttp(port, "GET /healthz HTTP/1.1\r\nHost: other.test.example\r\n\r\n").status, 421);

    // H-ORIGIN: the login form of the published name posts with that name as Origin, and it is the server's own
    // page; an Origin that does not match the Host it was sent to stays cross-origin.
    const QByteArray portText = QByteArray::number(port);
    const auto postLogin = [&](const QByteArray& host, const QByteArray& origin) {
        return rawHttp(port, "POST /login HTTP/1.1\r\nHost: " + host + "\r\nOrigin: " + origin +
                                 "\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: 49\r\n\r\n"
                                 "username=alice&password=alice-password-1&mode=jwt");
    };
    const QByteArray published = "auth.test.example:" + portText;
    QCOMPARE(postLogin(published, "http://" + published).status, 200);
    QCOMPARE(postLogin(published, "http://AUTH.test.example:" + portText).status, 200);
    const RawHttpResponse foreign = postLogin(published, "http://attacker.example:" + portText);
    QCOMPARE(foreign.status, 403);
    QCOMPARE(foreign.json().value(QStringLiteral("error")).toString(), QStringLiteral("cross_origin"));
    QCOMPARE(postLogin(published, "http://localhost:" + portText).status, 403);
    QCOMPARE(postLogin(published, "http://auth.test.example:1").status, 403);
}

void tst_ServerHardening::tlsOffersAeadSuitesOnly_data()
{
    addColumns<QString, bool>("cipher", "accepted");
    QTest::newRow("ECDHE-ECDSA-AES128-SHA256 (CBC)") << QStringLiteral("ECDHE-ECDSA-AES128-SHA256") << false;
    QTest::newRow("ECDHE-ECDSA-AES256-SHA (CBC)") << QStringLiteral("ECDHE-ECDSA-AES256-SHA") << false;
    QTest::newRow("ECDHE-ECDSA-AES256-SHA384 (CBC)") << QStringLiteral("ECDHE-ECDSA-AES256-SHA384") << false;
    QTest::newRow("ECDHE-ECDSA-AES128-GCM-SHA256") << QStringLiteral("ECDHE-ECDSA-AES128-GCM-SHA256") << true;
    QTest::newRow("ECDHE-ECDSA-CHACHA20-POLY1305") << QStringLiteral("ECDHE-ECDSA-CHACHA20-POLY1305") << true;
}

// H-TLS-AEAD: a TLS 1.2 client that offers one suite only gets a handshake exactly when that suite is AEAD.
void tst_ServerHardening::tlsOffersAeadSuitesOnly()
{
    QFETCH(QString, cipher);
    QFETCH(bool, accepted);
    QVERIFY2(QSslSocket::supportsSsl(), "Qt has no TLS backend here");
    const QSslCipher suite(cipher);
    QVERIFY2(!suite.isNull(), qPrintable(cipher + QStringLiteral(" is not known to the client's OpenSSL")));
    ServerConfig config;
    config.tls = true;
    const quint16 port = start(config);
    QSslSocket socket;
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setProtocol(QSsl::TlsV1_2); // TLS 1.2 only: 1.3 negotiates its own (AEAD) suites
    tls.setCiphers({suite});
    tls.setPeerVerifyMode(QSslSocket::VerifyNone); // self-signed on purpose
    socket.setSslConfiguration(tls);
    socket.connectToHostEncrypted(QStringLiteral("127.0.0.1"), port);
    const bool encrypted = socket.waitForEncrypted(10000);
    QVERIFY2(encrypted == accepted, qPrintable(socket.errorString()));
    if (accepted) {
        QCOMPARE(socket.sessionCipher().name(), cipher);
        QCOMPARE(socket.sessionProtocol(), QSsl::TlsV1_2);
    }
}

QTEST_GUILESS_MAIN(tst_ServerHardening)
#include "tst_serverhardening.moc"
