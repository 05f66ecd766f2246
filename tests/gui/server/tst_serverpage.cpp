#include "tests/support/ConsoleWorld.h"
#include "tests/support/HttpClient.h"

#include "core/audit/AuditLog.h"
#include "core/common/Settings.h"
#include "core/keys/KeyStore.h"
#include "core/keys/KeyVault.h"
#include "core/lab/RevocationRace.h"
#include "core/server/TestServer.h"
#include "core/sessions/UserStore.h"
#include "core/storage/Database.h"
#include "ui/server/RequestDetailPane.h"
#include "ui/server/RequestLogModel.h"
#include "ui/server/RevocationRaceView.h"
#include "ui/server/ServerPage.h"
#include "ui/widgets/WarningBanner.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace authscope;
using namespace authscope::test;

class tst_ServerPage final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void startRequestStop();
    void logModelKeepsCapacityAndPasses();
    void busyPortShowsError();
    void revocationRace();
    void requestDetailMasksCredentialsAndOpensTokens();

private:
    std::unique_ptr<test::ConsoleWorld> m_world;
};

void tst_ServerPage::init()
{
    m_world = std::make_unique<test::ConsoleWorld>();
    QVERIFY(m_world->open(QStringLiteral("page.db"), {}));
    m_world->settings->setServerPort(0); // any free port, so parallel tests never collide
}

void tst_ServerPage::cleanup()
{
    m_world.reset();
}

void tst_ServerPage::startRequestStop()
{
    ServerPage page(AppContext{*m_world->db, *m_world->audit, *m_world->settings, Clock::system()});
    page.show();
    auto* button = page.findChild<QPushButton*>(QStringLiteral("startStopButton"));
    auto* status = page.findChild<QLabel*>(QStringLiteral("serverStatusLabel"));
    auto* table = page.findChild<QTableView*>(QStringLiteral("requestLogTableView"));
    auto* curl = page.findChild<QPlainTextEdit*>(QStringLiteral("curlTextEdit"));
    auto* port = page.findChild<QSpinBox*>(QStringLiteral("portSpinBox"));
    QVERIFY(button && status && table && curl && port);

    QTest::mouseClick(button, Qt::LeftButton);
    QVERIFY(page.server().isRunning());
    QVERIFY(!port->isEnabled());
    const quint16 serverPort = page.server().port();
    QVERIFY(status->text().contains(QString::number(serverPort)));
    QVERIFY(curl->toPlainText().contains(QStringLiteral("http://127.0.0.1:%1/healthz").arg(serverPort)));

    QCOMPARE(fetch(serverPort, "GET", "/healthz").status, 200);
    QCOMPARE(fetch(serverPort, "GET", "/missing").status, 404);
    QTRY_COMPARE(table->model()->rowCount(), 2);
    // Newest first.
    const QModelIndex status0 = table->model()->index(0, static_cast<int>(RequestLogModel::Column::Status));
    QCOMPARE(status0.data().toInt(), 404);
    QCOMPARE(table->model()->index(1, static_cast<int>(RequestLogModel::Column::Path)).data().toString(),
             QStringLiteral("/healthz"));

    QTest::mouseClick(button, Qt::LeftButton);
    QVERIFY(!page.server().isRunning());
    QVERIFY(port->isEnabled());
    QVERIFY(status->text().contains(QStringLiteral("Stopped")));
    AuditFilter filter;
    filter.action = QStringLiteral("server.");
    QCOMPARE(m_world->audit->count(filter).value(), 2);
}

