#include "tests/support/ConsoleWorld.h"

#include "core/audit/AuditLog.h"
#include "core/common/Settings.h"
#include "core/keys/EncryptionKeys.h"
#include "core/keys/KeyStore.h"
#include "core/keys/KeyVault.h"
#include "core/storage/Database.h"
#include "ui/keys/GenerateKeyDialog.h"
#include "ui/keys/JwksDiff.h"
#include "ui/keys/KeyActionDialog.h"
#include "ui/keys/KeyTableModel.h"
#include "ui/keys/KeysPage.h"
#include "ui/keys/PassphraseDialog.h"
#include "ui/keys/RotationTimeline.h"
#include "ui/widgets/WarningBanner.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextEdit>
#include <QTimer>
#include <QTreeWidget>

using namespace authscope;

class tst_KeysPage final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void tableShowsStatesWithoutPassphrase();
    void modelPassesTester();
    void rotateWithPreview();
    void rotateAndRevokeNeedsReasonAndAcknowledgement();
    void retiringEarlyWarns();
    void cancelChangesNothing();
    void passphraseAskedOnceWhenNeeded();
    void jwksDiffComparesKeySets();
    void encryptionKeyFromTheGenerateDialog();

private:
    KeysPage* makePage();
    // The text of `kid`'s cell in `column`; empty when the key is not in the table.
    QString cellOf(KeysPage& page, const QString& kid, KeyTableModel::Column column) const;
    QString stateOf(KeysPage& page, const QString& kid) const
    {
        return cellOf(page, kid, KeyTableModel::Column::State);
    }
    QString nextOf(KeysPage& page, const QString& kid) const { return cellOf(page, kid, KeyTableModel::Column::Next); }

    std::unique_ptr<test::ConsoleWorld> m_world;
    std::unique_ptr<KeyStore> m_store;
    std::unique_ptr<KeysPage> m_page;
    QString m_active;
    QString m_next;
};

void tst_KeysPage::init()
{
    m_world = std::make_unique<test::ConsoleWorld>();
    QVERIFY(m_world->open(QStringLiteral("keys.db"), QStringLiteral("gui test passphrase"), QStringLiteral("tester")));
    m_store = std::make_unique<KeyStore>(*m_world->db, *m_world->audit, *m_world->vault);
    m_active = m_store->generate({}).value().kid;
    KeyStore::GenerateRequest okp;
    okp.kty = QStringLiteral("OKP");
    m_next = m_store->generate(okp).value().kid;
}

void tst_KeysPage::cleanup()
{
    m_page.reset();
    m_store.reset();
    m_world.reset();
}

KeysPage* tst_KeysPage::makePage()
{
    AppContext context{*m_world->db, *m_world->audit, *m_world->settings, Clock::system()};
    context.keyVault = m_world->vault.get();
    m_page = std::make_unique<KeysPage>(context);
    m_page->resize(1200, 800);
    m_page->show();
    return m_page.get();
}

QString tst_KeysPage::cellOf(KeysPage& page, const QString& kid, KeyTableModel::Column column) const
{
    const int row = page.model()->rowOf(kid);
    return row < 0 ? QString() : page.model()->index(row, static_cast<int>(column)).data().toString();
}

void tst_KeysPage::tableShowsStatesWithoutPassphrase()
{
    m_world->vault->lock();
    KeysPage& page = *makePage();
    auto* table = page.findChild<QTableView*>(QStringLiteral("keyTableView"));
    QVERIFY(table);
    QCOMPARE(table->model()->rowCount(), 2);
    QCOMPARE(stateOf(page, m_active), QStringLiteral("active"));
    QCOMPARE(stateOf(page, m_next), QStringLiteral("next"));
    QVERIFY(nextOf(page, m_next).contains(QStringLiteral("next rotation")));
    auto* jwks = page.findChild<QPlainTextEdit*>(QStringLiteral("jwksTextEdit"));
    QVERIFY(jwks->toPlainText().contains(m_active));
    QVERIFY(jwks->toPlainText().contains(m_next));
    QVERIFY(!jwks->toPlainText().contains(QStringLiteral("\"d\"")));
    QVERIFY(!m_world->vault->isUnlocked());
    QVERIFY(page.findChild<QLabel*>(QStringLiteral("vaultLabel"))->text().contains(QStringLiteral("locked")));
    QCOMPARE(page.findChild<RotationTimeline*>()->rowCount(), 2);
}

