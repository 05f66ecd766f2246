#include "ui/lab/LabPage.h"

#include "core/common/Settings.h"
#include "core/common/TimeFormat.h"
#include "core/lab/LabResultStore.h"
#include "core/lab/LabRunner.h"
#include "core/storage/Database.h"
#include "ui/lab/AttackPanel.h"
#include "ui/lab/LabHistoryModel.h"
#include "ui/lab/ResultViews.h"
#include "ui/widgets/StatusColors.h"
#include "ui/widgets/WidgetFactory.h"
#include "ui/widgets/WrappedLabel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace authscope {

namespace {

constexpr int kHistoryLimit = 500;

// Roughly how long a run takes in a Release build, in seconds: the measuring time the options ask for plus the
// making of each scratch world (keys, server).
double estimateSeconds(const QList<lab::Experiment>& experiments, const lab::LabOptions& o)
{
    double seconds = 0;
    for (const lab::Experiment e : experiments) {
        seconds += 1.0;
        switch (e) {
        case lab::Experiment::CostPerRequest:
            seconds += (o.secondsPerMode + o.warmupSeconds) * double(4 + o.jwtAlgorithms.size());
            break;
        case lab::Experiment::RevocationWindow:
            seconds += o.revocationAfterMs / 1000.0 + o.revocationTokenLifetimeSecs + 1.0;
            break;
        case lab::Experiment::BytesOnWire:
            break;
        case lab::Experiment::Scale:
            for (const qint64 n : o.scaleSizes) {
                seconds += 1.0 + double(n) / 100'000.0 + 8 * o.scaleJwtSeconds;
            }
            break;
        case lab::Experiment::StolenCredential:
            seconds += 2.0 + 2 * o.stolenObserveMs / 1000.0;
            break;
        case lab::Experiment::NodeRevocation:
            seconds += 3.0 + o.nodeRepetitions * 0.05;
            break;
        }
    }
    return seconds;
}

QString duration(double seconds)
{
    if (seconds < 90) {
        return LabPage::tr("about %1 s").arg(std::ceil(seconds / 5) * 5);
    }
    return LabPage::tr("about %1 min").arg(std::ceil(seconds / 60));
}

} // namespace

LabPage::LabPage(const AppContext& context, QWidget* parent)
    : Page(QStringLiteral("lab"), parent), m_context(context),
      m_store(std::make_unique<lab::LabResultStore>(context.database, context.audit)),
      m_runner(std::make_unique<lab::LabRunner>())
{
    setObjectName(QStringLiteral("labPage"));
    setTitle(tr("Lab"));
    m_runner->setResultStore(m_store.get());
    if (context.database.isPostgres()) {
        // Revocation across nodes also runs on this server, on a scratch database it creates and drops.
        m_runner->setPostgresServer(
            lab::LabPostgresServer{context.database.postgresUrl().toString(), context.database.postgresPassword()});
    }

    m_tabs = makeNamed<QTabWidget>(QStringLiteral("labTabWidget"), this);
    m_tabs->setAccessibleName(tr("Lab sections"));
    m_tabs->setDocumentMode(true);

    // --- The experiments: what to run, and the results --------------------------------------------------------
    m_tabs->addTab(buildExperimentsTab(), tr("Trade-off experiments"));

    // --- The self-attack check ---------------------------------------------------------------------------------
    m_attack = new AttackPanel(m_tabs);
    m_tabs->addTab(m_attack, tr("Self-attack"));

    auto* layout = makeMarginless<QVBoxLayout>(this);
    layout->addWidget(m_tabs);

    QWidget* previous = m_checks.value(lab::Experiment::CostPerRequest);
    for (const lab::Experiment e : lab::allExperiments()) {
        if (QCheckBox* box = m_checks.value(e); box != previous) {
            setTabOrder(previous, box);
            previous = box;
        }
    }
    setTabOrder(previous, m_length);
    setTabOrder(m_length, m_run);
    setTabOrder(m_run, m_cancel);
    setTabOrder(m_historyShow, m_historyDelete);
    setTabOrder(m_historyDelete, m_historyTable);

    connectSignals();

    refreshHistory();
    showLatestRuns();
    updateEstimate();
    updateState();
}

