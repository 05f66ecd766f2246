#include "tests/support/TestSupport.h"
#include "tests/unit/keys/KeysTestUtil.h"

#include <QSignalSpy>
#include <QSqlError>

using namespace authscope;
using namespace authscope::test;

// Every key change writes its audit row in its own transaction: when the audit log refuses the row (here a trigger
// that raises), the change is rolled back, the caller gets a clear error, and the keys are exactly as before.
class tst_KeyAuditTransaction final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void rotationIsRolledBack();
    void generateIsRolledBack();
    void importRetireRevokeAreRolledBack();
    void policyIsRolledBack();
    void dueRetirementsAreRolledBack();
    void passphraseChangeIsRolledBack();
    void firstPassphraseIsRolledBack();
    void privateExportIsRefused();

private:
    // Everything the key store and the vault keep, for "nothing changed" comparisons.
    [[nodiscard]] QStringList everything() const;
    void refuseAudit();
    void allowAudit();
    static void checkRefused(const Error& error);
    std::unique_ptr<KeysFixture> m_f;
};

namespace {

const QString kPassphrase = QStringLiteral("correct horse battery staple");

} // namespace

void tst_KeyAuditTransaction::init()
{
    m_f = std::make_unique<KeysFixture>();
    QVERIFY(m_f->openUnlocked(kPassphrase));
}

QStringList tst_KeyAuditTransaction::everything() const
{
    QStringList all;
    for (const QString& table : {QStringLiteral("signing_keys"), QStringLiteral("key_policy"),
                                 QStringLiteral("key_vault"), QStringLiteral("meta"), QStringLiteral("audit_log")}) {
        all << table << m_f->dump(table);
    }
    return all;
}

void tst_KeyAuditTransaction::refuseAudit()
{
    QSqlQuery q(m_f->db->connection());
    for (const QString& statement : test::refuseAuditSql(m_f->db->isPostgres())) {
        QVERIFY2(q.exec(statement), qPrintable(q.lastError().text()));
    }
}

void tst_KeyAuditTransaction::allowAudit()
{
    QSqlQuery q(m_f->db->connection());
    QVERIFY(q.exec(test::dropAuditRefusalSql(m_f->db->isPostgres())));
}

void tst_KeyAuditTransaction::checkRefused(const Error& error)
{
    QVERIFY2(error.message.contains(QStringLiteral("audit refused")), qPrintable(error.toString()));
    QVERIFY2(error.message.contains(QStringLiteral("could not record")), qPrintable(error.toString()));
    QVERIFY2(error.message.contains(QStringLiteral("nothing was changed")), qPrintable(error.toString()));
}

void tst_KeyAuditTransaction::rotationIsRolledBack()
{
    QVERIFY(m_f->store->generate({}));
    QVERIFY(m_f->store->generate({}));
    const QString active = m_f->store->activeKey().value()->kid;
    const QString next = m_f->store->nextKey().value()->kid;
    const qint64 revision = m_f->store->revision().value();
    const QStringList before = everything();
    refuseAudit();
    QSignalSpy changed(m_f->store.get(), &KeyStore::keysChanged);
    QSignalSpy rotated(m_f->store.get(), &KeyStore::keyRotated);

    auto result = m_f->store->rotate({});
    QVERIFY(!result);
    checkRefused(result.error());
    QCOMPARE(everything(), before);
    QCOMPARE(m_f->store->activeKey().value()->kid, active);
    QCOMPARE(m_f->store->nextKey().value()->kid, next);
    QCOMPARE(m_f->store->revision().value(), revision);
    QCOMPARE(changed.count(), 0);
    QCOMPARE(rotated.count(), 0);
    // The old key still signs.
    QCOMPARE(m_f->store->signingKey().value().kid(), active);

    // Rotate & revoke too.
    KeyStore::RotateOptions revokeOld;
    revokeOld.revokeOld = true;
    revokeOld.reason = QStringLiteral("leaked");
    auto revoked = m_f->store->rotate(revokeOld);
    QVERIFY(!revoked);
    checkRefused(revoked.error());
    QCOMPARE(everything(), before);

    // Nothing else was in the way: with the audit log writable again, the same rotation goes through.
    allowAudit();
    QVERIFY(m_f->store->rotate({}));
    QCOMPARE(m_f->store->activeKey().value()->kid, next);
}

void tst_KeyAuditTransaction::generateIsRolledBack()
{
    const QStringList empty = everything();
    refuseAudit();
    QSignalSpy changed(m_f->store.get(), &KeyStore::keysChanged);
    auto first = m_f->store->generate({});
    QVERIFY(!first);
    checkRefused(first.error());
    QCOMPARE(everything(), empty);
    QVERIFY(m_f->store->list().value().isEmpty());

    allowAudit();
    QVERIFY(m_f->store->generate({}));
    const QStringList withActive = everything();
    refuseAudit();
    KeyStore::GenerateRequest next;
    next.kty = QStringLiteral("OKP");
    auto second = m_f->store->generate(next);
    QVERIFY(!second);
    checkRefused(second.error());
    QCOMPARE(everything(), withActive);
    QCOMPARE(m_f->store->list().value().size(), 1);
    QCOMPARE(changed.count(), 1);
}