void tst_KeysPage::modelPassesTester()
{
    KeyTableModel model(*m_store);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(model.reload());
    QCOMPARE(model.rowCount(), 2);
    QVERIFY(m_store->rotate({}));
    QVERIFY(model.reload());
    QCOMPARE(model.rowCount(), 3);
    model.refreshTimes();
}

void tst_KeysPage::rotateWithPreview()
{
    KeysPage& page = *makePage();
    QSignalSpy rotated(&page.store(), &KeyStore::keyRotated);
    QTest::mouseClick(page.findChild<QPushButton*>(QStringLiteral("rotateButton")), Qt::LeftButton);
    QTRY_VERIFY(page.pendingAction() != nullptr);
    KeyActionDialog* dialog = page.pendingAction();
    QTRY_VERIFY(dialog->isVisible());
    // The preview names the key that becomes active and the one that retires, and shows the JWKS diff.
    const QString summary = dialog->findChild<QLabel*>(QStringLiteral("summaryLabel"))->text();
    QVERIFY(summary.contains(m_next));
    QVERIFY(summary.contains(m_active));
    QVERIFY(summary.contains(QStringLiteral("active")));
    QVERIFY(summary.contains(QStringLiteral("retiring")));
    QCOMPARE(dialog->plan().newActiveKid(), m_next);
    // The pre-generated following key is what the JWKS gains.
    QCOMPARE(dialog->plan().newKeys.size(), 1);
    const QString following = dialog->plan().newKeys.constFirst().key.kid();
    // The key-set diff: the following key is added, nothing removed, the two published keys unchanged; the
    // summary does not claim the JWKS keeps the same keys.
    QVERIFY(dialog->diffText().contains(QStringLiteral("Added: %1\n").arg(following)));
    QVERIFY(dialog->diffText().contains(QStringLiteral("Removed: \n")));
    QVERIFY(dialog->diffText().contains(QStringLiteral("Unchanged: 2\n")));
    QVERIFY(!summary.contains(QStringLiteral("keeps the same keys")));
    auto* tree = dialog->findChild<QTreeWidget*>(QStringLiteral("jwksDiffTreeWidget"));
    QVERIFY(tree != nullptr);
    QTreeWidgetItem* addedGroup = tree->topLevelItem(0);
    QVERIFY(addedGroup->text(0).startsWith(QStringLiteral("Added: 1")));
    QVERIFY(addedGroup->isExpanded());
    QCOMPARE(addedGroup->child(0)->text(0), following);
    // Each key expands into its published members, never a private one.
    QStringList members;
    for (int i = 0; i < addedGroup->child(0)->childCount(); ++i) {
        members << addedGroup->child(0)->child(i)->text(0);
    }
    QVERIFY(members.contains(QStringLiteral("thumbprint")));
    QVERIFY(members.contains(QStringLiteral("kty")));
    QVERIFY(!members.contains(QStringLiteral("d")));
    // The next key was published a moment ago: the cache risk is a visible amber banner, not a footnote.
    auto* risk = dialog->findChild<WarningBanner*>(QStringLiteral("riskBanner"));
    QVERIFY(risk->isVisible());
    QCOMPARE(int(risk->role()), int(StatusColor::Caution));
    QVERIFY(risk->text().contains(m_next));
    QVERIFY(risk->text().contains(QStringLiteral("published for only")));
    QVERIFY(!risk->text().contains(QStringLiteral("no next key")));
    // Nothing breaks: no acknowledgement asked.
    QVERIFY(!dialog->findChild<QCheckBox*>(QStringLiteral("acknowledgeCheckBox"))->isVisible());
    auto* confirm = dialog->findChild<QPushButton*>(QStringLiteral("confirmButton"));
    QVERIFY(confirm->isEnabled());
    QCOMPARE(m_store->activeKey().value()->kid, m_active); // nothing written before the confirmation
    QTest::mouseClick(confirm, Qt::LeftButton);
    QTRY_COMPARE(rotated.count(), 1);
    QTRY_COMPARE(stateOf(page, m_active), QStringLiteral("retiring"));
    QCOMPARE(stateOf(page, m_next), QStringLiteral("active"));
    QCOMPARE(stateOf(page, following), QStringLiteral("next"));
    QVERIFY(nextOf(page, m_active).startsWith(QStringLiteral("retires in 1 h")));
    QTRY_VERIFY(page.pendingAction() == nullptr);
}

