// The issuer client against a real HTTP server on 127.0.0.1 that misbehaves on purpose: every network failure is a
// clear error naming the URL, and nothing from a failed fetch is stored (R-FETCH-LIMITS, R-HTTPS-ONLY, R-ISS-PIN).
#include "tests/support/CannedHttpServer.h"
#include "tests/support/DataColumns.h"
#include "tests/support/IssuerChecks.h"
#include "tests/support/TestKeys.h"

#include "core/audit/AuditLog.h"
#include "core/common/Clock.h"
#include "core/crypto/SelfSignedCertificate.h"
#include "core/issuers/Discovery.h"
#include "core/issuers/HttpFetcher.h"
#include "core/issuers/IssuerStore.h"
#include "core/issuers/IssuerVerifier.h"
#include "core/issuers/RemoteKeyCache.h"
#include "core/issuers/UrlPolicy.h"
#include "core/jose/Jwk.h"
#include "core/jose/Jws.h"
#include "core/storage/Database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>
#include <QTemporaryDir>
#include <QTest>

using namespace authscope;
using namespace authscope::issuers;
using authscope::test::CannedHttpServer;
using authscope::test::generatedKey;
using authscope::test::signedJwt;

class tst_IssuerFetch final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void urlPolicy_data();
    void urlPolicy();
    void defaultLimits();
    void maxAge();
    void refusedNamesUrl();
    void timeoutNamesUrl();
    void serverErrorNamesUrl();
    void oversizedIsRefused();
    void oversizedWithoutLengthIsRefused();
    void redirectsAreLimited();
    void redirectToAnotherSchemeIsRefused();
    void tlsErrorNamesUrl();
    void wrongIssuerStoresNothing();
    void invalidJsonStoresNothing();
    void invalidJwksStoresNothing();
    void rfc8414FallbackIsUsed();
    void failedRefreshKeepsLastGoodSet();
    void offlineNeverFetches();
    void kidMissRefetchesOncePerCooldown();
    void jkuIsNeverFollowed();

private:
    QByteArray discoveryFor(const QString& issuer) const;
    void serveIssuer(CannedHttpServer& server, const jose::JwkSet& keys, const QByteArray& cacheControl = {});
    Result<Issuer> addIssuer(CannedHttpServer& server);

    QTemporaryDir* m_dir = nullptr;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<AuditLog> m_audit;
    std::unique_ptr<IssuerStore> m_store;
    FakeClock m_clock;
    jose::Jwk m_key;
};

void tst_IssuerFetch::init()
{
    m_dir = new QTemporaryDir;
    m_db = std::move(Database::open(m_dir->filePath(QStringLiteral("issuers.db"))).value());
    m_audit = std::make_unique<AuditLog>(*m_db);
    m_clock.setMs(QDateTime::currentMSecsSinceEpoch());
    m_store = std::make_unique<IssuerStore>(*m_db, *m_audit, m_clock);
    m_key = generatedKey(QStringLiteral("k1"), QStringLiteral("ES256"));
}

void tst_IssuerFetch::cleanup()
{
    m_store.reset();
    m_audit.reset();
    m_db.reset();
    delete m_dir;
}

QByteArray tst_IssuerFetch::discoveryFor(const QString& issuer) const
{
    return QJsonDocument(QJsonObject{{QStringLiteral("issuer"), issuer},
                                     {QStringLiteral("jwks_uri"), QString(issuer + QStringLiteral("/jwks"))}})
        .toJson(QJsonDocument::Compact);
}

void tst_IssuerFetch::serveIssuer(CannedHttpServer& server, const jose::JwkSet& keys, const QByteArray& cacheControl)
{
    server.answer("/.well-known/openid-configuration", 200, discoveryFor(server.url()));
    server.answer("/jwks", 200, QJsonDocument(keys.toPublicJson()).toJson(QJsonDocument::Compact),
                  cacheControl.isEmpty() ? QByteArray() : "Cache-Control: " + cacheControl + "\r\n");
}

Result<Issuer> tst_IssuerFetch::addIssuer(CannedHttpServer& server)
{
    HttpFetcher fetcher(true);
    return m_store->add({QStringLiteral("canned"), server.url(), {}, {}, true}, fetcher, nullptr);
}

void tst_IssuerFetch::urlPolicy_data()
{
    authscope::test::addColumns<QString, bool, bool>("url", "allowHttp", "allowed");
    QTest::newRow("https") << "https://idp.example.com" << false << true;
    QTest::newRow("http loopback, allowed") << "http://127.0.0.1:8080" << true << true;
    QTest::newRow("http ::1, allowed") << "http://[::1]:8080" << true << true;
    QTest::newRow("http loopback, not allowed") << "http://127.0.0.1:8080" << false << false;
    QTest::newRow("http elsewhere, even allowed") << "http://idp.example.com" << true << false;
    QTest::newRow("ftp") << "ftp://idp.example.com" << true << false;
    QTest::newRow("user info") << "https://user:pw@idp.example.com" << false << false;
    QTest::newRow("not a url") << "idp" << false << false;
}

