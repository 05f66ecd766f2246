#pragma once

#include "ui/mainwindow/AppContext.h"
#include "ui/mainwindow/Page.h"
#include "ui/widgets/WidgetsFwd.h"

#include <memory>

namespace authscope {

class IssuedTokenRegistry;
class SessionColumnFitter;
class SessionDetailsPane;
class SessionStore;
class SessionTableModel;

// The Sessions page: every session of the test server's users, live and past, from a table that reads the
// database a page at a time. Search and filter chips narrow it in SQL; rows can be revoked (one, many, or all
// of a user, with a reason) and extended; the details pane shows the record, its JWTs and its audit trail.
// It refreshes itself every few seconds, keeping the selection and what is in view.
class SessionsPage final : public Page
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SessionsPage)

public:
    explicit SessionsPage(const AppContext& context, QWidget* parent = nullptr);
    ~SessionsPage() override;

    [[nodiscard]] QIcon icon() const override;
    void activated() override;

    [[nodiscard]] SessionTableModel* model() const { return m_model; }
    [[nodiscard]] SessionStore& store() const { return *m_store; }
    [[nodiscard]] SessionColumnFitter* columnFitter() const { return m_columnFitter; }
    void setAutoRefreshInterval(int ms);
    // Up to how many matches the count is exact without asking (10,000); tests lower it.
    void setMatchCountCap(qint64 cap) { m_matchCap = cap; }

public Q_SLOTS:
    void refresh();
    // Asks for a reason, then revokes the selected active sessions.
    void revokeSelected();
    void revokeSessions(const QList<qint64>& ids, const QString& reason);
    // Asks for a reason, then revokes every session of the current row's user.
    void revokeUserOfCurrent();
    void extendSelected(qint64 seconds);

protected:
    void changeEvent(QEvent* event) override;

private:
    QLayout* buildCounterRow();
    QLayout* buildFilterRow();
    void buildTable();
    void createActions();
    void createTimers();
    void connectSignals();
    QToolButton* makeChip(const QString& text, const QString& objectName, const QString& toolTip);
    QWidget* makeCounter(const QString& caption, const QString& objectName, QLabel*& value);
    void applyFilter();
    void updateCounters();
    void updateMatchCount();
    void showMatchCount();
    void countExactly();
    void updateSelection();
    void autoRefresh();
    void showContextMenu(const QPoint& position);
    void filterBy(const QString& searchText);
    [[nodiscard]] QList<qint64> selectedIds(bool activeOnly) const;

    AppContext m_context;
    std::unique_ptr<SessionStore> m_store;
    std::unique_ptr<IssuedTokenRegistry> m_tokens;
    SessionTableModel* m_model = nullptr;
    QTableView* m_table = nullptr;
    SessionDetailsPane* m_details = nullptr;
    SessionColumnFitter* m_columnFitter = nullptr;
    QLineEdit* m_search = nullptr;
    QToolButton* m_activeChip = nullptr;
    QToolButton* m_expiredChip = nullptr;
    QToolButton* m_revokedChip = nullptr;
    QToolButton* m_cookieChip = nullptr;
    QToolButton* m_jwtChip = nullptr;
    QComboBox* m_timeRange = nullptr;
    QPushButton* m_revokeButton = nullptr;
    QPushButton* m_refreshButton = nullptr;
    QCheckBox* m_autoRefresh = nullptr;
    QLabel* m_activeCount = nullptr;
    QLabel* m_revokedTodayCount = nullptr;
    QLabel* m_expiringCount = nullptr;
    QLabel* m_matchCount = nullptr;
    QLabel* m_searchError = nullptr;
    QPushButton* m_exactCountButton = nullptr;
    qint64 m_matchTotal = -1; // -1: not counted
    qint64 m_matchCap = 10000;
    bool m_exactCount = false;
    bool m_searchInvalid = false;
    QAction* m_revokeAction = nullptr;
    QTimer* m_filterTimer = nullptr;
    QTimer* m_refreshTimer = nullptr;
    qint64 m_lastStamp = -1;
    qint64 m_lastReloadMs = 0;
};

} // namespace authscope
