// The Issuers page on a real loopback server: add by URL, the keys with thumbprints, the lint findings and the
// discovery document shown; a wrong issuer shows a message naming the URL and saves nothing; remove asks first.
// Calls run off the window's thread: a late answer leaves the window processing events, Cancel stops a hung call,
// and the client secret is sealed in the key vault, never in the settings file, the audit log or a widget.
#include "tests/support/CannedHttpServer.h"
#include "tests/support/ConsoleWorld.h"
#include "tests/support/TestKeys.h"

#include "core/audit/AuditLog.h"
#include "core/common/Clock.h"
#include "core/common/Settings.h"
#include "core/issuers/IssuerStore.h"
#include "core/jose/Jwk.h"
#include "core/jose/JwkSet.h"
#include "core/jose/Jws.h"
#include "core/keys/KeyVault.h"
#include "core/storage/Database.h"
#include "ui/issuers/IssuerTableModel.h"
#include "ui/issuers/IssuersPage.h"
#include "ui/tokens/VerifyPanel.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace authscope;
using authscope::test::CannedHttpServer;

class tst_IssuersPage final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void addShowsKeysLintAndDocument();
    void wrongIssuerShowsMessageAndSavesNothing();
    void removeAsksFirst();
    void verifyPanelOffersTheIssuersKeys();
    void lateAnswerKeepsTheWindowResponsive();
    void cancelStopsAHungCall();
    void clientSecretIsSealedAndNeverStored();
    void replaceAndRemoveSecret();
    void tokenIntrospectRevokeFromThePage();

private:
    void serve(CannedHttpServer& server, const QString& declaredIssuer);
    void add(const QString& name, const QString& url);
    void addAndWait(const QString& name, const QString& url);
    void cleanupExceptDir();
    [[nodiscard]] issuers::Issuer saved(const QString& name) const;
    [[nodiscard]] QString everythingShown() const;

    std::unique_ptr<test::ConsoleWorld> m_world;
    std::unique_ptr<IssuersPage> m_page;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    jose::Jwk m_key;
};

void tst_IssuersPage::init()
{
    m_world = std::make_unique<test::ConsoleWorld>();
    QVERIFY(m_world->open(QStringLiteral("page.db"), QStringLiteral("issuers page passphrase")));
    m_page = std::make_unique<IssuersPage>(
        AppContext{*m_world->db, *m_world->audit, *m_world->settings, Clock::system(), m_world->vault.get()});
    m_tester = std::make_unique<QAbstractItemModelTester>(m_page->model());
    m_page->resize(1200, 800);
    m_page->show();
    m_key = test::generatedKey(QStringLiteral("page-key"), QStringLiteral("ES256"));
}

void tst_IssuersPage::cleanupExceptDir()
{
    m_tester.reset();
    m_page.reset();
    m_world->close();
}

void tst_IssuersPage::cleanup()
{
    cleanupExceptDir();
    m_world.reset();
}

void tst_IssuersPage::serve(CannedHttpServer& server, const QString& declaredIssuer)
{
    server.answer(
        "/.well-known/openid-configuration", 200,
        QJsonDocument(QJsonObject{{QStringLiteral("issuer"), declaredIssuer},
                                  {QStringLiteral("jwks_uri"), QString(server.url() + QStringLiteral("/jwks"))},
                                  {QStringLiteral("grant_types_supported"),
                                   QJsonArray{QStringLiteral("authorization_code"), QStringLiteral("password")}}})
            .toJson());
    server.answer("/jwks", 200, QJsonDocument(jose::JwkSet({m_key}).toPublicJson()).toJson());
}

void tst_IssuersPage::add(const QString& name, const QString& url)
{
    m_page->findChild<QLineEdit*>(QStringLiteral("nameLineEdit"))->setText(name);
    m_page->findChild<QLineEdit*>(QStringLiteral("urlLineEdit"))->setText(url);
    m_page->findChild<QCheckBox*>(QStringLiteral("allowHttpCheckBox"))->setChecked(true);
    QTest::mouseClick(m_page->findChild<QPushButton*>(QStringLiteral("addButton")), Qt::LeftButton);
}