void tst_ServerPage::logModelKeepsCapacityAndPasses()
{
    RequestLogModel model(100);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    for (int i = 0; i < 250; ++i) {
        RequestLogEntry e;
        e.method = QByteArrayLiteral("GET");
        e.path = QStringLiteral("/r%1").arg(i);
        e.status = i % 5 == 0 ? 401 : 200;
        model.append(e);
        if (i % 60 == 0) {
            model.flush();
        }
    }
    model.flush();
    QCOMPARE(model.rowCount(), 100);
    QCOMPARE(model.totalSeen(), 250);
    QCOMPARE(model.errorsSeen(), 50);
    QCOMPARE(model.index(0, static_cast<int>(RequestLogModel::Column::Path)).data().toString(),
             QStringLiteral("/r249"));
    model.setPaused(true);
    RequestLogEntry e;
    e.path = QStringLiteral("/paused");
    model.append(e);
    model.flush();
    QCOMPARE(model.index(0, static_cast<int>(RequestLogModel::Column::Path)).data().toString(),
             QStringLiteral("/r249"));
    QCOMPARE(model.totalSeen(), 251);
    model.clear();
    QCOMPARE(model.rowCount(), 0);
}

void tst_ServerPage::busyPortShowsError()
{
    TestServer other(*m_world->db, *m_world->audit);
    auto taken = other.start({});
    QVERIFY(taken.has_value());
    m_world->settings->setServerPort(*taken);
    ServerPage page(AppContext{*m_world->db, *m_world->audit, *m_world->settings, Clock::system()});
    page.startServer();
    QVERIFY(!page.server().isRunning());
    QVERIFY(
        page.findChild<QLabel*>(QStringLiteral("serverStatusLabel"))->text().contains(QStringLiteral("Not running")));
}