void tst_KeysPage::rotateAndRevokeNeedsReasonAndAcknowledgement()
{
    KeysPage& page = *makePage();
    QTest::mouseClick(page.findChild<QPushButton*>(QStringLiteral("rotateRevokeButton")), Qt::LeftButton);
    QTRY_VERIFY(page.pendingAction() != nullptr);
    KeyActionDialog* dialog = page.pendingAction();
    QTRY_VERIFY(dialog->isVisible());
    auto* confirm = dialog->findChild<QPushButton*>(QStringLiteral("confirmButton"));
    auto* acknowledge = dialog->findChild<QCheckBox*>(QStringLiteral("acknowledgeCheckBox"));
    auto* reason = dialog->findChild<QLineEdit*>(QStringLiteral("reasonLineEdit"));
    QVERIFY(acknowledge->isVisible());
    QVERIFY(dialog->findChild<QLabel*>(QStringLiteral("warningLabel"))->text().contains(m_active));
    QVERIFY(!confirm->isEnabled());
    QTest::keyClicks(reason, QStringLiteral("key found in a public repository"));
    QVERIFY(!confirm->isEnabled()); // a reason is not an acknowledgement
    acknowledge->setChecked(true);
    QVERIFY(confirm->isEnabled());
    QTest::mouseClick(confirm, Qt::LeftButton);
    QTRY_COMPARE(stateOf(page, m_active), QStringLiteral("revoked"));
    const KeyRecord revoked = m_store->find(m_active).value().value();
    QCOMPARE(revoked.revokeReason, QStringLiteral("key found in a public repository"));
    QCOMPARE(stateOf(page, m_next), QStringLiteral("active"));
    QVERIFY(!page.findChild<QPlainTextEdit*>(QStringLiteral("jwksTextEdit"))->toPlainText().contains(m_active));
}

void tst_KeysPage::retiringEarlyWarns()
{
    QVERIFY(m_store->rotate({}));
    KeysPage& page = *makePage();
    auto* table = page.findChild<QTableView*>(QStringLiteral("keyTableView"));
    table->selectRow(page.model()->rowOf(m_active));
    auto* retire = page.findChild<QPushButton*>(QStringLiteral("retireButton"));
    QVERIFY(retire->isEnabled());
    QTest::mouseClick(retire, Qt::LeftButton);
    QTRY_VERIFY(page.pendingAction() != nullptr);
    KeyActionDialog* dialog = page.pendingAction();
    QVERIFY(dialog->plan().breaksValidTokens());
    QVERIFY(!dialog->findChild<QPushButton*>(QStringLiteral("confirmButton"))->isEnabled());
    dialog->findChild<QCheckBox*>(QStringLiteral("acknowledgeCheckBox"))->setChecked(true);
    QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("confirmButton")), Qt::LeftButton);
    QTRY_COMPARE(stateOf(page, m_active), QStringLiteral("retired"));
}

void tst_KeysPage::cancelChangesNothing()
{
    KeysPage& page = *makePage();
    const qint64 revision = m_store->revision().value();
    QTest::mouseClick(page.findChild<QPushButton*>(QStringLiteral("rotateButton")), Qt::LeftButton);
    QTRY_VERIFY(page.pendingAction() != nullptr);
    QTest::mouseClick(page.pendingAction()->findChild<QPushButton*>(QStringLiteral("cancelButton")), Qt::LeftButton);
    QTRY_VERIFY(page.pendingAction() == nullptr);
    QCOMPARE(m_store->revision().value(), revision);
    QCOMPARE(stateOf(page, m_active), QStringLiteral("active"));
}

