// The Sessions page in the offscreen platform: select a session, revoke it with the real button and dialog,
// and see its state change; search, chips, and an auto-refresh that picks up another process's revocation while
// keeping the selection.
#include "core/audit/AuditLog.h"
#include "core/common/Settings.h"
#include "core/sessions/SessionSeeder.h"
#include "core/sessions/SessionStore.h"
#include "core/sessions/UserStore.h"
#include "core/storage/Database.h"
#include "ui/sessions/RevokeDialog.h"
#include "ui/sessions/SessionColumnFitter.h"
#include "ui/sessions/SessionTableModel.h"
#include "ui/sessions/SessionsPage.h"
#include "ui/widgets/KeyValueView.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>

using namespace authscope;
using Column = SessionTableModel::Column;

class tst_SessionsPage final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<AuditLog> m_audit;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<SessionsPage> m_page;
    qint64 m_aliceSession = 0;

    QTableView* table() const { return m_page->findChild<QTableView*>(QStringLiteral("sessionTableView")); }
    SessionTableModel* model() const { return m_page->model(); }

    QPoint rowCenter(int row) const
    {
        QTableView* view = table();
        view->scrollTo(model()->index(row, 0));
        return view->visualRect(model()->index(row, static_cast<int>(Column::User))).center();
    }

    int stateOf(qint64 id) const
    {
        const int row = model()->rowOfSession(id);
        return row < 0 ? -1
                       : model()
                             ->data(model()->index(row, static_cast<int>(Column::State)), SessionTableModel::StateRole)
                             .toInt();
    }

