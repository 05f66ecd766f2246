#include "ui/lab/ExperimentView.h"

#include "core/common/TimeFormat.h"
#include "ui/lab/LabTableModel.h"
#include "ui/widgets/WidgetFactory.h"
#include "ui/widgets/WrappedLabel.h"

#include <QFile>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QPushButton>
#include <QSaveFile>
#include <QScrollArea>
#include <QScrollBar>
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

    m_runLabel = makeWrappedLabel(idPrefix + QStringLiteral("RunLabel"), this);
    m_exportCsv = makeButton(tr("Export &CSV…"), idPrefix + QStringLiteral("ExportCsvButton"), this,
                             tr("Save the table of the run shown here as comma-separated values"));
    m_exportCsv->setAccessibleName(tr("Export the shown run as CSV"));
    m_exportJson = makeButton(tr("Export &JSON…"), idPrefix + QStringLiteral("ExportJsonButton"), this,
                              tr("Save the whole run shown here (options, machine, every measurement) as JSON"));
    m_exportJson->setAccessibleName(tr("Export the shown run as JSON"));
    m_chartControls = new QHBoxLayout;
    auto* header = new QHBoxLayout;
    header->addWidget(m_runLabel, 1);
    header->addLayout(m_chartControls);
    header->addSpacing(8);
    header->addWidget(m_exportCsv);
    header->addWidget(m_exportJson);

    auto* chartArea = new QWidget(this);
    m_chartLayout = makeMarginless<QVBoxLayout>(chartArea);

    auto* lower = new QWidget(this);
    auto* lowerLayout = makeMarginless<QVBoxLayout>(lower);
    m_summary = new QLabel;
    m_summary->setObjectName(idPrefix + QStringLiteral("SummaryLabel"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summary->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_model = new LabTableModel(this);
    m_table = makeRecordTable(idPrefix + QStringLiteral("TableView"), m_model,
                              tr("%1: the numbers").arg(lab::experimentTitle(experiment)), lower);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    setRowPadding(m_table, 8);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setMinimumHeight(90);
    m_tableSplitter = new QSplitter(Qt::Horizontal, lower);
    m_tableSplitter->setChildrenCollapsible(false);
    m_tableSplitter->addWidget(m_table);
    // The summary scrolls rather than being cut when the splitter leaves it less room than its lines need.
    auto* summaryScroll = makeScrollPane(idPrefix + QStringLiteral("SummaryScrollArea"), m_summary, lower);
    m_summaryScroll = summaryScroll;
    summaryScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    summaryScroll->setBackgroundRole(QPalette::Window);
    lowerLayout->addWidget(summaryScroll);
    lowerLayout->addWidget(m_tableSplitter, 1);

    m_splitter = makeSplitter(idPrefix + QStringLiteral("Splitter"), Qt::Vertical, {{chartArea, 3}, {lower, 2}}, this);
    m_splitter->setSizes({620, 380}); // in proportion: the charts get the larger part

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addLayout(header);
    layout->addWidget(m_splitter, 1);

    connect(m_exportCsv, &QPushButton::clicked, this, &ExperimentView::exportCsvRequested);
    connect(m_exportJson, &QPushButton::clicked, this, &ExperimentView::exportJsonRequested);
    updateHeader();
}

ExperimentView::~ExperimentView() = default;

void ExperimentView::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    fitSummary();
}

void ExperimentView::fitSummary()
{
    // As high as the summary's lines at this width, from two up to seven lines; beyond that it scrolls.
    const int line = m_summary->fontMetrics().lineSpacing();
    const int width = m_summaryScroll->width() - m_summaryScroll->verticalScrollBar()->sizeHint().width();
    const int needed = m_summary->text().isEmpty() ? 2 * line : m_summary->heightForWidth(std::max(100, width));
    m_summaryScroll->setFixedHeight(std::clamp(needed + 2, 2 * line + 2, 7 * line + 2));
}

