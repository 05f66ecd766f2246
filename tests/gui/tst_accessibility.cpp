// Keyboard and screen-reader checks over every page of the main window and the main dialogs: Tab walks
// each page in one run and reaches every control, every control has a name, nothing is clipped at 1024×700, and
// the colours keep their contrast in the light and the dark scheme.

#include "core/audit/AuditLog.h"
#include "core/common/Settings.h"
#include "core/keys/KeyChangePlan.h"
#include "core/sessions/Session.h"
#include "core/sessions/SessionSeeder.h"
#include "core/storage/Database.h"
#include "tests/support/AccessibilityChecks.h"
#include "ui/keys/GenerateKeyDialog.h"
#include "ui/keys/KeyActionDialog.h"
#include "ui/keys/KeyStateDelegate.h"
#include "ui/keys/PassphraseDialog.h"
#include "ui/keys/RotationPolicyDialog.h"
#include "ui/mainwindow/AboutDialog.h"
#include "ui/mainwindow/MainWindow.h"
#include "ui/mainwindow/Page.h"
#include "ui/sessions/RevokeDialog.h"
#include "ui/sessions/StateBadgeDelegate.h"
#include "ui/tokens/TokenPalette.h"
#include "ui/widgets/ColorScheme.h"
#include "ui/widgets/StatusColors.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QApplication>
#include <QChart>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QLoggingCategory>
#include <QMainWindow>
#include <QMenuBar>
#include <QPalette>
#include <QPlainTextEdit>
#include <QSet>
#include <QShortcut>
#include <QStackedWidget>
#include <QStandardItemModel>
#include <QStatusBar>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QVBoxLayout>

#include <functional>

using namespace authscope;
using namespace authscope::test;