private Q_SLOTS:
    void init()
    {
        m_db = std::move(Database::open(m_dir.filePath(QStringLiteral("page.db"))).value());
        m_audit = std::make_unique<AuditLog>(*m_db, Clock::system(), QStringLiteral("console-admin"));
        m_settings = std::make_unique<Settings>(m_dir.filePath(QStringLiteral("settings.ini")));
        SessionSeeder seeder(*m_db, *m_audit);
        SessionSeeder::Options options;
        options.count = 300;
        options.seed = 11;
        QVERIFY(seeder.run(options));
        UserStore users(*m_db, *m_audit);
        const qint64 alice = users.add(NewUser{QStringLiteral("zz.alice"), {}, {}, {}})->id;
        SessionStore store(*m_db, *m_audit);
        NewSession spec;
        spec.userId = alice;
        spec.ip = QStringLiteral("198.51.100.77");
        spec.userAgent = QStringLiteral("Mozilla/5.0 (X11; Linux x86_64; rv:121.0) Gecko/20100101 Firefox/121.0");
        m_aliceSession = store.create(spec)->session.id;

        const AppContext context{*m_db, *m_audit, *m_settings, Clock::system()};
        m_page = std::make_unique<SessionsPage>(context);
        m_page->resize(1400, 800);
        m_page->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    }

    void cleanup()
    {
        m_page.reset();
        m_settings.reset();
        m_audit.reset();
        m_db.reset();
        QFile::remove(m_dir.filePath(QStringLiteral("page.db")));
        QFile::remove(m_dir.filePath(QStringLiteral("page.db-wal")));
        QFile::remove(m_dir.filePath(QStringLiteral("page.db-shm")));
    }

    void showsTheFirstPageAndCounters()
    {
        QVERIFY(model()->rowCount() > 0);
        QCOMPARE(m_page->pageId(), QStringLiteral("sessions"));
        auto* active = m_page->findChild<QLabel*>(QStringLiteral("activeCountLabel"));
        QVERIFY(active);
        QVERIFY(active->text().remove(u',').toLongLong() > 0);
        QVERIFY(!m_page->findChild<QLabel*>(QStringLiteral("matchCountLabel"))->text().isEmpty());
        // The newest session is ours: it is first in "last seen" order.
        QCOMPARE(model()->sessionAt(0)->id, m_aliceSession);
    }

    void revokeSelectedSessionWithTheButton()
    {
        const int row = model()->rowOfSession(m_aliceSession);
        QVERIFY(row >= 0);
        QCOMPARE(stateOf(m_aliceSession), static_cast<int>(SessionState::Active));
        QTest::mouseClick(table()->viewport(), Qt::LeftButton, {}, rowCenter(row));
        auto* revoke = m_page->findChild<QPushButton*>(QStringLiteral("revokeButton"));
        QTRY_VERIFY(revoke->isEnabled());
        QCOMPARE(m_page->findChild<QLabel*>(QStringLiteral("idValueLabel"))->text(), QString::number(m_aliceSession));

        // The dialog is modal: answer it once it is up.
        bool answered = false;
        QTimer::singleShot(0, this, [&answered] {
            auto* dialog = qobject_cast<RevokeDialog*>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            auto* reason = dialog->findChild<QComboBox*>(QStringLiteral("reasonComboBox"));
            QVERIFY(reason);
            reason->setEditText(QStringLiteral("phishing report"));
            QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("confirmRevokeButton")), Qt::LeftButton);
            answered = true;
        });
        QTest::mouseClick(revoke, Qt::LeftButton);
        QVERIFY(answered);

        QTRY_COMPARE(stateOf(m_aliceSession), static_cast<int>(SessionState::Revoked));
        const int after = model()->rowOfSession(m_aliceSession);
        QCOMPARE(model()->data(model()->index(after, static_cast<int>(Column::State))).toString(),
                 QStringLiteral("Revoked"));
        // Still selected, and the details say why.
        QCOMPARE(table()->selectionModel()->selectedRows().size(), 1);
        QCOMPARE(table()->selectionModel()->selectedRows().constFirst().row(), after);
        QVERIFY(m_page->findChild<QLabel*>(QStringLiteral("revokedValueLabel"))
                    ->text()
                    .contains(QStringLiteral("phishing report")));
        QVERIFY(!revoke->isEnabled()); // nothing active selected any more
        auto stored = m_page->store().find(m_aliceSession);
        QCOMPARE(stored->revokeReason, QStringLiteral("phishing report"));
        QCOMPARE(stored->revokedBy, QStringLiteral("console-admin"));
    }

    void cancellingTheDialogRevokesNothing()
    {
        const int row = model()->rowOfSession(m_aliceSession);
        QTest::mouseClick(table()->viewport(), Qt::LeftButton, {}, rowCenter(row));
        QTimer::singleShot(0, this, [] {
            if (auto* dialog = qobject_cast<RevokeDialog*>(QApplication::activeModalWidget())) {
                dialog->reject();
            }
        });
        QTest::keyClick(table(), Qt::Key_Delete);
        QCOMPARE(stateOf(m_aliceSession), static_cast<int>(SessionState::Active));
    }

    void searchAndChips()
    {
        auto* search = m_page->findChild<QLineEdit*>(QStringLiteral("searchLineEdit"));
        QTest::keyClicks(search, QStringLiteral("user:zz.alice"));
        QTRY_COMPARE(model()->rowCount(), 1);
        QCOMPARE(model()->sessionAt(0)->id, m_aliceSession);
        search->clear();
        QTest::keyClicks(search, QStringLiteral("198.51.100.77"));
        QTRY_COMPARE(model()->rowCount(), static_cast<int>(*m_page->store().count(model()->filter())));
        QVERIFY(model()->rowOfSession(m_aliceSession) >= 0);
        search->clear();
        QTRY_VERIFY(model()->rowCount() > 1);

        auto* revokedChip = m_page->findChild<QToolButton*>(QStringLiteral("revokedChipToolButton"));
        QTest::mouseClick(revokedChip, Qt::LeftButton);
        QTRY_VERIFY(model()->rowCount() > 0);
        for (int row = 0; row < model()->rowCount(); ++row) {
            QCOMPARE(model()->data(model()->index(row, 0), SessionTableModel::StateRole).toInt(),
                     static_cast<int>(SessionState::Revoked));
        }
        QTest::mouseClick(revokedChip, Qt::LeftButton);
        QTRY_VERIFY(model()->rowOfSession(m_aliceSession) >= 0);
    }

    void autoRefreshSeesAnotherProcess()
    {
        const int row = model()->rowOfSession(m_aliceSession);
        QTest::mouseClick(table()->viewport(), Qt::LeftButton, {}, rowCenter(row));
        QCOMPARE(table()->selectionModel()->selectedRows().size(), 1);
        m_page->setAutoRefreshInterval(100);
        {
            // Another connection, as the CLI or the test server in another process would have.
            auto other = Database::open(m_dir.filePath(QStringLiteral("page.db")));
            QVERIFY(other);
            AuditLog audit(**other, Clock::system(), QStringLiteral("cli"));
            SessionStore store(**other, audit);
            QVERIFY(*store.revoke(m_aliceSession, QStringLiteral("from the command line")));
        }
        QTRY_COMPARE(stateOf(m_aliceSession), static_cast<int>(SessionState::Revoked));
        const QModelIndexList selected = table()->selectionModel()->selectedRows();
        QCOMPARE(selected.size(), 1);
        QCOMPARE(model()->data(selected.constFirst(), SessionTableModel::SessionIdRole).toLongLong(), m_aliceSession);
    }

    void revokeAllOfAUser()
    {
        const Session* s = model()->sessionAt(model()->rowOfSession(m_aliceSession));
        QVERIFY(s);
        table()->setCurrentIndex(model()->index(model()->rowOfSession(m_aliceSession), 0));
        QTimer::singleShot(0, this, [] {
            auto* dialog = qobject_cast<RevokeDialog*>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            dialog->setReason(QStringLiteral("offboarding"));
            dialog->accept();
        });
        m_page->revokeUserOfCurrent();
        QTRY_COMPARE(stateOf(m_aliceSession), static_cast<int>(SessionState::Revoked));
        QCOMPARE(m_page->store().find(m_aliceSession)->revokeReason, QStringLiteral("offboarding"));
    }

    void badSearchIsExplainedInlineAndClearsTheRows()
    {
        auto* search = m_page->findChild<QLineEdit*>(QStringLiteral("searchLineEdit"));
        auto* error = m_page->findChild<QLabel*>(QStringLiteral("searchErrorLabel"));
        auto* count = m_page->findChild<QLabel*>(QStringLiteral("matchCountLabel"));
        QVERIFY(model()->rowCount() > 0);
        QVERIFY(!error->isVisible());
        QTest::keyClicks(search, QStringLiteral("state:sleeping"));
        QTRY_VERIFY(error->isVisible());
        QVERIFY2(error->text().contains(QStringLiteral("sleeping")), qPrintable(error->text()));
        QCOMPARE(model()->rowCount(), 0);
        QVERIFY(count->text().contains(QStringLiteral("correct the search")));
        // An auto-refresh does not bring the old rows back under the unreadable search.
        m_page->refresh();
        QCOMPARE(model()->rowCount(), 0);
        search->clear();
        QTest::keyClicks(search, QStringLiteral("user:zz.alice"));
        QTRY_COMPARE(model()->rowCount(), 1);
        QVERIFY(!error->isVisible());
    }

    void loadedCountFollowsRowsAndExactCountOnDemand()
    {
        auto* count = m_page->findChild<QLabel*>(QStringLiteral("matchCountLabel"));
        auto* exact = m_page->findChild<QPushButton*>(QStringLiteral("exactCountButton"));
        // 301 sessions, a page is 200: the label says what is loaded, and follows as more rows arrive.
        QVERIFY2(count->text().contains(QStringLiteral("301 session(s) match; 200 loaded")), qPrintable(count->text()));
        QVERIFY(!exact->isVisible());
        model()->fetchMore({});
        QCOMPARE(model()->rowCount(), 301);
        QVERIFY2(count->text().contains(QStringLiteral("301 loaded")), qPrintable(count->text()));
        // Past the cap the count is "more than"; the exact number is one click away.
        m_page->setMatchCountCap(100);
        m_page->refresh();
        QVERIFY2(count->text().contains(QStringLiteral("More than 100")), qPrintable(count->text()));
        QVERIFY(exact->isVisible());
        QTest::mouseClick(exact, Qt::LeftButton);
        QVERIFY2(count->text().startsWith(QStringLiteral("301 session(s) match")), qPrintable(count->text()));
        QVERIFY(!exact->isVisible());
        // It stays exact through a refresh, and is counted again (capped) when the filter changes.
        m_page->refresh();
        QVERIFY(count->text().startsWith(QStringLiteral("301 session(s) match")));
        auto* search = m_page->findChild<QLineEdit*>(QStringLiteral("searchLineEdit"));
        QTest::keyClicks(search, QStringLiteral("user:zz.alice"));
        QTRY_VERIFY(count->text().startsWith(QStringLiteral("1 session(s) match")));
    }

    void detailsPaneRevokesExtendsAndReadsTheAuditTrail()
    {
        const int row = model()->rowOfSession(m_aliceSession);
        QTest::mouseClick(table()->viewport(), Qt::LeftButton, {}, rowCenter(row));
        auto* extend = m_page->findChild<QPushButton*>(QStringLiteral("detailsExtendButton"));
        auto* revoke = m_page->findChild<QPushButton*>(QStringLiteral("detailsRevokeButton"));
        QTRY_VERIFY(extend->isVisible());
        QVERIFY(extend->isEnabled() && revoke->isEnabled());
        const qint64 before = m_page->store().find(m_aliceSession).value().absoluteExpiresMs;
        extend->menu()->actions().constFirst()->trigger(); // by one hour
        QTRY_VERIFY(m_page->store().find(m_aliceSession).value().absoluteExpiresMs > before);

        // The audit trail: one row per entry, its details as key/value with readable times.
        auto* trail = m_page->findChild<KeyValueView*>(QStringLiteral("auditTrailTreeWidget"));
        QTRY_COMPARE(trail->topLevelItemCount(), 2);
        QTreeWidgetItem* created = trail->topLevelItem(0);
        QVERIFY2(created->text(1).startsWith(QStringLiteral("session.create by console-admin")),
                 qPrintable(created->text(1)));
        QStringList fields;
        for (int i = 0; i < created->childCount(); ++i) {
            fields << created->child(i)->text(0) + u'=' + created->child(i)->text(1);
        }
        QVERIFY2(fields.contains(QStringLiteral("ip=198.51.100.77")), qPrintable(fields.join(u' ')));
        QVERIFY2(fields.contains(QStringLiteral("idle_timeout_s=30 min")), qPrintable(fields.join(u' ')));
        QVERIFY(!trail->topLevelItem(1)->text(1).contains(u'{'));

        bool answered = false;
        QTimer::singleShot(0, this, [&answered] {
            auto* dialog = qobject_cast<RevokeDialog*>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            dialog->findChild<QComboBox*>(QStringLiteral("reasonComboBox"))->setEditText(QStringLiteral("lost laptop"));
            QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("confirmRevokeButton")), Qt::LeftButton);
            answered = true;
        });
        QTest::mouseClick(revoke, Qt::LeftButton);
        QVERIFY(answered);
        QTRY_COMPARE(stateOf(m_aliceSession), static_cast<int>(SessionState::Revoked));
        QTRY_VERIFY(!revoke->isEnabled());
    }

    void narrowWindowKeepsTheImportantColumns()
    {
        // No selection: no empty details pane.
        auto* details = m_page->findChild<QWidget*>(QStringLiteral("sessionDetailsWidget"));
        table()->clearSelection();
        QTRY_VERIFY(!details->isVisible());
        m_page->resize(850, 600); // the page's share of a 1024x700 window
        QTRY_VERIFY(m_page->columnFitter()->hiddenColumns().contains(static_cast<int>(Column::Created)));
        const int viewport = table()->viewport()->width();
        for (const Column c : {Column::User, Column::State, Column::Ip, Column::Client, Column::Method, Column::Jwts}) {
            const int column = static_cast<int>(c);
            QVERIFY2(!table()->isColumnHidden(column), qPrintable(QString::number(column)));
            QVERIFY(table()->columnViewportPosition(column) + table()->columnWidth(column) <= viewport + 1);
        }
        // IPv6 addresses are not cut.
        const int ipColumn = static_cast<int>(Column::Ip);
        for (int row = 0; row < model()->rowCount(); ++row) {
            const QString ip = model()->index(row, ipColumn).data().toString();
            QVERIFY2(table()->fontMetrics().horizontalAdvance(ip) < table()->columnWidth(ipColumn), qPrintable(ip));
        }
        // The live-JWT count is as wide as its header, not a stretched last column.
        QVERIFY(table()->columnWidth(static_cast<int>(Column::Jwts)) < 150);
        // Wide again: every column is back.
        m_page->resize(1500, 800);
        QTRY_VERIFY(m_page->columnFitter()->hiddenColumns().isEmpty());
        QVERIFY(!table()->isColumnHidden(static_cast<int>(Column::Created)));
    }
};

QTEST_MAIN(tst_SessionsPage)
#include "tst_sessionspage.moc"
