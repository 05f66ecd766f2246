// The relying party's POST /backchannel-logout at the real test server, checked rule by rule (Back-Channel Logout
// 1.0 §2.6) with logout tokens signed by the server's own key store: the server is also the saved issuer ("self"),
// whose discovery document and JWKS it publishes. Local sessions are linked to a provider sid and sub as a login
// through /login/oidc links them.
#include "tests/integration/logout/RelyingPartyLogout.h"
#include "tests/support/DataColumns.h"
#include "tests/support/HttpClient.h"
#include "tests/support/ServerLogin.h"
#include "tests/support/ServerWorld.h"

#include "core/audit/AuditLog.h"
#include "core/issuers/HttpFetcher.h"
#include "core/issuers/IssuerStore.h"
#include "core/keys/KeyStore.h"
#include "core/keys/KeyVault.h"
#include "core/logout/BackchannelTrace.h"
#include "core/logout/JtiReplayCache.h"
#include "core/logout/LogoutToken.h"
#include "core/server/AuthRoutes.h"
#include "core/server/TestServer.h"
#include "core/sessions/UserStore.h"
#include "core/storage/Database.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace authscope;
using namespace authscope::test;
using logout::BackchannelDelivery;

class tst_BackchannelLogoutRoutes final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void validTokenEndsTheSessionOfItsSid();
    void replayedTokenIsRefused();
    void subOnlyEndsEverySessionOfTheUser();
    void noMatchingSessionIsStillOk();
    void refusedTokens_data();
    void refusedTokens();
    void replayCacheIsBounded();

private:
    LinkedSession linkedSession(const QString& sid, const QString& sub) const
    {
        return test::linkedSession(m_world, m_aliceId, sid, sub);
    }
    [[nodiscard]] QJsonObject claims(const QString& sid = QStringLiteral("op-sid-1"),
                                     const QString& sub = QStringLiteral("alice")) const
    {
        return logoutClaims(m_world, sid, sub);
    }
    [[nodiscard]] QByteArray sign(const QJsonObject& claims, const QString& typ = QStringLiteral("logout+jwt")) const
    {
        auto token = m_world.keys->signJwt(claims, KeyStore::DefaultPurpose, typ);
        return token ? *token : QByteArray();
    }
    RawHttpResponse post(const QByteArray& token) const { return postLogoutToken(m_world, token); }
    [[nodiscard]] int meStatus(const QByteArray& cookie) const { return test::meStatus(m_world, cookie); }

    ServerWorld m_world;
    std::shared_ptr<logout::BackchannelTrace> m_trace;
    qint64 m_aliceId = 0;
};

void tst_BackchannelLogoutRoutes::initTestCase()
{
    m_aliceId = openRelyingParty(m_world);
    QVERIFY(m_aliceId > 0);
    m_trace = std::make_shared<logout::BackchannelTrace>();
    QVERIFY(startRelyingParty(m_world, m_trace, nullptr));
}

void tst_BackchannelLogoutRoutes::cleanupTestCase()
{
    m_world.close();
}

void tst_BackchannelLogoutRoutes::init()
{
    m_trace->clear();
}

void tst_BackchannelLogoutRoutes::validTokenEndsTheSessionOfItsSid()
{
    const LinkedSession one = linkedSession(QStringLiteral("op-sid-1"), QStringLiteral("alice"));
    const LinkedSession other = linkedSession(QStringLiteral("op-sid-2"), QStringLiteral("alice"));
    QCOMPARE(meStatus(one.cookie), 200);
    const QJsonObject c = claims(QStringLiteral("op-sid-1"));
    const RawHttpResponse r = post(sign(c));
    QVERIFY2(r.status == 200, r.body.constData());
    QCOMPARE(r.json().value(QStringLiteral("sessions_ended")).toInt(), 1);
    QCOMPARE(r.header("cache-control"), QByteArrayLiteral("no-store"));
    QCOMPARE(meStatus(one.cookie), 401);
    QCOMPARE(meStatus(other.cookie), 200);
    const auto entries = m_trace->entries();
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.constFirst().outcome, BackchannelDelivery::Outcome::Accepted);
    QCOMPARE(entries.constFirst().jti, c.value(QStringLiteral("jti")).toString());
    QCOMPARE(entries.constFirst().sid, QStringLiteral("op-sid-1"));
}

