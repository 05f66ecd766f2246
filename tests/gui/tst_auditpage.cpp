#include "core/audit/AuditLog.h"
#include "core/common/Settings.h"
#include "core/lab/LabScratch.h"
#include "core/server/TestServer.h"
#include "core/storage/Database.h"
#include "tests/support/ConsoleWorld.h"
#include "ui/audit/AuditPage.h"
#include "ui/audit/AuditTableModel.h"
#include "ui/widgets/KeyValueView.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace authscope;

class tst_AuditPage final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void modelPassesTester();
    void modelFetchesLazily();
    void pageReadsTable();
    void textFilterNarrowsRows();
    void actionFilterNarrowsRows();
    void verifyButtonReportsIntact();
    void verifyButtonReportsTamper();
    void newRowsAppear();
    void selectingRowShowsDetails();
    void dateFilterAndEmptyState();
    void loginActorIsTheUser();

private:
    void fill(int n);
    std::unique_ptr<test::ConsoleWorld> m_world;
};

void tst_AuditPage::init()
{
    m_world = std::make_unique<test::ConsoleWorld>();
    QVERIFY(m_world->open(QStringLiteral("page.db"), {}, QStringLiteral("tester")));
}

void tst_AuditPage::cleanup()
{
    m_world.reset();
}

void tst_AuditPage::fill(int n)
{
    for (int i = 1; i <= n; ++i) {
        const QString action = i % 2 ? QStringLiteral("session.revoke") : QStringLiteral("key.rotate");
        QVERIFY(
            m_world->audit->append(action, QStringLiteral("target-%1").arg(i), QJsonObject{{QStringLiteral("i"), i}}));
    }
}

void tst_AuditPage::modelPassesTester()
{
    fill(120);
    AuditTableModel model(*m_world->audit, 50);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    while (model.canFetchMore({})) {
        model.fetchMore({});
    }
    QCOMPARE(model.rowCount(), 120);
    model.setFilter(QStringLiteral("key.rotate"), QString());
    QCOMPARE(model.totalCount(), 60);
    model.setFilter(QString(), QStringLiteral("target-11"));
    QCOMPARE(model.totalCount(), 11); // 11, 110-119
}

void tst_AuditPage::modelFetchesLazily()
{
    fill(130);
    AuditTableModel model(*m_world->audit, 50);
    QCOMPARE(model.totalCount(), 130);
    QCOMPARE(model.rowCount(), 50);
    QVERIFY(model.canFetchMore({}));
    model.fetchMore({});
    QCOMPARE(model.rowCount(), 100);
    model.fetchMore({});
    QCOMPARE(model.rowCount(), 130);
    QVERIFY(!model.canFetchMore({}));
    // Newest first, with no gaps or repeats across pages.
    for (int row = 0; row < model.rowCount(); ++row) {
        QCOMPARE(model.data(model.index(row, 0), AuditTableModel::EntryIdRole).toLongLong(), 130 - row);
    }
}

void tst_AuditPage::pageReadsTable()
{
    fill(5);
    AuditPage page(AppContext{*m_world->db, *m_world->audit, *m_world->settings, Clock::system()});
    page.show();
    auto* table = page.findChild<QTableView*>(QStringLiteral("auditTableView"));
    QVERIFY(table);
    QCOMPARE(table->model()->rowCount(), 5);
    const QModelIndex newest = table->model()->index(0, static_cast<int>(AuditTableModel::Column::Target));
    QCOMPARE(newest.data().toString(), QStringLiteral("target-5"));
    QCOMPARE(table->model()->index(0, static_cast<int>(AuditTableModel::Column::Actor)).data().toString(),
             QStringLiteral("tester"));
    auto* count = page.findChild<QLabel*>(QStringLiteral("countLabel"));
    QVERIFY(count->text().contains(QStringLiteral("5")));
}

void tst_AuditPage::textFilterNarrowsRows()
{
    fill(20);
    AuditPage page(AppContext{*m_world->db, *m_world->audit, *m_world->settings, Clock::system()});
    page.show();
    auto* search = page.findChild<QLineEdit*>(QStringLiteral("searchLineEdit"));
    auto* table = page.findChild<QTableView*>(QStringLiteral("auditTableView"));
    QTest::keyClicks(search, QStringLiteral("target-1"));
    QTRY_COMPARE(table->model()->rowCount(), 11); // 1, 10..19
    search->clear();
    QTRY_COMPARE(table->model()->rowCount(), 20);
}