void ExperimentView::setFirstInTabOrder(QWidget* control)
{
    setTabOrder(control, m_exportCsv);
    setTabOrder(m_exportCsv, m_exportJson);
    setTabOrder(m_exportJson, m_table);
}

void ExperimentView::setChartArea(QWidget* charts)
{
    m_chartLayout->addWidget(charts, 1);
}

void ExperimentView::setChartShare(int percent)
{
    m_splitter->setSizes({percent * 10, (100 - percent) * 10});
}

void ExperimentView::setTableSide(QWidget* side)
{
    m_tableSplitter->addWidget(side);
    m_tableSplitter->setStretchFactor(0, 3);
    m_tableSplitter->setStretchFactor(1, 2);
}

void ExperimentView::showPartial(const QJsonObject& partial)
{
    m_run.reset();
    m_partial = true;
    m_summary->setText(tr("Measuring now: the chart and the table fill in as results arrive; the summary follows "
                          "at the end."));
    fitSummary();
    display(partial);
    updateHeader();
}

void ExperimentView::setRun(const lab::LabRun& run)
{
    m_partial = false;
    m_run = run;
    m_summary->setText(lab::summaryOf(run.result));
    fitSummary();
    display(run.result);
    updateHeader();
}

void ExperimentView::clearRun()
{
    m_partial = false;
    m_run.reset();
    m_summary->clear();
    fitSummary();
    display({});
    updateHeader();
}

void ExperimentView::updateHeader()
{
    const bool has = m_run.has_value();
    m_exportCsv->setEnabled(has);
    m_exportJson->setEnabled(has);
    if (!has) {
        m_runLabel->setText(m_partial ? tr("Running now: what has been measured so far")
                                      : tr("No run yet: choose the experiments above and press Run, or pick a saved "
                                           "run in History."));
        return;
    }
    const QString when = TimeFormat::local(m_run->started.toMSecsSinceEpoch());
    const qint64 seconds = std::max<qint64>(0, m_run->started.secsTo(m_run->finished));
    QString text = m_run->quick ? tr("Quick run of %1, took %Ln s", nullptr, static_cast<int>(seconds)).arg(when)
                                : tr("Full run of %1, took %Ln s", nullptr, static_cast<int>(seconds)).arg(when);
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
        return tr("cookie, cache off");
    }
    if (id == QLatin1String("cookie-slide-every")) {
        return tr("cookie, renewal each request");
    }
    if (id == QLatin1String("jwt")) {
        return tr("JWT");
    }
    if (id == QLatin1String("jwt-denylist")) {
        return tr("JWT + revocation list");
    }
    if (id == QLatin1String("bearer")) {
        return tr("bearer JWT");
    }
    if (id == QLatin1String("bearer-api")) {
        return tr("bearer JWT at an API checking signatures only");
    }
    if (id == QLatin1String("dpop-as-bearer")) {
        return tr("DPoP-bound JWT sent as Bearer");
    }
    if (id == QLatin1String("dpop-thief-key")) {
        return tr("DPoP-bound JWT, proof from the thief's key");
    }
    if (id == QLatin1String("dpop-replayed-proof")) {
        return tr("DPoP-bound JWT, copied proof");
    }
    if (id == QLatin1String("rp-cookie")) {
        return tr("relying party's session cookie");
    }
    if (id.startsWith(QLatin1String("jwt-")) && id.endsWith(QLatin1String("-cached"))) {
        return tr("JWT %1, verified once").arg(id.mid(4).chopped(7));
    }
    if (id.startsWith(QLatin1String("jwt-")) && id.endsWith(QLatin1String("-denylist"))) {
        return tr("JWT %1 + revocation list").arg(id.mid(4).chopped(9));
    }
    if (id.startsWith(QLatin1String("jwt-"))) {
        return tr("JWT %1").arg(id.mid(4));
    }
    return fallback.isEmpty() ? id : fallback;
}

} // namespace authscope