void tst_IssuerFetch::urlPolicy()
{
    QFETCH(QString, url);
    QFETCH(bool, allowHttp);
    QFETCH(bool, allowed);
    QCOMPARE(UrlPolicy::check(QUrl(url), allowHttp).has_value(), allowed);
}

void tst_IssuerFetch::defaultLimits()
{
    const HttpFetcher::Limits limits;
    QCOMPARE(limits.maxBytes, 1024 * 1024);
    QCOMPARE(limits.timeoutMs, 5000);
    QCOMPARE(limits.maxRedirects, 3);
}

void tst_IssuerFetch::maxAge()
{
    QCOMPARE(HttpFetcher::maxAge("public, max-age=300"), std::optional<qint64>(300));
    QCOMPARE(HttpFetcher::maxAge("no-store"), std::optional<qint64>(0));
    QCOMPARE(HttpFetcher::maxAge("public"), std::nullopt);
    QCOMPARE(HttpFetcher::maxAge("max-age=-5"), std::nullopt);
}

void tst_IssuerFetch::refusedNamesUrl()
{
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
    const QString url = QStringLiteral("http://127.0.0.1:%1").arg(probe.serverPort());
    probe.close();
    HttpFetcher fetcher(true);
    auto document = Discovery::discover(fetcher, url, true);
    QVERIFY(!document);
    QCOMPARE(document.error().code, QStringLiteral("issuers.fetch"));
    QVERIFY2(document.error().message.contains(url + QStringLiteral("/.well-known/openid-configuration")),
             qPrintable(document.error().message));
    QVERIFY(document.error().message.contains(QStringLiteral("connection refused")));
}

void tst_IssuerFetch::timeoutNamesUrl()
{
    CannedHttpServer server;
    server.hang("/slow");
    HttpFetcher fetcher(true, {1024 * 1024, 1000, 3});
    auto answer = fetcher.get(QUrl(server.url() + QStringLiteral("/slow")));
    QVERIFY(!answer);
    QVERIFY2(answer.error().message.contains(server.url() + QStringLiteral("/slow")),
             qPrintable(answer.error().message));
    QVERIFY(answer.error().message.contains(QStringLiteral("no answer within 1 s")));
}

void tst_IssuerFetch::serverErrorNamesUrl()
{
    CannedHttpServer server;
    server.answer("/.well-known/openid-configuration", 500, "{}");
    server.answer("/.well-known/oauth-authorization-server", 500, "{}");
    HttpFetcher fetcher(true);
    auto added = m_store->add({QStringLiteral("broken"), server.url(), {}, {}, true}, fetcher, nullptr);
    QVERIFY(!added);
    QVERIFY2(added.error().message.contains(QStringLiteral("HTTP 500")), qPrintable(added.error().message));
    QVERIFY(added.error().message.contains(server.url() + QStringLiteral("/.well-known/openid-configuration")));
    QCOMPARE(m_store->list()->size(), 0);
}

void tst_IssuerFetch::oversizedIsRefused()
{
    CannedHttpServer server;
    server.answer("/big", 200, QByteArray(1024 * 1024 + 1, ' '));
    HttpFetcher fetcher(true);
    auto answer = fetcher.get(QUrl(server.url() + QStringLiteral("/big")));
    QVERIFY(!answer);
    QVERIFY2(answer.error().message.contains(QStringLiteral("larger than 1024 KiB")),
             qPrintable(answer.error().message));
    QVERIFY(answer.error().message.contains(server.url() + QStringLiteral("/big")));
}

void tst_IssuerFetch::oversizedWithoutLengthIsRefused()
{
    CannedHttpServer server;
    server.answerRaw("/stream", "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nConnection: close\r\n\r\n" +
                                    QByteArray(2 * 1024 * 1024, 'x'));
    HttpFetcher fetcher(true);
    auto answer = fetcher.get(QUrl(server.url() + QStringLiteral("/stream")));
    QVERIFY(!answer);
    QVERIFY2(answer.error().message.contains(QStringLiteral("larger than")), qPrintable(answer.error().message));
}

