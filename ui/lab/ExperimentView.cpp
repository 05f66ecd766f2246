#include "ExperimentView.h"

#include "LabTableModel.h"

#include <QFile>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSaveFile>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace authscope {

namespace {

Result<void> writeFile(const QString& path, const QByteArray& bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        return fail(QStringLiteral("lab.export"),
                    ExperimentView::tr("Cannot write %1: %2").arg(path, file.errorString()));
    }
    return {};
}

} // namespace

ExperimentView::ExperimentView(lab::Experiment experiment, const QString& idPrefix, QWidget* parent)
    : QWidget(parent), m_experiment(experiment), m_prefix(idPrefix)
{
    setObjectName(idPrefix + QStringLiteral("View"));

    m_runLabel = new QLabel(this);
    m_runLabel->setObjectName(idPrefix + QStringLiteral("RunLabel"));
    m_runLabel->setWordWrap(true);
    m_exportCsv = new QPushButton(tr("Export &CSV…"), this);
    m_exportCsv->setObjectName(idPrefix + QStringLiteral("ExportCsvButton"));
    m_exportCsv->setToolTip(tr("Save the table of the run shown here as comma-separated values"));
    m_exportCsv->setAccessibleName(tr("Export the shown run as CSV"));
    m_exportJson = new QPushButton(tr("Export &JSON…"), this);
    m_exportJson->setObjectName(idPrefix + QStringLiteral("ExportJsonButton"));
    m_exportJson->setToolTip(tr("Save the whole run shown here (options, machine, every measurement) as JSON"));
    m_exportJson->setAccessibleName(tr("Export the shown run as JSON"));
    auto* header = new QHBoxLayout;
    header->addWidget(m_runLabel, 1);
    header->addWidget(m_exportCsv);
    header->addWidget(m_exportJson);

    auto* chartArea = new QWidget(this);
    m_chartLayout = new QVBoxLayout(chartArea);
    m_chartLayout->setContentsMargins(0, 0, 0, 0);
    m_chartControls = new QHBoxLayout;
    m_chartLayout->addLayout(m_chartControls);

    auto* lower = new QWidget(this);
    auto* lowerLayout = new QVBoxLayout(lower);
    lowerLayout->setContentsMargins(0, 0, 0, 0);
    m_summary = new QLabel(lower);
    m_summary->setObjectName(idPrefix + QStringLiteral("SummaryLabel"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summary->setMinimumHeight(m_summary->fontMetrics().height() * 2);
    m_model = new LabTableModel(this);
    m_table = new QTableView(lower);
    m_table->setObjectName(idPrefix + QStringLiteral("TableView"));
    m_table->setModel(m_model);
    m_table->setAccessibleName(tr("%1: the numbers").arg(lab::experimentTitle(experiment)));
    m_table->setTabKeyNavigation(false); // Tab goes on to the next control; the arrow keys move between cells
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setMinimumHeight(90);
    m_tableSplitter = new QSplitter(Qt::Horizontal, lower);
    m_tableSplitter->setChildrenCollapsible(false);
    m_tableSplitter->addWidget(m_table);
    lowerLayout->addWidget(m_summary);
    lowerLayout->addWidget(m_tableSplitter, 1);

    m_splitter = new QSplitter(Qt::Vertical, this);
    m_splitter->setObjectName(idPrefix + QStringLiteral("Splitter"));
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(chartArea);
    m_splitter->addWidget(lower);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addLayout(header);
    layout->addWidget(m_splitter, 1);

    connect(m_exportCsv, &QPushButton::clicked, this, &ExperimentView::exportCsvRequested);
    connect(m_exportJson, &QPushButton::clicked, this, &ExperimentView::exportJsonRequested);
    updateHeader();
}

ExperimentView::~ExperimentView() = default;

void ExperimentView::setChartArea(QWidget* charts)
{
    m_chartLayout->addWidget(charts, 1);
}

void ExperimentView::setTableSide(QWidget* side)
{
    m_tableSplitter->addWidget(side);
    m_tableSplitter->setStretchFactor(0, 3);
    m_tableSplitter->setStretchFactor(1, 2);
}

void ExperimentView::setRun(const lab::LabRun& run)
{
    m_run = run;
    m_summary->setText(lab::summaryOf(run.result));
    display(run.result);
    updateHeader();
}

void ExperimentView::clearRun()
{
    m_run.reset();
    m_summary->clear();
    display({});
    updateHeader();
}

void ExperimentView::updateHeader()
{
    const bool has = m_run.has_value();
    m_exportCsv->setEnabled(has);
    m_exportJson->setEnabled(has);
    if (!has) {
        m_runLabel->setText(tr("No run yet: choose the experiments above and press Run, or pick a saved run in "
                               "History."));
        return;
    }
    const QLocale locale;
    const QString when = locale.toString(m_run->started.toLocalTime(), QLocale::ShortFormat);
    const qint64 seconds = std::max<qint64>(0, m_run->started.secsTo(m_run->finished));
    QString text = m_run->quick ? tr("Quick run of %1, took %n s", nullptr, static_cast<int>(seconds)).arg(when)
                                : tr("Full run of %1, took %n s", nullptr, static_cast<int>(seconds)).arg(when);
    if (m_run->id > 0) {
        text += tr(" — saved as run %1").arg(m_run->id);
    }
    if (m_run->cancelled) {
        text += tr(" — cancelled: what was measured until then");
    }
    m_runLabel->setText(text);
}

Result<void> ExperimentView::exportCsv(const QString& path) const
{
    if (!m_run) {
        return fail(QStringLiteral("lab.export"), tr("There is no run to export."));
    }
    return writeFile(path, lab::tableOf(m_run->experiment, m_run->result).toCsv().toUtf8());
}

Result<void> ExperimentView::exportJson(const QString& path) const
{
    if (!m_run) {
        return fail(QStringLiteral("lab.export"), tr("There is no run to export."));
    }
    return writeFile(path, QJsonDocument(m_run->toJson()).toJson(QJsonDocument::Indented));
}

QString ExperimentView::modeName(const QString& id, const QString& fallback)
{
    if (id == QLatin1String("none")) {
        return tr("no authentication");
    }
    if (id == QLatin1String("cookie")) {
        return tr("session cookie");
    }
    if (id == QLatin1String("cookie-nocache")) {
        return tr("session cookie, no cache");
    }
    if (id == QLatin1String("cookie-slide-every")) {
        return tr("session cookie, renewed every request");
    }
    if (id == QLatin1String("jwt")) {
        return tr("JWT");
    }
    if (id == QLatin1String("jwt-denylist")) {
        return tr("JWT + deny-list");
    }
    if (id.startsWith(QLatin1String("jwt-")) && id.endsWith(QLatin1String("-denylist"))) {
        return tr("JWT %1 + deny-list").arg(id.mid(4).chopped(9));
    }
    if (id.startsWith(QLatin1String("jwt-"))) {
        return tr("JWT %1").arg(id.mid(4));
    }
    return fallback.isEmpty() ? id : fallback;
}

} // namespace authscope