QWidget* LabPage::buildExperimentsTab()
{
    auto* experiments = makeNamed<QWidget>(QStringLiteral("experimentsTab"), m_tabs);
    QLayout* chooseRow = buildChooseRow(experiments);
    QLayout* runRow = buildRunRow(experiments);
    buildResultTabs(experiments);
    auto* experimentsLayout = new QVBoxLayout(experiments);
    experimentsLayout->setContentsMargins(6, 6, 6, 0);
    experimentsLayout->addLayout(chooseRow);
    experimentsLayout->addLayout(runRow);
    experimentsLayout->addWidget(m_info);
    experimentsLayout->addWidget(m_resultTabs, 1);
    return experiments;
}

// A check box per experiment.
QLayout* LabPage::buildChooseRow(QWidget* experiments)
{
    auto* chooseLabel = new QLabel(tr("Experiments:"), experiments);
    const std::pair<lab::Experiment, QString> tips[] = {
        {lab::Experiment::CostPerRequest,
         tr("Requests per second and latency for no authentication, session cookies and JWTs by algorithm")},
        {lab::Experiment::RevocationWindow, tr("After a revocation: how long each method keeps being accepted")},
        {lab::Experiment::BytesOnWire, tr("Cookie versus bearer token size, and what a token reveals")},
        {lab::Experiment::Scale, tr("Session validation as the session table grows, versus JWT verification")},
        {lab::Experiment::StolenCredential,
         tr("A thief replays a copy of a cookie, a token and a key-bound (DPoP) token from another computer: which "
            "are refused, and how long each still works after the owner logs out")},
        {lab::Experiment::NodeRevocation,
         tr("Two servers share one database: after a revocation on one, how long until the other refuses")},
    };
    // Two rows of three, so that the six fit at 1024 pixels in every language.
    auto* chooseRow = new QGridLayout;
    chooseRow->addWidget(chooseLabel, 0, 0);
    int index = 0;
    for (const auto& [experiment, tip] : tips) {
        auto* box = makeNamed<QCheckBox>(lab::experimentId(experiment) + QStringLiteral("CheckBox"),
                                         LabHistoryModel::experimentName(experiment), experiments);
        box->setToolTip(tip);
        box->setChecked(m_context.settings.labExperiments().contains(lab::experimentId(experiment)));
        m_checks.insert(experiment, box);
        chooseRow->addWidget(box, index / 3, 1 + index % 3);
        ++index;
        connect(box, &QCheckBox::toggled, this, [this] {
            updateEstimate();
            updateState();
        });
    }
    chooseRow->setColumnStretch(4, 1);
    return chooseRow;
}

// The length of the run, Run and Cancel, and the progress.
QLayout* LabPage::buildRunRow(QWidget* experiments)
{
    const QLocale locale;
    auto* lengthLabel = new QLabel(tr("&Length:"), experiments);
    m_length = makeNamed<QComboBox>(QStringLiteral("lengthComboBox"), experiments);
    // The sizes named are those of the options, so the text follows the engine.
    const lab::LabOptions quick = lab::LabOptions::quickOptions();
    const lab::LabOptions full = lab::LabOptions::fullOptions();
    m_length->addItem(tr("Quick: short measurements, up to %1 sessions")
                          .arg(locale.toString(quick.scaleSizes.isEmpty() ? 0 : quick.scaleSizes.constLast())));
    m_length->addItem(tr("Full: longer measurements, up to %1 sessions")
                          .arg(locale.toString(full.scaleSizes.isEmpty() ? 0 : full.scaleSizes.constLast())));
    m_length->setItemData(0, tr("Good for a first look; the numbers vary more from run to run"), Qt::ToolTipRole);
    m_length->setItemData(1, tr("Steadier numbers; seeds the largest session table"), Qt::ToolTipRole);
    m_length->setAccessibleName(tr("Length of the run"));
    m_length->setCurrentIndex(m_context.settings.labQuick() ? 0 : 1);
    lengthLabel->setBuddy(m_length);
    m_run = makeButton(tr("&Run"), QStringLiteral("runButton"), experiments);
    m_run->setAccessibleName(tr("Run the selected experiments"));
    m_cancel = makeButton(tr("Cancel"), QStringLiteral("cancelButton"), experiments);
    m_cancel->setAccessibleName(tr("Cancel the run"));
    m_cancel->setToolTip(tr("Stop the experiment under way (what it measured is kept, marked cancelled) and skip "
                            "the others (Esc)"));
    m_cancel->setShortcut(QKeySequence(Qt::Key_Escape));
    m_progress = makeNamed<QProgressBar>(QStringLiteral("labProgressBar"), experiments);
    m_progress->setAccessibleName(tr("Progress of the run"));
    m_progress->setRange(0, 100);
    m_progress->setValue(0);
    m_progress->setFormat(tr("Ready"));
    m_progress->setMinimumWidth(160);
    auto* runRow = new QHBoxLayout;
    runRow->addWidget(lengthLabel);
    runRow->addWidget(m_length);
    runRow->addWidget(m_run);
    runRow->addWidget(m_cancel);
    runRow->addWidget(m_progress, 1);
    return runRow;
}