void tst_IssuerFetch::redirectsAreLimited()
{
    CannedHttpServer server;
    for (int i = 1; i <= 5; ++i) {
        server.answer("/r" + QByteArray::number(i), 302, {},
                      "Location: " + server.url().toLatin1() + "/r" + QByteArray::number(i + 1) + "\r\n");
    }
    server.answer("/r6", 200, "{}");
    HttpFetcher fetcher(true);
    QVERIFY(fetcher.get(QUrl(server.url() + QStringLiteral("/r3"))).has_value()); // three redirects: fine
    auto tooMany = fetcher.get(QUrl(server.url() + QStringLiteral("/r1")));
    QVERIFY(!tooMany);
    QVERIFY2(tooMany.error().message.contains(QStringLiteral("more than 3 redirects")),
             qPrintable(tooMany.error().message));
}

void tst_IssuerFetch::redirectToAnotherSchemeIsRefused()
{
    CannedHttpServer server;
    server.answer("/down", 302, {}, "Location: https://127.0.0.1:1/x\r\n");
    HttpFetcher fetcher(true);
    auto answer = fetcher.get(QUrl(server.url() + QStringLiteral("/down")));
    QVERIFY(!answer);
    QVERIFY2(answer.error().message.contains(QStringLiteral("another scheme")), qPrintable(answer.error().message));
    QCOMPARE(server.count("/down"), 1);
}

void tst_IssuerFetch::tlsErrorNamesUrl()
{
    auto certificate = crypto::SelfSignedCertificate::generate();
    QVERIFY(certificate.has_value());
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setLocalCertificate(QSslCertificate(certificate->certificatePem));
    tls.setPrivateKey(QSslKey(certificate->privateKeyPem, QSsl::Ec));
    QSslServer server;
    server.setSslConfiguration(tls);
    QVERIFY(server.listen(QHostAddress::LocalHost, 0));
    const QString url =
        QStringLiteral("https://127.0.0.1:%1/.well-known/openid-configuration").arg(server.serverPort());
    HttpFetcher fetcher(false);
    auto answer = fetcher.get(QUrl(url));
    QVERIFY(!answer);
    QVERIFY2(answer.error().message.contains(url), qPrintable(answer.error().message));
    QVERIFY2(answer.error().message.contains(QStringLiteral("TLS")), qPrintable(answer.error().message));
}

void tst_IssuerFetch::wrongIssuerStoresNothing()
{
    CannedHttpServer server;
    server.answer("/.well-known/openid-configuration", 200, discoveryFor(QStringLiteral("https://evil.example")));
    auto added = addIssuer(server);
    QVERIFY(!added);
    QCOMPARE(added.error().code, QStringLiteral("issuers.discovery"));
    QVERIFY2(added.error().message.contains(QStringLiteral("https://evil.example")), qPrintable(added.error().message));
    QVERIFY(added.error().message.contains(server.url() + QStringLiteral("/.well-known/openid-configuration")));
    QCOMPARE(m_store->list()->size(), 0);
    QCOMPARE(server.count("/jwks"), 0);
}

void tst_IssuerFetch::invalidJsonStoresNothing()
{
    CannedHttpServer server;
    server.answer("/.well-known/openid-configuration", 200, "{\"issuer\": ");
    auto added = addIssuer(server);
    QVERIFY(!added);
    QVERIFY2(added.error().message.contains(QStringLiteral("not a JSON object")), qPrintable(added.error().message));
    QVERIFY(added.error().message.contains(server.url()));
    QCOMPARE(m_store->list()->size(), 0);
}

void tst_IssuerFetch::invalidJwksStoresNothing()
{
    CannedHttpServer server;
    server.answer("/.well-known/openid-configuration", 200, discoveryFor(server.url()));
    server.answer("/jwks", 200, "[1, 2]");
    auto added = addIssuer(server);
    QVERIFY(!added);
    QVERIFY2(added.error().message.contains(server.url() + QStringLiteral("/jwks")), qPrintable(added.error().message));
    QCOMPARE(m_store->list()->size(), 0);
}

void tst_IssuerFetch::rfc8414FallbackIsUsed()
{
    CannedHttpServer server;
    server.answer("/.well-known/oauth-authorization-server", 200, discoveryFor(server.url()));
    server.answer("/jwks", 200, QJsonDocument(jose::JwkSet({m_key}).toPublicJson()).toJson());
    auto added = addIssuer(server);
    QVERIFY2(added.has_value(), added ? "" : qPrintable(added.error().message));
    QCOMPARE(added->discoveryUrl, server.url() + QStringLiteral("/.well-known/oauth-authorization-server"));
    QCOMPARE(server.count("/.well-known/openid-configuration"), 1);
}

