// The Issuers page on a real loopback server: add by URL, the keys with thumbprints, the lint findings and the
// discovery document shown; a wrong issuer shows a message naming the URL and saves nothing; remove asks first.
#include "../../unit/issuers/CannedHttpServer.h"

#include "core/audit/AuditLog.h"
#include "core/common/Clock.h"
#include "core/common/Settings.h"
#include "core/jose/Jwk.h"
#include "core/jose/JwkSet.h"
#include "core/jose/Jws.h"
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
#include <QPushButton>
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

private:
    void serve(CannedHttpServer& server, const QString& declaredIssuer);
    void add(const QString& name, const QString& url);

    QTemporaryDir* m_dir = nullptr;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<AuditLog> m_audit;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<IssuersPage> m_page;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    jose::Jwk m_key;
};

void tst_IssuersPage::init()
{
    m_dir = new QTemporaryDir;
    m_db = std::move(Database::open(m_dir->filePath(QStringLiteral("page.db"))).value());
    m_audit = std::make_unique<AuditLog>(*m_db);
    m_settings = std::make_unique<Settings>(m_dir->filePath(QStringLiteral("settings.ini")));
    m_page = std::make_unique<IssuersPage>(AppContext{*m_db, *m_audit, *m_settings, Clock::system()});
    m_tester = std::make_unique<QAbstractItemModelTester>(m_page->model());
    m_page->resize(1200, 800);
    m_page->show();
    jose::Jwk::GenerateOptions options;
    options.kid = QStringLiteral("page-key");
    options.alg = QStringLiteral("ES256");
    m_key = jose::Jwk::generate(options).value();
}

void tst_IssuersPage::cleanup()
{
    m_tester.reset();
    m_page.reset();
    m_settings.reset();
    m_audit.reset();
    m_db.reset();
    delete m_dir;
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

void tst_IssuersPage::addShowsKeysLintAndDocument()
{
    CannedHttpServer server;
    serve(server, server.url());
    add(QStringLiteral("canned"), server.url());
    QCOMPARE(m_page->model()->rowCount(), 1);
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
    add(QStringLiteral("wrong"), server.url());
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
    add(QStringLiteral("canned"), server.url());
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
        return jose::Jws::sign(
                   QJsonObject{{QStringLiteral("alg"), QStringLiteral("ES256")}, {QStringLiteral("kid"), m_key.kid()}},
                   QJsonDocument(QJsonObject{{QStringLiteral("iss"), iss},
                                             {QStringLiteral("exp"), QDateTime::currentSecsSinceEpoch() + 600}})
                       .toJson(QJsonDocument::Compact),
                   m_key)
            .value();
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

QTEST_MAIN(tst_IssuersPage)
#include "tst_issuerspage.moc"
