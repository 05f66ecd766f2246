#include "core/audit/AuditLog.h"
#include "core/keys/KeyStore.h"
#include "core/keys/KeyVault.h"
#include "core/services/Services.h"
#include "core/sessions/IssuedTokenRegistry.h"
#include "core/sessions/SessionPolicy.h"
#include "core/sessions/SessionStore.h"
#include "core/sessions/UserStore.h"
#include "core/storage/Database.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace authscope;

class tst_Services final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void opensOnFirstRequest();
    void eachPartOnce();
    void partsShareTheirDatabase();
    void sessionStoreReadsThePolicy();
    void auditActorAndClock();
    void adoptsWhatTheCallerOpened();
    void unusableDatabaseIsAnError();

private:
    [[nodiscard]] QString path() const { return m_dir.filePath(QStringLiteral("services.db")); }
    QTemporaryDir m_dir;
};

void tst_Services::init()
{
    for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        QFile::remove(path() + suffix);
    }
}

void tst_Services::opensOnFirstRequest()
{
    Services services(Services::Options{.databasePath = path()});
    QCOMPARE(services.databasePath(), path());
    QVERIFY(!QFile::exists(path()));
    auto db = services.database();
    QVERIFY(db.has_value());
    QVERIFY(QFile::exists(path()));
    QCOMPARE((*db)->path(), path());
}

void tst_Services::eachPartOnce()
{
    Services services(Services::Options{.databasePath = path()});
    auto keys = services.keyStore();
    QVERIFY(keys.has_value());
    QCOMPARE(*services.keyStore(), *keys);
    QCOMPARE(*services.keyVault(), &(*keys)->vault());
    QCOMPARE(*services.sessionStore(), *services.sessionStore());
    QCOMPARE(*services.userStore(), *services.userStore());
    QCOMPARE(*services.issuedTokens(), *services.issuedTokens());
    QCOMPARE(*services.audit(), *services.audit());
}

void tst_Services::partsShareTheirDatabase()
{
    crypto::PasswordHasher::Parameters cheap;
    cheap.logN = 10;
    Services services(Services::Options{.databasePath = path(), .passwordHashing = cheap});
    NewUser user;
    user.username = QStringLiteral("alice");
    user.password = "a long enough password";
    QVERIFY((*services.userStore())->add(user).has_value());
    NewSession session;
    session.userId = (*services.userStore())->find(QStringLiteral("alice"))->id;
    QVERIFY((*services.sessionStore())->create(session).has_value());
    // Both changes are in the one audit log.
    auto rows = (*services.audit())->count();
    QVERIFY(rows.has_value());
    QVERIFY(*rows >= 2);
}

void tst_Services::sessionStoreReadsThePolicy()
{
    {
        auto db = Database::open(path());
        QVERIFY(db.has_value());
        SessionPolicy policy;
        policy.idleTimeoutSecs = 123;
        QVERIFY(policy.save(**db).has_value());
    }
    Services services(Services::Options{.databasePath = path()});
    auto store = services.sessionStore();
    QVERIFY(store.has_value());
    QCOMPARE((*store)->policy().idleTimeoutSecs, 123);
}

void tst_Services::auditActorAndClock()
{
    const FakeClock clock(1'764'150'000'000);
    Services services(Services::Options{.databasePath = path(), .auditActor = QStringLiteral("lab")}, clock);
    QCOMPARE(&services.clock(), &clock);
    QCOMPARE((*services.audit())->actor(), QStringLiteral("lab"));
    QCOMPARE(&(*services.keyStore())->clock(), &clock);
}

void tst_Services::adoptsWhatTheCallerOpened()
{
    auto db = Database::open(path());
    QVERIFY(db.has_value());
    AuditLog audit(**db);
    KeyVault vault(**db, audit);
    {
        Services services(**db, audit, &vault);
        QCOMPARE(*services.database(), db->get());
        QCOMPARE(*services.audit(), &audit);
        QCOMPARE(*services.keyVault(), &vault);
        QCOMPARE(&(*services.keyStore())->vault(), &vault);
        QCOMPARE(services.databasePath(), (*db)->path());
    }
    // Without a vault it makes its own, on the caller's database.
    Services services(**db, audit);
    QVERIFY(*services.keyVault() != &vault);
    QVERIFY((*services.keyStore())->list().has_value());
}

void tst_Services::unusableDatabaseIsAnError()
{
    QFile f(path());
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(QByteArray(4096, 'z'));
    f.close();
    Services services(Services::Options{.databasePath = path()});
    QVERIFY(!services.database().has_value());
    const auto keys = services.keyStore();
    QVERIFY(!keys.has_value());
    QCOMPARE(keys.error().code, services.database().error().code);
    QVERIFY(!services.sessionStore().has_value());
}

QTEST_GUILESS_MAIN(tst_Services)
#include "tst_services.moc"
