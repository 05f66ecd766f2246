#include "tests/support/DataColumns.h"
#include "tests/support/HttpClient.h"
#include "tests/support/ServerLogin.h"
#include "tests/support/ServerWorld.h"

#include "core/audit/AuditLog.h"
#include "core/jose/Base64Url.h"
#include "core/jose/Jwk.h"
#include "core/jose/Jws.h"
#include "core/keys/KeyStore.h"
#include "core/keys/KeyVault.h"
#include "core/server/AuthRoutes.h"
#include "core/server/TestServer.h"
#include "core/sessions/SessionStore.h"
#include "core/sessions/UserStore.h"
#include "core/storage/Database.h"
#include "tests/support/TestDatabase.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QSslSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace authscope;
using namespace authscope::test;

namespace {

const QByteArray kPassword = "alice-password-1";

} // namespace

class tst_AuthRoutes final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Every test runs with our own request parser (the default) and with Qt's QHttpServer parser.
    void initTestCase_data();
    void init();
    void cleanup();

    void sessionLoginSetsSafeCookie();
    void sessionMeAndLogoutThenReplay();
    void loginChangesSessionIdFixation();
    void wrongPasswordIs401SameAsUnknownUser();
    void rateLimitAfterFailures();
    void malformedLogins_data();
    void malformedLogins();
    void jwtLoginAndMe();
    void jwtLogoutDenyLists();
    void revokedSessionKillsJwtWithDenyList();
    void withoutDenyListJwtLivesUntilExp();
    void refreshRotatesAndReuseRevokesFamily();
    void refreshErrors();
    void meWithoutCredentials();
    void forgedTokens_data();
    void forgedTokens();
    void tokenOfRevokedKeyFails();
    void tokenOfRetiredKeyFails();
    void verifiedTokenCacheSkipsOnlyTheSignature();
    void cachedTokenStillExpires();
    void challengeNeverCarriesControlCharacters();
    void jwksHasNoPrivateMembers();
    void discoveryDocument();
    void introspection();
    void introspectionNeedsAuthorisation();
    void revocationEndpoint();
    void tlsServesSecureHostCookies();

private:
    quint16 start(ServerConfig config = {});
    QByteArray loginJwt(quint16 port, QByteArray* refresh = nullptr);
    QByteArray loginCookie(quint16 port);
    QByteArray signWithActiveKey(const QJsonObject& claims, const QString& typ = QStringLiteral("at+jwt"));

    std::unique_ptr<ServerWorld> m_world;
    QString m_firstKid;
};

void tst_AuthRoutes::init()
{
    m_world = std::make_unique<ServerWorld>();
    QVERIFY(m_world->open(test::testDatabase(m_world->dir, QStringLiteral("auth.db"))));
    KeyStore::GenerateRequest request;
    request.kty = QStringLiteral("EC");
    request.state = KeyState::Active;
    auto key = m_world->keys->generate(request);
    QVERIFY2(key.has_value(), key ? "" : qPrintable(key.error().message));
    m_firstKid = key->kid;
    QVERIFY(m_world->addUser(QStringLiteral("alice"), kPassword).has_value());
    m_world->createServer();
}

void tst_AuthRoutes::cleanup()
{
    m_world.reset();
}

void tst_AuthRoutes::initTestCase_data()
{
    addHttpParserRows();
}

quint16 tst_AuthRoutes::start(ServerConfig config)
{
    QFETCH_GLOBAL(bool, qtParser);
    return m_world->start(config, qtParser);
}

QByteArray tst_AuthRoutes::loginJwt(quint16 port, QByteArray* refresh)
{
    return test::loginJwt(port, QStringLiteral("alice"), kPassword, refresh);
}

QByteArray tst_AuthRoutes::loginCookie(quint16 port)
{
    return test::loginCookie(port, QStringLiteral("alice"), kPassword);
}

QByteArray tst_AuthRoutes::signWithActiveKey(const QJsonObject& claims, const QString& typ)
{
    auto token = m_world->keys->signJwt(claims, KeyStore::DefaultPurpose, typ);
    return token ? *token : QByteArray();
}

