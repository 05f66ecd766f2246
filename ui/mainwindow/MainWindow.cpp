#include "ui/mainwindow/MainWindow.h"

#include "core/common/DisplayText.h"
#include "core/common/Settings.h"
#include "core/services/Services.h"
#include "core/storage/Database.h"
#include "core/storage/PostgresUrl.h"
#include "core/storage/SqliteFileGuard.h"
#include "ui/audit/AuditPage.h"
#include "ui/connect/ConnectDialog.h"
#include "ui/issuers/IssuersPage.h"
#include "ui/keys/KeysPage.h"
#include "ui/lab/LabPage.h"
#include "ui/mainwindow/AboutDialog.h"
#include "ui/mainwindow/Page.h"
#include "ui/mainwindow/PreferencesDialog.h"
#include "ui/server/ServerPage.h"
#include "ui/sessions/SessionsPage.h"
#include "ui/tokens/TokensPage.h"
#include "ui/widgets/ColorScheme.h"
#include "ui/widgets/WidgetFactory.h"

#include <algorithm>

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QProcess>
#include <QScreen>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>

namespace authscope {

namespace {

// The sidebar order, whatever order the pages were added in.
const QStringList kPageOrder{QStringLiteral("sessions"), QStringLiteral("tokens"), QStringLiteral("keys"),
                             QStringLiteral("server"),   QStringLiteral("audit"),  QStringLiteral("lab"),
                             QStringLiteral("issuers")};

} // namespace

namespace {

// The context with the key store every page shares; when the caller brought none, `services` builds it (and the
// vault, unless the caller brought one).
AppContext withKeyStore(const AppContext& context, std::unique_ptr<Services>& services)
{
    if (context.keyStore != nullptr) {
        return context;
    }
    services = std::make_unique<Services>(context.database, context.audit, context.keyVault, context.clock);
    AppContext shared = context;
    shared.keyVault = *services->keyVault();
    shared.keyStore = *services->keyStore();
    return shared;
}

} // namespace

MainWindow::MainWindow(const AppContext& context, QWidget* parent)
    : QMainWindow(parent), m_context(withKeyStore(context, m_services))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("AuthScope — %1").arg(databaseTitle()));
    setWindowIcon(QIcon(QStringLiteral(":/icons/authscope.svg")));
    setMinimumSize(800, 520);

    m_navigation = makeNamed<QListWidget>(QStringLiteral("navigationListWidget"), this);
    m_navigation->setAccessibleName(tr("Pages"));
    m_navigation->setIconSize(QSize(20, 20));
    m_navigation->setSpacing(2);
    m_navigation->setMinimumWidth(150);
    m_navigation->setMaximumWidth(240);
    m_navigation->setFrameShape(QFrame::NoFrame);

    m_stack = makeNamed<QStackedWidget>(QStringLiteral("pageStackedWidget"), this);

    auto* splitter =
        makeSplitter(QStringLiteral("mainSplitter"), Qt::Horizontal, {{m_navigation, 0}, {m_stack, 1}}, this);
    splitter->setSizes({170, 1000});
    setCentralWidget(splitter);

    // Pages (each issue adds its own)
    addPage(new KeysPage(m_context, this));
    addPage(new SessionsPage(m_context, this));
    addPage(new TokensPage(m_context, this));
    addPage(new ServerPage(m_context, this));
    addPage(new AuditPage(m_context, this));
    addPage(new IssuersPage(m_context, this));
    addPage(new LabPage(m_context, this));
    // As wide as the longest page name in this language ("Servidor de prueba"), within the 150 to 240 px above; a
    // longer one is elided rather than given a horizontal scroll bar under the page list.
    m_navigation->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_navigation->setMinimumWidth(std::clamp(m_navigation->sizeHintForColumn(0) + 2 * m_navigation->spacing() +
                                                 2 * m_navigation->frameWidth() + 8,
                                             150, 240));

    m_databaseLabel = makeNamed<QLabel>(QStringLiteral("databaseLabel"), this);
    // The file name only, so that status messages keep room at 1024 px; the whole path is in the tool tip.
    m_databaseLabel->setText(
        tr("Database: %1 (schema %2)").arg(databaseTitle()).arg(m_context.database.schemaVersion()));
    m_databaseLabel->setToolTip(QDir::toNativeSeparators(m_context.database.path()));
    m_databaseLabel->setAccessibleDescription(QDir::toNativeSeparators(m_context.database.path()));
    m_databaseLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    statusBar()->addPermanentWidget(m_databaseLabel);
    // F-FILE-MODES: what opening the database had to make private, where the user sees it (until another message).
    if (const QStringList fixed = SqliteFileGuard::takeWarnings(); !fixed.isEmpty()) {
        statusBar()->showMessage(fixed.join(u' '));
        m_databaseLabel->setToolTip(m_databaseLabel->toolTip() + u'\n' + fixed.join(u'\n'));
    }

    createMenus();
    applyRefreshInterval();
    connect(m_navigation, &QListWidget::currentRowChanged, this, &MainWindow::onPageChanged);

    if (!restoreGeometry(m_context.settings.mainWindowGeometry())) {
        const QSize avail = screen() ? screen()->availableSize() : QSize(1600, 1000);
        resize(std::min(1280, avail.width()), std::min(820, avail.height()));
    }
    restoreState(m_context.settings.mainWindowState());
    if (!showPage(m_context.settings.lastPage()) && !m_pages.isEmpty()) {
        m_navigation->setCurrentRow(0);
    }
}

