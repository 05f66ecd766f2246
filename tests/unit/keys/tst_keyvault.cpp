#include "tests/support/DataColumns.h"
#include "tests/unit/keys/KeysTestUtil.h"

#include "core/crypto/KeyDerivation.h"

#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>

using namespace authscope;
using namespace authscope::test;

class tst_KeyVault final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void scryptVector();
    void scryptRefusesBadParameters();
    void firstUseSetsPassphrase();
    void unlockInANewRun();
    void wrongPassphraseChangesNothing();
    void emptyPassphraseRefused();
    void secondInitialiseRefused();
    void lockedVaultRefusesWork();
    void passphraseChangeRewrapsOnly();
    void passphraseChangeWithWrongCurrentChangesNothing();
    void tamperedParametersRefused();
    void tamperedCostRefusedBeforeDeriving_data();
    void tamperedCostRefusedBeforeDeriving();
    void costlyParametersNeverWritten();
    void passphraseIsNormalised();
    void sealIsBoundToItsContext();
};

void tst_KeyVault::scryptVector()
{
    // RFC 7914 §12, third vector.
    const auto out = crypto::KeyDerivation::scrypt("pleaseletmein", "SodiumChloride", {14, 8, 1}, 64);
    QVERIFY(out);
    QCOMPARE(out->toHex(), QByteArray("7023bdcb3afd7348461c06cd81fd38ebfda8fbba904f8e3ea9b543f6545da1f2"
                                      "d5432955613f0fcf62d49705242a9af9e61e85dc0d651e40dfcf017b45575887"));
}

void tst_KeyVault::scryptRefusesBadParameters()
{
    const QByteArray salt(16, 'x');
    QVERIFY(!crypto::KeyDerivation::scrypt("p", salt, {30, 8, 1}, 32)); // 2^30 * 1 KiB: refused, not attempted
    QVERIFY(!crypto::KeyDerivation::scrypt("p", salt, {14, 0, 1}, 32));
    QVERIFY(!crypto::KeyDerivation::scrypt("p", "short", {14, 8, 1}, 32));
    QVERIFY(!crypto::KeyDerivation::scrypt("p", salt, {14, 8, 1}, 8));
}