void tst_KeysPage::passphraseAskedOnceWhenNeeded()
{
    m_world->vault->lock();
    KeysPage& page = *makePage();
    // The passphrase dialog: first a wrong passphrase (refused, asked again), then the right one.
    QStringList answers{QStringLiteral("wrong"), QStringLiteral("gui test passphrase")};
    int asked = 0;
    QTimer answer;
    answer.setInterval(20);
    connect(&answer, &QTimer::timeout, this, [&] {
        auto* dialog = qobject_cast<PassphraseDialog*>(QApplication::activeModalWidget());
        if (dialog == nullptr || answers.isEmpty()) {
            return;
        }
        ++asked;
        auto* edit = dialog->findChild<QLineEdit*>(QStringLiteral("passphraseLineEdit"));
        edit->setText(answers.takeFirst());
        QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("okButton")), Qt::LeftButton);
    });
    answer.start();
    // Rotating pre-generates the following next key, which is sealed: that needs the vault.
    for (int round = 0; round < 2; ++round) {
        QTest::mouseClick(page.findChild<QPushButton*>(QStringLiteral("rotateButton")), Qt::LeftButton);
        QTRY_VERIFY(page.pendingAction() != nullptr);
        QVERIFY(page.pendingAction()->plan().needsVault());
        QTest::mouseClick(page.pendingAction()->findChild<QPushButton*>(QStringLiteral("confirmButton")),
                          Qt::LeftButton);
        QTRY_VERIFY(page.pendingAction() == nullptr);
    }
    QVERIFY(m_world->vault->isUnlocked());
    QCOMPARE(asked, 2); // once wrong, once right; the second rotation asked nothing
    QVERIFY(answers.isEmpty());
    QCOMPARE(m_store->list().value().size(), 4);
    QVERIFY(page.findChild<QLabel*>(QStringLiteral("vaultLabel"))->text().contains(QStringLiteral("unlocked")));
}

void tst_KeysPage::jwksDiffComparesKeySets()
{
    // The same keys in another order and serialisation: no change at all.
    const QJsonObject before = QJsonDocument::fromJson(m_store->jwksJson().value()).object();
    QJsonArray reversed;
    for (const QJsonValue& k : before.value(QStringLiteral("keys")).toArray()) {
        reversed.prepend(k);
    }
    const JwksDiff same = JwksDiff::compute(before, QJsonObject{{QStringLiteral("keys"), reversed}});
    QVERIFY(same.sameKeys());
    QCOMPARE(same.unchanged.size(), 2);
    // A revoking rotation without a following key: the old key is removed, the next stays, nothing added.
    KeyStore::RotateOptions options;
    options.revokeOld = true;
    options.reason = QStringLiteral("x");
    options.preGenerateNext = false;
    const KeyChangePlan plan = m_store->planRotate(options).value();
    const JwksDiff diff = JwksDiff::compute(before, plan.jwksAfter);
    QCOMPARE(diff.removed.size(), 1);
    QCOMPARE(diff.removed.constFirst().kid, m_active);
    QVERIFY(!diff.removed.constFirst().thumbprint.isEmpty());
    QVERIFY(diff.added.isEmpty());
    QCOMPARE(diff.unchanged.size(), 1);
    QCOMPARE(diff.unchanged.constFirst().kid, m_next);
    // Same kid, other key material: replaced, not unchanged.
    QJsonArray swapped = before.value(QStringLiteral("keys")).toArray();
    QJsonObject other = swapped.at(1).toObject();
    QJsonObject first = swapped.at(0).toObject();
    other.insert(QStringLiteral("kid"), first.value(QStringLiteral("kid")));
    swapped.replace(0, other);
    const JwksDiff replaced = JwksDiff::compute(before, QJsonObject{{QStringLiteral("keys"), swapped}});
    QCOMPARE(replaced.replaced.size(), 1);
    QVERIFY(!replaced.sameKeys());

    // The dialog says that this rotation leaves no next key.
    KeyActionDialog dialog(plan, QStringLiteral("Rotate"), QStringLiteral("Rotate"), true);
    dialog.show();
    auto* risk = dialog.findChild<WarningBanner*>(QStringLiteral("riskBanner"));
    QVERIFY(risk->isVisible());
    QVERIFY(risk->text().contains(QStringLiteral("no next key")));
    QVERIFY(dialog.findChild<WarningBanner*>(QStringLiteral("warningBanner"))->isVisible());
    QVERIFY(!dialog.findChild<QLabel*>(QStringLiteral("summaryLabel"))->text().contains(QStringLiteral("same keys")));
}