MainWindow::~MainWindow()
{
    // The pages use the key store, which m_services may own: they go before it.
    qDeleteAll(m_pages);
}

void MainWindow::addPage(Page* page)
{
    // Insert at the page's place in the fixed order.
    const qsizetype rank = kPageOrder.indexOf(page->pageId());
    qsizetype at = 0;
    while (at < m_pages.size() && kPageOrder.indexOf(m_pages.at(at)->pageId()) < rank) {
        ++at;
    }
    m_pages.insert(at, page);
    m_stack->insertWidget(static_cast<int>(at), page);
    auto* item = new QListWidgetItem(page->icon(), page->title());
    item->setData(Qt::UserRole, page->pageId());
    item->setToolTip(page->title());
    m_navigation->insertItem(static_cast<int>(at), item);
    connect(page, &Page::statusMessage, this, [this](const QString& text) { statusBar()->showMessage(text, 8000); });
    connect(page, &Page::tokenOpenRequested, this, [this](const QString& token) {
        if (auto* tokens = qobject_cast<TokensPage*>(this->page(QStringLiteral("tokens")))) {
            tokens->setTokenText(token);
            showPage(tokens->pageId());
        }
    });
}

bool MainWindow::showPage(const QString& pageId)
{
    for (qsizetype i = 0; i < m_pages.size(); ++i) {
        if (m_pages.at(i)->pageId() == pageId) {
            m_navigation->setCurrentRow(static_cast<int>(i));
            return true;
        }
    }
    return false;
}

QString MainWindow::currentPageId() const
{
    const int row = m_navigation->currentRow();
    return row >= 0 && row < m_pages.size() ? m_pages.at(row)->pageId() : QString();
}

QStringList MainWindow::pageIds() const
{
    QStringList ids;
    for (const Page* p : m_pages) {
        ids << p->pageId();
    }
    return ids;
}

Page* MainWindow::page(const QString& pageId) const
{
    for (Page* p : m_pages) {
        if (p->pageId() == pageId) {
            return p;
        }
    }
    return nullptr;
}

void MainWindow::applyRefreshInterval()
{
    const int ms = m_context.settings.refreshIntervalSecs() * 1000;
    if (auto* sessions = qobject_cast<SessionsPage*>(page(QStringLiteral("sessions")))) {
        sessions->setAutoRefreshInterval(ms);
    }
    if (auto* audit = qobject_cast<AuditPage*>(page(QStringLiteral("audit")))) {
        audit->setAutoRefreshInterval(ms);
    }
}