void tst_AuthRoutes::sessionLoginSetsSafeCookie()
{
    const quint16 port = start();
    const RawHttpResponse r = postJsonLogin(port, QStringLiteral("alice"), kPassword, QStringLiteral("session"));
    QCOMPARE(r.status, 200);
    const QByteArray cookie = r.header("set-cookie");
    QVERIFY(cookie.startsWith("sid="));
    QVERIFY(cookie.contains("; HttpOnly"));
    QVERIFY(cookie.contains("; SameSite=Strict"));
    QVERIFY(cookie.contains("; Path=/"));
    QVERIFY(!cookie.contains("Domain"));
    // 32 random bytes, base64url.
    QCOMPARE(setCookieValue(r).size(), 43);
    QCOMPARE(r.json().value(QStringLiteral("user")).toString(), QStringLiteral("alice"));
    // The database keeps only the hash: the cookie value is nowhere in the file (in no row on PostgreSQL).
    if (m_world->db->isPostgres()) {
        QSqlQuery q(m_world->db->connection());
        q.prepare(QStringLiteral("SELECT count(*) FROM sessions s WHERE strpos(s::text, ?) > 0"));
        q.addBindValue(QString::fromLatin1(setCookieValue(r)));
        QVERIFY(q.exec() && q.next());
        QCOMPARE(q.value(0).toInt(), 0);
    } else {
        QFile file(m_world->db->path());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!file.readAll().contains(setCookieValue(r)));
    }
}

void tst_AuthRoutes::sessionMeAndLogoutThenReplay()
{
    const quint16 port = start();
    const QByteArray sid = loginCookie(port);
    QVERIFY(!sid.isEmpty());
    RawHttpResponse me = fetch(port, "GET", "/api/me", {{"Cookie", "sid=" + sid}});
    QCOMPARE(me.status, 200);
    QCOMPARE(me.json().value(QStringLiteral("recognised_by")).toString(), QStringLiteral("cookie"));
    QCOMPARE(me.json().value(QStringLiteral("user")).toString(), QStringLiteral("alice"));
    QVERIFY(me.json().contains(QStringLiteral("check_us")));
    // The session record as the server sees it (written without QJsonDocument: check it is well-formed JSON).
    QJsonParseError parseError;
    QVERIFY(QJsonDocument::fromJson(me.body, &parseError).isObject());
    QCOMPARE(parseError.error, QJsonParseError::NoError);
    const QJsonObject record = me.json().value(QStringLiteral("session_record")).toObject();
    QCOMPARE(record.value(QStringLiteral("id")).toInteger(), me.json().value(QStringLiteral("session")).toInteger());
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    QVERIFY(record.value(QStringLiteral("idle_expires")).toInteger() > now);
    QVERIFY(record.value(QStringLiteral("absolute_expires")).toInteger() >=
            record.value(QStringLiteral("idle_expires")).toInteger());
    QVERIFY(record.value(QStringLiteral("from_cache")).isBool());
    const RawHttpResponse out = fetch(port, "POST", "/logout", {{"Cookie", "sid=" + sid}});
    QCOMPARE(out.status, 200);
    QVERIFY(out.header("set-cookie").contains("Max-Age=0"));
    // Replaying the old cookie after logout: refused on the very next request.
    me = fetch(port, "GET", "/api/me", {{"Cookie", "sid=" + sid}});
    QCOMPARE(me.status, 401);
    QVERIFY(me.header("www-authenticate").contains("invalid_session"));
    QCOMPARE(fetch(port, "POST", "/logout", {{"Cookie", "sid=" + sid}}).status, 401);
}

void tst_AuthRoutes::loginChangesSessionIdFixation()
{
    const quint16 port = start();
    const QByteArray first = loginCookie(port);
    // Logging in again while holding a session ID yields a new ID, and the old one stops working.
    const RawHttpResponse r = fetch(port, "POST", "/login",
                                    {{"Content-Type", "application/x-www-form-urlencoded"}, {"Cookie", "sid=" + first}},
                                    "username=alice&password=" + kPassword);
    QCOMPARE(r.status, 200);
    const QByteArray second = setCookieValue(r);
    QVERIFY(!second.isEmpty());
    QVERIFY(second != first);
    QCOMPARE(fetch(port, "GET", "/api/me", {{"Cookie", "sid=" + first}}).status, 401);
    QCOMPARE(fetch(port, "GET", "/api/me", {{"Cookie", "sid=" + second}}).status, 200);
    // A made-up ID is never accepted.
    QCOMPARE(fetch(port, "GET", "/api/me", {{"Cookie", "sid=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"}}).status,
             401);
    QCOMPARE(fetch(port, "GET", "/api/me", {{"Cookie", "sid=' OR 1=1 --"}}).status, 401);
}

void tst_AuthRoutes::wrongPasswordIs401SameAsUnknownUser()
{
    const quint16 port = start();
    const RawHttpResponse wrong = fetch(port, "POST", "/login", {}, "username=alice&password=guess");
    const RawHttpResponse unknown = fetch(port, "POST", "/login", {}, "username=nobody&password=guess");
    QCOMPARE(wrong.status, 401);
    QCOMPARE(unknown.status, 401);
    QCOMPARE(wrong.body, unknown.body);
    QVERIFY(wrong.header("set-cookie").isEmpty());
}

