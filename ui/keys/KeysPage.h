#pragma once

#include "core/keys/KeyChangePlan.h"
#include "ui/keys/KeyActionDialog.h"
#include "ui/mainwindow/AppContext.h"
#include "ui/mainwindow/Page.h"

#include <QPointer>

#include <functional>
#include <memory>

class QComboBox;
class QLabel;
class QLayout;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;
class QTableView;
class QThread;
class QTimer;

namespace authscope {

class KeyStore;
class KeyTableModel;
class KeyVaultBar;
class KeyVault;
class RotationScheduler;
class RotationTimeline;
class Services;

// The signing keys: a table with state badges and what happens next, the rotation timeline, the published JWKS,
// and the actions (generate, import, rotate, rotate & revoke, retire, revoke, export, policy). Every change is
// previewed first with the JWKS diff and its warnings. Reading needs no passphrase; the vault is unlocked on the
// first action that needs a private key and stays unlocked for the run.
class KeysPage final : public Page
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KeysPage)

public:
    explicit KeysPage(const AppContext& context, QWidget* parent = nullptr);
    ~KeysPage() override;

    void activated() override;

    [[nodiscard]] KeyStore& store() const { return *m_store; }
    [[nodiscard]] KeyVault& vault() const { return *m_vault; }
    [[nodiscard]] KeyTableModel* model() const { return m_model; }
    // The preview on screen (nullptr when none): tests confirm or cancel it.
    [[nodiscard]] KeyActionDialog* pendingAction() const { return m_pending; }

public Q_SLOTS:
    void refresh();
    void generateKey();
    void importKey();
    void rotate();
    void rotateAndRevoke();
    void retireSelected();
    void revokeSelected();
    void exportSelected();
    void editPolicy();

private:
    QLayout* buildActionRow();
    void buildKeyTable();
    void buildTabs();
    void createActions();
    void connectSignals();
    void startMaintenance();
    [[nodiscard]] QString selectedKid() const;
    [[nodiscard]] QString currentPurpose() const;
    void preview(const Result<KeyChangePlan>& plan, const QString& title, const QString& confirmText, bool needsReason);
    // Plans in a worker thread (key generation, RSA above all, takes a while) behind a cancellable progress
    // dialog, then previews the result.
    void planInBackground(std::function<Result<KeyChangePlan>()> work, const QString& title, const QString& confirmText,
                          bool needsReason);
    void applyPending(KeyActionDialog* dialog);
    void updateActions();
    void showError(const QString& what, const Error& error);

    AppContext m_context;
    std::unique_ptr<Services> m_ownServices; // a page on its own (tests): its own vault and store
    KeyVault* m_vault = nullptr;
    KeyStore* m_store = nullptr;
    RotationScheduler* m_scheduler = nullptr;
    KeyTableModel* m_model = nullptr;
    QTableView* m_table = nullptr;
    RotationTimeline* m_timeline = nullptr;
    QPlainTextEdit* m_jwks = nullptr;
    QTabWidget* m_tabs = nullptr;
    QComboBox* m_rangeCombo = nullptr;
    QLabel* m_summary = nullptr;
    QPushButton* m_generateButton = nullptr;
    QPushButton* m_importButton = nullptr;
    QPushButton* m_rotateButton = nullptr;
    QPushButton* m_rotateRevokeButton = nullptr;
    QPushButton* m_retireButton = nullptr;
    QPushButton* m_revokeButton = nullptr;
    QPushButton* m_exportButton = nullptr;
    QPushButton* m_policyButton = nullptr;
    KeyVaultBar* m_vaultBar = nullptr;
    QTimer* m_clockTimer = nullptr;
    QPointer<KeyActionDialog> m_pending; // cleared when the dialog closes (it deletes itself)
    qint64 m_revision = -1;
    QPointer<QThread> m_worker;
};

} // namespace authscope
