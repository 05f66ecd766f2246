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
#include "ui/sessions/SessionTableModel.h"
#include "ui/sessions/SessionsPage.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
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
};

QTEST_MAIN(tst_SessionsPage)
#include "tst_sessionspage.moc"
