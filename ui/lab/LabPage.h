#pragma once

#include "core/common/Error.h"
#include "core/lab/AttackRunner.h"
#include "core/lab/LabExperiments.h"
#include "ui/mainwindow/AppContext.h"
#include "ui/mainwindow/Page.h"

#include <QMap>

#include <memory>
#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLayout;
class QProgressBar;
class QPushButton;
class QTabWidget;
class QTableView;

namespace authscope {

namespace lab {
class LabResultStore;
class LabRunner;
} // namespace lab

class AttackPanel;
class BytesView;
class CostView;
class ExperimentView;
class LabHistoryModel;
class NodesView;
class RevocationView;
class ScaleView;
class StolenView;

// The Lab: measure the session-versus-JWT trade-off on this machine — cost per request, revocation
// window, bytes on the wire, scale, a stolen credential, revocation across nodes — with charts, tables and a
// plain-language summary for each; keep and export the runs; and attack a server (the built-in one by default) with the
// attack set of docs/security.md.
//
// Everything runs in worker threads against scratch databases; the user's data is never touched.
class LabPage final : public Page
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LabPage)

public:
    explicit LabPage(const AppContext& context, QWidget* parent = nullptr);
    ~LabPage() override;

    void activated() override;

    // Tests: run with these options instead of the Quick or Full ones; lower the built-in target's scrypt costs.
    void setOptionsForTesting(const lab::LabOptions& options) { m_testOptions = options; }
    void setAttackOptionsForTesting(const lab::SelfAttackEnvironment::Options& options);

    [[nodiscard]] bool isRunning() const;
    [[nodiscard]] ExperimentView* view(lab::Experiment experiment) const;
    // The six result views, in the order of their tabs.
    [[nodiscard]] QList<ExperimentView*> views() const;
    [[nodiscard]] CostView* costView() const { return m_cost; }
    [[nodiscard]] RevocationView* revocationView() const { return m_revocation; }
    [[nodiscard]] BytesView* bytesView() const { return m_bytes; }
    [[nodiscard]] ScaleView* scaleView() const { return m_scale; }
    [[nodiscard]] StolenView* stolenView() const { return m_stolen; }
    [[nodiscard]] NodesView* nodesView() const { return m_nodes; }
    [[nodiscard]] LabHistoryModel* historyModel() const { return m_historyModel; }
    [[nodiscard]] QTableView* historyView() const { return m_historyTable; }
    [[nodiscard]] AttackPanel* attackPanel() const { return m_attack; }

    // The selected experiments (the check boxes).
    void setSelectedExperiments(const QList<lab::Experiment>& experiments);
    [[nodiscard]] QList<lab::Experiment> selectedExperiments() const;

    // Deletes a saved run without asking (the Delete button asks first); false when there is no such run.
    Result<bool> removeRun(qint64 id);
    // Shows a saved run in its experiment's tab; false when there is no such run.
    bool showRun(qint64 id);

public Q_SLOTS:
    void startRun();
    void cancelRun();
    void refreshHistory();

protected:
    void changeEvent(QEvent* event) override;

private:
    QWidget* buildExperimentsTab();
    QLayout* buildChooseRow(QWidget* experiments);
    QLayout* buildRunRow(QWidget* experiments);
    void buildResultTabs(QWidget* experiments);
    void buildHistoryTab();
    void connectSignals();
    void onProgress(int percent, const QString& step);
    void onExperimentFinished(lab::Experiment experiment);
    void onExperimentUpdated(lab::Experiment experiment, const QJsonObject& partial);
    void onExperimentSaved(const lab::LabRun& run);
    void onFinished(bool cancelled);
    void onFailed(const QString& message);
    void deleteSelectedRun();
    void showSelectedRun(bool switchTab);
    void chooseExportFile(ExperimentView* view, bool json);
    void showLatestRuns();
    void updateEstimate();
    void updateState();
    [[nodiscard]] lab::LabOptions currentOptions() const;

    AppContext m_context;
    // The store outlives the runner, which saves from its worker thread until its destructor has waited.
    std::unique_ptr<lab::LabResultStore> m_store;
    std::unique_ptr<lab::LabRunner> m_runner;
    std::optional<lab::LabOptions> m_testOptions;
    bool m_running = false;
    bool m_switchedThisRun = false;
    bool m_infoIsError = false; // m_info shows why the last run failed, in the Bad colour

    QTabWidget* m_tabs = nullptr;
    QTabWidget* m_resultTabs = nullptr;
    QMap<lab::Experiment, QCheckBox*> m_checks;
    QComboBox* m_length = nullptr;
    QPushButton* m_run = nullptr;
    QPushButton* m_cancel = nullptr;
    QProgressBar* m_progress = nullptr;
    QLabel* m_info = nullptr;
    CostView* m_cost = nullptr;
    RevocationView* m_revocation = nullptr;
    BytesView* m_bytes = nullptr;
    ScaleView* m_scale = nullptr;
    StolenView* m_stolen = nullptr;
    NodesView* m_nodes = nullptr;
    QWidget* m_historyTab = nullptr;
    LabHistoryModel* m_historyModel = nullptr;
    QTableView* m_historyTable = nullptr;
    QPushButton* m_historyShow = nullptr;
    QPushButton* m_historyDelete = nullptr;
    AttackPanel* m_attack = nullptr;
};

} // namespace authscope
