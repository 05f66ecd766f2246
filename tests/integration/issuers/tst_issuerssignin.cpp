// The Issuers page's authorization code grant against panva's oidc-provider (a provider nobody here wrote): Get token
// opens the sign-in page in the browser (QDesktopServices, here a stand-in that plays the person at the provider's
// login form), the answer comes back to the page's loopback listener, the code is exchanged with the PKCE verifier, and
// the tokens show on the page and are audited by reference. Cancelling stops listening; a forged answer (wrong state)
// is refused and asks the provider nothing.
#include "OidcProvider.h"
#include "tests/support/ConsoleWorld.h"
#include "tests/support/TestBrowser.h"

#include "core/audit/AuditLog.h"
#include "core/common/Clock.h"
#include "core/common/Settings.h"
#include "core/keys/KeyVault.h"
#include "core/storage/Database.h"
#include "ui/issuers/IssuerCallsPanel.h"
#include "ui/issuers/IssuerTableModel.h"
#include "ui/issuers/IssuersPage.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDesktopServices>
#include <QEventLoop>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

using namespace authscope;

namespace {

const QString kResource = QStringLiteral("urn:authscope:api");
const QString kBasicSecret = QStringLiteral("basic-secret-for-tests-only");

// What QDesktopServices::openUrl hands http(s) URLs to while the test runs.
class BrowserStandIn final : public QObject
{
    Q_OBJECT

public:
    QList<QUrl> urls;

public Q_SLOTS:
    void open(const QUrl& url) { urls << url; }
};

// A GET as a browser sends it; the HTTP status, or -1 when the connection failed (refused: nobody listens).
int browserGet(const QUrl& url)
{
    QNetworkAccessManager net;
    QNetworkReply* reply = net.get(QNetworkRequest(url));
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    const int status = reply->error() == QNetworkReply::ConnectionRefusedError
                           ? -1
                           : reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    reply->deleteLater();
    return status;
}

} // namespace

class tst_IssuersSignIn final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void signInInTheBrowserGivesTokens();
    void cancelStopsListening();
    void forgedAnswerIsRefused();

private:
    void clickGetToken();
    [[nodiscard]] IssuerCallsPanel* panel() const;
    [[nodiscard]] QUrlQuery lastQuery() const;

    test::OidcProvider m_provider;
    BrowserStandIn m_browser;
    std::unique_ptr<test::ConsoleWorld> m_world;
    std::unique_ptr<IssuersPage> m_page;
};

void tst_IssuersSignIn::initTestCase()
{
    const QString failure = m_provider.start();
    QVERIFY2(failure.isEmpty(), qPrintable(failure)); // no provider: the test fails, it never skips
    QDesktopServices::setUrlHandler(QStringLiteral("http"), &m_browser, "open");
    QDesktopServices::setUrlHandler(QStringLiteral("https"), &m_browser, "open");
}

void tst_IssuersSignIn::init()
{
    m_browser.urls.clear();
    m_world = std::make_unique<test::ConsoleWorld>();
    QVERIFY(m_world->open(QStringLiteral("signin.db"), QStringLiteral("sign-in passphrase")));
    m_page = std::make_unique<IssuersPage>(
        AppContext{*m_world->db, *m_world->audit, *m_world->settings, Clock::system(), m_world->vault.get()});
    m_page->resize(1200, 800);
    m_page->show();
    m_page->findChild<QLineEdit*>(QStringLiteral("nameLineEdit"))->setText(QStringLiteral("panva"));
    m_page->findChild<QLineEdit*>(QStringLiteral("urlLineEdit"))->setText(m_provider.url());
    m_page->findChild<QCheckBox*>(QStringLiteral("allowHttpCheckBox"))->setChecked(true);
    m_page->findChild<QLineEdit*>(QStringLiteral("addClientIdLineEdit"))->setText(QStringLiteral("basic-client"));
    m_page->findChild<QLineEdit*>(QStringLiteral("addClientSecretLineEdit"))->setText(kBasicSecret);
    QTest::mouseClick(m_page->findChild<QPushButton*>(QStringLiteral("addButton")), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!m_page->isBusy(), 20000);
    QCOMPARE(m_page->model()->rowCount(), 1);
    m_page->findChild<QTabWidget*>(QStringLiteral("detailsTabWidget"))->setCurrentWidget(panel());
    auto* grant = m_page->findChild<QComboBox*>(QStringLiteral("grantComboBox"));
    grant->setCurrentIndex(grant->findData(QStringLiteral("authorization_code")));
    QVERIFY(grant->currentIndex() >= 0);
    m_page->findChild<QLineEdit*>(QStringLiteral("scopeLineEdit"))
        ->setText(QStringLiteral("openid offline_access api:read"));
    m_page->findChild<QLineEdit*>(QStringLiteral("resourceLineEdit"))->setText(kResource);
    m_provider.resetCounters();
}

void tst_IssuersSignIn::cleanup()
{
    m_page.reset();
    m_world.reset();
}

IssuerCallsPanel* tst_IssuersSignIn::panel() const
{
    return m_page->findChild<IssuerCallsPanel*>(QStringLiteral("issuerCallsPanel"));
}