namespace {

const QSize kSmallWindow(1024, 700);

QString lines(const QStringList& problems)
{
    return QStringLiteral("\n  ") + problems.join(QStringLiteral("\n  "));
}

// The page's search or filter field, if it has one.
QLineEdit* filterField(const QWidget* page)
{
    const QList<QLineEdit*> edits = page->findChildren<QLineEdit*>();
    for (QLineEdit* e : edits) {
        const QString name = e->objectName().toLower();
        if (e->isVisible() && (name.contains(QLatin1String("search")) || name.contains(QLatin1String("filter")))) {
            return e;
        }
    }
    return nullptr;
}

// Walks root's tab order and collects every problem: unreached or unnamed controls, a walk that gets stuck,
// leaves root and comes back, or reaches the table before the filter above it.
QStringList checkKeyboard(QWidget* root, const QString& where)
{
    QStringList problems;
    const TabWalk walk = walkTabOrder(root);
    if (qEnvironmentVariableIsSet("AUTHSCOPE_A11Y_VERBOSE")) {
        QStringList names;
        for (QWidget* w : visitedWithin(walk, root)) {
            names << accessibleName(w);
        }
        qInfo("%s: %s", qPrintable(where), qPrintable(names.join(QStringLiteral(" → "))));
    }
    QStringList found = orderProblems(walk, root);
    found << unreachedWidgets(walk, root);
    found << unnamedWidgets(root);
    if (QLineEdit* filter = filterField(root); filter != nullptr) {
        for (const QWidget* w : visitedWithin(walk, root)) {
            if (qobject_cast<const QTableView*>(w) != nullptr) {
                found << precedenceProblems(walk, filter, w);
                break;
            }
        }
    }
    // A tab bar comes before the page it shows.
    const QList<QTabWidget*> tabWidgets = root->findChildren<QTabWidget*>();
    for (const QTabWidget* tabs : tabWidgets) {
        const QWidget* bar = tabs->findChild<QTabBar*>(QString(), Qt::FindDirectChildrenOnly);
        if (bar == nullptr || !bar->isVisible() || tabs->currentWidget() == nullptr) {
            continue;
        }
        for (const QWidget* w : visitedWithin(walk, tabs->currentWidget())) {
            found << precedenceProblems(walk, bar, w);
            break;
        }
    }
    for (const QString& p : std::as_const(found)) {
        problems << where + QStringLiteral(": ") + p;
    }
    return problems;
}

// Shows each tab of each shown tab widget under scope in turn (and, inside it, each tab of the tab widgets it holds)
// and calls check for each.
void visitTabs(QWidget* scope, const QString& where, const std::function<QStringList(const QString&)>& check,
               QSet<QTabWidget*>& done, QStringList& problems)
{
    const QList<QTabWidget*> tabWidgets = scope->findChildren<QTabWidget*>();
    for (QTabWidget* tabs : tabWidgets) {
        if (!tabs->isVisible() || done.contains(tabs)) {
            continue;
        }
        done.insert(tabs);
        const int before = tabs->currentIndex();
        for (int i = 0; i < tabs->count(); ++i) {
            if (!tabs->isTabEnabled(i)) {
                continue;
            }
            tabs->setCurrentIndex(i);
            const QString here = where + QStringLiteral(" (tab \"%1\")").arg(tabs->tabText(i));
            problems << check(here);
            visitTabs(tabs->widget(i), here, check, done, problems);
        }
        tabs->setCurrentIndex(before);
    }
}

// Calls check(where) for root as it is, then once more with each tab of each tab widget shown, so what hidden
// tabs hold is checked too.
QStringList forEveryTab(QWidget* root, const QString& where, const std::function<QStringList(const QString&)>& check)
{
    QStringList problems = check(where);
    QSet<QTabWidget*> done;
    visitTabs(root, where, check, done, problems);
    problems.removeDuplicates();
    return problems;
}

QStringList checkKeyboardEveryTab(QWidget* root, const QString& where)
{
    return forEveryTab(root, where, [root](const QString& here) { return checkKeyboard(root, here); });
}

// Key sequences that do two things at once among what is shown of page now (and the window's menus).
QStringList shortcutClashes(QWidget* window, QWidget* page, const QString& where)
{
    QHash<QString, QStringList> seen;
    const auto add = [&seen](const QKeySequence& keys, const QString& what) {
        if (!keys.isEmpty()) {
            seen[keys.toString(QKeySequence::PortableText)] << what;
        }
    };
    const QList<QAction*> actions = window->findChildren<QAction*>();
    for (QAction* a : actions) {
        // The page's own actions and the window's (menus); not those of the other pages or of hidden widgets.
        const Page* owner = nullptr;
        const QWidget* holder = nullptr;
        for (QObject* o = a->parent(); o != nullptr && owner == nullptr; o = o->parent()) {
            owner = qobject_cast<const Page*>(o);
            if (holder == nullptr) {
                holder = qobject_cast<const QWidget*>(o);
            }
        }
        if ((owner != nullptr && owner != page) || (owner != nullptr && holder != nullptr && !holder->isVisible())) {
            continue;
        }
        for (const QKeySequence& k : a->shortcuts()) {
            add(k, a->objectName().isEmpty() ? a->text() : a->objectName());
        }
    }
    const QList<QAbstractButton*> buttons = page->findChildren<QAbstractButton*>();
    for (QAbstractButton* b : buttons) {
        if (b->isVisible()) {
            add(b->shortcut(), b->objectName());
        }
    }
    // Mnemonics that are no button's shortcut: the menu bar's, the tabs' and the buddy labels'.
    if (auto* mainWindow = qobject_cast<QMainWindow*>(window); mainWindow != nullptr) {
        const QList<QAction*> menus = mainWindow->menuBar()->actions();
        for (QAction* menu : menus) {
            add(QKeySequence::mnemonic(menu->text()), QStringLiteral("menu \"%1\"").arg(menu->text()));
        }
    }
    const QList<QTabBar*> bars = page->findChildren<QTabBar*>();
    for (QTabBar* bar : bars) {
        for (int i = 0; bar->isVisible() && i < bar->count(); ++i) {
            add(QKeySequence::mnemonic(bar->tabText(i)), QStringLiteral("tab \"%1\"").arg(bar->tabText(i)));
        }
    }
    const QList<QLabel*> labels = page->findChildren<QLabel*>();
    for (QLabel* label : labels) {
        if (label->isVisible() && label->buddy() != nullptr) {
            add(QKeySequence::mnemonic(label->text()), QStringLiteral("label \"%1\"").arg(label->text()));
        }
    }
    const QList<QShortcut*> shortcuts = page->findChildren<QShortcut*>();
    for (QShortcut* s : shortcuts) {
        const auto* holder = qobject_cast<const QWidget*>(s->parent());
        if (holder == nullptr || holder->isVisible()) {
            add(s->key(), s->objectName().isEmpty() ? QStringLiteral("QShortcut") : s->objectName());
        }
    }
    QStringList clashes;
    for (auto it = seen.cbegin(); it != seen.cend(); ++it) {
        QStringList owners = it.value();
        owners.removeDuplicates();
        if (owners.size() > 1) {
            clashes << QStringLiteral("%1: %2: %3").arg(where, it.key(), owners.join(QStringLiteral(", ")));
        }
    }
    return clashes;
}

// Where a minimum size comes from: the chain of the widgets with the largest minimum height under root.
QString tallestChain(const QWidget* root)
{
    QStringList chain;
    const QWidget* w = root;
    while (w != nullptr) {
        const QSize hint = w->minimumSizeHint().expandedTo(w->minimumSize());
        chain << QStringLiteral("%1 %2x%3").arg(describe(w)).arg(hint.width()).arg(hint.height());
        const QWidget* tallest = nullptr;
        int best = -1;
        const QList<QWidget*> children = w->findChildren<QWidget*>(Qt::FindDirectChildrenOnly);
        for (const QWidget* c : children) {
            const int h = c->minimumSizeHint().expandedTo(c->minimumSize()).height();
            if (!c->isWindow() && h > best) {
                best = h;
                tallest = c;
            }
        }
        w = tallest;
    }
    return chain.join(QStringLiteral("\n  "));
}

void printProblems(const QStringList& problems)
{
    // QVERIFY2 cuts long messages; the whole list goes to the log first.
    for (const QString& p : problems) {
        qWarning().noquote() << p;
    }
}

struct ColorPair
{
    const char* what;
    QColor foreground;
    QColor background;
    double minimum;
};

QStringList contrastProblems(const QList<ColorPair>& pairs, const QString& scheme)
{
    QStringList problems;
    for (const ColorPair& p : pairs) {
        const double ratio = contrastRatio(p.foreground, p.background);
        if (ratio < p.minimum) {
            problems << QStringLiteral("%1 scheme, %2: %3 on %4 is %5:1, below %6:1")
                            .arg(scheme, QString::fromLatin1(p.what), p.foreground.name(), p.background.name())
                            .arg(ratio, 0, 'f', 2)
                            .arg(p.minimum, 0, 'f', 1);
        }
    }
    return problems;
}

} // namespace