void tst_AuthRoutes::rateLimitAfterFailures()
{
    const quint16 port = start();
    for (int i = 0; i < 5; ++i) {
        QCOMPARE(fetch(port, "POST", "/login", {}, "username=alice&password=wrong" + QByteArray::number(i)).status,
                 401);
    }
    const RawHttpResponse limited = fetch(port, "POST", "/login", {}, "username=alice&password=" + kPassword);
    QCOMPARE(limited.status, 429);
    QVERIFY(limited.header("retry-after").toInt() > 0);
    QCOMPARE(limited.json().value(QStringLiteral("error")).toString(), QStringLiteral("slow_down"));
}

void tst_AuthRoutes::malformedLogins_data()
{
    addColumns<QByteArray, QByteArray, int>("contentType", "body", "status");
    QTest::newRow("broken json") << QByteArray("application/json") << QByteArray("{\"username\": ") << 400;
    QTest::newRow("json array") << QByteArray("application/json") << QByteArray("[1,2]") << 400;
    QTest::newRow("no password") << QByteArray("application/json") << QByteArray("{\"username\":\"alice\"}") << 400;
    QTest::newRow("password not string") << QByteArray("application/json")
                                         << QByteArray("{\"username\":\"alice\",\"password\":5}") << 400;
    QTest::newRow("bad mode") << QByteArray("application/json")
                              << QByteArray("{\"username\":\"alice\",\"password\":\"x\",\"mode\":\"magic\"}") << 400;
    QTest::newRow("xml") << QByteArray("application/xml") << QByteArray("<login/>") << 415;
    QTest::newRow("empty") << QByteArray("application/json") << QByteArray() << 400;
}

void tst_AuthRoutes::malformedLogins()
{
    QFETCH(QByteArray, contentType);
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    const quint16 port = start();
    const RawHttpResponse r = fetch(port, "POST", "/login", {{"Content-Type", contentType}}, body);
    QCOMPARE(r.status, status);
    QVERIFY(!r.json().value(QStringLiteral("error")).toString().isEmpty());
}

void tst_AuthRoutes::jwtLoginAndMe()
{
    const quint16 port = start();
    const RawHttpResponse r = postJsonLogin(port, QStringLiteral("alice"), kPassword, QStringLiteral("jwt"));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.header("cache-control"), QByteArray("no-store"));
    const QJsonObject body = r.json();
    QCOMPARE(body.value(QStringLiteral("token_type")).toString(), QStringLiteral("Bearer"));
    QVERIFY(body.value(QStringLiteral("expires_in")).toInt() > 0);
    QCOMPARE(body.value(QStringLiteral("refresh_token")).toString().size(), 43);
    const QByteArray token = body.value(QStringLiteral("access_token")).toString().toLatin1();
    const QList<QByteArray> parts = token.split('.');
    QCOMPARE(parts.size(), 3);
    const QJsonObject header = QJsonDocument::fromJson(jose::Base64Url::decode(parts[0]).value()).object();
    QCOMPARE(header.value(QStringLiteral("typ")).toString(), QStringLiteral("at+jwt"));
    QCOMPARE(header.value(QStringLiteral("kid")).toString(), m_firstKid);
    const QJsonObject claims = QJsonDocument::fromJson(jose::Base64Url::decode(parts[1]).value()).object();
    for (const char* name : {"iss", "sub", "aud", "iat", "exp", "jti", "sid"}) {
        QVERIFY2(claims.contains(QLatin1String(name)), name);
    }
    QCOMPARE(claims.value(QStringLiteral("iss")).toString(), m_world->server->baseUrl());
    const RawHttpResponse me = fetch(port, "GET", "/api/me", {{"Authorization", "Bearer " + token}});
    QCOMPARE(me.status, 200);
    QCOMPARE(me.json().value(QStringLiteral("recognised_by")).toString(), QStringLiteral("bearer"));
    QCOMPARE(me.json().value(QStringLiteral("claims")).toObject().value(QStringLiteral("sub")).toString(),
             QStringLiteral("alice"));
}

void tst_AuthRoutes::jwtLogoutDenyLists()
{
    const quint16 port = start();
    const QByteArray token = loginJwt(port);
    QCOMPARE(fetch(port, "POST", "/logout", {{"Authorization", "Bearer " + token}}).status, 200);
    const RawHttpResponse me = fetch(port, "GET", "/api/me", {{"Authorization", "Bearer " + token}});
    QCOMPARE(me.status, 401);
    QVERIFY(me.header("www-authenticate").startsWith("Bearer"));
    QVERIFY(me.header("www-authenticate").contains("invalid_token"));
}

