#include "core/audit/AuditLog.h"
#include "core/common/Settings.h"
#include "core/history/TokenHistory.h"
#include "core/storage/Database.h"
#include "tests/support/ConsoleWorld.h"
#include "ui/mainwindow/AboutDialog.h"
#include "ui/mainwindow/MainWindow.h"
#include "ui/mainwindow/Page.h"
#include "ui/mainwindow/PreferencesDialog.h"
#include "ui/widgets/ColorScheme.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QListWidget>
#include <QSpinBox>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QStyleOptionButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <cmath>

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
    void preferencesInOneDialog();
    void darkCheckBoxesAreOutlined();
    void refreshIntervalAppliesAtOnce();

private:
    std::unique_ptr<test::ConsoleWorld> m_world;
};

void tst_MainWindow::init()
{
    m_world = std::make_unique<test::ConsoleWorld>();
    QVERIFY(m_world->open(QStringLiteral("gui.db"), {}));
}

void tst_MainWindow::cleanup()
{
    m_world.reset();
}

void tst_MainWindow::showsBuiltPagesOnly()
{
    MainWindow w(AppContext{*m_world->db, *m_world->audit, *m_world->settings, Clock::system()});
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
    MainWindow w(AppContext{*m_world->db, *m_world->audit, *m_world->settings, Clock::system()});
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
    MainWindow w(AppContext{*m_world->db, *m_world->audit, *m_world->settings, Clock::system()});
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
    MainWindow w(AppContext{*m_world->db, *m_world->audit, *m_world->settings, Clock::system()});
    auto* label = w.findChild<QLabel*>(QStringLiteral("databaseLabel"));
    QVERIFY(label);
    QVERIFY(label->text().contains(QStringLiteral("gui.db")));
    QVERIFY(w.windowTitle().contains(QStringLiteral("gui.db")));
}

void tst_MainWindow::remembersGeometryAndPage()
{
    {
        MainWindow w(AppContext{*m_world->db, *m_world->audit, *m_world->settings, Clock::system()});
        w.resize(900, 640);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(w.showPage(QStringLiteral("audit")));
        w.close();
    }
    QVERIFY(!m_world->settings->mainWindowGeometry().isEmpty());
    QCOMPARE(m_world->settings->lastPage(), QStringLiteral("audit"));
    MainWindow again(AppContext{*m_world->db, *m_world->audit, *m_world->settings, Clock::system()});
    QCOMPARE(again.size(), QSize(900, 640));
    QCOMPARE(again.currentPageId(), QStringLiteral("audit"));
}

void tst_MainWindow::aboutDialogShowsVersions()
{
    AboutDialog dialog(m_world->db->path());
    auto* qt = dialog.findChild<QLabel*>(QStringLiteral("qtVersionLabel"));
    auto* ssl = dialog.findChild<QLabel*>(QStringLiteral("opensslVersionLabel"));
    auto* sqlite = dialog.findChild<QLabel*>(QStringLiteral("sqliteVersionLabel"));
    QVERIFY(qt && ssl && sqlite);
    QVERIFY(qt->text().contains(QStringLiteral("6.")));
    QVERIFY(ssl->text().contains(QStringLiteral("OpenSSL 3")));
    QVERIFY(sqlite->text().startsWith(QStringLiteral("3.")));
}

