#pragma once

#include "ui/mainwindow/AppContext.h"
#include "ui/mainwindow/Page.h"

#include <memory>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QTableView;
class QTableWidget;
class QTabWidget;

namespace authscope::issuers {
struct Issuer;
class IssuerStore;
} // namespace authscope::issuers

namespace authscope {

class IssuerCallsPanel;
class IssuerClientPanel;
class IssuerTableModel;
class IssuerTask;

// Remote issuers: add one by its URL, with a client id and secret (discovery and keys are fetched before anything is
// saved; the secret is sealed in the key vault, R-CLIENT-SECRET), see its discovery document, its keys with
// thumbprint, use and alg, and the posture lint's findings; refresh or remove it; ask it for tokens, introspect and
// revoke. Every call to the issuer runs off the window's thread with a busy bar and Cancel; a failed call shows its
// message, which names the URL (R-FETCH-LIMITS).
class IssuersPage final : public Page
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IssuersPage)

public:
    explicit IssuersPage(const AppContext& context, QWidget* parent = nullptr);
    ~IssuersPage() override;

    void activated() override;

    [[nodiscard]] IssuerTableModel* model() const { return m_model; }
    // A call to an issuer is running (the busy bar shows).
    [[nodiscard]] bool isBusy() const;

public Q_SLOTS:
    void addIssuer();
    void refreshSelected();
    void lintSelected();
    void removeSelected();
    void cancelCall();
    void reload();

private:
    QWidget* buildAddBox();
    QWidget* buildBusyBar();
    QWidget* buildDetails();
    void connectSignals();
    void showSelected();
    void showKeys(const issuers::Issuer& issuer);
    void showLint(const issuers::Issuer& issuer);
    void showMessage(const QString& text, bool error);
    void setBusy(bool busy, const QString& description);
    void updateActions();
    void refresh(bool thenLint);
    [[nodiscard]] QString selectedName() const;

    AppContext m_context;
    std::unique_ptr<issuers::IssuerStore> m_store;
    std::unique_ptr<IssuerTask> m_task;
    IssuerTableModel* m_model = nullptr;
    QLineEdit* m_nameEdit = nullptr;
    QLineEdit* m_urlEdit = nullptr;
    QLineEdit* m_clientIdEdit = nullptr;
    QLineEdit* m_secretEdit = nullptr;
    QCheckBox* m_allowHttpCheck = nullptr;
    QPushButton* m_addButton = nullptr;
    QPushButton* m_refreshButton = nullptr;
    QPushButton* m_removeButton = nullptr;
    QWidget* m_busyBar = nullptr;
    QProgressBar* m_busyProgress = nullptr;
    QLabel* m_busyLabel = nullptr;
    QPushButton* m_cancelButton = nullptr;
    QLabel* m_messageLabel = nullptr;
    QTableView* m_table = nullptr;
    QTabWidget* m_tabs = nullptr;
    QPlainTextEdit* m_discoveryText = nullptr;
    QTableWidget* m_keysTable = nullptr;
    QTableWidget* m_lintTable = nullptr;
    QPushButton* m_lintButton = nullptr;
    QLabel* m_keysLabel = nullptr;
    IssuerClientPanel* m_clientPanel = nullptr;
    IssuerCallsPanel* m_callsPanel = nullptr;
};

} // namespace authscope