void tst_AuditPage::actionFilterNarrowsRows()
{
    fill(10);
    AuditPage page(AppContext{*m_world->db, *m_world->audit, *m_world->settings, Clock::system()});
    page.show();
    auto* combo = page.findChild<QComboBox*>(QStringLiteral("actionComboBox"));
    auto* table = page.findChild<QTableView*>(QStringLiteral("auditTableView"));
    const int exact = combo->findData(QStringLiteral("key.rotate"));
    QVERIFY(exact > 0);
    combo->setCurrentIndex(exact);
    QCOMPARE(table->model()->rowCount(), 5);
    const int prefix = combo->findData(QStringLiteral("session."));
    QVERIFY(prefix > 0);
    combo->setCurrentIndex(prefix);
    QCOMPARE(table->model()->rowCount(), 5);
    combo->setCurrentIndex(0);
    QCOMPARE(table->model()->rowCount(), 10);
}

void tst_AuditPage::verifyButtonReportsIntact()
{
    fill(3);
    AuditPage page(AppContext{*m_world->db, *m_world->audit, *m_world->settings, Clock::system()});
    page.show();
    auto* button = page.findChild<QPushButton*>(QStringLiteral("verifyButton"));
    auto* label = page.findChild<QLabel*>(QStringLiteral("verifyResultLabel"));
    QTest::mouseClick(button, Qt::LeftButton);
    QTRY_VERIFY(label->isVisible());
    QVERIFY2(label->text().contains(QStringLiteral("intact")), qPrintable(label->text()));
}

void tst_AuditPage::verifyButtonReportsTamper()
{
    fill(4);
    QSqlQuery q(m_world->db->connection());
    QVERIFY(q.exec(QStringLiteral("UPDATE audit_log SET actor='mallory' WHERE id=2")));
    AuditPage page(AppContext{*m_world->db, *m_world->audit, *m_world->settings, Clock::system()});
    page.show();
    QTest::mouseClick(page.findChild<QPushButton*>(QStringLiteral("verifyButton")), Qt::LeftButton);
    auto* label = page.findChild<QLabel*>(QStringLiteral("verifyResultLabel"));
    QVERIFY2(label->text().contains(QStringLiteral("row 2")), qPrintable(label->text()));
}

void tst_AuditPage::newRowsAppear()
{
    fill(2);
    AuditPage page(AppContext{*m_world->db, *m_world->audit, *m_world->settings, Clock::system()});
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    auto* table = page.findChild<QTableView*>(QStringLiteral("auditTableView"));
    QCOMPARE(table->model()->rowCount(), 2);
    QVERIFY(m_world->audit->append(QStringLiteral("server.start"), QStringLiteral("127.0.0.1:0")));
    QTRY_COMPARE(table->model()->rowCount(), 3);
    auto* combo = page.findChild<QComboBox*>(QStringLiteral("actionComboBox"));
    QVERIFY(combo->findData(QStringLiteral("server.start")) > 0);
}

void tst_AuditPage::selectingRowShowsDetails()
{
    fill(3);
    QVERIFY(m_world->audit->append(QStringLiteral("session.extend"), QStringLiteral("session:7"),
                                   QJsonObject{{QStringLiteral("new_expires_ms"), qint64(1'900'000'000'000)},
                                               {QStringLiteral("idle_timeout_s"), 1800}}));
    AuditPage page(AppContext{*m_world->db, *m_world->audit, *m_world->settings, Clock::system()});
    page.show();
    auto* table = page.findChild<QTableView*>(QStringLiteral("auditTableView"));
    auto* details = page.findChild<KeyValueView*>(QStringLiteral("detailsTreeWidget"));
    table->selectRow(2);
    QCOMPARE(details->valueOf(QStringLiteral("Target")), QStringLiteral("target-2"));
    QCOMPARE(details->valueOf(QStringLiteral("i")), QStringLiteral("2"));
    QVERIFY(!details->findItems(QStringLiteral("Hashes"), Qt::MatchExactly).isEmpty());
    // Key/value with readable times and durations, not raw JSON with exp_ms.
    table->selectRow(0);
    const QString expires = details->valueOf(QStringLiteral("new_expires_ms"));
    QVERIFY2(expires.contains(QStringLiteral("2030-03-17 17:46:40 UTC")), qPrintable(expires));
    QCOMPARE(details->valueOf(QStringLiteral("idle_timeout_s")), QStringLiteral("30 min"));
    QVERIFY(details->valueOf(QStringLiteral("Time")).contains(QStringLiteral("UTC")));
}

