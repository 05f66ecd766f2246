// The test server as an OpenID Connect relying party of a provider nobody here wrote (panva's oidc-provider on
// 127.0.0.1, tests/idp): /login/oidc runs the authorization code flow with PKCE through the provider's login form and
// opens a local cookie session linked to the provider's sid and sub; logging out at the provider makes it POST a
// logout token to /backchannel-logout, which ends that session before the provider even answers the logout, and the
// trace shows it.
#include "../issuers/OidcProvider.h"
#include "tests/support/ServerWorld.h"
#include "tests/support/TestBrowser.h"

#include "core/audit/AuditLog.h"
#include "core/issuers/HttpFetcher.h"
#include "core/issuers/IssuerStore.h"
#include "core/keys/KeyStore.h"
#include "core/keys/KeyVault.h"
#include "core/logout/BackchannelLogoutRoutes.h"
#include "core/logout/BackchannelTrace.h"
#include "core/logout/OidcLoginRoutes.h"
#include "core/server/AuthRoutes.h"
#include "core/server/TestServer.h"
#include "core/sessions/SessionStore.h"
#include "core/storage/Database.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

using namespace authscope;
using namespace authscope::test;
using logout::BackchannelDelivery;

class tst_OidcLogout final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void loginThroughProviderThenProviderLogoutEndsSession();
    void callbackRefusesForeignState();
    void unknownIssuerIsRefused();

private:
    ServerWorld m_world;
    std::shared_ptr<logout::BackchannelTrace> m_trace;
    OidcProvider m_provider;
};

void tst_OidcLogout::initTestCase()
{
    QVERIFY(m_world.openFile(QStringLiteral("rp.db"), QStringLiteral("rp passphrase")));
    m_trace = std::make_shared<logout::BackchannelTrace>();
    TestServer& server = m_world.createServer();
    server.addRouteFactory(logout::OidcLoginRoutes::factory(m_world.keys.get()));
    server.addRouteFactory(logout::BackchannelLogoutRoutes::factory(m_trace, nullptr));
    m_world.start();
    // The provider registers this server's redirect and back-channel logout URIs (--rp).
    const QString why = m_provider.start({QStringLiteral("--rp"), m_world.server->baseUrl()});
    QVERIFY2(why.isEmpty(), qPrintable(why));
    issuers::HttpFetcher fetcher(true);
    issuers::IssuerStore store(*m_world.db, *m_world.audit);
    issuers::IssuerStore::NewIssuer issuer;
    issuer.name = QStringLiteral("panva");
    issuer.url = m_provider.url();
    issuer.clientId = QStringLiteral("rp-client");
    issuer.clientSecret = "rp-secret-for-tests-only";
    issuer.allowHttp = true;
    auto added = store.add(issuer, fetcher, m_world.vault.get());
    QVERIFY2(added.has_value(), added ? "" : qPrintable(added.error().message));
    QVERIFY(added->discovery.value(QStringLiteral("backchannel_logout_supported")).toBool());
}

void tst_OidcLogout::cleanupTestCase()
{
    m_world.close();
}