void tst_IssuersPage::addAndWait(const QString& name, const QString& url)
{
    add(name, url);
    QTRY_VERIFY(!m_page->isBusy());
}

issuers::Issuer tst_IssuersPage::saved(const QString& name) const
{
    return issuers::IssuerStore(*m_world->db, *m_world->audit).find(name).value();
}

// Every text a widget of the page holds, for "the secret is never shown".
QString tst_IssuersPage::everythingShown() const
{
    QStringList texts;
    for (const QLineEdit* e : m_page->findChildren<QLineEdit*>()) {
        texts << e->text();
    }
    for (const QLabel* l : m_page->findChildren<QLabel*>()) {
        texts << l->text() << l->toolTip();
    }
    for (const QPlainTextEdit* t : m_page->findChildren<QPlainTextEdit*>()) {
        texts << t->toPlainText();
    }
    return texts.join(u'\n');
}

void tst_IssuersPage::addShowsKeysLintAndDocument()
{
    CannedHttpServer server;
    serve(server, server.url());
    add(QStringLiteral("canned"), server.url());
    QTRY_COMPARE(m_page->model()->rowCount(), 1);
    QCOMPARE(m_page->model()->index(0, 0).data().toString(), QStringLiteral("canned"));
    auto* keys = m_page->findChild<QTableWidget*>(QStringLiteral("keysTableWidget"));
    QCOMPARE(keys->rowCount(), 1);
    QCOMPARE(keys->item(0, 0)->text(), QStringLiteral("page-key"));
    QCOMPARE(keys->item(0, 5)->text(), m_key.thumbprintBase64Url().value());
    auto* lint = m_page->findChild<QTableWidget*>(QStringLiteral("lintTableWidget"));
    QStringList ids;
    for (int r = 0; r < lint->rowCount(); ++r) {
        ids << lint->item(r, 1)->text();
    }
    QVERIFY2(ids.contains(QStringLiteral("P-GRANT-PASSWORD")), qPrintable(ids.join(u", ")));
    QVERIFY(m_page->findChild<QPlainTextEdit*>(QStringLiteral("discoveryPlainTextEdit"))
                ->toPlainText()
                .contains(server.url() + QStringLiteral("/jwks")));
}

void tst_IssuersPage::wrongIssuerShowsMessageAndSavesNothing()
{
    CannedHttpServer server;
    serve(server, QStringLiteral("https://someone-else.example"));
    addAndWait(QStringLiteral("wrong"), server.url());
    QCOMPARE(m_page->model()->rowCount(), 0);
    auto* message = m_page->findChild<QLabel*>(QStringLiteral("messageLabel"));
    QVERIFY(message->isVisible());
    QVERIFY2(message->text().contains(server.url() + QStringLiteral("/.well-known/openid-configuration")),
             qPrintable(message->text()));
    QVERIFY(message->text().contains(QStringLiteral("someone-else")));
}

void tst_IssuersPage::removeAsksFirst()
{
    CannedHttpServer server;
    serve(server, server.url());
    addAndWait(QStringLiteral("canned"), server.url());
    QCOMPARE(m_page->model()->rowCount(), 1);
    QTimer::singleShot(200, this, [] {
        auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
        QVERIFY(box != nullptr);
        box->button(QMessageBox::Yes)->click();
    });
    QTest::mouseClick(m_page->findChild<QPushButton*>(QStringLiteral("removeButton")), Qt::LeftButton);
    QTRY_COMPARE(m_page->model()->rowCount(), 0);
}