void MainWindow::onPageChanged(int row)
{
    if (row < 0 || row >= m_pages.size()) {
        return;
    }
    m_stack->setCurrentIndex(row);
    Page* p = m_pages.at(row);
    p->activated();
    m_context.settings.setLastPage(p->pageId());
    const QList<QAction*> actions = m_viewMenu ? m_viewMenu->actions() : QList<QAction*>{};
    for (QAction* a : actions) {
        if (a->data().toString() == p->pageId()) {
            a->setChecked(true);
        }
    }
}

void MainWindow::createMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->setObjectName(QStringLiteral("fileMenu"));
    QAction* open = file->addAction(tr("&Open Database…"), this, &MainWindow::openDatabase);
    open->setShortcut(QKeySequence::Open);
    open->setObjectName(QStringLiteral("openDatabaseAction"));
    QAction* create = file->addAction(tr("&New Database…"), this, &MainWindow::newDatabase);
    create->setShortcut(QKeySequence::New);
    create->setObjectName(QStringLiteral("newDatabaseAction"));
    QAction* connectTo = file->addAction(tr("&Connect…"), this, &MainWindow::connectToProfile);
    connectTo->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    connectTo->setObjectName(QStringLiteral("connectAction"));
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    m_recentMenu->setObjectName(QStringLiteral("recentMenu"));
    rebuildRecentMenu();
    file->addSeparator();
    QAction* preferences = file->addAction(tr("&Preferences…"), this, [this] {
        PreferencesDialog dialog(m_context, this);
        if (dialog.exec() == QDialog::Accepted) {
            applyRefreshInterval();
        }
    });
    preferences->setObjectName(QStringLiteral("preferencesAction"));
    preferences->setShortcut(QKeySequence::Preferences);
    preferences->setMenuRole(QAction::PreferencesRole);
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setObjectName(QStringLiteral("quitAction"));

    m_viewMenu = menuBar()->addMenu(tr("&View"));
    m_viewMenu->setObjectName(QStringLiteral("viewMenu"));
    auto* pageGroup = new QActionGroup(this);
    for (qsizetype i = 0; i < m_pages.size(); ++i) {
        Page* p = m_pages.at(i);
        QAction* a = m_viewMenu->addAction(p->icon(), p->title());
        a->setCheckable(true);
        a->setData(p->pageId());
        a->setObjectName(p->pageId() + QStringLiteral("PageAction"));
        if (i < 9) {
            a->setShortcut(QKeySequence(Qt::CTRL | static_cast<Qt::Key>(Qt::Key_1 + i)));
        }
        pageGroup->addAction(a);
        const QString id = p->pageId();
        connect(a, &QAction::triggered, this, [this, id] { showPage(id); });
    }
    m_viewMenu->addSeparator();
    QMenu* scheme = m_viewMenu->addMenu(tr("&Colour Scheme"));
    scheme->setObjectName(QStringLiteral("colorSchemeMenu"));
    auto* schemeGroup = new QActionGroup(this);
    const std::pair<Settings::ColorScheme, QString> schemes[] = {
        {Settings::ColorScheme::System, tr("Follow the &System")},
        {Settings::ColorScheme::Light, tr("&Light")},
        {Settings::ColorScheme::Dark, tr("&Dark")},
    };
    for (const auto& [value, label] : schemes) {
        QAction* a = scheme->addAction(label);
        a->setCheckable(true);
        a->setChecked(m_context.settings.colorScheme() == value);
        schemeGroup->addAction(a);
        const Settings::ColorScheme chosen = value;
        connect(a, &QAction::triggered, this, [this, chosen] {
            m_context.settings.setColorScheme(chosen);
            applyColorScheme(chosen);
        });
    }

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->setObjectName(QStringLiteral("helpMenu"));
    QAction* about = help->addAction(tr("&About AuthScope"), this, &MainWindow::showAbout);
    about->setObjectName(QStringLiteral("aboutAction"));
    about->setShortcut(QKeySequence::HelpContents);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
}

