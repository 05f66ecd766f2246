// AuthScope's own test server as a remote issuer: `serve` publishes a discovery document and a JWKS, so a saved
// issuer pointing at it verifies the JWTs its login issues, and a key rotation there is picked up after the cooldown.
#include "tests/support/HttpClient.h"
#include "tests/support/ServerLogin.h"
#include "tests/support/ServerWorld.h"

#include "core/audit/AuditLog.h"
#include "core/common/Clock.h"
#include "core/issuers/HttpFetcher.h"
#include "core/issuers/IssuerStore.h"
#include "core/issuers/IssuerVerifier.h"
#include "core/issuers/RemoteKeyCache.h"
#include "core/jose/Jws.h"
#include "core/keys/KeyStore.h"
#include "core/keys/KeyVault.h"
#include "core/server/AuthRoutes.h"
#include "core/server/TestServer.h"
#include "core/sessions/UserStore.h"
#include "core/storage/Database.h"

#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace authscope;
using namespace authscope::issuers;
using namespace authscope::test;

namespace {

const QByteArray kPassword = "alice-password-1";

} // namespace

class tst_OwnServerIssuer final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void serverIsADiscoverableIssuer();

private:
    QByteArray loginJwt();

    std::unique_ptr<ServerWorld> m_world;
    quint16 m_port = 0;
};

void tst_OwnServerIssuer::init()
{
    m_world = std::make_unique<ServerWorld>();
    QVERIFY(m_world->openWithUser(QStringLiteral("server.db"), QStringLiteral("alice"), kPassword));
    m_port = m_world->start();
}

void tst_OwnServerIssuer::cleanup()
{
    m_world.reset();
}

QByteArray tst_OwnServerIssuer::loginJwt()
{
    return test::loginJwt(m_port, QStringLiteral("alice"), kPassword);
}

void tst_OwnServerIssuer::serverIsADiscoverableIssuer()
{
    // A second database plays the administrator's AuthScope, apart from the server's.
    auto adminDb = Database::open(m_world->dir.filePath(QStringLiteral("admin.db")));
    QVERIFY(adminDb.has_value());
    AuditLog adminAudit(**adminDb);
    FakeClock clock;
    clock.setMs(QDateTime::currentMSecsSinceEpoch());
    IssuerStore store(**adminDb, adminAudit, clock);
    const QString url = QStringLiteral("http://127.0.0.1:%1").arg(m_port);
    HttpFetcher fetcher(true);
    auto issuer = store.add({QStringLiteral("local"), url, {}, {}, true}, fetcher, nullptr);
    QVERIFY2(issuer.has_value(), issuer ? "" : qPrintable(issuer.error().message));
    QCOMPARE(issuer->jwksUri(), url + QStringLiteral("/.well-known/jwks.json"));
    QCOMPARE(issuer->jwksMaxAgeSecs, 3600); // the server's Cache-Control

    const QByteArray token = loginJwt();
    QVERIFY(!token.isEmpty());
    RemoteKeyCache cache(&store.repository(), fetcher, *issuer, {}, clock);
    jose::ValidationPolicy policy;
    policy.audience = jose::Jws::parse(token).value().payload().contains("\"aud\"")
                          ? QJsonDocument::fromJson(jose::Jws::parse(token)->payload())
                                .object()
                                .value(QStringLiteral("aud"))
                                .toString()
                          : QString();
    IssuerVerifier verifier(cache, policy, clock);
    auto verdict = verifier.verify(token);
    QVERIFY(verdict.has_value());
    QVERIFY2(verdict->valid, verdict->issues.isEmpty() ? "" : qPrintable(verdict->issues.first().message));

    // Rotation on the server: the new key signs at once; the administrator's side picks it up after the cooldown.
    auto rotation = m_world->keys->rotate(KeyStore::RotateOptions{});
    QVERIFY2(rotation.has_value(), rotation ? "" : qPrintable(rotation.error().message));
    const QByteArray rotated = loginJwt();
    QVERIFY(jose::Jws::parse(rotated)->header().kid != jose::Jws::parse(token)->header().kid);
    QVERIFY(!verifier.verify(rotated)->valid);
    clock.advanceSecs(31);
    auto after = verifier.verify(rotated);
    QVERIFY(after.has_value());
    QVERIFY2(after->valid, after->issues.isEmpty() ? "" : qPrintable(after->issues.first().message));
}

QTEST_GUILESS_MAIN(tst_OwnServerIssuer)
#include "tst_ownserverissuer.moc"