class tst_Accessibility final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();
    void helperComputesContrast();
    void helperFindsProblems();
    void everyPageIsCovered();
    void pageTabOrder_data();
    void pageTabOrder();
    void windowTabOrderEntersEveryPage();
    void pagesFitSmallWindow_data();
    void pagesFitSmallWindow();
    void pageActionsHaveKeys();
    void dialogs_data();
    void dialogs();
    void paletteContrast_data();
    void paletteContrast();
    void customColourContrast_data();
    void customColourContrast();

private:
    [[nodiscard]] std::unique_ptr<MainWindow> makeWindow();

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<AuditLog> m_audit;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<MainWindow> m_window;
};

void tst_Accessibility::initTestCase()
{
    QVERIFY(m_dir.isValid());
    // The page icons live in the application's resources, which the test does not link.
    QLoggingCategory::setFilterRules(QStringLiteral("qt.svg.warning=false"));
    m_db = std::move(Database::open(m_dir.filePath(QStringLiteral("a11y.db"))).value());
    m_audit = std::make_unique<AuditLog>(*m_db, Clock::system(), QStringLiteral("console-admin"));
    // Rows in the tables, so Tab must also get out of a table that has a current cell.
    SessionSeeder seeder(*m_db, *m_audit);
    SessionSeeder::Options options;
    options.count = 40;
    options.seed = 8;
    QVERIFY(seeder.run(options));
}