void tst_ServerPage::revocationRace()
{
    // The console's database has no keys and no server runs: the race needs neither, it brings its own.
    m_world->settings->setServerDenyList(true);
    AppContext context{*m_world->db, *m_world->audit, *m_world->settings, Clock::system()};
    ServerPage page(context);
    page.show();
    QVERIFY(!page.server().isRunning());
    const qint64 auditRowsBefore = m_world->audit->list().value().size();
    RevocationRaceView* view = page.raceView();
    auto* start = view->findChild<QPushButton*>(QStringLiteral("raceStartButton"));
    auto* revoke = view->findChild<QPushButton*>(QStringLiteral("raceRevokeButton"));
    auto* denyList = view->findChild<QCheckBox*>(QStringLiteral("raceDenyListCheckBox"));
    auto* summary = view->findChild<QLabel*>(QStringLiteral("raceSummaryLabel"));
    QVERIFY(start && revoke && denyList && summary);
    QVERIFY(start->isEnabled());
    // One deny-list control, the race's own (the server page's setting is on, the race starts with it off).
    QVERIFY(!denyList->isChecked());
    QCOMPARE(view->findChildren<QCheckBox*>().size(), 1);

    QSignalSpy finished(&view->race(), &RevocationRace::finished);
    QTest::mouseClick(start, Qt::LeftButton);
    RevocationRace& race = view->race();
    QVERIFY2(race.isRunning(), qPrintable(summary->text()));
    // A scratch database in a folder of its own, not the console's.
    const QString scratch = race.scratchDatabasePath();
    QVERIFY(!scratch.isEmpty());
    QVERIFY(scratch != m_world->db->path());
    QVERIFY(QFileInfo::exists(scratch));
    auto accepted = [&race](RevocationRace::Client client) {
        int n = 0;
        for (const auto& s : race.samples()) {
            n += s.client == client && s.status == 200 ? 1 : 0;
        }
        return n;
    };
    QTRY_VERIFY_WITH_TIMEOUT(
        accepted(RevocationRace::Client::Cookie) >= 2 && accepted(RevocationRace::Client::Jwt) >= 2, 15000);
    QVERIFY(revoke->isEnabled());
    QTest::mouseClick(revoke, Qt::LeftButton);
    // Without the deny-list the cookie fails on its next request and the JWT keeps working.
    QTRY_VERIFY_WITH_TIMEOUT(race.summary().cookieWindowMs >= 0, 10000);
    const qint64 samplesAtRefusal = race.samples().size();
    QTRY_VERIFY_WITH_TIMEOUT(race.samples().size() >= samplesAtRefusal + 4, 10000);
    QCOMPARE(race.summary().jwtWindowMs, qint64(-1));
    QVERIFY(race.summary().jwtAcceptedAfter >= 1);
    QVERIFY(race.isRunning());
    QVERIFY(summary->text().contains(QStringLiteral("still accepted")));
    // Switching the deny-list on makes the JWT of the revoked session fail at once, and the race ends by itself.
    denyList->setChecked(true);
    QTRY_VERIFY_WITH_TIMEOUT(race.summary().jwtWindowMs >= 0, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 10000);
    QCOMPARE(finished.first().first().toBool(), true);
    QVERIFY(!race.isRunning());
    QVERIFY(race.scratchDatabasePath().isEmpty());
    QTRY_VERIFY(!QFileInfo::exists(scratch));
    QVERIFY(summary->text().contains(QStringLiteral("stopped by itself")));
    QVERIFY(start->isEnabled());
    // Nothing of the race reached the console's database: no race user, no audit rows.
    QCOMPARE(m_world->audit->list().value().size(), auditRowsBefore);
    QSqlQuery q(m_world->db->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM users")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), 0);
}

// The detail pane under the log, through the real server on 127.0.0.1: the exchange in full with every credential
// masked, the refusal reason whole, the check time, and the token opened in the Tokens page.
void tst_ServerPage::requestDetailMasksCredentialsAndOpensTokens()
{
    KeyVault vault(*m_world->db, *m_world->audit);
    crypto::KeyDerivation::ScryptParameters kdf;
    kdf.logN = 10;
    QVERIFY(vault.initialise(QStringLiteral("server page passphrase"), kdf).has_value());
    KeyStore keys(*m_world->db, *m_world->audit, vault);
    KeyStore::GenerateRequest generate;
    generate.kty = QStringLiteral("EC");
    generate.state = KeyState::Active;
    QVERIFY(keys.generate(generate).has_value());
    crypto::PasswordHasher::Parameters cheap;
    cheap.logN = 10;
    const QByteArray password = "detail-pane-password-9";
    NewUser alice;
    alice.username = QStringLiteral("alice");
    alice.password = password;
    QVERIFY(UserStore(*m_world->db, *m_world->audit, Clock::system(), cheap).add(alice).has_value());

    ServerPage page(AppContext{*m_world->db, *m_world->audit, *m_world->settings, Clock::system(), &vault, &keys});
    page.resize(1024, 700);
    page.show();
    QSignalSpy opened(&page, &Page::tokenOpenRequested);
    page.startServer();
    QVERIFY(page.server().isRunning());
    const quint16 port = page.server().port();
    const QList<QPair<QByteArray, QByteArray>> form{{"Content-Type", "application/x-www-form-urlencoded"}};

    const auto session = fetch(port, "POST", "/login", form, "username=alice&password=" + password);
    QCOMPARE(session.status, 200);
    const QByteArray cookie = session.headerValues("set-cookie").value(0).split(';').value(0);
    const QByteArray cookieValue = cookie.mid(cookie.indexOf('=') + 1);
    QVERIFY(cookieValue.size() > 20);
    const auto jwt = fetch(port, "POST", "/login", form, "mode=jwt&username=alice&password=" + password);
    QCOMPARE(jwt.status, 200);
    const QByteArray access = jwt.json().value(QStringLiteral("access_token")).toString().toUtf8();
    QVERIFY(!access.isEmpty());
    QCOMPARE(fetch(port, "GET", "/api/me", {{"Authorization", "Bearer " + access}}).status, 200);
    QCOMPARE(fetch(port, "GET", "/api/me", {{"Cookie", cookie}}).status, 200);
    const QByteArray forged = access.left(access.lastIndexOf('.') + 1) + "AAAA";
    QCOMPARE(fetch(port, "GET", "/api/me", {{"Authorization", "Bearer " + forged}}).status, 401);

    auto* table = page.findChild<QTableView*>(QStringLiteral("requestLogTableView"));
    RequestDetailPane* pane = page.detailPane();
    QTRY_COMPARE(table->model()->rowCount(), 5);
    const auto select = [&](int row) -> QString {
        table->setCurrentIndex(table->model()->index(row, 0));
        return pane->requestText() + u'\n' + pane->responseText();
    };
    auto* summary = pane->findChild<QLabel*>(QStringLiteral("detailSummaryLabel"));
    auto* reason = pane->findChild<QWidget*>(QStringLiteral("refusalReasonBanner"));
    auto* open = pane->findChild<QPushButton*>(QStringLiteral("openInTokensButton"));

    // Newest first: the forged token's refusal, its reason whole, the check time, and the token to open.
    QString shown = select(0);
    QVERIFY2(pane->requestText().startsWith(QStringLiteral("GET /api/me HTTP/1.1")), qPrintable(shown));
    QVERIFY2(pane->requestText().contains(QStringLiteral("authorization: Bearer \u2022\u2022\u2022 (")),
             qPrintable(shown));
    QVERIFY(!shown.contains(QString::fromLatin1(forged)));
    QVERIFY(pane->responseText().startsWith(QStringLiteral("HTTP/1.1 401")));
    QVERIFY(reason->isVisible());
    const QString reasonText = static_cast<WarningBanner*>(reason)->text();
    QVERIFY2(reasonText.contains(QStringLiteral("invalid_token")) && reasonText.length() > 30, qPrintable(reasonText));
    QVERIFY(open->isEnabled());
    QTest::mouseClick(open, Qt::LeftButton);
    QCOMPARE(opened.size(), 1);
    QCOMPARE(opened.at(0).at(0).toString(), QString::fromLatin1(forged));

    // The accepted bearer token: how long recognising it took.
    select(2);
    QVERIFY2(summary->text().contains(QStringLiteral("credential check")) &&
                 summary->text().contains(QStringLiteral("µs")),
             qPrintable(summary->text()));

    // The cookie request: the cookie's name stays, its value is masked.
    shown = select(1);
    QVERIFY2(shown.contains(QStringLiteral("cookie: ")) && !shown.contains(QString::fromLatin1(cookieValue)),
             qPrintable(shown));
    QVERIFY(!reason->isVisible());

    // The JWT login: the password and the issued tokens masked in the bodies; the access token can be opened.
    shown = select(3);
    QVERIFY2(shown.contains(QStringLiteral("password=\u2022\u2022\u2022 (")), qPrintable(shown));
    QVERIFY(!shown.contains(QString::fromLatin1(password)));
    QVERIFY(!shown.contains(QString::fromLatin1(access)));
    QVERIFY(shown.contains(QStringLiteral("\"access_token\":\"\u2022\u2022\u2022 (")));
    QVERIFY(open->isEnabled());
    QTest::mouseClick(open, Qt::LeftButton);
    QCOMPARE(opened.size(), 2);
    QCOMPARE(opened.at(1).at(0).toString(), QString::fromLatin1(access));

    // The session login: the Set-Cookie value masked, its attributes shown; no token to open.
    shown = select(4);
    QVERIFY2(shown.contains(QStringLiteral("HttpOnly")) && !shown.contains(QString::fromLatin1(cookieValue)),
             qPrintable(shown));
    QVERIFY(!shown.contains(QString::fromLatin1(password)));
    QVERIFY(!open->isEnabled());

    // Nothing of it reached the audit log.
    for (const AuditEntry& e : QList<AuditEntry>(m_world->audit->list().value())) {
        const QByteArray details = QJsonDocument(e.details).toJson();
        QVERIFY(!details.contains(password) && !details.contains(cookieValue) && !details.contains(access));
    }
    page.stopServer();
}

QTEST_MAIN(tst_ServerPage)
#include "tst_serverpage.moc"