void tst_KeyAuditTransaction::importRetireRevokeAreRolledBack()
{
    QVERIFY(m_f->store->generate({}));
    const QString next = m_f->store->generate({}).value().kid;
    const QStringList before = everything();
    refuseAudit();

    KeyStore::ImportOptions asRetiring;
    asRetiring.state = KeyState::Retiring;
    auto imported = m_f->store->importKeys(readData(QStringLiteral("keys/rsa2048.pkcs8.pem")), asRetiring);
    QVERIFY(!imported);
    checkRefused(imported.error());
    QCOMPARE(everything(), before);

    auto retired = m_f->store->retire(next);
    QVERIFY(!retired);
    checkRefused(retired.error());
    QCOMPARE(everything(), before);

    auto revoked = m_f->store->revoke(next, QStringLiteral("found in a backup"));
    QVERIFY(!revoked);
    checkRefused(revoked.error());
    QCOMPARE(everything(), before);
    QCOMPARE(m_f->store->find(next).value()->state, KeyState::Next);
}

void tst_KeyAuditTransaction::policyIsRolledBack()
{
    QVERIFY(m_f->store->generate({}));
    const QStringList before = everything();
    refuseAudit();
    QSignalSpy changed(m_f->store.get(), &KeyStore::policyChanged);
    RotationPolicy weekly;
    weekly.rotateEveryDays = 7;
    weekly.tokenLifetimeSecs = 7200;
    auto result = m_f->store->setPolicy(weekly);
    QVERIFY(!result);
    checkRefused(result.error());
    QCOMPARE(everything(), before);
    QCOMPARE(m_f->store->policy().value().rotateEveryDays, 0);
    QCOMPARE(changed.count(), 0);
}

void tst_KeyAuditTransaction::dueRetirementsAreRolledBack()
{
    QVERIFY(m_f->store->generate({}));
    KeyStore::RotateOptions plain;
    plain.preGenerateNext = false;
    const QString old = m_f->store->rotate(plain).value().oldActiveKid();
    m_f->clock.advanceSecs(2 * 3600); // past the old key's retire-after
    const QStringList before = everything();
    refuseAudit();
    auto report = m_f->scheduler->runMaintenance();
    QVERIFY(!report);
    checkRefused(report.error());
    QCOMPARE(everything(), before);
    // A plan applied meanwhile records the due retirement in its own transaction: refused as a whole as well.
    auto generated = m_f->store->generate({});
    QVERIFY(!generated);
    QCOMPARE(everything(), before);

    allowAudit();
    QCOMPARE(m_f->scheduler->runMaintenance().value().retired, QStringList{old});
}

void tst_KeyAuditTransaction::passphraseChangeIsRolledBack()
{
    QVERIFY(m_f->store->generate({}));
    const QStringList before = everything();
    refuseAudit();
    QSignalSpy changed(m_f->vault.get(), &KeyVault::passphraseChanged);
    auto result = m_f->vault->changePassphrase(kPassphrase, QStringLiteral("a new passphrase"), KeysFixture::FastKdf);
    QVERIFY(!result);
    checkRefused(result.error());
    QCOMPARE(everything(), before);
    QCOMPARE(changed.count(), 0);
    // The old passphrase still opens the store; the new one does not.
    m_f->vault->lock();
    QCOMPARE(m_f->vault->unlock(QStringLiteral("a new passphrase")).error().code,
             QStringLiteral("keys.wrong-passphrase"));
    QVERIFY(m_f->vault->unlock(kPassphrase));
    QVERIFY(m_f->store->signingKey());
}

void tst_KeyAuditTransaction::firstPassphraseIsRolledBack()
{
    KeysFixture fresh;
    QVERIFY(fresh.open());
    QSqlQuery q(fresh.db->connection());
    for (const QString& statement : test::refuseAuditSql(fresh.db->isPostgres())) {
        QVERIFY(q.exec(statement));
    }
    auto result = fresh.vault->initialise(kPassphrase, KeysFixture::FastKdf);
    QVERIFY(!result);
    checkRefused(result.error());
    QVERIFY(!fresh.vault->isUnlocked());
    QCOMPARE(fresh.vault->isInitialised().value(), false);
    QVERIFY(fresh.dump(QStringLiteral("key_vault")).isEmpty());
    QVERIFY(fresh.dump(QStringLiteral("audit_log")).isEmpty());
}

void tst_KeyAuditTransaction::privateExportIsRefused()
{
    const KeyRecord key = m_f->store->generate({}).value();
    const QStringList before = everything();
    refuseAudit();
    auto exported = m_f->store->exportPrivate(key.kid, KeyStore::ExportFormat::Jwk);
    QVERIFY(!exported);
    QVERIFY2(exported.error().message.contains(QStringLiteral("audit refused")),
             qPrintable(exported.error().toString()));
    QVERIFY(exported.error().message.contains(QStringLiteral("key.export")));
    QCOMPARE(everything(), before);
    // A public export changes nothing and is not audited.
    QVERIFY(m_f->store->exportPublic(key.kid, KeyStore::ExportFormat::Jwk));
}

QTEST_GUILESS_MAIN(tst_KeyAuditTransaction)
#include "tst_keyaudittransaction.moc"