void MainWindow::rebuildRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = m_context.settings.recentDatabases();
    for (const QString& path : recent) {
        if (path == m_context.database.path()) {
            continue;
        }
        m_recentMenu->addAction(QDir::toNativeSeparators(path), this, [this, path] { launchWithDatabase(path); });
    }
    m_recentMenu->setEnabled(!m_recentMenu->isEmpty());
}

void MainWindow::showAbout()
{
    AboutDialog dialog(m_context.database.path(), this);
    dialog.exec();
}

void MainWindow::openDatabase()
{
    launchWithDatabase(QFileDialog::getOpenFileName(this, tr("Open database"),
                                                    QFileInfo(m_context.database.path()).absolutePath(),
                                                    tr("AuthScope databases (*.db *.sqlite);;All files (*)")));
}

void MainWindow::newDatabase()
{
    launchWithDatabase(QFileDialog::getSaveFileName(this, tr("New database"),
                                                    QFileInfo(m_context.database.path()).absolutePath(),
                                                    tr("AuthScope databases (*.db)")));
}

void MainWindow::launchWithDatabase(const QString& path)
{
    if (path.isEmpty()) {
        return; // the file dialog was cancelled
    }
    // Every page holds services bound to one database, so another database opens in its own window
    // (a second process), the way a document application opens a second document.
    auto db = Database::open(path);
    if (!db) {
        QMessageBox::warning(this, tr("Cannot open database"), db.error().message);
        return;
    }
    db->reset();
    if (!QProcess::startDetached(QCoreApplication::applicationFilePath(), {QStringLiteral("--db"), path})) {
        QMessageBox::warning(this, tr("Cannot open database"), tr("Could not start a new AuthScope window."));
        return;
    }
    m_context.settings.addRecentDatabase(QFileInfo(path).absoluteFilePath());
    rebuildRecentMenu();
}

QString MainWindow::currentProfile() const
{
    const QString last = m_context.settings.lastProfile();
    return !last.isEmpty() && m_context.settings.profileLocation(last) == m_context.database.path() ? last : QString();
}

QString MainWindow::databaseTitle() const
{
    // A PostgreSQL location is its URI without a password: user@host:port/database is what tells servers apart.
    const QString path = m_context.database.path();
    QString where = QFileInfo(path).fileName();
    if (PostgresUrl::isPostgresUrl(path)) {
        if (auto url = PostgresUrl::parse(path)) {
            where = QStringLiteral("%1@%2:%3/%4").arg(url->user, url->host).arg(url->port).arg(url->database);
        }
    }
    where = DisplayText::escape(where);
    const QString profile = currentProfile();
    return profile.isEmpty() ? where : tr("%1 (%2)").arg(DisplayText::escape(profile), where);
}

void MainWindow::connectToProfile()
{
    ConnectDialog dialog(m_context.settings, currentProfile(), this);
    if (dialog.exec() != QDialog::Accepted || dialog.chosenProfile().isEmpty()) {
        return;
    }
    // Like another file, another database opens in its own window; that process reads the profile's location and
    // its keychain password itself, so no password crosses a command line.
    if (!QProcess::startDetached(QCoreApplication::applicationFilePath(),
                                 {QStringLiteral("--profile"), dialog.chosenProfile()})) {
        QMessageBox::warning(this, tr("Cannot open database"), tr("Could not start a new AuthScope window."));
    }
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    m_context.settings.setMainWindowGeometry(saveGeometry());
    m_context.settings.setMainWindowState(saveState());
    m_context.settings.sync();
    QMainWindow::closeEvent(event);
}

} // namespace authscope