void tst_BackchannelLogoutRoutes::replayedTokenIsRefused()
{
    const LinkedSession first = linkedSession(QStringLiteral("op-sid-3"), QStringLiteral("alice"));
    const QByteArray token = sign(claims(QStringLiteral("op-sid-3")));
    QCOMPARE(post(token).status, 200);
    QCOMPARE(meStatus(first.cookie), 401);
    const RawHttpResponse again = post(token);
    QCOMPARE(again.status, 400);
    QCOMPARE(again.json().value(QStringLiteral("reason")).toString(), QStringLiteral("logout.replay"));
    QCOMPARE(again.json().value(QStringLiteral("error")).toString(), QStringLiteral("invalid_request"));
    QCOMPARE(m_trace->entries().constLast().outcome, BackchannelDelivery::Outcome::Rejected);
}

void tst_BackchannelLogoutRoutes::subOnlyEndsEverySessionOfTheUser()
{
    const LinkedSession a = linkedSession(QStringLiteral("op-sid-4"), QStringLiteral("bob"));
    const LinkedSession b = linkedSession(QStringLiteral("op-sid-5"), QStringLiteral("bob"));
    const LinkedSession c = linkedSession(QStringLiteral("op-sid-6"), QStringLiteral("carol"));
    const RawHttpResponse r = post(sign(claims({}, QStringLiteral("bob"))));
    QVERIFY2(r.status == 200, r.body.constData());
    QCOMPARE(r.json().value(QStringLiteral("sessions_ended")).toInt(), 2);
    QCOMPARE(meStatus(a.cookie), 401);
    QCOMPARE(meStatus(b.cookie), 401);
    QCOMPARE(meStatus(c.cookie), 200);
}

void tst_BackchannelLogoutRoutes::noMatchingSessionIsStillOk()
{
    const RawHttpResponse r = post(sign(claims(QStringLiteral("never-seen"))));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json().value(QStringLiteral("sessions_ended")).toInt(), 0);
}

void tst_BackchannelLogoutRoutes::refusedTokens_data()
{
    addColumns<QString, QString>("change", "reason");
    QTest::newRow("nonce (an ID token)") << QStringLiteral("nonce") << QStringLiteral("logout.nonce");
    QTest::newRow("no events") << QStringLiteral("no-events") << QStringLiteral("logout.events");
    QTest::newRow("event member not an object") << QStringLiteral("event-true") << QStringLiteral("logout.events");
    QTest::newRow("another audience") << QStringLiteral("aud") << QStringLiteral("logout.invalid");
    QTest::newRow("typ at+jwt") << QStringLiteral("typ") << QStringLiteral("logout.typ");
    QTest::newRow("neither sid nor sub") << QStringLiteral("no-subject") << QStringLiteral("logout.subject");
    QTest::newRow("issued 20 minutes ago") << QStringLiteral("stale") << QStringLiteral("logout.stale");
    QTest::newRow("expired") << QStringLiteral("expired") << QStringLiteral("logout.invalid");
    QTest::newRow("no jti") << QStringLiteral("no-jti") << QStringLiteral("logout.invalid");
    QTest::newRow("unknown issuer") << QStringLiteral("iss") << QStringLiteral("logout.issuer");
    QTest::newRow("signature changed") << QStringLiteral("signature") << QStringLiteral("logout.invalid");
    QTest::newRow("encrypted (JWE)") << QStringLiteral("jwe") << QStringLiteral("logout.encrypted");
    QTest::newRow("sent as JSON") << QStringLiteral("json") << QStringLiteral("logout.form");
    QTest::newRow("not a token") << QStringLiteral("garbage") << QStringLiteral("logout.issuer");
}