void tst_AuthRoutes::revokedSessionKillsJwtWithDenyList()
{
    const quint16 port = start();
    const QByteArray token = loginJwt(port);
    const qint64 sid = fetch(port, "GET", "/api/me", {{"Authorization", "Bearer " + token}})
                           .json()
                           .value(QStringLiteral("session"))
                           .toInteger();
    QVERIFY(sid > 0);
    SessionStore admin(*m_world->db, *m_world->audit);
    QVERIFY(admin.revoke(sid, QStringLiteral("test")).value());
    QCOMPARE(fetch(port, "GET", "/api/me", {{"Authorization", "Bearer " + token}}).status, 401);
}

void tst_AuthRoutes::withoutDenyListJwtLivesUntilExp()
{
    ServerConfig config;
    config.denyListEnabled = false;
    const quint16 port = start(config);
    const QByteArray token = loginJwt(port);
    const QByteArray cookie = loginCookie(port);
    const qint64 sid = fetch(port, "GET", "/api/me", {{"Authorization", "Bearer " + token}})
                           .json()
                           .value(QStringLiteral("session"))
                           .toInteger();
    const qint64 cookieSid = fetch(port, "GET", "/api/me", {{"Cookie", "sid=" + cookie}})
                                 .json()
                                 .value(QStringLiteral("session"))
                                 .toInteger();
    SessionStore admin(*m_world->db, *m_world->audit);
    QVERIFY(admin.revoke(sid, QStringLiteral("test")).value());
    QVERIFY(admin.revoke(cookieSid, QStringLiteral("test")).value());
    // The stateless JWT is still accepted; the cookie session fails on the next request.
    QCOMPARE(fetch(port, "GET", "/api/me", {{"Authorization", "Bearer " + token}}).status, 200);
    QCOMPARE(fetch(port, "GET", "/api/me", {{"Cookie", "sid=" + cookie}}).status, 401);
}

void tst_AuthRoutes::refreshRotatesAndReuseRevokesFamily()
{
    const quint16 port = start();
    QByteArray refresh;
    const QByteArray access = loginJwt(port, &refresh);
    QVERIFY(!refresh.isEmpty());
    RawHttpResponse r = fetch(port, "POST", "/token/refresh", {}, "grant_type=refresh_token&refresh_token=" + refresh);
    QCOMPARE(r.status, 200);
    const QByteArray access2 = r.json().value(QStringLiteral("access_token")).toString().toLatin1();
    const QByteArray refresh2 = r.json().value(QStringLiteral("refresh_token")).toString().toLatin1();
    QVERIFY(refresh2 != refresh);
    QVERIFY(access2 != access);
    QCOMPARE(fetch(port, "GET", "/api/me", {{"Authorization", "Bearer " + access2}}).status, 200);
    // The first refresh token again: theft. The family and its session end.
    r = fetch(port, "POST", "/token/refresh", {}, "grant_type=refresh_token&refresh_token=" + refresh);
    QCOMPARE(r.status, 400);
    QCOMPARE(r.json().value(QStringLiteral("error")).toString(), QStringLiteral("invalid_grant"));
    QVERIFY(r.json().value(QStringLiteral("error_description")).toString().contains(QStringLiteral("already used")));
    QCOMPARE(fetch(port, "POST", "/token/refresh", {}, "grant_type=refresh_token&refresh_token=" + refresh2).status,
             400);
    QCOMPARE(fetch(port, "GET", "/api/me", {{"Authorization", "Bearer " + access2}}).status, 401);
    AuditFilter filter;
    filter.action = QStringLiteral("auth.refresh-reuse");
    QCOMPARE(m_world->audit->count(filter).value(), 1);
}

void tst_AuthRoutes::refreshErrors()
{
    const quint16 port = start();
    QCOMPARE(fetch(port, "POST", "/token/refresh", {}, "grant_type=password&refresh_token=x")
                 .json()
                 .value(QStringLiteral("error")),
             QJsonValue(QStringLiteral("unsupported_grant_type")));
    QCOMPARE(fetch(port, "POST", "/token/refresh", {}, "grant_type=refresh_token").status, 400);
    QCOMPARE(fetch(port, "POST", "/token/refresh", {},
                   "grant_type=refresh_token&refresh_token=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")
                 .json()
                 .value(QStringLiteral("error"))
                 .toString(),
             QStringLiteral("invalid_grant"));
}