// K-ENC-PURPOSE on the page: Generate offers encryption keys (JWE algorithms only, the "encryption" purpose, fixed),
// and the table says what such a key does: it decrypts, it never signs.
void tst_KeysPage::encryptionKeyFromTheGenerateDialog()
{
    KeysPage& page = *makePage();
    // What the dialog showed, read while it is open and checked once it is closed (a failed check inside the
    // timer would leave the modal dialog open).
    struct Seen
    {
        bool dialog = false;
        bool openedForSigning = false;
        QString firstSigningAlgorithm;
        bool switchedToEncryption = false;
        bool purposeLocked = false;
        QString purpose;
        QStringList algorithms;
        QString title;
        int state = -1;
        KeyStore::GenerateRequest request;
    } seen;
    QTimer answer;
    answer.setInterval(20);
    connect(&answer, &QTimer::timeout, this, [&] {
        auto* dialog = qobject_cast<GenerateKeyDialog*>(QApplication::activeModalWidget());
        if (dialog == nullptr || seen.dialog) {
            return;
        }
        seen.dialog = true;
        auto* algorithm = dialog->findChild<QComboBox*>(QStringLiteral("algorithmComboBox"));
        auto* purpose = dialog->findChild<QComboBox*>(QStringLiteral("purposeComboBox"));
        seen.openedForSigning = dialog->use() == GenerateKeyDialog::Use::Signing;
        seen.firstSigningAlgorithm = algorithm->itemText(0);
        // Typing the encryption purpose switches the dialog to encryption keys.
        purpose->setEditText(EncryptionKeys::Purpose);
        seen.switchedToEncryption = dialog->use() == GenerateKeyDialog::Use::Encryption;
        seen.purposeLocked = !purpose->isEnabled();
        seen.purpose = purpose->currentText();
        for (int i = 0; i < algorithm->count(); ++i) {
            seen.algorithms << algorithm->itemText(i);
        }
        seen.title = dialog->windowTitle();
        seen.state = dialog->findChild<QComboBox*>(QStringLiteral("stateComboBox"))->currentData().toInt();
        seen.request = dialog->request();
        QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("okButton")), Qt::LeftButton);
    });
    answer.start();
    QTest::mouseClick(page.findChild<QPushButton*>(QStringLiteral("generateButton")), Qt::LeftButton);
    QTRY_VERIFY(page.pendingAction() != nullptr);
    QTest::mouseClick(page.pendingAction()->findChild<QPushButton*>(QStringLiteral("confirmButton")), Qt::LeftButton);
    QTRY_VERIFY(page.pendingAction() == nullptr);
    answer.stop();

    QVERIFY(seen.dialog);
    QVERIFY(seen.openedForSigning); // the selected key signs
    QVERIFY2(seen.firstSigningAlgorithm.startsWith(QStringLiteral("ES256")), qPrintable(seen.firstSigningAlgorithm));
    QVERIFY(seen.switchedToEncryption);
    QVERIFY(seen.purposeLocked);
    QCOMPARE(seen.purpose, EncryptionKeys::Purpose);
    QVERIFY(!seen.algorithms.isEmpty());
    static const QStringList signingNames{QStringLiteral("ES256"),  QStringLiteral("ES384"), QStringLiteral("ES512"),
                                          QStringLiteral("EdDSA"),  QStringLiteral("RS256"), QStringLiteral("RS512"),
                                          QStringLiteral("PS256"),  QStringLiteral("HS256"), QStringLiteral("HS512"),
                                          QStringLiteral("RSA1_5"), QStringLiteral("PBES2")};
    for (const QString& text : seen.algorithms) {
        for (const QString& name : signingNames) {
            QVERIFY2(!text.startsWith(name), qPrintable(text));
        }
    }
    QVERIFY2(seen.title.contains(QStringLiteral("encryption")), qPrintable(seen.title));
    QCOMPARE(seen.state, static_cast<int>(KeyState::Active)); // no encryption key yet: the first one is active
    QCOMPARE(seen.request.purpose, EncryptionKeys::Purpose);
    QCOMPARE(seen.request.alg, QStringLiteral("ECDH-ES+A256KW"));

    auto encryptionKeys = m_store->decryptionKeys();
    QVERIFY(encryptionKeys.has_value());
    QCOMPARE(encryptionKeys->size(), 1);
    const QString kid = encryptionKeys->keys().constFirst().kid();
    QVERIFY(page.model()->rowOf(kid) >= 0);
    const QString next = nextOf(page, kid);
    QVERIFY2(next.contains(QStringLiteral("decrypts")) && !next.contains(QStringLiteral("signs")), qPrintable(next));
    QCOMPARE(cellOf(page, kid, KeyTableModel::Column::Purpose), EncryptionKeys::Purpose);
}

QTEST_MAIN(tst_KeysPage)
#include "tst_keyspage.moc"
