#pragma once

#include "core/audit/AuditEntry.h"
#include "ui/mainwindow/AppContext.h"
#include "ui/mainwindow/Page.h"
#include "ui/widgets/WidgetsFwd.h"

#include <optional>

namespace authscope {

class AuditTableModel;
class KeyValueView;

// The audit log: every administrative action, newest first, filterable by action, date and text (an empty state
// when nothing matches), the selected entry as key/value with readable times, a check of the hash chain and a CSV
// export.
class AuditPage final : public Page
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuditPage)

public:
    explicit AuditPage(const AppContext& context, QWidget* parent = nullptr);

    void activated() override;

    AuditTableModel* model() const { return m_model; }
    // While shown, the page looks for new rows this often and re-reads when there are some (Preferences).
    void setAutoRefreshInterval(int ms);

public Q_SLOTS:
    void verifyChain();
    void refresh();
    void exportCsv();

protected:
    void changeEvent(QEvent* event) override;

private:
    [[nodiscard]] QString sealSentence(const AuditVerifyReport& report) const;
    QLayout* buildFilterRow();
    QWidget* buildEntries();
    void connectSignals();
    void applyFilter();
    void reloadActions();
    void updateCount();
    void showDetails();
    void autoRefresh();
    [[nodiscard]] std::optional<qint64> sinceMs() const;

    AppContext m_context;
    AuditTableModel* m_model = nullptr;
    QComboBox* m_actionCombo = nullptr;
    QComboBox* m_periodCombo = nullptr;
    QDateTimeEdit* m_sinceEdit = nullptr;
    QLabel* m_emptyLabel = nullptr;
    QLineEdit* m_searchEdit = nullptr;
    QPushButton* m_verifyButton = nullptr;
    QPushButton* m_exportButton = nullptr;
    QPushButton* m_refreshButton = nullptr;
    QLabel* m_verifyLabel = nullptr;
    QLabel* m_countLabel = nullptr;
    QTableView* m_table = nullptr;
    KeyValueView* m_details = nullptr;
    QTimer* m_filterTimer = nullptr;
    QTimer* m_refreshTimer = nullptr;
    qint64 m_seenTotal = -1; // rows in the whole log at the last look
    bool m_dirty = false;
};

} // namespace authscope