void tst_AuthRoutes::meWithoutCredentials()
{
    const quint16 port = start();
    const RawHttpResponse r = fetch(port, "GET", "/api/me");
    QCOMPARE(r.status, 401);
    QVERIFY(r.header("www-authenticate").startsWith("Bearer"));
    QCOMPARE(fetch(port, "GET", "/api/me", {{"Authorization", "Bearer not-a-token"}}).status, 401);
    QCOMPARE(fetch(port, "GET", "/api/me", {{"Authorization", "Basic YWxpY2U6eA=="}}).status, 401);
}

void tst_AuthRoutes::forgedTokens_data()
{
    QTest::addColumn<QString>("kind");
    QTest::newRow("alg none") << QStringLiteral("none");
    QTest::newRow("wrong aud") << QStringLiteral("aud");
    QTest::newRow("wrong iss") << QStringLiteral("iss");
    QTest::newRow("expired") << QStringLiteral("expired");
    QTest::newRow("not yet valid") << QStringLiteral("nbf");
    QTest::newRow("no exp") << QStringLiteral("noexp");
    QTest::newRow("id token typ") << QStringLiteral("typ");
    QTest::newRow("tampered payload") << QStringLiteral("tampered");
    QTest::newRow("hs256 with public key") << QStringLiteral("confusion");
}

void tst_AuthRoutes::forgedTokens()
{
    QFETCH(QString, kind);
    const quint16 port = start();
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    QJsonObject claims{{QStringLiteral("iss"), m_world->server->baseUrl()},
                       {QStringLiteral("sub"), QStringLiteral("alice")},
                       {QStringLiteral("aud"), QStringLiteral("authscope-test-api")},
                       {QStringLiteral("iat"), now},
                       {QStringLiteral("exp"), now + 600},
                       {QStringLiteral("jti"), QStringLiteral("forged-%1").arg(kind)}};
    QString typ = QStringLiteral("at+jwt");
    QByteArray token;
    if (kind == QStringLiteral("aud")) {
        claims.insert(QStringLiteral("aud"), QStringLiteral("someone-else"));
    } else if (kind == QStringLiteral("iss")) {
        claims.insert(QStringLiteral("iss"), QStringLiteral("https://evil.example"));
    } else if (kind == QStringLiteral("expired")) {
        claims.insert(QStringLiteral("iat"), now - 7200);
        claims.insert(QStringLiteral("exp"), now - 3600);
    } else if (kind == QStringLiteral("nbf")) {
        claims.insert(QStringLiteral("nbf"), now + 3600);
    } else if (kind == QStringLiteral("noexp")) {
        claims.remove(QStringLiteral("exp"));
    } else if (kind == QStringLiteral("typ")) {
        typ = QStringLiteral("JWT");
    }
    if (kind == QStringLiteral("none")) {
        token = jose::Base64Url::encode(R"({"alg":"none","typ":"at+jwt"})") + '.' +
                jose::Base64Url::encode(compactJson(claims)) + '.';
    } else if (kind == QStringLiteral("confusion")) {
        // The attacker uses the published public key's JSON text as an HMAC secret.
        const QByteArray publicJwk = fetch(port, "GET", "/.well-known/jwks.json").body;
        auto secret = jose::Jwk::fromSecret(publicJwk);
        QVERIFY(secret.has_value());
        auto signedToken = jose::Jws::sign(QJsonObject{{QStringLiteral("alg"), QStringLiteral("HS256")},
                                                       {QStringLiteral("kid"), m_firstKid},
                                                       {QStringLiteral("typ"), QStringLiteral("at+jwt")}},
                                           compactJson(claims), *secret);
        QVERIFY(signedToken.has_value());
        token = *signedToken;
    } else {
        token = signWithActiveKey(claims, typ);
        QVERIFY(!token.isEmpty());
        if (kind == QStringLiteral("tampered")) {
            QList<QByteArray> parts = token.split('.');
            claims.insert(QStringLiteral("sub"), QStringLiteral("admin"));
            parts[1] = jose::Base64Url::encode(compactJson(claims));
            token = parts.join('.');
        }
    }
    const RawHttpResponse r = fetch(port, "GET", "/api/me", {{"Authorization", "Bearer " + token}});
    QCOMPARE(r.status, 401);
    QVERIFY(r.header("www-authenticate").contains("invalid_token"));
}