void tst_OidcLogout::loginThroughProviderThenProviderLogoutEndsSession()
{
    TestBrowser browser;
    const QUrl base(m_world.server->baseUrl());
    const TestBrowser::Page signedIn =
        browser.open(QUrl(m_world.server->baseUrl() + QStringLiteral("/login/oidc?issuer=panva")));
    QVERIFY2(signedIn.status == 200, signedIn.body.constData());
    QVERIFY2(signedIn.url.path() == u"/login/oidc/callback", qPrintable(signedIn.url.toString()));
    const QJsonObject login = QJsonDocument::fromJson(signedIn.body).object();
    QCOMPARE(login.value(QStringLiteral("username")).toString(), QStringLiteral("alice@panva"));
    QCOMPARE(login.value(QStringLiteral("sub")).toString(), QStringLiteral("alice"));
    const QString sid = login.value(QStringLiteral("sid")).toString();
    QVERIFY2(!sid.isEmpty(), "the ID token carries the provider's sid (backchannel_logout_session_required)");
    const qint64 sessionId = login.value(QStringLiteral("session")).toInteger();

    // The local cookie session works.
    QVERIFY(!browser.cookie(base, "sid").isEmpty());
    TestBrowser::Page me = browser.request("GET", QUrl(m_world.server->baseUrl() + QStringLiteral("/api/me")));
    QVERIFY2(me.status == 200, me.body.constData());
    QCOMPARE(QJsonDocument::fromJson(me.body).object().value(QStringLiteral("user")).toString(),
             QStringLiteral("alice@panva"));

    // Log out at the provider: its logout page, then "Yes, sign me out".
    const TestBrowser::Page ask =
        browser.request("GET", QUrl(m_provider.url() + QStringLiteral("/session/end?client_id=rp-client")));
    QVERIFY2(ask.status == 200, ask.body.constData());
    static const QRegularExpression xsrf(QStringLiteral("name=\"xsrf\" value=\"([^\"]+)\""));
    const QString token = xsrf.match(QString::fromUtf8(ask.body)).captured(1);
    QVERIFY2(!token.isEmpty(), ask.body.constData());
    QElapsedTimer clock;
    clock.start();
    const TestBrowser::Page confirmed =
        browser.request("POST", QUrl(m_provider.url() + QStringLiteral("/session/end/confirm")),
                        "xsrf=" + QUrl::toPercentEncoding(token) + "&logout=yes");
    QVERIFY2(confirmed.status == 303 || confirmed.status == 200, confirmed.body.constData());
    // oidc-provider awaits the back-channel delivery before it answers the confirmation, so the very next request
    // with the local session's cookie must already be refused (S-REVOKE-NOW).
    me = browser.request("GET", QUrl(m_world.server->baseUrl() + QStringLiteral("/api/me")));
    const qint64 elapsed = clock.elapsed();
    QCOMPARE(me.status, 401);
    qInfo("provider logout confirmed to local session refused: %lld ms", static_cast<long long>(elapsed));

    // The provider saw a 200 from us, and our trace records the accepted token.
    const QJsonArray deliveries = QJsonDocument::fromJson(m_provider.call("GET", QStringLiteral("/__test/backchannel")))
                                      .object()
                                      .value(QStringLiteral("deliveries"))
                                      .toArray();
    QCOMPARE(deliveries.size(), 1);
    QVERIFY2(deliveries.at(0).toObject().value(QStringLiteral("ok")).toBool(),
             qPrintable(QString::fromUtf8(QJsonDocument(deliveries.at(0).toObject()).toJson())));
    QCOMPARE(deliveries.at(0).toObject().value(QStringLiteral("sid")).toString(), sid);
    const auto entries = m_trace->entries();
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.constFirst().outcome, BackchannelDelivery::Outcome::Accepted);
    QCOMPARE(entries.constFirst().sid, sid);
    QCOMPARE(entries.constFirst().rpUri, m_provider.url());
    QCOMPARE(entries.constFirst().cause, QStringLiteral("ended 1 local session(s)"));
    SessionStore sessions(*m_world.db, *m_world.audit);
    auto session = sessions.find(sessionId);
    QVERIFY(session.has_value());
    QVERIFY(session->revokedMs.has_value());
    QVERIFY2(session->revokeReason.contains(QStringLiteral("back-channel logout from panva")),
             qPrintable(session->revokeReason));
}

void tst_OidcLogout::callbackRefusesForeignState()
{
    TestBrowser browser;
    // A login started by someone else: a state this browser never got (login CSRF).
    const TestBrowser::Page page = browser.request(
        "GET", QUrl(m_world.server->baseUrl() + QStringLiteral("/login/oidc/callback?code=abc&state=not-ours")));
    QCOMPARE(page.status, 400);
    QCOMPARE(QJsonDocument::fromJson(page.body).object().value(QStringLiteral("error")).toString(),
             QStringLiteral("invalid_request"));
    // A real state, but the callback comes from another browser without the binding cookie.
    TestBrowser victim;
    const TestBrowser::Page redirect =
        victim.request("GET", QUrl(m_world.server->baseUrl() + QStringLiteral("/login/oidc?issuer=panva")));
    QCOMPARE(redirect.status, 302);
    const QString state = QUrlQuery(redirect.url).queryItemValue(QStringLiteral("state"));
    QVERIFY(!state.isEmpty());
    QVERIFY(QUrlQuery(redirect.url).hasQueryItem(QStringLiteral("nonce")));
    QCOMPARE(QUrlQuery(redirect.url).queryItemValue(QStringLiteral("code_challenge_method")), QStringLiteral("S256"));
    const TestBrowser::Page forged = browser.request(
        "GET", QUrl(m_world.server->baseUrl() + QStringLiteral("/login/oidc/callback?code=abc&state=") + state));
    QCOMPARE(forged.status, 400);
}

void tst_OidcLogout::unknownIssuerIsRefused()
{
    TestBrowser browser;
    const TestBrowser::Page page =
        browser.request("GET", QUrl(m_world.server->baseUrl() + QStringLiteral("/login/oidc?issuer=nobody")));
    QCOMPARE(page.status, 400);
}

QTEST_GUILESS_MAIN(tst_OidcLogout)
#include "tst_oidclogout.moc"