void tst_KeyVault::firstUseSetsPassphrase()
{
    KeysFixture f;
    QVERIFY(f.open());
    QCOMPARE(f.vault->isInitialised().value(), false);
    QVERIFY(!f.vault->isUnlocked());
    QSignalSpy unlocked(f.vault.get(), &KeyVault::unlocked);
    QVERIFY(f.vault->initialise(QStringLiteral("first passphrase"), KeysFixture::FastKdf));
    QCOMPARE(f.vault->isInitialised().value(), true);
    QVERIFY(f.vault->isUnlocked());
    QCOMPARE(unlocked.count(), 1);
    const auto info = f.vault->info().value();
    QCOMPARE(info.kdf.logN, 10);
    QCOMPARE(info.createdMs, KeysFixture::StartMs);
    QCOMPARE(f.auditActions(), QStringList{QStringLiteral("key.passphrase-change")});
    // The wrapped data key is a 61-byte SecretBox; the salt is 32 random bytes.
    QSqlQuery q(f.db->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT length(salt), length(wrapped_key), kdf FROM key_vault")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), 32);
    QCOMPARE(q.value(1).toInt(), 61);
    QCOMPARE(q.value(2).toString(), QStringLiteral("scrypt"));
}

void tst_KeyVault::unlockInANewRun()
{
    KeysFixture f;
    QVERIFY(f.openUnlocked(QStringLiteral("run one")));
    const QByteArray sealed = f.vault->seal("the secret", "ctx").value();
    f.close();
    QVERIFY(f.open());
    QVERIFY(!f.vault->isUnlocked());
    QCOMPARE(f.vault->open(sealed, "ctx").error().code, QStringLiteral("keys.locked"));
    QVERIFY(f.vault->unlock(QStringLiteral("run one")));
    QCOMPARE(f.vault->open(sealed, "ctx").value(), QByteArray("the secret"));
    QSignalSpy locked(f.vault.get(), &KeyVault::locked);
    f.vault->lock();
    QCOMPARE(locked.count(), 1);
    QVERIFY(!f.vault->isUnlocked());
}

void tst_KeyVault::wrongPassphraseChangesNothing()
{
    KeysFixture f;
    QVERIFY(f.openUnlocked(QStringLiteral("the right one")));
    QVERIFY(f.store->generate({}));
    f.close();
    QVERIFY(f.open());
    const QStringList vaultBefore = f.dump(QStringLiteral("key_vault"));
    const QStringList keysBefore = f.dump(QStringLiteral("signing_keys"));
    const QStringList auditBefore = f.dump(QStringLiteral("audit_log"));
    const auto result = f.vault->unlock(QStringLiteral("the wrong one"));
    QVERIFY(!result);
    QCOMPARE(result.error().code, QStringLiteral("keys.wrong-passphrase"));
    QVERIFY(result.error().message.contains(QStringLiteral("wrong passphrase")));
    QVERIFY(!f.vault->isUnlocked());
    QCOMPARE(f.dump(QStringLiteral("key_vault")), vaultBefore);
    QCOMPARE(f.dump(QStringLiteral("signing_keys")), keysBefore);
    QCOMPARE(f.dump(QStringLiteral("audit_log")), auditBefore);
    // Refused work stays refused.
    QCOMPARE(f.store->generate({}).error().code, QStringLiteral("keys.locked"));
    QCOMPARE(f.dump(QStringLiteral("signing_keys")), keysBefore);
}

void tst_KeyVault::emptyPassphraseRefused()
{
    KeysFixture f;
    QVERIFY(f.open());
    QCOMPARE(f.vault->initialise(QString(), KeysFixture::FastKdf).error().code,
             QStringLiteral("keys.empty-passphrase"));
    QCOMPARE(f.vault->isInitialised().value(), false);
    QVERIFY(f.dump(QStringLiteral("key_vault")).isEmpty());
}

void tst_KeyVault::secondInitialiseRefused()
{
    KeysFixture f;
    QVERIFY(f.openUnlocked(QStringLiteral("one")));
    const QStringList before = f.dump(QStringLiteral("key_vault"));
    QCOMPARE(f.vault->initialise(QStringLiteral("two"), KeysFixture::FastKdf).error().code,
             QStringLiteral("keys.vault-exists"));
    QCOMPARE(f.dump(QStringLiteral("key_vault")), before);
    QCOMPARE(f.vault->unlock(QStringLiteral("no passphrase")).error().code, QStringLiteral("keys.wrong-passphrase"));
}

void tst_KeyVault::lockedVaultRefusesWork()
{
    KeysFixture f;
    QVERIFY(f.open());
    QCOMPARE(f.vault->seal("x", "y").error().code, QStringLiteral("keys.locked"));
    QCOMPARE(f.vault->unlock(QStringLiteral("x")).error().code, QStringLiteral("keys.no-passphrase"));
    QCOMPARE(f.store->generate({}).error().code, QStringLiteral("keys.locked"));
    QVERIFY(f.store->list().value().isEmpty());
}

void tst_KeyVault::passphraseChangeRewrapsOnly()
{
    KeysFixture f;
    QVERIFY(f.openUnlocked(QStringLiteral("old passphrase")));
    const KeyRecord key = f.store->generate({}).value();
    KeyStore::GenerateRequest next;
    next.kty = QStringLiteral("OKP");
    QVERIFY(f.store->generate(next));
    QSqlQuery q(f.db->connection());
    auto sealedBlobs = [&] {
        QStringList blobs;
        q.exec(QStringLiteral("SELECT kid, hex(sealed_private) FROM signing_keys ORDER BY kid"));
        while (q.next()) {
            blobs << q.value(0).toString() + u'=' + q.value(1).toString();
        }
        return blobs;
    };
    const QStringList sealedBefore = sealedBlobs();
    const QStringList vaultBefore = f.dump(QStringLiteral("key_vault"));
    QSignalSpy changed(f.vault.get(), &KeyVault::passphraseChanged);
    f.clock.advanceSecs(60);
    QVERIFY(f.vault->changePassphrase(QStringLiteral("old passphrase"), QStringLiteral("new passphrase"),
                                      KeysFixture::FastKdf));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(sealedBlobs(), sealedBefore); // the sealed keys are not touched
    QVERIFY(f.dump(QStringLiteral("key_vault")) != vaultBefore);
    QCOMPARE(f.vault->info().value().changedMs, KeysFixture::StartMs + 60000);
    QCOMPARE(f.auditActions().count(QStringLiteral("key.passphrase-change")), 2);
    const QByteArray oldWrapped = QByteArray::fromHex(vaultBefore.constFirst().split(u'|').at(7).toLatin1());
    f.close();
    // The old wrapping is gone from the file (secure delete and a WAL checkpoint).
    QVERIFY(!f.rawFiles().contains(oldWrapped));
    QVERIFY(f.open());
    QCOMPARE(f.vault->unlock(QStringLiteral("old passphrase")).error().code, QStringLiteral("keys.wrong-passphrase"));
    QVERIFY(f.vault->unlock(QStringLiteral("new passphrase")));
    QCOMPARE(f.store->privateKey(key.kid).value().kid(), key.kid);
}

void tst_KeyVault::passphraseChangeWithWrongCurrentChangesNothing()
{
    KeysFixture f;
    QVERIFY(f.openUnlocked(QStringLiteral("current")));
    const QStringList before = f.dump(QStringLiteral("key_vault"));
    const qsizetype auditRows = f.auditActions().size();
    QCOMPARE(f.vault->changePassphrase(QStringLiteral("not current"), QStringLiteral("next"), KeysFixture::FastKdf)
                 .error()
                 .code,
             QStringLiteral("keys.wrong-passphrase"));
    QCOMPARE(f.vault->changePassphrase(QStringLiteral("current"), QString(), KeysFixture::FastKdf).error().code,
             QStringLiteral("keys.empty-passphrase"));
    QCOMPARE(f.dump(QStringLiteral("key_vault")), before);
    QCOMPARE(f.auditActions().size(), auditRows);
}

void tst_KeyVault::tamperedParametersRefused()
{
    KeysFixture f;
    QVERIFY(f.openUnlocked(QStringLiteral("p")));
    f.vault->lock();
    QSqlQuery q(f.db->connection());
    // Absurd cost: refused before scrypt runs.
    QVERIFY(q.exec(QStringLiteral("UPDATE key_vault SET kdf_log_n = 40")));
    QCOMPARE(f.vault->unlock(QStringLiteral("p")).error().code, QStringLiteral("keys.vault-format"));
    // A plausible but different cost: the wrapping is bound to its parameters, so it does not open.
    QVERIFY(q.exec(QStringLiteral("UPDATE key_vault SET kdf_log_n = 11")));
    QCOMPARE(f.vault->unlock(QStringLiteral("p")).error().code, QStringLiteral("keys.wrong-passphrase"));
    QVERIFY(q.exec(QStringLiteral("UPDATE key_vault SET kdf_log_n = 10")));
    QVERIFY(f.vault->unlock(QStringLiteral("p")));
}

void tst_KeyVault::tamperedCostRefusedBeforeDeriving_data()
{
    addColumns<int, int, int>("logN", "r", "p");
    QTest::newRow("p 3") << 10 << 8 << 3;
    QTest::newRow("r 9") << 10 << 9 << 1;
    QTest::newRow("log2 N 18") << 18 << 8 << 1;
    QTest::newRow("4 GiB, p 16") << 20 << 32 << 16; // within scrypt's general bounds: minutes per unlock before
}

// D-VAULT-KDF-CAP: the cost stored in the file is edited with another SQLite connection, as an attacker who can
// write the file would; the next unlock refuses it by name, before scrypt runs, and the row is left as it is.
void tst_KeyVault::tamperedCostRefusedBeforeDeriving()
{
    QFETCH(int, logN);
    QFETCH(int, r);
    QFETCH(int, p);
    KeysFixture f;
    QVERIFY(f.openUnlocked(QStringLiteral("p")));
    f.close();
    {
        // On PostgreSQL the attacker writes the row through a connection of their own (the server's user).
        std::unique_ptr<Database> attacker;
        QSqlDatabase raw;
        if (testUsesPostgres()) {
            auto opened = Database::open(f.path());
            QVERIFY(opened);
            attacker = std::move(*opened);
            raw = attacker->connection();
        } else {
            raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("tamper"));
            raw.setDatabaseName(f.path());
            QVERIFY(raw.open());
        }
        QSqlQuery q(raw);
        QVERIFY(q.prepare(QStringLiteral("UPDATE key_vault SET kdf_log_n = ?, kdf_r = ?, kdf_p = ?")));
        q.addBindValue(logN);
        q.addBindValue(r);
        q.addBindValue(p);
        QVERIFY(q.exec());
        QCOMPARE(q.numRowsAffected(), 1);
        q.finish();
        if (!attacker) {
            raw.close();
        }
    }
    if (!testUsesPostgres()) {
        QSqlDatabase::removeDatabase(QStringLiteral("tamper"));
    }
    QVERIFY(f.open());
    const auto unlocked = f.vault->unlock(QStringLiteral("p"));
    QVERIFY(!unlocked);
    QCOMPARE(unlocked.error().code, QStringLiteral("keys.vault-format"));
    QVERIFY2(unlocked.error().message.startsWith(QStringLiteral("vault parameters out of range")),
             qPrintable(unlocked.error().message));
    QVERIFY(unlocked.error().message.contains(QStringLiteral("r %1, p %2").arg(r).arg(p)));
    QVERIFY(!f.vault->isUnlocked());
    // A passphrase change reads the same row: refused the same way.
    QCOMPARE(f.vault->changePassphrase(QStringLiteral("p"), QStringLiteral("q"), KeysFixture::FastKdf).error().code,
             QStringLiteral("keys.vault-format"));
}