void tst_Accessibility::cleanupTestCase()
{
    m_audit.reset();
    m_db.reset();
}

void tst_Accessibility::init()
{
    m_settings = std::make_unique<Settings>(m_dir.filePath(QStringLiteral("settings.ini")));
    applyColorScheme(Settings::ColorScheme::Light);
}

void tst_Accessibility::cleanup()
{
    m_window.reset();
    m_settings.reset();
    QFile::remove(m_dir.filePath(QStringLiteral("settings.ini")));
}

std::unique_ptr<MainWindow> tst_Accessibility::makeWindow()
{
    auto w = std::make_unique<MainWindow>(AppContext{*m_db, *m_audit, *m_settings, Clock::system()});
    w->resize(kSmallWindow);
    w->show();
    w->activateWindow();
    if (!QTest::qWaitForWindowActive(w.get())) {
        qWarning("the main window did not become active");
    }
    return w;
}

void tst_Accessibility::helperComputesContrast()
{
    // Known values: black on white is 21:1, equal colours 1:1, #767676 on white the WCAG AA threshold (4.54:1).
    QCOMPARE(qRound(contrastRatio(Qt::black, Qt::white) * 100), 2100);
    QCOMPARE(contrastRatio(QColor(0x12, 0x34, 0x56), QColor(0x12, 0x34, 0x56)), 1.0);
    QCOMPARE(qRound(contrastRatio(QColor(0x76, 0x76, 0x76), Qt::white) * 100), 454);
    QCOMPARE(contrastRatio(Qt::white, Qt::black), contrastRatio(Qt::black, Qt::white));
}

void tst_Accessibility::helperFindsProblems()
{
    // A window with the faults the checks are for: an unnamed combo, a table that keeps Tab among its cells, a
    // text edit that takes Tab as a character.
    QWidget window;
    auto* layout = new QVBoxLayout(&window);
    auto* named = new QLineEdit(&window);
    auto* label = new QLabel(QStringLiteral("&Filter:"), &window);
    label->setBuddy(named);
    auto* combo = new QComboBox(&window);
    combo->addItems({QStringLiteral("one"), QStringLiteral("two")});
    QStandardItemModel model(5, 5);
    auto* table = new QTableView(&window);
    table->setModel(&model);
    table->setAccessibleName(QStringLiteral("Table"));
    auto* edit = new QPlainTextEdit(&window);
    for (QWidget* w : std::initializer_list<QWidget*>{label, named, combo, table, edit}) {
        layout->addWidget(w);
    }
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    QCOMPARE(accessibleName(named), QStringLiteral("Filter:"));
    QVERIFY(accessibleName(combo).isEmpty());    // its value "one" is no name
    QCOMPARE(unnamedWidgets(&window).size(), 2); // the combo and the text edit
    TabWalk walk = walkTabOrder(&window);
    QVERIFY(walk.problem.contains(QLatin1String("cells")));
    table->setTabKeyNavigation(false);
    walk = walkTabOrder(&window);
    QVERIFY(walk.problem.contains(QLatin1String("does not leave")));
    edit->setTabChangesFocus(true);
    walk = walkTabOrder(&window);
    QVERIFY2(walk.problem.isEmpty(), qPrintable(walk.problem));
    QVERIFY(walk.cycled);
    QCOMPARE(walk.visited.size(), 4);
    QVERIFY(unreachedWidgets(walk, &window).isEmpty());
    QVERIFY(precedenceProblems(walk, named, table).isEmpty());
    QCOMPARE(precedenceProblems(walk, table, named).size(), 1);
    // A widget taken out of the tab chain is reported as not reached.
    walk.visited.removeAll(QPointer<QWidget>(combo));
    QCOMPARE(unreachedWidgets(walk, &window).size(), 1);
}

void tst_Accessibility::everyPageIsCovered()
{
    m_window = makeWindow();
    // The data-driven tests below run over pageIds(); make sure that is every page in the stack.
    auto* stack = m_window->findChild<QStackedWidget*>(QStringLiteral("pageStackedWidget"));
    QVERIFY(stack);
    QCOMPARE(stack->count(), m_window->pageIds().size());
    QVERIFY(m_window->pageIds().contains(QStringLiteral("sessions")));
}