void tst_AuthRoutes::tokenOfRevokedKeyFails()
{
    const quint16 port = start();
    const QByteArray token = loginJwt(port);
    QCOMPARE(fetch(port, "GET", "/api/me", {{"Authorization", "Bearer " + token}}).status, 200);
    KeyStore::RotateOptions rotate;
    rotate.revokeOld = true;
    rotate.reason = QStringLiteral("compromised in the test");
    auto rotated = m_world->keys->rotate(rotate);
    QVERIFY2(rotated.has_value(), rotated ? "" : qPrintable(rotated.error().message));
    // The key is unpublished and its tokens fail on the next request.
    QCOMPARE(fetch(port, "GET", "/api/me", {{"Authorization", "Bearer " + token}}).status, 401);
    QVERIFY(!fetch(port, "GET", "/.well-known/jwks.json").body.contains(m_firstKid.toLatin1()));
    // New logins sign with the new active key.
    const QByteArray fresh = loginJwt(port);
    QCOMPARE(fetch(port, "GET", "/api/me", {{"Authorization", "Bearer " + fresh}}).status, 200);
}

void tst_AuthRoutes::tokenOfRetiredKeyFails()
{
    const quint16 port = start();
    const QByteArray token = loginJwt(port);
    KeyStore::RotateOptions rotate;
    QVERIFY(m_world->keys->rotate(rotate).has_value());
    // Retiring (grace period): still valid.
    QCOMPARE(fetch(port, "GET", "/api/me", {{"Authorization", "Bearer " + token}}).status, 200);
    QVERIFY(m_world->keys->retire(m_firstKid, true).has_value());
    QCOMPARE(fetch(port, "GET", "/api/me", {{"Authorization", "Bearer " + token}}).status, 401);
}

void tst_AuthRoutes::verifiedTokenCacheSkipsOnlyTheSignature()
{
    const auto fromCache = [](const RawHttpResponse& r) {
        return r.json().value(QStringLiteral("verified_from_cache")).toBool();
    };
    {
        const quint16 port = start();
        const QByteArray token = loginJwt(port);
        const RawHttpResponse first = fetch(port, "GET", "/api/me", {{"Authorization", "Bearer " + token}});
        QCOMPARE(first.status, 200);
        QVERIFY(!fromCache(first));
        const RawHttpResponse second = fetch(port, "GET", "/api/me", {{"Authorization", "Bearer " + token}});
        QCOMPARE(second.status, 200);
        QVERIFY(fromCache(second));
        // Same claims either way, as the token carries them.
        QCOMPARE(second.json().value(QStringLiteral("claims")).toObject(),
                 first.json().value(QStringLiteral("claims")).toObject());
        // A single changed byte of the signature is a different token: verified again, and refused.
        QByteArray tampered = token;
        tampered[tampered.size() - 2] = tampered.at(tampered.size() - 2) == 'A' ? 'B' : 'A';
        QCOMPARE(fetch(port, "GET", "/api/me", {{"Authorization", "Bearer " + tampered}}).status, 401);
        // The deny-list is still consulted on every request: the logout counts at once.
        const RawHttpResponse out = fetch(port, "POST", "/logout", {{"Authorization", "Bearer " + token}});
        QCOMPARE(out.status, 200);
        QCOMPARE(fetch(port, "GET", "/api/me", {{"Authorization", "Bearer " + token}}).status, 401);
        m_world->server->stop();
    }
    ServerConfig config;
    config.verifiedTokenCache = false;
    const quint16 port = start(config);
    const QByteArray token = loginJwt(port);
    for (int i = 0; i < 3; ++i) {
        const RawHttpResponse r = fetch(port, "GET", "/api/me", {{"Authorization", "Bearer " + token}});
        QCOMPARE(r.status, 200);
        QVERIFY(!fromCache(r));
    }
}

void tst_AuthRoutes::cachedTokenStillExpires()
{
    RotationPolicy policy = m_world->keys->policy().value();
    policy.leewaySecs = 0;
    QVERIFY(m_world->keys->setPolicy(policy).has_value());
    const quint16 port = start();
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    const QByteArray token =
        signWithActiveKey(QJsonObject{{QStringLiteral("iss"), m_world->server->baseUrl()},
                                      {QStringLiteral("sub"), QStringLiteral("alice")},
                                      {QStringLiteral("aud"), QStringLiteral("authscope-test-api")},
                                      {QStringLiteral("iat"), now},
                                      {QStringLiteral("exp"), now + 2},
                                      {QStringLiteral("jti"), QStringLiteral("short-lived-1")}});
    QVERIFY(!token.isEmpty());
    QCOMPARE(fetch(port, "GET", "/api/me", {{"Authorization", "Bearer " + token}}).status, 200);
    const RawHttpResponse cached = fetch(port, "GET", "/api/me", {{"Authorization", "Bearer " + token}});
    QCOMPARE(cached.status, 200);
    QVERIFY(cached.json().value(QStringLiteral("verified_from_cache")).toBool());
    QTest::qWait(int((now + 2 - QDateTime::currentSecsSinceEpoch()) * 1000 + 1100));
    const RawHttpResponse expired = fetch(port, "GET", "/api/me", {{"Authorization", "Bearer " + token}});
    QCOMPARE(expired.status, 401);
    QVERIFY2(expired.header("www-authenticate").contains("expired"), expired.header("www-authenticate").constData());
}