void tst_IssuersPage::verifyPanelOffersTheIssuersKeys()
{
    const QString url = QStringLiteral("https://login.example.com");
    const QByteArray jwks = QJsonDocument(jose::JwkSet({*m_key.publicKey()}).toPublicJson()).toJson();
    const auto sign = [this](const QString& iss) {
        return test::signedJwt(
            {{QStringLiteral("alg"), QStringLiteral("ES256")}, {QStringLiteral("kid"), m_key.kid()}},
            {{QStringLiteral("iss"), iss}, {QStringLiteral("exp"), QDateTime::currentSecsSinceEpoch() + 600}}, m_key);
    };
    VerifyPanel panel(Clock::system());
    int lookups = 0;
    panel.setIssuerLookup([&](const QString& iss) -> std::optional<VerifyPanel::IssuerKeys> {
        ++lookups;
        if (iss != url) {
            return std::nullopt;
        }
        return VerifyPanel::IssuerKeys{QStringLiteral("corp"), url, jwks};
    });
    panel.show();
    auto* button = panel.findChild<QPushButton*>(QStringLiteral("issuerKeysButton"));
    auto* note = panel.findChild<QLabel*>(QStringLiteral("issuerNoteLabel"));

    panel.setToken(sign(url), false);
    QVERIFY(button->isVisible());
    QVERIFY(button->text().contains(QStringLiteral("corp")));
    QVERIFY(!note->isVisible());
    QTest::mouseClick(button, Qt::LeftButton);
    QTRY_COMPARE(panel.verdict(), VerifyPanel::Verdict::Valid);

    // An issuer that is not saved: a note, no button, and nothing fetched.
    panel.setToken(sign(QStringLiteral("https://unknown.example")), false);
    QVERIFY(!button->isVisible());
    QVERIFY(note->isVisible());
    QVERIFY(note->text().contains(QStringLiteral("https://unknown.example")));
    QCOMPARE(lookups, 2);
}

void tst_IssuersPage::lateAnswerKeepsTheWindowResponsive()
{
    CannedHttpServer server;
    server.hold(true);
    const QString url = server.url();
    server.answer("/.well-known/openid-configuration", 200,
                  QJsonDocument(QJsonObject{{QStringLiteral("issuer"), url},
                                            {QStringLiteral("jwks_uri"), QString(url + QStringLiteral("/jwks"))}})
                      .toJson());
    server.answer("/jwks", 200, QJsonDocument(jose::JwkSet({m_key}).toPublicJson()).toJson());
    add(QStringLiteral("late"), url);
    // The click returned while the provider has not answered: the call runs beside the window's event loop.
    QVERIFY(m_page->isBusy());
    auto* busyBar = m_page->findChild<QWidget*>(QStringLiteral("busyBar"));
    auto* busyLabel = m_page->findChild<QLabel*>(QStringLiteral("busyLabel"));
    QVERIFY(busyBar->isVisible());
    QVERIFY2(busyLabel->text().contains(url), qPrintable(busyLabel->text()));
    QVERIFY(m_page->findChild<QPushButton*>(QStringLiteral("cancelCallButton"))->isVisible());
    QVERIFY(!m_page->findChild<QPushButton*>(QStringLiteral("addButton"))->isEnabled());
    QTRY_COMPARE(server.waiting(), 1);
    // While the request waits, timers fire and typing reaches the widgets.
    bool timerFired = false;
    QTimer::singleShot(0, this, [&timerFired] { timerFired = true; });
    auto* name = m_page->findChild<QLineEdit*>(QStringLiteral("nameLineEdit"));
    name->setFocus();
    QTest::keyClicks(name, QStringLiteral("-typed"));
    QTRY_VERIFY(timerFired);
    QCOMPARE(name->text(), QStringLiteral("late-typed"));
    QVERIFY(m_page->isBusy());
    QCOMPARE(m_page->model()->rowCount(), 0);

    server.release();
    QTRY_VERIFY(!m_page->isBusy());
    QVERIFY(!busyBar->isVisible());
    QCOMPARE(m_page->model()->rowCount(), 1);
    QCOMPARE(m_page->model()->index(0, 0).data().toString(), QStringLiteral("late"));
    QCOMPARE(server.count("/jwks"), 1);
    QVERIFY(m_page->findChild<QPushButton*>(QStringLiteral("addButton"))->isEnabled());
}