void tst_Accessibility::pageTabOrder_data()
{
    QTest::addColumn<QString>("pageId");
    // Whatever pages the window has now, so pages added later (the Lab) are covered without editing this test.
    Settings settings(m_dir.filePath(QStringLiteral("data.ini")));
    const MainWindow w(AppContext{*m_db, *m_audit, settings, Clock::system()});
    for (const QString& id : w.pageIds()) {
        QTest::newRow(qPrintable(id)) << id;
    }
}

void tst_Accessibility::pageTabOrder()
{
    QFETCH(QString, pageId);
    m_window = makeWindow();
    QVERIFY(m_window->showPage(pageId));
    Page* page = m_window->page(pageId);
    QVERIFY(page);
    QTRY_VERIFY(page->isVisible());
    // A row chosen in each table, so that the details panes that follow the selection are walked too.
    const QList<QTableView*> tables = page->findChildren<QTableView*>();
    for (QTableView* table : tables) {
        if (table->isVisible() && table->model() != nullptr && table->model()->rowCount() > 0 &&
            !table->currentIndex().isValid()) {
            table->setCurrentIndex(table->model()->index(0, 0));
        }
    }
    QStringList problems = checkKeyboardEveryTab(page, pageId);
    // What no tab shows now either: the other pages of stacked widgets (a key's source), hidden rows.
    for (const QString& p : unnamedWidgets(page, true)) {
        problems << pageId + QStringLiteral(" (hidden or disabled): ") + p;
    }
    printProblems(problems);
    const TabWalk walk = walkTabOrder(page);
    QStringList order;
    for (const QWidget* w : visitedWithin(walk, page)) {
        order << accessibleName(const_cast<QWidget*>(w));
    }
    qInfo("%s: Tab visits %d controls: %s", qPrintable(pageId), static_cast<int>(order.size()),
          qPrintable(order.join(QStringLiteral(" → "))));
    QVERIFY(order.size() >= 2);
    QVERIFY2(problems.isEmpty(), qPrintable(lines(problems)));
}

void tst_Accessibility::windowTabOrderEntersEveryPage()
{
    m_window = makeWindow();
    auto* nav = m_window->findChild<QWidget*>(QStringLiteral("navigationListWidget"));
    QVERIFY(nav);
    for (const QString& id : m_window->pageIds()) {
        QVERIFY(m_window->showPage(id));
        // From the sidebar, Tab goes into the page and, round the window, back to the sidebar.
        const TabWalk walk = walkTabOrder(m_window.get(), nav);
        QVERIFY2(walk.problem.isEmpty(), qPrintable(id + QStringLiteral(": ") + walk.problem));
        QVERIFY2(walk.cycled, qPrintable(id));
        QVERIFY2(walk.visited.size() > 1, qPrintable(id));
        QVERIFY2(m_window->page(id)->isAncestorOf(walk.visited.at(1)),
                 qPrintable(id + QStringLiteral(": after the sidebar comes ") + describe(walk.visited.at(1))));
        const QStringList order = orderProblems(walk, m_window->page(id));
        QVERIFY2(order.isEmpty(), qPrintable(id + lines(order)));
    }
}

void tst_Accessibility::pagesFitSmallWindow_data()
{
    pageTabOrder_data();
}

