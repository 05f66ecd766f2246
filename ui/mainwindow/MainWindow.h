#pragma once

#include "ui/mainwindow/AppContext.h"

#include <QList>
#include <QMainWindow>

#include <memory>

class QActionGroup;
class QLabel;
class QListWidget;
class QMenu;
class QStackedWidget;

namespace authscope {

class Page;
class Services;

// The console: a sidebar of pages (Sessions, Tokens, Keys, Test server, Audit log, Lab — those built so far),
// menus, and a status bar naming the open database.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(const AppContext& context, QWidget* parent = nullptr);
    ~MainWindow() override;

    // Shows the page with this id; false when there is none.
    bool showPage(const QString& pageId);
    [[nodiscard]] QString currentPageId() const;
    [[nodiscard]] QStringList pageIds() const;
    [[nodiscard]] Page* page(const QString& pageId) const;

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void addPage(Page* page);
    void createMenus();
    void showAbout();
    void openDatabase();
    void newDatabase();
    void launchWithDatabase(const QString& path);
    void connectToProfile();
    // The profile this window opened (empty: opened by path), and the title naming profile and location.
    [[nodiscard]] QString currentProfile() const;
    [[nodiscard]] QString databaseTitle() const;
    void rebuildRecentMenu();
    void onPageChanged(int row);
    // The Preferences' refresh interval, on the pages that refresh themselves.
    void applyRefreshInterval();

    std::unique_ptr<Services> m_services; // the key vault and store, when the context brought none
    AppContext m_context;
    QListWidget* m_navigation = nullptr;
    QStackedWidget* m_stack = nullptr;
    QLabel* m_databaseLabel = nullptr;
    QMenu* m_viewMenu = nullptr;
    QMenu* m_recentMenu = nullptr;
    QList<Page*> m_pages;
};

} // namespace authscope