// A tab per experiment's results, and the history of saved runs.
void LabPage::buildResultTabs(QWidget* experiments)
{
    m_info = makeWrappedLabel(QStringLiteral("labInfoLabel"), experiments);
    // Two lines always, so that the results below do not jump when the text changes.
    m_info->setMinimumHeight(2 * m_info->fontMetrics().lineSpacing());
    m_info->setAlignment(Qt::AlignLeft | Qt::AlignTop);

    m_resultTabs = makeNamed<QTabWidget>(QStringLiteral("experimentTabWidget"), experiments);
    m_resultTabs->setAccessibleName(tr("Experiment results"));
    m_cost = new CostView(m_resultTabs);
    m_revocation = new RevocationView(m_resultTabs);
    m_bytes = new BytesView(m_resultTabs);
    m_scale = new ScaleView(m_resultTabs);
    m_stolen = new StolenView(m_resultTabs);
    m_nodes = new NodesView(m_resultTabs);
    for (ExperimentView* v : views()) {
        m_resultTabs->addTab(v, LabHistoryModel::experimentName(v->experiment()));
        connect(v, &ExperimentView::exportCsvRequested, this, [this, v] { chooseExportFile(v, false); });
        connect(v, &ExperimentView::exportJsonRequested, this, [this, v] { chooseExportFile(v, true); });
    }

    buildHistoryTab();
}

// History: the saved runs.
void LabPage::buildHistoryTab()
{
    m_historyTab = makeNamed<QWidget>(QStringLiteral("historyTab"), m_resultTabs);
    m_historyModel = new LabHistoryModel(this);
    m_historyTable =
        makeRecordTable(QStringLiteral("historyTableView"), m_historyModel, tr("Saved runs"), m_historyTab);
    m_historyTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    setRowPadding(m_historyTable, 8);
    m_historyTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_historyTable->horizontalHeader()->setStretchLastSection(true);
    m_historyShow = makeButton(tr("&Show in its tab"), QStringLiteral("historyShowButton"), m_historyTab);
    m_historyShow->setAccessibleName(tr("Show the selected run in its tab"));
    m_historyDelete = makeButton(tr("&Delete…"), QStringLiteral("historyDeleteButton"), m_historyTab);
    m_historyDelete->setAccessibleName(tr("Delete the selected run"));
    auto* historyHint =
        new QLabel(tr("Selecting a run shows it in its experiment's tab; export it from there."), m_historyTab);
    historyHint->setWordWrap(true);
    auto* historyButtons = new QHBoxLayout;
    historyButtons->addWidget(historyHint, 1);
    historyButtons->addWidget(m_historyShow);
    historyButtons->addWidget(m_historyDelete);
    auto* historyLayout = new QVBoxLayout(m_historyTab);
    historyLayout->setContentsMargins(6, 6, 6, 6);
    historyLayout->addLayout(historyButtons);
    historyLayout->addWidget(m_historyTable, 1);
    m_resultTabs->addTab(m_historyTab, tr("History"));
}