void tst_AuditPage::dateFilterAndEmptyState()
{
    fill(4);
    // An old row, written with a clock 40 days back.
    FakeClock past(QDateTime::currentMSecsSinceEpoch() - 40LL * 24 * 3600 * 1000);
    AuditLog oldLog(*m_world->db, past, QStringLiteral("tester"));
    QVERIFY(oldLog.append(QStringLiteral("key.rotate"), QStringLiteral("old-target")));
    AuditPage page(AppContext{*m_world->db, *m_world->audit, *m_world->settings, Clock::system()});
    page.show();
    auto* table = page.findChild<QTableView*>(QStringLiteral("auditTableView"));
    auto* period = page.findChild<QComboBox*>(QStringLiteral("periodComboBox"));
    auto* empty = page.findChild<QLabel*>(QStringLiteral("emptyStateLabel"));
    auto* details = page.findChild<KeyValueView*>(QStringLiteral("detailsTreeWidget"));
    QCOMPARE(table->model()->rowCount(), 5);
    period->setCurrentIndex(period->findData(qint64(7 * 24 * 3600)));
    QCOMPARE(table->model()->rowCount(), 4);
    QVERIFY(!empty->isVisible());
    // A filter that matches nothing: the empty state, and the details pane of the old selection cleared.
    table->selectRow(0);
    QVERIFY(details->topLevelItemCount() > 0);
    auto* search = page.findChild<QLineEdit*>(QStringLiteral("searchLineEdit"));
    QTest::keyClicks(search, QStringLiteral("no such thing"));
    QTRY_COMPARE(table->model()->rowCount(), 0);
    QVERIFY(empty->isVisible());
    QVERIFY(!table->isVisible());
    QVERIFY(empty->text().contains(QStringLiteral("No entry matches")));
    QCOMPARE(details->topLevelItemCount(), 0);
    search->clear();
    QTRY_COMPARE(table->model()->rowCount(), 4);
    QVERIFY(table->isVisible());
    // "Since…" a chosen moment: the old row comes back with a date before it.
    period->setCurrentIndex(period->findData(qint64(-1)));
    auto* since = page.findChild<QDateTimeEdit*>(QStringLiteral("sinceDateTimeEdit"));
    QVERIFY(since->isVisible());
    since->setDateTime(QDateTime::currentDateTime().addDays(-60));
    QTRY_COMPARE(table->model()->rowCount(), 5);
}

void tst_AuditPage::loginActorIsTheUser()
{
    // A real login to a real test server: the audit row's actor is the user who logged in, with the address.
    auto scratch = lab::LabScratch::create();
    QVERIFY2(scratch, qPrintable(scratch ? QString() : scratch.error().message));
    auto server = (*scratch)->startServer(lab::LabScratch::serverConfig());
    QVERIFY2(server, qPrintable(server ? QString() : server.error().message));
    QVERIFY((*scratch)->login((*server)->port(), false));
    (*server)->stop();
    Settings settings(m_world->dir.filePath(QStringLiteral("scratch.ini")));
    AuditPage page(AppContext{(*scratch)->database(), (*scratch)->audit(), settings, Clock::system()});
    page.show();
    auto* combo = page.findChild<QComboBox*>(QStringLiteral("actionComboBox"));
    combo->setCurrentIndex(combo->findData(QStringLiteral("session.create")));
    auto* table = page.findChild<QTableView*>(QStringLiteral("auditTableView"));
    QCOMPARE(table->model()->rowCount(), 1);
    QCOMPARE(table->model()->index(0, static_cast<int>(AuditTableModel::Column::Actor)).data().toString(),
             QStringLiteral("lab-user@127.0.0.1"));
}

QTEST_MAIN(tst_AuditPage)
#include "tst_auditpage.moc"