void tst_AuthRoutes::challengeNeverCarriesControlCharacters()
{
    const quint16 port = start();
    // A forged token whose kid carries CR LF and non-ASCII: the refusal quotes the kid, the challenge must not.
    const QByteArray header = jose::Base64Url::encode(
        QJsonDocument(QJsonObject{{QStringLiteral("alg"), QStringLiteral("ES256")},
                                  {QStringLiteral("typ"), QStringLiteral("at+jwt")},
                                  {QStringLiteral("kid"), QStringLiteral("k\r\nX-Injected: yes \u00e9")}})
            .toJson(QJsonDocument::Compact));
    const QByteArray payload = jose::Base64Url::encode(R"({"sub":"alice","exp":4102444800})");
    const QByteArray token = header + '.' + payload + '.' + jose::Base64Url::encode(QByteArray(64, '\x01'));
    const RawHttpResponse r = fetch(port, "GET", "/api/me", {{"Authorization", "Bearer " + token}});
    QCOMPARE(r.status, 401);
    const QByteArray challenge = r.header("www-authenticate");
    QVERIFY(challenge.startsWith("Bearer"));
    QVERIFY(challenge.contains("error=\"invalid_token\""));
    for (const char c : challenge) {
        QVERIFY2(static_cast<unsigned char>(c) >= 0x20 && static_cast<unsigned char>(c) <= 0x7e, challenge.constData());
    }
    QVERIFY(r.header("x-injected").isEmpty());
}

void tst_AuthRoutes::jwksHasNoPrivateMembers()
{
    // An HMAC key in another purpose and an RSA key as next: neither a secret nor a private member is published.
    KeyStore::GenerateRequest hmac;
    hmac.kty = QStringLiteral("oct");
    hmac.purpose = QStringLiteral("internal");
    QVERIFY(m_world->keys->generate(hmac).has_value());
    KeyStore::GenerateRequest next;
    next.kty = QStringLiteral("OKP");
    next.state = KeyState::Next;
    QVERIFY(m_world->keys->generate(next).has_value());
    const quint16 port = start();
    const RawHttpResponse r = fetch(port, "GET", "/.well-known/jwks.json");
    QCOMPARE(r.status, 200);
    QVERIFY(r.header("cache-control").startsWith("public, max-age="));
    const QJsonArray keys = r.json().value(QStringLiteral("keys")).toArray();
    QVERIFY(keys.size() >= 2);
    for (const QJsonValue& k : keys) {
        const QJsonObject key = k.toObject();
        QVERIFY(key.value(QStringLiteral("kty")).toString() != QStringLiteral("oct"));
        for (const char* member : {"d", "p", "q", "dp", "dq", "qi", "k", "oth"}) {
            QVERIFY2(!key.contains(QLatin1String(member)), member);
        }
        QVERIFY(!key.value(QStringLiteral("kid")).toString().isEmpty());
        QVERIFY(!key.value(QStringLiteral("alg")).toString().isEmpty());
    }
}

void tst_AuthRoutes::discoveryDocument()
{
    const quint16 port = start();
    const QJsonObject d = fetch(port, "GET", "/.well-known/openid-configuration").json();
    QCOMPARE(d.value(QStringLiteral("issuer")).toString(), m_world->server->baseUrl());
    QCOMPARE(d.value(QStringLiteral("jwks_uri")).toString(),
             m_world->server->baseUrl() + QStringLiteral("/.well-known/jwks.json"));
    QVERIFY(
        d.value(QStringLiteral("id_token_signing_alg_values_supported")).toArray().contains(QStringLiteral("ES256")));
    QVERIFY(d.contains(QStringLiteral("introspection_endpoint")));
    QVERIFY(d.contains(QStringLiteral("revocation_endpoint")));
}