void LabPage::connectSignals()
{
    connect(m_length, &QComboBox::currentIndexChanged, this, &LabPage::updateEstimate);
    connect(m_run, &QPushButton::clicked, this, &LabPage::startRun);
    connect(m_cancel, &QPushButton::clicked, this, &LabPage::cancelRun);
    connect(m_runner.get(), &lab::LabRunner::progress, this, &LabPage::onProgress);
    connect(m_runner.get(), &lab::LabRunner::experimentFinished, this, &LabPage::onExperimentFinished);
    connect(m_runner.get(), &lab::LabRunner::experimentUpdated, this, &LabPage::onExperimentUpdated);
    connect(m_runner.get(), &lab::LabRunner::experimentSaved, this, &LabPage::onExperimentSaved);
    connect(m_runner.get(), &lab::LabRunner::finished, this, &LabPage::onFinished);
    connect(m_runner.get(), &lab::LabRunner::failed, this, &LabPage::onFailed);
    connect(m_historyTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this] { showSelectedRun(false); });
    connect(m_historyTable, &QTableView::doubleClicked, this, [this] { showSelectedRun(true); });
    connect(m_historyShow, &QPushButton::clicked, this, [this] { showSelectedRun(true); });
    connect(m_historyDelete, &QPushButton::clicked, this, &LabPage::deleteSelectedRun);
    connect(m_attack, &AttackPanel::statusMessage, this, &Page::statusMessage);
}

LabPage::~LabPage()
{
    // Stop the worker before the store it saves to goes.
    m_runner.reset();
}

void LabPage::activated()
{
    if (!m_running) {
        refreshHistory();
    }
}

void LabPage::changeEvent(QEvent* event)
{
    Page::changeEvent(event);
    // The colour scheme changed: keep the error text readable on the new background.
    if (event->type() == QEvent::PaletteChange && m_infoIsError) {
        m_info->setStyleSheet(statusStyleSheet(QStringLiteral("QLabel"), StatusColor::Bad));
    }
}

void LabPage::setAttackOptionsForTesting(const lab::SelfAttackEnvironment::Options& options)
{
    m_attack->setEnvironmentOptions(options);
}

bool LabPage::isRunning() const
{
    return m_running;
}

QList<ExperimentView*> LabPage::views() const
{
    return {m_cost, m_revocation, m_bytes, m_scale, m_stolen, m_nodes};
}

ExperimentView* LabPage::view(lab::Experiment experiment) const
{
    for (ExperimentView* v : views()) {
        if (v->experiment() == experiment) {
            return v;
        }
    }
    return nullptr;
}

void LabPage::setSelectedExperiments(const QList<lab::Experiment>& experiments)
{
    for (auto it = m_checks.cbegin(); it != m_checks.cend(); ++it) {
        it.value()->setChecked(experiments.contains(it.key()));
    }
}

QList<lab::Experiment> LabPage::selectedExperiments() const
{
    QList<lab::Experiment> chosen;
    for (const lab::Experiment e : lab::allExperiments()) {
        if (m_checks.value(e)->isChecked()) {
            chosen << e;
        }
    }
    return chosen;
}

lab::LabOptions LabPage::currentOptions() const
{
    if (m_testOptions) {
        return *m_testOptions;
    }
    return m_length->currentIndex() == 0 ? lab::LabOptions::quickOptions() : lab::LabOptions::fullOptions();
}

void LabPage::startRun()
{
    const QList<lab::Experiment> chosen = selectedExperiments();
    if (m_running || chosen.isEmpty()) {
        return;
    }
    if (!m_runner->run(chosen, currentOptions())) {
        return;
    }
    // The next session starts with the same choice.
    QStringList ids;
    for (const lab::Experiment e : chosen) {
        ids.append(lab::experimentId(e));
    }
    m_context.settings.setLabExperiments(ids);
    m_context.settings.setLabQuick(m_length->currentIndex() == 0);
    m_running = true;
    m_switchedThisRun = false;
    m_progress->setValue(0);
    m_progress->setFormat(tr("Starting…"));
    m_info->setStyleSheet(QString());
    m_infoIsError = false;
    updateEstimate();
    Q_EMIT statusMessage(tr("Lab run started"));
    updateState();
}