void tst_MainWindow::preferencesInOneDialog()
{
    QCOMPARE(TokenHistory(*m_world->db).rememberTokens().value(), false);
    {
        PreferencesDialog dialog(AppContext{*m_world->db, *m_world->audit, *m_world->settings, Clock::system()});
        auto* scheme = dialog.findChild<QComboBox*>(QStringLiteral("colorSchemeComboBox"));
        auto* language = dialog.findChild<QComboBox*>(QStringLiteral("languageComboBox"));
        QVERIFY(
            dialog.findChild<QLabel*>(QStringLiteral("languageNoteLabel"))->text().contains(QStringLiteral("next")));
        // The colour scheme applies at once, and Cancel puts it back.
        scheme->setCurrentIndex(scheme->findData(static_cast<int>(Settings::ColorScheme::Dark)));
        QVERIFY(isDarkPalette());
        language->setCurrentIndex(language->findData(QStringLiteral("de")));
        dialog.reject();
        QVERIFY(!isDarkPalette());
        QCOMPARE(m_world->settings->language(), QString());
    }
    PreferencesDialog dialog(AppContext{*m_world->db, *m_world->audit, *m_world->settings, Clock::system()});
    dialog.findChild<QComboBox*>(QStringLiteral("languageComboBox"))->setCurrentIndex(2); // Deutsch
    dialog.findChild<QCheckBox*>(QStringLiteral("rememberTokensCheckBox"))->setChecked(true);
    dialog.findChild<QSpinBox*>(QStringLiteral("serverPortSpinBox"))->setValue(9123);
    dialog.findChild<QCheckBox*>(QStringLiteral("denyListCheckBox"))->setChecked(false);
    dialog.findChild<QCheckBox*>(QStringLiteral("labQuickCheckBox"))->setChecked(false);
    dialog.accept();
    QCOMPARE(m_world->settings->language(), QStringLiteral("de"));
    QCOMPARE(m_world->settings->serverPort(), 9123);
    QCOMPARE(m_world->settings->serverDenyList(), false);
    QCOMPARE(m_world->settings->labQuick(), false);
    QCOMPARE(TokenHistory(*m_world->db).rememberTokens().value(), true);
}

void tst_MainWindow::darkCheckBoxesAreOutlined()
{
    applyColorScheme(Settings::ColorScheme::Dark);
    QCheckBox box(QStringLiteral("unchecked"));
    box.resize(box.sizeHint());
    const QImage image = box.grab().toImage();
    QStyleOptionButton option;
    option.initFrom(&box);
    const QRect indicator = box.style()->subElementRect(QStyle::SE_CheckBoxIndicator, &option, &box);
    const auto luminance = [](const QColor& c) {
        const auto channel = [](double v) { return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
        return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
    };
    const double field = luminance(QApplication::palette().color(QPalette::Base));
    double best = 0;
    for (int x = indicator.left(); x <= indicator.right(); ++x) {
        const double l = luminance(image.pixelColor(x, indicator.center().y()));
        best = std::max(best, (std::max(l, field) + 0.05) / (std::min(l, field) + 0.05));
    }
    applyColorScheme(Settings::ColorScheme::Light);
    // WCAG 1.4.11: the outline of an unchecked box stands out 3:1 from the field.
    QVERIFY2(best >= 3.0, qPrintable(QString::number(best)));
}

// The Preferences' refresh interval reaches the Sessions and Audit log pages' timers when OK is pressed.
void tst_MainWindow::refreshIntervalAppliesAtOnce()
{
    QCOMPARE(m_world->settings->refreshIntervalSecs(), 5);
    MainWindow window(AppContext{*m_world->db, *m_world->audit, *m_world->settings, Clock::system()});
    window.show();
    const auto timerOf = [&window](const QString& pageId) {
        return window.page(pageId)->findChild<QTimer*>(QStringLiteral("autoRefreshTimer"));
    };
    QVERIFY(timerOf(QStringLiteral("sessions")) && timerOf(QStringLiteral("audit")));
    QCOMPARE(timerOf(QStringLiteral("sessions"))->interval(), 5000);
    QCOMPARE(timerOf(QStringLiteral("audit"))->interval(), 5000);
    QTimer::singleShot(0, this, [] {
        auto* dialog = qobject_cast<PreferencesDialog*>(QApplication::activeModalWidget());
        QVERIFY(dialog != nullptr);
        auto* interval = dialog->findChild<QSpinBox*>(QStringLiteral("refreshIntervalSpinBox"));
        QVERIFY(interval != nullptr);
        QCOMPARE(interval->value(), 5);
        interval->setValue(42);
        dialog->accept();
    });
    window.findChild<QAction*>(QStringLiteral("preferencesAction"))->trigger();
    QCOMPARE(m_world->settings->refreshIntervalSecs(), 42);
    QCOMPARE(timerOf(QStringLiteral("sessions"))->interval(), 42000);
    QCOMPARE(timerOf(QStringLiteral("audit"))->interval(), 42000);
    // Out-of-range values are clamped, never a busy loop.
    m_world->settings->setRefreshIntervalSecs(0);
    QCOMPARE(m_world->settings->refreshIntervalSecs(), Settings::MinRefreshSecs);
}

QTEST_MAIN(tst_MainWindow)
#include "tst_mainwindow.moc"