void tst_KeyVault::costlyParametersNeverWritten()
{
    QVERIFY(KeyVault::isAcceptedKdf({16, 8, 1})); // what AuthScope writes by default
    QVERIFY(KeyVault::isAcceptedKdf({17, 8, 2}));
    QVERIFY(!KeyVault::isAcceptedKdf({18, 8, 1}));
    KeysFixture f;
    QVERIFY(f.open());
    const auto made = f.vault->initialise(QStringLiteral("p"), {18, 8, 1});
    QVERIFY(!made);
    QVERIFY(made.error().message.startsWith(QStringLiteral("vault parameters out of range")));
    QCOMPARE(f.vault->isInitialised().value(), false);
}

void tst_KeyVault::passphraseIsNormalised()
{
    KeysFixture f;
    QVERIFY(f.open());
    const QString composed = QStringLiteral("caf\u00e9 au lait");
    const QString decomposed = QStringLiteral("cafe\u0301 au lait");
    QVERIFY(composed != decomposed);
    QVERIFY(f.vault->initialise(composed, KeysFixture::FastKdf));
    f.vault->lock();
    QVERIFY(f.vault->unlock(decomposed));
}

void tst_KeyVault::sealIsBoundToItsContext()
{
    KeysFixture f;
    QVERIFY(f.openUnlocked());
    const QByteArray sealed = f.vault->seal("payload", "row-1").value();
    QCOMPARE(f.vault->open(sealed, "row-2").error().code, QStringLiteral("keys.sealed-damaged"));
    QByteArray flipped = sealed;
    flipped[20] = static_cast<char>(flipped[20] ^ 1);
    QCOMPARE(f.vault->open(flipped, "row-1").error().code, QStringLiteral("keys.sealed-damaged"));
}

QTEST_GUILESS_MAIN(tst_KeyVault)
#include "tst_keyvault.moc"