void LabPage::cancelRun()
{
    if (!m_running) {
        return;
    }
    m_runner->cancel();
    m_progress->setFormat(tr("Cancelling…"));
    updateState();
}

void LabPage::onProgress(int percent, const QString& step)
{
    if (!m_running) {
        return;
    }
    m_progress->setValue(percent);
    if (!m_runner->isCancelling()) {
        // The step is the engine's own short English note ("cost: jwt-RS256").
        m_progress->setFormat(tr("%1% — %2").arg(percent).arg(step));
    }
}

void LabPage::onExperimentFinished(lab::Experiment experiment)
{
    // Show the first result of a run at once; later ones fill their tabs without pulling the user away.
    if (!m_switchedThisRun && m_resultTabs->currentWidget() != m_historyTab) {
        m_switchedThisRun = true;
        m_resultTabs->setCurrentWidget(view(experiment));
    }
}

void LabPage::onExperimentUpdated(lab::Experiment experiment, const QJsonObject& partial)
{
    if (!m_running) {
        return;
    }
    ExperimentView* v = view(experiment);
    v->showPartial(partial);
    // Show the experiment under way as its chart fills in; later ones do not pull the user away.
    if (!m_switchedThisRun && m_resultTabs->currentWidget() != m_historyTab) {
        m_switchedThisRun = true;
        m_resultTabs->setCurrentWidget(v);
    }
}

void LabPage::onExperimentSaved(const lab::LabRun& run)
{
    if (ExperimentView* v = view(run.experiment); v != nullptr) {
        v->setRun(run);
    }
    refreshHistory();
}

void LabPage::onFinished(bool cancelled)
{
    m_running = false;
    if (cancelled) {
        m_progress->setFormat(tr("Cancelled at %p%"));
    } else {
        m_progress->setValue(100);
        m_progress->setFormat(tr("Done"));
    }
    Q_EMIT statusMessage(cancelled ? tr("Lab run cancelled; what was measured is saved") : tr("Lab run finished"));
    updateEstimate();
    updateState();
}

void LabPage::onFailed(const QString& message)
{
    m_running = false;
    m_progress->setFormat(tr("Failed"));
    m_info->setText(tr("The run stopped: %1").arg(message));
    m_infoIsError = true;
    m_info->setStyleSheet(statusStyleSheet(QStringLiteral("QLabel"), StatusColor::Bad));
    Q_EMIT statusMessage(message);
    refreshHistory();
    updateState();
}

void LabPage::refreshHistory()
{
    const qint64 selected = [this] {
        const lab::LabRun* run = m_historyModel->runAt(m_historyTable->currentIndex().row());
        return run != nullptr ? run->id : 0;
    }();
    auto runs = m_store->list(std::nullopt, kHistoryLimit);
    if (!runs) {
        Q_EMIT statusMessage(runs.error().message);
        return;
    }
    {
        const QSignalBlocker block(m_historyTable->selectionModel());
        m_historyModel->setRuns(*runs);
        if (const int row = m_historyModel->rowOf(selected); row >= 0) {
            m_historyTable->setCurrentIndex(m_historyModel->index(row, 0));
        }
    }
    updateState();
}

void LabPage::showLatestRuns()
{
    for (const lab::Experiment e : lab::allExperiments()) {
        for (int row = 0; row < m_historyModel->rowCount(); ++row) {
            const lab::LabRun* run = m_historyModel->runAt(row);
            if (run->experiment == e) {
                view(e)->setRun(*run);
                break;
            }
        }
    }
}

bool LabPage::showRun(qint64 id)
{
    const int row = m_historyModel->rowOf(id);
    if (row < 0) {
        return false;
    }
    const lab::LabRun* run = m_historyModel->runAt(row);
    view(run->experiment)->setRun(*run);
    return true;
}

