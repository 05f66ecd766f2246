// AuthScope's own test server as a remote issuer: `serve` publishes a discovery document and a JWKS, so a saved
// issuer pointing at it verifies the JWTs its login issues, and a key rotation there is picked up after the cooldown.
#include "tests/support/HttpClient.h"

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

namespace {

const QByteArray kPassword = "alice-password-1";

crypto::PasswordHasher::Parameters cheapHashing()
{
    crypto::PasswordHasher::Parameters p;
    p.logN = 10;
    return p;
}

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

    QTemporaryDir* m_dir = nullptr;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<AuditLog> m_audit;
    std::unique_ptr<KeyVault> m_vault;
    std::unique_ptr<KeyStore> m_keys;
    std::unique_ptr<TestServer> m_server;
    quint16 m_port = 0;
};

void tst_OwnServerIssuer::init()
{
    m_dir = new QTemporaryDir;
    m_db = std::move(Database::open(m_dir->filePath(QStringLiteral("server.db"))).value());
    m_audit = std::make_unique<AuditLog>(*m_db);
    m_vault = std::make_unique<KeyVault>(*m_db, *m_audit);
    crypto::KeyDerivation::ScryptParameters kdf;
    kdf.logN = 10;
    QVERIFY(m_vault->initialise(QStringLiteral("test passphrase"), kdf).has_value());
    m_keys = std::make_unique<KeyStore>(*m_db, *m_audit, *m_vault);
    KeyStore::GenerateRequest request;
    request.kty = QStringLiteral("EC");
    request.state = KeyState::Active;
    QVERIFY(m_keys->generate(request).has_value());
    UserStore users(*m_db, *m_audit, Clock::system(), cheapHashing());
    NewUser alice;
    alice.username = QStringLiteral("alice");
    alice.password = kPassword;
    QVERIFY(users.add(alice).has_value());
    m_server = std::make_unique<TestServer>(*m_db, *m_audit);
    m_server->addRouteFactory([keys = m_keys.get()](const ServerContext& context) {
        std::vector<std::unique_ptr<RouteGroup>> groups;
        groups.push_back(std::make_unique<AuthRoutes>(context, keys));
        return groups;
    });
    ServerConfig config;
    config.port = 0;
    config.passwordHashing = cheapHashing();
    auto port = m_server->start(config);
    QVERIFY2(port.has_value(), port ? "" : qPrintable(port.error().message));
    m_port = *port;
}

void tst_OwnServerIssuer::cleanup()
{
    m_server.reset();
    m_keys.reset();
    m_vault.reset();
    m_audit.reset();
    m_db.reset();
    delete m_dir;
}

QByteArray tst_OwnServerIssuer::loginJwt()
{
    const auto r = test::fetch(m_port, "POST", "/login", {{"Content-Type", "application/json"}},
                               QJsonDocument(QJsonObject{{QStringLiteral("username"), QStringLiteral("alice")},
                                                         {QStringLiteral("password"), QString::fromLatin1(kPassword)},
                                                         {QStringLiteral("mode"), QStringLiteral("jwt")}})
                                   .toJson(QJsonDocument::Compact));
    return r.json().value(QStringLiteral("access_token")).toString().toLatin1();
}

void tst_OwnServerIssuer::serverIsADiscoverableIssuer()
{
    // A second database plays the administrator's AuthScope, apart from the server's.
    auto adminDb = Database::open(m_dir->filePath(QStringLiteral("admin.db")));
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
    auto rotation = m_keys->rotate(KeyStore::RotateOptions{});
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
