#include "core/audit/AuditLog.h"
#include "core/common/Settings.h"
#include "core/storage/Database.h"
#include "ui/mainwindow/AboutDialog.h"
#include "ui/mainwindow/MainWindow.h"
#include "ui/mainwindow/Page.h"

#include <QAction>
#include <QLabel>
#include <QListWidget>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

using namespace authscope;

class tst_MainWindow final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void showsBuiltPagesOnly();
    void switchesPagesByClick();
    void switchesPagesByShortcutAction();
    void statusBarNamesDatabase();
    void remembersGeometryAndPage();
    void aboutDialogShowsVersions();

private:
    QTemporaryDir* m_dir = nullptr;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<AuditLog> m_audit;
    std::unique_ptr<Settings> m_settings;
};

void tst_MainWindow::init()
{
    m_dir = new QTemporaryDir;
    m_db = std::move(Database::open(m_dir->filePath(QStringLiteral("gui.db"))).value());
    m_audit = std::make_unique<AuditLog>(*m_db);
    m_settings = std::make_unique<Settings>(m_dir->filePath(QStringLiteral("settings.ini")));
}

void tst_MainWindow::cleanup()
{
    m_settings.reset();
    m_audit.reset();
    m_db.reset();
    delete m_dir;
}

void tst_MainWindow::showsBuiltPagesOnly()
{
    MainWindow w(AppContext{*m_db, *m_audit, *m_settings, Clock::system()});
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    const QStringList ids = w.pageIds();
    QVERIFY(ids.contains(QStringLiteral("audit")));
    // Pages keep the fixed sidebar order whatever is built.
    const QStringList order{QStringLiteral("sessions"), QStringLiteral("tokens"), QStringLiteral("keys"),
                            QStringLiteral("server"),   QStringLiteral("audit"),  QStringLiteral("lab"),
                            QStringLiteral("issuers")};
    qsizetype last = -1;
    for (const QString& id : ids) {
        const qsizetype rank = order.indexOf(id);
        QVERIFY2(rank > last, qPrintable(id));
        last = rank;
    }
    auto* nav = w.findChild<QListWidget*>(QStringLiteral("navigationListWidget"));
    QVERIFY(nav);
    QCOMPARE(nav->count(), ids.size());
    for (int i = 0; i < nav->count(); ++i) {
        QVERIFY(!nav->item(i)->text().isEmpty());
        QVERIFY(w.page(ids.at(i)) != nullptr);
    }
}

void tst_MainWindow::switchesPagesByClick()
{
    MainWindow w(AppContext{*m_db, *m_audit, *m_settings, Clock::system()});
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    auto* nav = w.findChild<QListWidget*>(QStringLiteral("navigationListWidget"));
    auto* stack = w.findChild<QStackedWidget*>(QStringLiteral("pageStackedWidget"));
    QVERIFY(nav && stack);
    for (int i = nav->count() - 1; i >= 0; --i) {
        const QRect rect = nav->visualItemRect(nav->item(i));
        QTest::mouseClick(nav->viewport(), Qt::LeftButton, {}, rect.center());
        QTRY_COMPARE(stack->currentIndex(), i);
        QCOMPARE(w.currentPageId(), w.pageIds().at(i));
        QCOMPARE(stack->currentWidget(), w.page(w.pageIds().at(i)));
    }
}

void tst_MainWindow::switchesPagesByShortcutAction()
{
    MainWindow w(AppContext{*m_db, *m_audit, *m_settings, Clock::system()});
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    auto* action = w.findChild<QAction*>(QStringLiteral("auditPageAction"));
    QVERIFY(action);
    QVERIFY(!action->shortcut().isEmpty());
    action->trigger();
    QCOMPARE(w.currentPageId(), QStringLiteral("audit"));
    QVERIFY(!w.showPage(QStringLiteral("no-such-page")));
}

void tst_MainWindow::statusBarNamesDatabase()
{
    MainWindow w(AppContext{*m_db, *m_audit, *m_settings, Clock::system()});
    auto* label = w.findChild<QLabel*>(QStringLiteral("databaseLabel"));
    QVERIFY(label);
    QVERIFY(label->text().contains(QStringLiteral("gui.db")));
    QVERIFY(w.windowTitle().contains(QStringLiteral("gui.db")));
}

void tst_MainWindow::remembersGeometryAndPage()
{
    {
        MainWindow w(AppContext{*m_db, *m_audit, *m_settings, Clock::system()});
        w.resize(900, 640);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(w.showPage(QStringLiteral("audit")));
        w.close();
    }
    QVERIFY(!m_settings->mainWindowGeometry().isEmpty());
    QCOMPARE(m_settings->lastPage(), QStringLiteral("audit"));
    MainWindow again(AppContext{*m_db, *m_audit, *m_settings, Clock::system()});
    QCOMPARE(again.size(), QSize(900, 640));
    QCOMPARE(again.currentPageId(), QStringLiteral("audit"));
}

void tst_MainWindow::aboutDialogShowsVersions()
{
    AboutDialog dialog(m_db->path());
    auto* qt = dialog.findChild<QLabel*>(QStringLiteral("qtVersionLabel"));
    auto* ssl = dialog.findChild<QLabel*>(QStringLiteral("opensslVersionLabel"));
    auto* sqlite = dialog.findChild<QLabel*>(QStringLiteral("sqliteVersionLabel"));
    QVERIFY(qt && ssl && sqlite);
    QVERIFY(qt->text().contains(QStringLiteral("6.")));
    QVERIFY(ssl->text().contains(QStringLiteral("OpenSSL 3")));
    QVERIFY(sqlite->text().startsWith(QStringLiteral("3.")));
}

QTEST_MAIN(tst_MainWindow)
#include "tst_mainwindow.moc"