void tst_IssuerFetch::failedRefreshKeepsLastGoodSet()
{
    CannedHttpServer server;
    serveIssuer(server, jose::JwkSet({m_key}), "max-age=60");
    auto added = addIssuer(server);
    QVERIFY2(added.has_value(), added ? "" : qPrintable(added.error().message));
    QCOMPARE(added->jwksMaxAgeSecs, 60);
    const QByteArray goodSet = added->jwks;

    server.answer("/jwks", 500, "{}");
    m_clock.advanceSecs(61);
    HttpFetcher fetcher(true);
    RemoteKeyCache cache(&m_store->repository(), fetcher, *added, {}, m_clock);
    auto set = cache.current();
    QVERIFY(set.has_value());
    QCOMPARE((*set)->keys().size(), 1);
    QVERIFY2(cache.note().startsWith(QStringLiteral("stale: the key set was fetched 1 min")), qPrintable(cache.note()));
    QVERIFY(cache.note().contains(server.url() + QStringLiteral("/jwks")));
    QCOMPARE(server.count("/jwks"), 2);

    const Issuer stored = m_store->find(QStringLiteral("canned")).value();
    QCOMPARE(stored.jwks, goodSet); // nothing from the failed fetch
    QCOMPARE(stored.jwksFetchedMs, added->jwksFetchedMs);
    QVERIFY(stored.lastError.contains(QStringLiteral("HTTP 500")));

    // Within the cooldown the failure is not retried on every token.
    RemoteKeyCache again(&m_store->repository(), fetcher, stored, {}, m_clock);
    QVERIFY(again.current().has_value());
    QCOMPARE(server.count("/jwks"), 2);
}

void tst_IssuerFetch::offlineNeverFetches()
{
    CannedHttpServer server;
    serveIssuer(server, jose::JwkSet({m_key}), "max-age=60");
    auto added = addIssuer(server);
    QVERIFY(added.has_value());
    m_clock.advanceSecs(3600);
    HttpFetcher fetcher(true);
    RemoteKeyCache cache(&m_store->repository(), fetcher, *added, {true, 30}, m_clock);
    QVERIFY(cache.current().has_value());
    QVERIFY2(cache.note().startsWith(QStringLiteral("offline:")), qPrintable(cache.note()));
    QVERIFY(!cache.afterKidMiss(QStringLiteral("other")).has_value());
    QCOMPARE(server.count("/jwks"), 1);
}

void tst_IssuerFetch::kidMissRefetchesOncePerCooldown()
{
    CannedHttpServer server;
    serveIssuer(server, jose::JwkSet({m_key}));
    auto added = addIssuer(server);
    QVERIFY(added.has_value());
    const QByteArray token = signedJwt(
        {{QStringLiteral("alg"), QStringLiteral("ES256")}, {QStringLiteral("kid"), QStringLiteral("stranger")}},
        {{QStringLiteral("iss"), server.url()}, {QStringLiteral("exp"), m_clock.nowSecs() + 600}},
        generatedKey(QStringLiteral("stranger")));
    HttpFetcher fetcher(true);
    RemoteKeyCache cache(&m_store->repository(), fetcher, *added, {}, m_clock);
    IssuerVerifier verifier(cache, {}, m_clock);
    test::expectRefusedInCooldown(verifier, token, 5, QStringLiteral("next refetch"));
    QCOMPARE(server.count("/jwks"), 1); // only the fetch of `add`
    m_clock.advanceSecs(31);
    for (int i = 0; i < 5; ++i) {
        QVERIFY(!verifier.verify(token)->valid);
    }
    QCOMPARE(server.count("/jwks"), 2); // one refetch for the whole cooldown
}

void tst_IssuerFetch::jkuIsNeverFollowed()
{
    CannedHttpServer server;
    serveIssuer(server, jose::JwkSet({m_key}));
    auto added = addIssuer(server);
    QVERIFY(added.has_value());
    const jose::Jwk attacker = generatedKey(QStringLiteral("k1"));
    server.answer("/attacker-jwks", 200, QJsonDocument(jose::JwkSet({attacker}).toPublicJson()).toJson());
    const QByteArray token =
        signedJwt({{QStringLiteral("alg"), QStringLiteral("ES256")},
                   {QStringLiteral("kid"), QStringLiteral("k1")},
                   {QStringLiteral("jku"), QString(server.url() + QStringLiteral("/attacker-jwks"))},
                   {QStringLiteral("jwk"), attacker.publicKey()->toJson(false)}},
                  {{QStringLiteral("iss"), server.url()}, {QStringLiteral("exp"), m_clock.nowSecs() + 600}}, attacker);
    HttpFetcher fetcher(true);
    RemoteKeyCache cache(&m_store->repository(), fetcher, *added, {}, m_clock);
    IssuerVerifier verifier(cache, {}, m_clock);
    auto verdict = verifier.verify(token);
    QVERIFY(verdict.has_value());
    QVERIFY(!verdict->valid);
    QVERIFY(verdict->has(jose::JoseErrc::SignatureMismatch));
    QCOMPARE(server.count("/attacker-jwks"), 0);
}

QTEST_GUILESS_MAIN(tst_IssuerFetch)
#include "tst_issuerfetch.moc"