void tst_Accessibility::pagesFitSmallWindow()
{
    QFETCH(QString, pageId);
    m_window = makeWindow();
    QVERIFY(m_window->showPage(pageId));
    QTRY_COMPARE(m_window->size(), kSmallWindow);
    QWidget* central = m_window->centralWidget();
    QWidget* page = m_window->page(pageId);
    auto* stack = m_window->findChild<QStackedWidget*>(QStringLiteral("pageStackedWidget"));
    QVERIFY(central && page && stack);
    // The room the window leaves to its central area at 1024×700.
    const QSize available = central->size();
    QVERIFY2(available.height() >=
                 kSmallWindow.height() - m_window->menuBar()->height() - m_window->statusBar()->height() - 2,
             qPrintable(QStringLiteral("%1x%2").arg(available.width()).arg(available.height())));
    for (const QString& id : m_window->pageIds()) {
        if (m_window->page(id)->minimumSizeHint().height() > stack->height()) {
            qWarning().noquote() << tallestChain(m_window->page(id));
        }
    }
    const QSize centralMin = central->minimumSizeHint().expandedTo(central->minimumSize());
    QVERIFY2(centralMin.width() <= available.width() && centralMin.height() <= available.height(),
             qPrintable(QStringLiteral("central area needs %1x%2, has %3x%4")
                            .arg(centralMin.width())
                            .arg(centralMin.height())
                            .arg(available.width())
                            .arg(available.height())));
    const QSize pageMin = page->minimumSizeHint().expandedTo(page->minimumSize());
    if (pageMin.height() > stack->height()) {
        qWarning().noquote() << tallestChain(page);
    }
    QVERIFY2(pageMin.width() <= stack->width() && pageMin.height() <= stack->height(),
             qPrintable(QStringLiteral("%1 needs %2x%3, has %4x%5")
                            .arg(pageId)
                            .arg(pageMin.width())
                            .arg(pageMin.height())
                            .arg(stack->width())
                            .arg(stack->height())));
}

void tst_Accessibility::pageActionsHaveKeys()
{
    m_window = makeWindow();
    // Within what one page shows at a time (and the window's own menus) no key sequence does two things.
    QStringList clashes;
    for (const QString& id : m_window->pageIds()) {
        QVERIFY(m_window->showPage(id));
        QWidget* page = m_window->page(id);
        clashes << forEveryTab(
            page, id, [this, page](const QString& here) { return shortcutClashes(m_window.get(), page, here); });
    }
    printProblems(clashes);
    QVERIFY2(clashes.isEmpty(), qPrintable(lines(clashes)));
    // The pages that have a table to refresh and a field to search answer F5 and Ctrl+F.
    for (const QString& id : {QStringLiteral("sessions"), QStringLiteral("audit")}) {
        QVERIFY(m_window->showPage(id));
        QWidget* page = m_window->page(id);
        QLineEdit* filter = filterField(page);
        QVERIFY2(filter, qPrintable(id));
        auto* table = page->findChild<QTableView*>();
        QVERIFY(table);
        table->setFocus();
        QTest::keyClick(table, Qt::Key_F, Qt::ControlModifier);
        QTRY_VERIFY2(filter->hasFocus(), qPrintable(id + QStringLiteral(": Ctrl+F does not reach the filter")));
    }
    // The pages that show stored data re-read it on F5 (a button's or an action's key).
    for (const QString& id : {QStringLiteral("sessions"), QStringLiteral("keys"), QStringLiteral("audit")}) {
        QWidget* page = m_window->page(id);
        bool found = false;
        const QList<QAbstractButton*> buttons = page->findChildren<QAbstractButton*>();
        for (const QAbstractButton* b : buttons) {
            found = found || b->shortcut() == QKeySequence(QKeySequence::Refresh);
        }
        const QList<QAction*> actions = page->findChildren<QAction*>();
        for (const QAction* a : actions) {
            found = found || a->shortcuts().contains(QKeySequence(QKeySequence::Refresh));
        }
        QVERIFY2(found, qPrintable(id + QStringLiteral(": nothing answers F5")));
    }
}

void tst_Accessibility::dialogs_data()
{
    QTest::addColumn<QString>("dialog");
    for (const char* name :
         {"revoke", "generateKey", "keyAction", "rotationPolicy", "passphraseCreate", "passphraseUnlock", "about"}) {
        QTest::newRow(name) << QString::fromLatin1(name);
    }
}

