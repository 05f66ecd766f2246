#include "tests/support/HttpClient.h"

#include "core/audit/AuditLog.h"
#include "core/common/Settings.h"
#include "core/keys/KeyStore.h"
#include "core/keys/KeyVault.h"
#include "core/lab/RevocationRace.h"
#include "core/server/TestServer.h"
#include "core/storage/Database.h"
#include "ui/server/RequestLogModel.h"
#include "ui/server/RevocationRaceView.h"
#include "ui/server/ServerPage.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QFileInfo>
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

private:
    QTemporaryDir* m_dir = nullptr;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<AuditLog> m_audit;
    std::unique_ptr<Settings> m_settings;
};

void tst_ServerPage::init()
{
    m_dir = new QTemporaryDir;
    m_db = std::move(Database::open(m_dir->filePath(QStringLiteral("page.db"))).value());
    m_audit = std::make_unique<AuditLog>(*m_db);
    m_settings = std::make_unique<Settings>(m_dir->filePath(QStringLiteral("settings.ini")));
    m_settings->setServerPort(0); // any free port, so parallel tests never collide
}

void tst_ServerPage::cleanup()
{
    m_settings.reset();
    m_audit.reset();
    m_db.reset();
    delete m_dir;
}

void tst_ServerPage::startRequestStop()
{
    ServerPage page(AppContext{*m_db, *m_audit, *m_settings, Clock::system()});
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
    QCOMPARE(m_audit->count(filter).value(), 2);
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
    TestServer other(*m_db, *m_audit);
    auto taken = other.start({});
    QVERIFY(taken.has_value());
    m_settings->setServerPort(*taken);
    ServerPage page(AppContext{*m_db, *m_audit, *m_settings, Clock::system()});
    page.startServer();
    QVERIFY(!page.server().isRunning());
    QVERIFY(
        page.findChild<QLabel*>(QStringLiteral("serverStatusLabel"))->text().contains(QStringLiteral("Not running")));
}

void tst_ServerPage::revocationRace()
{
    // The console's database has no keys and no server runs: the race needs neither, it brings its own.
    m_settings->setServerDenyList(true);
    AppContext context{*m_db, *m_audit, *m_settings, Clock::system()};
    ServerPage page(context);
    page.show();
    QVERIFY(!page.server().isRunning());
    const qint64 auditRowsBefore = m_audit->list().value().size();
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
    QVERIFY(scratch != m_db->path());
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
    QCOMPARE(m_audit->list().value().size(), auditRowsBefore);
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM users")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), 0);
}

QTEST_MAIN(tst_ServerPage)
#include "tst_serverpage.moc"