void LabPage::showSelectedRun(bool switchTab)
{
    const lab::LabRun* run = m_historyModel->runAt(m_historyTable->currentIndex().row());
    updateState();
    if (run == nullptr) {
        return;
    }
    ExperimentView* v = view(run->experiment);
    v->setRun(*run);
    if (switchTab) {
        m_resultTabs->setCurrentWidget(v);
    }
}

Result<bool> LabPage::removeRun(qint64 id)
{
    auto removed = m_store->remove(id);
    if (!removed) {
        return removed;
    }
    for (const lab::Experiment e : lab::allExperiments()) {
        ExperimentView* v = view(e);
        if (v->run() && v->run()->id == id) {
            v->clearRun();
        }
    }
    refreshHistory();
    return removed;
}

void LabPage::deleteSelectedRun()
{
    const lab::LabRun* run = m_historyModel->runAt(m_historyTable->currentIndex().row());
    if (run == nullptr) {
        return;
    }
    const qint64 id = run->id;
    const QString what =
        tr("%1 run of %2")
            .arg(LabHistoryModel::experimentName(run->experiment), TimeFormat::local(run->started.toMSecsSinceEpoch()));
    if (QMessageBox::question(this, tr("Delete run"), tr("Delete the %1? This cannot be undone.").arg(what),
                              QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel) != QMessageBox::Yes) {
        return;
    }
    if (auto removed = removeRun(id); !removed) {
        QMessageBox::warning(this, tr("Delete run"), removed.error().message);
        return;
    }
    Q_EMIT statusMessage(tr("Deleted the %1").arg(what));
}

void LabPage::chooseExportFile(ExperimentView* v, bool json)
{
    if (!v->run()) {
        return;
    }
    const QString base = QStringLiteral("authscope-lab-%1-%2")
                             .arg(lab::experimentId(v->experiment()))
                             .arg(TimeFormat::fileStamp(v->run()->started.toMSecsSinceEpoch()));
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path =
        json ? QFileDialog::getSaveFileName(this, tr("Export run as JSON"), dir + u'/' + base + QStringLiteral(".json"),
                                            tr("JSON files (*.json)"))
             : QFileDialog::getSaveFileName(this, tr("Export run as CSV"), dir + u'/' + base + QStringLiteral(".csv"),
                                            tr("CSV files (*.csv)"));
    if (path.isEmpty()) {
        return;
    }
    const auto written = json ? v->exportJson(path) : v->exportCsv(path);
    if (!written) {
        QMessageBox::warning(this, tr("Export failed"), written.error().message);
        return;
    }
    Q_EMIT statusMessage(tr("Saved %1").arg(QDir::toNativeSeparators(path)));
}

void LabPage::updateEstimate()
{
    if (m_running) {
        m_info->setText(tr("Running on a scratch database in a temporary folder: your sessions, keys and users are "
                           "not touched. Cancel keeps what was measured so far."));
        return;
    }
    const QList<lab::Experiment> chosen = selectedExperiments();
    const QString when = chosen.isEmpty() ? tr("Choose at least one experiment.")
                                          : tr("This selection takes %1 (longer in a debug build).")
                                                .arg(duration(estimateSeconds(chosen, currentOptions())));
    m_info->setText(when + u' ' +
                    tr("Each experiment runs on a scratch database with its own users, keys and a test server "
                       "reachable only from this computer, removed afterwards: your data is never touched. Only the "
                       "results are saved."));
}

void LabPage::updateState()
{
    for (QCheckBox* box : std::as_const(m_checks)) {
        box->setEnabled(!m_running);
    }
    m_length->setEnabled(!m_running);
    m_run->setEnabled(!m_running && !selectedExperiments().isEmpty());
    m_cancel->setEnabled(m_running && !m_runner->isCancelling());
    const bool selected = m_historyModel->runAt(m_historyTable->currentIndex().row()) != nullptr;
    m_historyShow->setEnabled(selected);
    m_historyDelete->setEnabled(selected && !m_running);
}

} // namespace authscope