void tst_IssuersSignIn::clickGetToken()
{
    auto* get = m_page->findChild<QPushButton*>(QStringLiteral("getTokenButton"));
    QVERIFY(get->isEnabled());
    QTest::mouseClick(get, Qt::LeftButton);
    QTRY_COMPARE(m_browser.urls.size(), 1);
    QVERIFY(panel()->isSigningIn());
    QVERIFY(!get->isEnabled()); // one sign-in at a time
    QVERIFY(m_page->findChild<QPushButton*>(QStringLiteral("cancelSignInButton"))->isVisible());
    // The address is on the page too, for a browser that did not open.
    QVERIFY2(panel()->answerText().contains(m_provider.url() + QStringLiteral("/auth?")),
             qPrintable(panel()->answerText()));
}

QUrlQuery tst_IssuersSignIn::lastQuery() const
{
    return QUrlQuery(m_browser.urls.constLast());
}

void tst_IssuersSignIn::signInInTheBrowserGivesTokens()
{
    clickGetToken();
    const QUrlQuery query = lastQuery();
    QCOMPARE(query.queryItemValue(QStringLiteral("client_id")), QStringLiteral("basic-client"));
    QCOMPARE(query.queryItemValue(QStringLiteral("code_challenge_method")), QStringLiteral("S256"));
    QCOMPARE(query.queryItemValue(QStringLiteral("code_challenge")).size(), 43);
    const QString redirect = query.queryItemValue(QStringLiteral("redirect_uri"), QUrl::FullyDecoded);
    QVERIFY2(redirect.startsWith(QStringLiteral("http://127.0.0.1:")) && redirect.endsWith(QStringLiteral("/callback")),
             qPrintable(redirect));

    QCOMPARE(test::signInAtDevForm(m_browser.urls.constLast(), redirect), 200);
    QTRY_VERIFY_WITH_TIMEOUT(!panel()->isSigningIn() && !m_page->isBusy(), 20000);
    const QString answer = panel()->answerText();
    QVERIFY2(answer.contains(QStringLiteral("\"access_token\"")) &&
                 answer.contains(QStringLiteral("\"refresh_token\"")) &&
                 answer.contains(QStringLiteral("\"id_token\"")),
             qPrintable(answer));
    QCOMPARE(m_provider.requests(QStringLiteral("/token")), 1);
    QVERIFY(m_page->findChild<QPushButton*>(QStringLiteral("openAccessTokenButton"))->isEnabled());
    QVERIFY(!m_page->findChild<QPushButton*>(QStringLiteral("cancelSignInButton"))->isVisible());
    QVERIFY(m_page->findChild<QPushButton*>(QStringLiteral("getTokenButton"))->isEnabled());

    // R-CLIENT-SECRET: the audit row names the grant and the token by reference; no token, code or secret in it.
    const QString access =
        QJsonDocument::fromJson(answer.toUtf8()).object().value(QStringLiteral("access_token")).toString();
    QVERIFY(!access.isEmpty());
    bool audited = false;
    for (const AuditEntry& e : QList<AuditEntry>(m_world->audit->list().value())) {
        const QByteArray details = QJsonDocument(e.details).toJson();
        QVERIFY(!details.contains(access.toUtf8()));
        QVERIFY(!details.contains(kBasicSecret.toUtf8()));
        if (e.action == QStringLiteral("issuer.token") &&
            e.details.value(QStringLiteral("grant")).toString() == QStringLiteral("authorization_code")) {
            audited = true;
        }
    }
    QVERIFY(audited);
    // The listener took its one answer and stopped: a second visit finds nobody.
    QCOMPARE(browserGet(QUrl(redirect + QStringLiteral("?code=again&state=x"))), -1);
}

void tst_IssuersSignIn::cancelStopsListening()
{
    clickGetToken();
    const QString redirect = lastQuery().queryItemValue(QStringLiteral("redirect_uri"), QUrl::FullyDecoded);
    QTest::mouseClick(m_page->findChild<QPushButton*>(QStringLiteral("cancelSignInButton")), Qt::LeftButton);
    QVERIFY(!panel()->isSigningIn());
    QVERIFY(panel()->answerText().contains(QStringLiteral("Stopped waiting")));
    QCOMPARE(browserGet(QUrl(redirect + QStringLiteral("?code=late&state=x"))), -1);
    QVERIFY(m_page->findChild<QPushButton*>(QStringLiteral("getTokenButton"))->isEnabled());
    QCOMPARE(m_provider.requests(QStringLiteral("/token")), 0);
}

void tst_IssuersSignIn::forgedAnswerIsRefused()
{
    clickGetToken();
    const QString redirect = lastQuery().queryItemValue(QStringLiteral("redirect_uri"), QUrl::FullyDecoded);
    // Someone else's code sent to our listener (login CSRF): the state is not ours.
    QCOMPARE(browserGet(QUrl(redirect + QStringLiteral("?code=stolen-code&state=not-ours"))), 200);
    QTRY_VERIFY(!panel()->isSigningIn());
    QVERIFY2(panel()->answerText().contains(QStringLiteral("state")), qPrintable(panel()->answerText()));
    QVERIFY(m_page->findChild<QLabel*>(QStringLiteral("messageLabel"))->text().contains(QStringLiteral("state")));
    QVERIFY(!m_page->isBusy());
    QCOMPARE(m_provider.requests(QStringLiteral("/token")), 0);
}

QTEST_MAIN(tst_IssuersSignIn)
#include "tst_issuerssignin.moc"