void tst_Accessibility::dialogs()
{
    QFETCH(QString, dialog);
    std::unique_ptr<QDialog> d;
    if (dialog == QLatin1String("revoke")) {
        d = std::make_unique<RevokeDialog>(QStringLiteral("Revoke 2 sessions?"), QStringLiteral("They end now."));
    } else if (dialog == QLatin1String("generateKey")) {
        d = std::make_unique<GenerateKeyDialog>(QStringList{QStringLiteral("sig")}, QStringList{QStringLiteral("sig")});
    } else if (dialog == QLatin1String("keyAction")) {
        // The preview of a key change, with the reason a revocation asks for.
        KeyChangePlan plan;
        plan.action = KeyChangePlan::Action::Revoke;
        plan.unpublished << QStringLiteral("kid-1");
        d = std::make_unique<KeyActionDialog>(plan, QStringLiteral("Revoke kid-1"), QStringLiteral("Revoke"), true);
    } else if (dialog == QLatin1String("rotationPolicy")) {
        d = std::make_unique<RotationPolicyDialog>(RotationPolicy{});
    } else if (dialog == QLatin1String("passphraseCreate")) {
        d = std::make_unique<PassphraseDialog>(PassphraseDialog::Mode::Create);
    } else if (dialog == QLatin1String("passphraseUnlock")) {
        d = std::make_unique<PassphraseDialog>(PassphraseDialog::Mode::Unlock);
    } else if (dialog == QLatin1String("about")) {
        d = std::make_unique<AboutDialog>(m_db->path());
    }
    QVERIFY(d);
    d->show();
    QVERIFY(QTest::qWaitForWindowExposed(d.get()));
    QStringList problems = checkKeyboardEveryTab(d.get(), dialog);
    for (const QString& p : unnamedWidgets(d.get(), true)) {
        problems << dialog + QStringLiteral(" (hidden or disabled): ") + p;
    }
    printProblems(problems);
    QVERIFY2(problems.isEmpty(), qPrintable(lines(problems)));
    // A dialog fits on a small screen.
    const QSize hint = d->minimumSizeHint();
    QVERIFY2(hint.width() <= kSmallWindow.width() && hint.height() <= kSmallWindow.height(),
             qPrintable(QStringLiteral("%1x%2").arg(hint.width()).arg(hint.height())));
}

void tst_Accessibility::paletteContrast_data()
{
    QTest::addColumn<int>("scheme");
    // Offscreen has no platform palette: System falls back to the Fusion light palette, which must pass too.
    QTest::newRow("system") << static_cast<int>(Settings::ColorScheme::System);
    QTest::newRow("light") << static_cast<int>(Settings::ColorScheme::Light);
    QTest::newRow("dark") << static_cast<int>(Settings::ColorScheme::Dark);
}

void tst_Accessibility::paletteContrast()
{
    QFETCH(int, scheme);
    applyColorScheme(static_cast<Settings::ColorScheme>(scheme));
    const QPalette p = QApplication::palette();
    QCOMPARE(isDarkPalette(), static_cast<Settings::ColorScheme>(scheme) == Settings::ColorScheme::Dark);
    const QList<ColorPair> pairs{
        {"text/base", p.color(QPalette::Text), p.color(QPalette::Base), 4.5},
        {"text/alternate base", p.color(QPalette::Text), p.color(QPalette::AlternateBase), 4.5},
        {"window text/window", p.color(QPalette::WindowText), p.color(QPalette::Window), 4.5},
        {"button text/button", p.color(QPalette::ButtonText), p.color(QPalette::Button), 4.5},
        {"highlighted text/highlight", p.color(QPalette::HighlightedText), p.color(QPalette::Highlight), 4.5},
        {"tool tip text/tool tip base", p.color(QPalette::ToolTipText), p.color(QPalette::ToolTipBase), 4.5},
        {"link/base", p.color(QPalette::Link), p.color(QPalette::Base), 4.5},
        // The pages use the placeholder colour for quieter text too (captions, hints), so it must be readable.
        {"placeholder/base", p.color(QPalette::PlaceholderText), p.color(QPalette::Base), 4.5},
        {"placeholder/window", p.color(QPalette::PlaceholderText), p.color(QPalette::Window), 4.5},
        {"muted text/base", mutedTextColor(), p.color(QPalette::Base), 4.5},
        {"muted text/alternate base", mutedTextColor(), p.color(QPalette::AlternateBase), 4.5},
    };
    const QStringList problems = contrastProblems(pairs, QString::fromLatin1(QTest::currentDataTag()));
    QVERIFY2(problems.isEmpty(), qPrintable(lines(problems)));
}

