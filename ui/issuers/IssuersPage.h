#pragma once

#include "ui/mainwindow/AppContext.h"
#include "ui/mainwindow/Page.h"

#include <memory>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableView;
class QTableWidget;
class QTabWidget;

namespace authscope::issuers {
class IssuerStore;
}

namespace authscope {

class IssuerTableModel;

// Remote issuers: add one by its URL (discovery and keys are fetched before anything is saved), see its discovery
// document, its keys with thumbprint, use and alg, and the posture lint's findings; refresh or remove it. A failed
// fetch shows its message, which names the URL (R-FETCH-LIMITS).
class IssuersPage final : public Page
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IssuersPage)

public:
    explicit IssuersPage(const AppContext& context, QWidget* parent = nullptr);
    ~IssuersPage() override;

    [[nodiscard]] QString pageId() const override { return QStringLiteral("issuers"); }
    [[nodiscard]] QString title() const override { return tr("Issuers"); }
    [[nodiscard]] QIcon icon() const override { return QIcon(QStringLiteral(":/icons/issuers.svg")); }
    void activated() override;

    [[nodiscard]] IssuerTableModel* model() const { return m_model; }

public Q_SLOTS:
    void addIssuer();
    void refreshSelected();
    void removeSelected();
    void reload();

private:
    QWidget* buildAddRow();
    QWidget* buildDetails();
    void connectSignals();
    void showSelected();
    void showMessage(const QString& text, bool error);
    [[nodiscard]] QString selectedName() const;

    AppContext m_context;
    std::unique_ptr<issuers::IssuerStore> m_store;
    IssuerTableModel* m_model = nullptr;
    QLineEdit* m_nameEdit = nullptr;
    QLineEdit* m_urlEdit = nullptr;
    QCheckBox* m_allowHttpCheck = nullptr;
    QPushButton* m_addButton = nullptr;
    QPushButton* m_refreshButton = nullptr;
    QPushButton* m_removeButton = nullptr;
    QLabel* m_messageLabel = nullptr;
    QTableView* m_table = nullptr;
    QTabWidget* m_tabs = nullptr;
    QPlainTextEdit* m_discoveryText = nullptr;
    QTableWidget* m_keysTable = nullptr;
    QTableWidget* m_lintTable = nullptr;
    QLabel* m_keysLabel = nullptr;
};

} // namespace authscope