void tst_AuthRoutes::introspection()
{
    const quint16 port = start();
    QByteArray refresh;
    const QByteArray token = loginJwt(port, &refresh);
    const QByteArray cookie = loginCookie(port);
    const QList<QPair<QByteArray, QByteArray>> auth{{"Authorization", "Bearer " + token}};
    // RFC 7662 §2.2: an active access token with its claims.
    QJsonObject r = fetch(port, "POST", "/introspect", auth, "token=" + token + "&token_type_hint=access_token").json();
    QCOMPARE(r.value(QStringLiteral("active")).toBool(), true);
    QCOMPARE(r.value(QStringLiteral("sub")).toString(), QStringLiteral("alice"));
    QVERIFY(r.contains(QStringLiteral("exp")));
    r = fetch(port, "POST", "/introspect", auth, "token=" + refresh).json();
    QCOMPARE(r.value(QStringLiteral("active")).toBool(), true);
    QCOMPARE(r.value(QStringLiteral("token_type")).toString(), QStringLiteral("refresh_token"));
    r = fetch(port, "POST", "/introspect", auth, "token=" + cookie).json();
    QCOMPARE(r.value(QStringLiteral("active")).toBool(), true);
    QCOMPARE(r.value(QStringLiteral("token_type")).toString(), QStringLiteral("session"));
    // Anything else: exactly {"active": false}.
    r = fetch(port, "POST", "/introspect", auth, "token=garbage").json();
    QCOMPARE(r, (QJsonObject{{QStringLiteral("active"), false}}));
    QCOMPARE(fetch(port, "POST", "/introspect", auth, "nothing=here").status, 400);
}

void tst_AuthRoutes::introspectionNeedsAuthorisation()
{
    const quint16 port = start();
    const QByteArray token = loginJwt(port);
    QCOMPARE(fetch(port, "POST", "/introspect", {}, "token=" + token).status, 401);
}

void tst_AuthRoutes::revocationEndpoint()
{
    const quint16 port = start();
    QByteArray refresh;
    const QByteArray token = loginJwt(port, &refresh);
    // RFC 7009 §2.2: 200 for a valid token, and for an invalid one too.
    QCOMPARE(fetch(port, "POST", "/revoke", {}, "token=" + refresh + "&token_type_hint=refresh_token").status, 200);
    QCOMPARE(fetch(port, "POST", "/token/refresh", {}, "grant_type=refresh_token&refresh_token=" + refresh).status,
             400);
    QCOMPARE(fetch(port, "POST", "/revoke", {}, "token=" + token).status, 200);
    QCOMPARE(fetch(port, "GET", "/api/me", {{"Authorization", "Bearer " + token}}).status, 401);
    QCOMPARE(fetch(port, "POST", "/revoke", {}, "token=whatever").status, 200);
    QCOMPARE(fetch(port, "POST", "/revoke", {}, "token=x&token_type_hint=magic").json().value(QStringLiteral("error")),
             QJsonValue(QStringLiteral("unsupported_token_type")));
    const QByteArray cookie = loginCookie(port);
    QCOMPARE(fetch(port, "POST", "/revoke", {}, "token=" + cookie).status, 200);
    QCOMPARE(fetch(port, "GET", "/api/me", {{"Cookie", "sid=" + cookie}}).status, 401);
}

void tst_AuthRoutes::tlsServesSecureHostCookies()
{
    if (!QSslSocket::supportsSsl()) {
        QSKIP("Qt has no TLS backend on this machine");
    }
    ServerConfig config;
    config.tls = true;
    const quint16 port = start(config);
    QVERIFY(m_world->server->baseUrl().startsWith(QStringLiteral("https://")));
    QCOMPARE(m_world->server->tlsFingerprint().count(u':'), 31); // SHA-256, 32 bytes
    QSslSocket socket;
    socket.setPeerVerifyMode(QSslSocket::VerifyNone); // self-signed on purpose
    socket.connectToHostEncrypted(QStringLiteral("127.0.0.1"), port);
    QVERIFY2(socket.waitForEncrypted(10000), qPrintable(socket.errorString()));
    QVERIFY(
        socket.peerCertificate().subjectAlternativeNames().contains(QSsl::IpAddressEntry, QStringLiteral("127.0.0.1")));
    const QByteArray body = "username=alice&password=" + kPassword + "&mode=session";
    socket.write("POST /login HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/x-www-form-urlencoded\r\n"
                 "Content-Length: " +
                 QByteArray::number(body.size()) + "\r\n\r\n" + body);
    const RawHttpResponse r = readResponses(socket, 1, 10000).value(0);
    QCOMPARE(r.status, 200);
    const QByteArray cookie = r.header("set-cookie");
    QVERIFY2(cookie.startsWith("__Host-sid="), cookie.constData());
    QVERIFY(cookie.contains("; Secure"));
    QVERIFY(cookie.contains("; Path=/"));
    // Plain HTTP on the TLS port gets nothing useful.
    QVERIFY(fetch(port, "GET", "/healthz", {}, {}, 3000).status != 200);
}

QTEST_GUILESS_MAIN(tst_AuthRoutes)
#include "tst_authroutes.moc"