void tst_BackchannelLogoutRoutes::refusedTokens()
{
    QFETCH(QString, change);
    QFETCH(QString, reason);
    const LinkedSession session = linkedSession(QStringLiteral("op-sid-1"), QStringLiteral("alice"));
    QJsonObject c = claims(QStringLiteral("op-sid-1"));
    QString typ = QStringLiteral("logout+jwt");
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    if (change == u"nonce") {
        c.insert(QStringLiteral("nonce"), QStringLiteral("n-0S6_WzA2Mj"));
    } else if (change == u"no-events") {
        c.remove(QStringLiteral("events"));
    } else if (change == u"event-true") {
        c.insert(QStringLiteral("events"), QJsonObject{{QString(logout::LogoutToken::Event), true}});
    } else if (change == u"aud") {
        c.insert(QStringLiteral("aud"), QStringLiteral("someone-else"));
    } else if (change == u"typ") {
        typ = QStringLiteral("at+jwt");
    } else if (change == u"no-subject") {
        c.remove(QStringLiteral("sid"));
        c.remove(QStringLiteral("sub"));
    } else if (change == u"stale") {
        c.insert(QStringLiteral("iat"), now - 1200);
    } else if (change == u"expired") {
        c.insert(QStringLiteral("iat"), now - 200);
        c.insert(QStringLiteral("exp"), now - 100);
    } else if (change == u"no-jti") {
        c.remove(QStringLiteral("jti"));
    } else if (change == u"iss") {
        c.insert(QStringLiteral("iss"), QStringLiteral("http://127.0.0.1:9/unknown"));
    }
    QByteArray token = sign(c, typ);
    QVERIFY(!token.isEmpty());
    RawHttpResponse r;
    if (change == u"signature") {
        token[token.size() - 5] = token.at(token.size() - 5) == 'A' ? 'B' : 'A';
    } else if (change == u"jwe") {
        token = "eyJhbGciOiJSU0EtT0FFUCIsImVuYyI6IkEyNTZHQ00ifQ.a.b.c.d";
    } else if (change == u"garbage") {
        token = "not-a-token";
    }
    if (change == u"json") {
        r = fetch(m_world.server->port(), "POST", "/backchannel-logout", {{"Content-Type", "application/json"}},
                  QJsonDocument(QJsonObject{{QStringLiteral("logout_token"), QString::fromLatin1(token)}})
                      .toJson(QJsonDocument::Compact));
    } else {
        r = post(token);
    }
    QCOMPARE(r.status, 400);
    QCOMPARE(r.json().value(QStringLiteral("error")).toString(), QStringLiteral("invalid_request"));
    QCOMPARE(r.json().value(QStringLiteral("reason")).toString(), reason);
    QVERIFY(!r.json().value(QStringLiteral("error_description")).toString().isEmpty());
    QCOMPARE(meStatus(session.cookie), 200); // nothing ended
    QCOMPARE(m_trace->entries().constLast().outcome, BackchannelDelivery::Outcome::Rejected);
}

void tst_BackchannelLogoutRoutes::replayCacheIsBounded()
{
    logout::JtiReplayCache cache(8);
    const qint64 now = 1'000'000;
    for (int i = 0; i < 8; ++i) {
        QVERIFY(cache.remember(QStringLiteral("iss"), QString::number(i), now + 1000 + i, now));
    }
    QVERIFY(!cache.remember(QStringLiteral("iss"), QStringLiteral("7"), now + 5000, now));
    QVERIFY(cache.remember(QStringLiteral("other-iss"), QStringLiteral("7"), now + 5000, now)); // per issuer
    QVERIFY(cache.size() <= 8);
    QVERIFY(!cache.remember(QStringLiteral("other-iss"), QStringLiteral("7"), now + 5000, now));
    // An entry past its expiry no longer counts: the token itself is refused for its exp by then.
    QVERIFY(cache.remember(QStringLiteral("other-iss"), QStringLiteral("7"), now + 9000, now + 6000));
}

QTEST_GUILESS_MAIN(tst_BackchannelLogoutRoutes)
#include "tst_backchannellogoutroutes.moc"