void tst_IssuersPage::cancelStopsAHungCall()
{
    CannedHttpServer server;
    server.hang("/.well-known/openid-configuration");
    add(QStringLiteral("hung"), server.url());
    QVERIFY(m_page->isBusy());
    QTRY_COMPARE(server.count("/.well-known/openid-configuration"), 1);
    QTest::mouseClick(m_page->findChild<QPushButton*>(QStringLiteral("cancelCallButton")), Qt::LeftButton);
    QTRY_VERIFY(!m_page->isBusy());
    auto* message = m_page->findChild<QLabel*>(QStringLiteral("messageLabel"));
    QVERIFY(message->isVisible());
    QVERIFY2(message->text().contains(QStringLiteral("Cancelled")) && message->text().contains(server.url()),
             qPrintable(message->text()));
    QCOMPARE(m_page->model()->rowCount(), 0);
    QVERIFY(!issuers::IssuerStore(*m_world->db, *m_world->audit).find(QStringLiteral("hung")).has_value());
    // The fallback discovery (RFC 8414) was never asked: the cancelled fetcher refuses every later request.
    QCOMPARE(server.count("/.well-known/oauth-authorization-server"), 0);
}

void tst_IssuersPage::clientSecretIsSealedAndNeverStored()
{
    const QString secret = QStringLiteral("s3cret-Only-For-The-Vault-7d1f");
    CannedHttpServer server;
    serve(server, server.url());
    auto* secretEdit = m_page->findChild<QLineEdit*>(QStringLiteral("addClientSecretLineEdit"));
    QCOMPARE(secretEdit->echoMode(), QLineEdit::Password);
    m_page->findChild<QLineEdit*>(QStringLiteral("addClientIdLineEdit"))->setText(QStringLiteral("console-client"));
    secretEdit->setText(secret);
    addAndWait(QStringLiteral("sealed"), server.url());
    QCOMPARE(m_page->model()->rowCount(), 1);

    const issuers::Issuer issuer = saved(QStringLiteral("sealed"));
    QCOMPARE(issuer.clientId, QStringLiteral("console-client"));
    QVERIFY(!issuer.sealedClientSecret.isEmpty());
    QVERIFY(!issuer.sealedClientSecret.contains(secret.toUtf8()));
    // Sealed exactly as `issuers add --client-secret-file` seals it: the CLI's store opens it.
    QCOMPARE(issuers::IssuerStore(*m_world->db, *m_world->audit).clientSecret(issuer, *m_world->vault).value(),
             secret.toUtf8());

    // Not in a widget, not in the settings, not in the audit log, not in the database file.
    QVERIFY(secretEdit->text().isEmpty());
    QVERIFY(!everythingShown().contains(secret));
    m_world->settings->sync();
    QFile ini(m_world->dir.filePath(QStringLiteral("settings.ini")));
    if (ini.open(QIODevice::ReadOnly)) {
        QVERIFY(!ini.readAll().contains(secret.toUtf8()));
    }
    QSettings stored(m_world->dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    for (const QString& key : stored.allKeys()) {
        QVERIFY2(!stored.value(key).toString().contains(secret), qPrintable(key));
    }
    for (const AuditEntry& e : QList<AuditEntry>(m_world->audit->list().value())) {
        QVERIFY(!QJsonDocument(e.details).toJson().contains(secret.toUtf8()));
    }
    cleanupExceptDir(); // closes the database so that the file can be read whole
    for (const QString& name : {QStringLiteral("page.db"), QStringLiteral("page.db-wal")}) {
        QFile file(m_world->dir.filePath(name));
        if (file.open(QIODevice::ReadOnly)) {
            QVERIFY2(!file.readAll().contains(secret.toUtf8()), qPrintable(name));
        }
    }
}

void tst_IssuersPage::replaceAndRemoveSecret()
{
    CannedHttpServer server;
    serve(server, server.url());
    addAndWait(QStringLiteral("client"), server.url());
    QVERIFY(saved(QStringLiteral("client")).sealedClientSecret.isEmpty());
    auto* tabs = m_page->findChild<QTabWidget*>(QStringLiteral("detailsTabWidget"));
    tabs->setCurrentWidget(m_page->findChild<QWidget*>(QStringLiteral("issuerClientPanel")));
    auto* clientId = m_page->findChild<QLineEdit*>(QStringLiteral("clientIdLineEdit"));
    auto* newSecret = m_page->findChild<QLineEdit*>(QStringLiteral("newSecretLineEdit"));
    auto* replace = m_page->findChild<QPushButton*>(QStringLiteral("replaceSecretButton"));
    auto* remove = m_page->findChild<QPushButton*>(QStringLiteral("removeSecretButton"));
    QCOMPARE(newSecret->echoMode(), QLineEdit::Password);
    QVERIFY(!remove->isEnabled());

    clientId->setText(QStringLiteral("edited-client"));
    QTest::mouseClick(m_page->findChild<QPushButton*>(QStringLiteral("saveClientIdButton")), Qt::LeftButton);
    QCOMPARE(saved(QStringLiteral("client")).clientId, QStringLiteral("edited-client"));

    QTest::keyClicks(newSecret, QStringLiteral("first-secret"));
    QTest::mouseClick(replace, Qt::LeftButton);
    issuers::IssuerStore store(*m_world->db, *m_world->audit);
    QCOMPARE(store.clientSecret(saved(QStringLiteral("client")), *m_world->vault).value(), QByteArray("first-secret"));
    QVERIFY(newSecret->text().isEmpty());
    QVERIFY(remove->isEnabled());
    QVERIFY(replace->text().remove(u'&').contains(QStringLiteral("Replace")));

    QTest::keyClicks(newSecret, QStringLiteral("second-secret"));
    QTest::mouseClick(replace, Qt::LeftButton);
    QCOMPARE(store.clientSecret(saved(QStringLiteral("client")), *m_world->vault).value(), QByteArray("second-secret"));
    QVERIFY(!everythingShown().contains(QStringLiteral("second-secret")));

    QTimer::singleShot(200, this, [] {
        auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
        QVERIFY(box != nullptr);
        box->button(QMessageBox::Yes)->click();
    });
    QTest::mouseClick(remove, Qt::LeftButton);
    QTRY_VERIFY(saved(QStringLiteral("client")).sealedClientSecret.isEmpty());
    QCOMPARE(saved(QStringLiteral("client")).clientId, QStringLiteral("edited-client"));
    // Each change is audited with what changed, never the secret.
    QStringList changes;
    for (const AuditEntry& e : QList<AuditEntry>(m_world->audit->list().value())) {
        if (e.action == QStringLiteral("issuer.client")) {
            changes << e.details.value(QStringLiteral("client_secret")).toString();
            QVERIFY(!QJsonDocument(e.details).toJson().contains("secret-"));
        }
    }
    changes.sort();
    QCOMPARE(changes, (QStringList{QStringLiteral("kept"), QStringLiteral("removed"), QStringLiteral("replaced"),
                                   QStringLiteral("replaced")}));
}

void tst_IssuersPage::tokenIntrospectRevokeFromThePage()
{
    CannedHttpServer server;
    const QString url = server.url();
    server.answer(
        "/.well-known/openid-configuration", 200,
        QJsonDocument(
            QJsonObject{{QStringLiteral("issuer"), url},
                        {QStringLiteral("jwks_uri"), QString(url + QStringLiteral("/jwks"))},
                        {QStringLiteral("token_endpoint"), QString(url + QStringLiteral("/token"))},
                        {QStringLiteral("introspection_endpoint"), QString(url + QStringLiteral("/introspect"))},
                        {QStringLiteral("revocation_endpoint"), QString(url + QStringLiteral("/revoke"))}})
            .toJson());
    server.answer("/jwks", 200, QJsonDocument(jose::JwkSet({m_key}).toPublicJson()).toJson());
    server.answer("/token", 200, R"({"access_token":"opaque-access-1","token_type":"Bearer","expires_in":60})");
    server.answer("/introspect", 200, R"({"active":true,"client_id":"console-client"})");
    server.answer("/revoke", 200, "");
    m_page->findChild<QLineEdit*>(QStringLiteral("addClientIdLineEdit"))->setText(QStringLiteral("console-client"));
    m_page->findChild<QLineEdit*>(QStringLiteral("addClientSecretLineEdit"))->setText(QStringLiteral("call-secret"));
    addAndWait(QStringLiteral("calls"), url);
    QCOMPARE(m_page->model()->rowCount(), 1);
    auto* panel = m_page->findChild<QWidget*>(QStringLiteral("issuerCallsPanel"));
    m_page->findChild<QTabWidget*>(QStringLiteral("detailsTabWidget"))->setCurrentWidget(panel);
    auto* answer = m_page->findChild<QPlainTextEdit*>(QStringLiteral("answerPlainTextEdit"));
    auto* open = m_page->findChild<QPushButton*>(QStringLiteral("openAccessTokenButton"));
    QVERIFY(!open->isEnabled());

    QTest::mouseClick(m_page->findChild<QPushButton*>(QStringLiteral("getTokenButton")), Qt::LeftButton);
    QTRY_VERIFY(!m_page->isBusy());
    QVERIFY2(answer->toPlainText().contains(QStringLiteral("opaque-access-1")), qPrintable(answer->toPlainText()));
    QCOMPARE(server.count("/token"), 1);
    QSignalSpy opened(m_page.get(), &Page::tokenOpenRequested);
    QVERIFY(open->isEnabled());
    QTest::mouseClick(open, Qt::LeftButton);
    QCOMPARE(opened.size(), 1);
    QCOMPARE(opened.at(0).at(0).toString(), QStringLiteral("opaque-access-1"));

    auto* token = m_page->findChild<QLineEdit*>(QStringLiteral("callTokenLineEdit"));
    token->setText(QStringLiteral("opaque-access-1"));
    QTest::mouseClick(m_page->findChild<QPushButton*>(QStringLiteral("introspectButton")), Qt::LeftButton);
    QTRY_VERIFY(!m_page->isBusy());
    QVERIFY(answer->toPlainText().contains(QStringLiteral("\"active\": true")));
    QVERIFY(m_page->findChild<QLabel*>(QStringLiteral("messageLabel"))->text().contains(QStringLiteral("active")));

    QTest::mouseClick(m_page->findChild<QPushButton*>(QStringLiteral("revokeTokenButton")), Qt::LeftButton);
    QTRY_VERIFY(!m_page->isBusy());
    QCOMPARE(server.count("/revoke"), 1);
    QVERIFY2(answer->toPlainText().contains(url + QStringLiteral("/revoke")), qPrintable(answer->toPlainText()));

    // The audit rows name the token by its hash, never the token or the secret.
    QStringList actions;
    for (const AuditEntry& e : QList<AuditEntry>(m_world->audit->list().value())) {
        actions << e.action;
        const QByteArray details = QJsonDocument(e.details).toJson();
        QVERIFY(!details.contains("opaque-access-1"));
        QVERIFY(!details.contains("call-secret"));
    }
    QVERIFY(actions.contains(QStringLiteral("issuer.token")));
    QVERIFY(actions.contains(QStringLiteral("issuer.revoke")));
}

QTEST_MAIN(tst_IssuersPage)
#include "tst_issuerspage.moc"