void tst_Accessibility::customColourContrast_data()
{
    QTest::addColumn<int>("scheme");
    QTest::newRow("light") << static_cast<int>(Settings::ColorScheme::Light);
    QTest::newRow("dark") << static_cast<int>(Settings::ColorScheme::Dark);
}

void tst_Accessibility::customColourContrast()
{
    QFETCH(int, scheme);
    applyColorScheme(static_cast<Settings::ColorScheme>(scheme));
    const bool dark = isDarkPalette();
    const QPalette p = QApplication::palette();
    const QString tag = QString::fromLatin1(QTest::currentDataTag());
    QList<ColorPair> pairs;
    // Coloured text sits on base (views, editors) or on window (labels): 4.5:1 on both as it is text; the
    // issue asks at least 3:1 of every custom colour.
    const TokenPalette tokens = TokenPalette::current();
    const std::pair<const char*, QColor> tokenColours[] = {
        {"token header", tokens.header},    {"token payload", tokens.payload},  {"token signature", tokens.signature},
        {"JWE key", tokens.jweKey},         {"JWE IV", tokens.jweIv},           {"token good", tokens.good},
        {"token bad", tokens.bad},          {"token caution", tokens.caution},  {"token info", tokens.info},
        {"JSON string", tokens.jsonString}, {"JSON number", tokens.jsonNumber}, {"JSON literal", tokens.jsonLiteral},
    };
    for (const auto& [what, colour] : tokenColours) {
        pairs << ColorPair{what, colour, p.color(QPalette::Base), 4.5}
              << ColorPair{what, colour, p.color(QPalette::Window), 3.0};
    }
    const std::pair<const char*, StatusColor> statuses[] = {{"status good", StatusColor::Good},
                                                            {"status bad", StatusColor::Bad},
                                                            {"status caution", StatusColor::Caution},
                                                            {"status info", StatusColor::Info},
                                                            {"status neutral", StatusColor::Neutral}};
    for (const auto& [what, role] : statuses) {
        pairs << ColorPair{what, statusColor(role), p.color(QPalette::Base), 4.5}
              << ColorPair{what, statusColor(role), p.color(QPalette::Window), 4.5}
              << ColorPair{what, statusColor(role), p.color(QPalette::AlternateBase), 4.5};
    }
    // Key states: white text on a filled pill (light), the colour on a faint pill over base (dark).
    for (const KeyState state :
         {KeyState::Next, KeyState::Active, KeyState::Retiring, KeyState::Retired, KeyState::Revoked}) {
        const QColor c = KeyStateDelegate::stateColor(state);
        pairs << (dark ? ColorPair{"key state", c, p.color(QPalette::Base), 4.5}
                       : ColorPair{"key state (white on)", Qt::white, c, 4.5});
    }
    // Session states: the text on the badge, the badge against the table.
    for (const SessionState state : {SessionState::Active, SessionState::Expired, SessionState::Revoked}) {
        pairs << ColorPair{"session badge text", StateBadgeDelegate::badgeTextColor(),
                           StateBadgeDelegate::badgeColor(state), 4.5}
              << ColorPair{"session badge", StateBadgeDelegate::badgeColor(state), p.color(QPalette::Base), 3.0};
    }
    // Chart marks against the chart's background (the dark chart theme has a gradient: every stop counts).
    QChart chart;
    chart.setTheme(dark ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    QList<QColor> backgrounds{chart.backgroundBrush().color()};
    if (const QGradient* g = chart.backgroundBrush().gradient(); g != nullptr) {
        backgrounds.clear();
        for (const auto& stop : g->stops()) {
            backgrounds << stop.second;
        }
    }
    for (const QColor& bg : std::as_const(backgrounds)) {
        for (const auto& [what, role] : statuses) {
            pairs << ColorPair{what, chartColor(role, dark), bg, 3.0};
        }
    }
    const QStringList problems = contrastProblems(pairs, tag);
    QVERIFY2(problems.isEmpty(), qPrintable(lines(problems)));
}

QTEST_MAIN(tst_Accessibility)
#include "tst_accessibility.moc"
