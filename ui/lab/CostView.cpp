#include "CostView.h"

#include "LabChartView.h"
#include "LabTableModel.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHorizontalBarSeries>
#include <QHorizontalStackedBarSeries>
#include <QLabel>
#include <QLineSeries>
#include <QSplitter>
#include <QTableView>
#include <QValueAxis>

#include <algorithm>

namespace authscope {

namespace {

enum class Group
{
    Baseline,
    Cookie,
    Jwt
};

Group groupOf(const QString& mode)
{
    if (mode == QLatin1String("none")) {
        return Group::Baseline;
    }
    return mode.startsWith(QLatin1String("cookie")) ? Group::Cookie : Group::Jwt;
}

// A "nice" upper bound for an axis: 1, 2 or 5 times a power of ten.
double niceCeil(double v)
{
    if (v <= 0) {
        return 1;
    }
    const double magnitude = std::pow(10.0, std::floor(std::log10(v)));
    for (const double step : {1.0, 2.0, 5.0, 10.0}) {
        if (v <= step * magnitude) {
            return step * magnitude;
        }
    }
    return 10 * magnitude;
}

} // namespace

CostView::CostView(QWidget* parent) : ExperimentView(lab::Experiment::CostPerRequest, QStringLiteral("cost"), parent)
{
    auto* metricLabel = new QLabel(tr("Bars show:"), this);
    m_metric = new QComboBox(this);
    m_metric->setObjectName(QStringLiteral("costMetricComboBox"));
    m_metric->addItem(tr("Throughput (requests per second)"));
    m_metric->addItem(tr("Latency (p50, p90, p99 in ms)"));
    m_metric->setAccessibleName(tr("What the bars show"));
    metricLabel->setBuddy(m_metric);
    auto* hint = new QLabel(tr("Tick modes in the table to compare their latency histograms."), this);
    hint->setWordWrap(true);
    chartControls()->addWidget(metricLabel);
    chartControls()->addWidget(m_metric);
    chartControls()->addSpacing(12);
    chartControls()->addWidget(hint, 1);

    m_bars = new LabChartView(QStringLiteral("costBarChartView"), tr("Cost per request: bar chart"), this);
    m_histogram =
        new LabChartView(QStringLiteral("costHistogramChartView"), tr("Cost per request: latency histogram"), this);
    auto* charts = new QSplitter(Qt::Horizontal, this);
    charts->setChildrenCollapsible(false);
    charts->addWidget(m_bars);
    charts->addWidget(m_histogram);
    setChartArea(charts);

    tableModel()->setCheckable(true);
    connect(m_metric, &QComboBox::currentIndexChanged, this, &CostView::drawBars);
    connect(tableModel(), &LabTableModel::checkedChanged, this, &CostView::drawHistogram);
    connect(m_bars, &LabChartView::schemeChanged, this, &CostView::drawBars);
    connect(m_histogram, &LabChartView::schemeChanged, this, &CostView::drawHistogram);
    display({});
}

void CostView::display(const QJsonObject& result)
{
    m_hasResult = !result.isEmpty();
    m_result = m_hasResult ? lab::CostResult::fromJson(result) : lab::CostResult{};
    const QList<LabTableModel::Column> columns{
        {tr("Mode"), 0, tr("Ticked modes are drawn in the latency histogram")},
        {tr("Requests/s"), 0, {}},
        {tr("vs. no auth"), 2, tr("Requests per second relative to the same server without authentication")},
        {tr("p50 (ms)"), 3, tr("Half the requests took at most this long")},
        {tr("p90 (ms)"), 3, {}},
        {tr("p99 (ms)"), 3, tr("One request in a hundred took longer than this")},
        {tr("Added (ms)"), 3, tr("Mean latency minus the mean latency without authentication")},
        {tr("Requests"), 0, {}},
        {tr("Errors"), 0, tr("Answers other than 200 and failed connections")},
    };
    QList<QVariantList> rows;
    QStringList keys;
    QStringList tips;
    for (const lab::CostRow& r : std::as_const(m_result.rows)) {
        rows.append({modeName(r.mode, r.label), r.requestsPerSec, r.vsBaseline, r.p50Ms, r.p90Ms, r.p99Ms, r.addedMs,
                     r.requests, r.errors});
        keys << r.mode;
        tips << r.label;
    }
    tableModel()->setTable(columns, rows, keys, tips);
    if (tableModel()->checkedKeys().isEmpty()) {
        // The comparison that matters most: no auth, a cookie, a JWT, a JWT with the deny-list.
        tableModel()->setChecked({QStringLiteral("none"), QStringLiteral("cookie"), QStringLiteral("jwt-HS256"),
                                  QStringLiteral("jwt-HS256-denylist")});
    }
    drawBars();
    drawHistogram();
}

void CostView::drawBars()
{
    if (!m_hasResult || m_result.rows.isEmpty()) {
        m_bars->setEmptyText(tr("No cost-per-request run yet"));
        return;
    }
    m_bars->reset();
    QChart* chart = m_bars->chart();
    // Bottom to top in a horizontal bar chart: reverse, so the baseline is on top as in the table.
    QList<lab::CostRow> rows = m_result.rows;
    std::reverse(rows.begin(), rows.end());
    QStringList categories;
    for (const lab::CostRow& r : std::as_const(rows)) {
        categories << modeName(r.mode, r.label);
    }
    double maxValue = 0;
    QString valueTitle;
    if (m_metric->currentIndex() == 0) {
        // One set per group, stacked, so each bar has its group's colour without leaving gaps for the others.
        auto* series = new QHorizontalStackedBarSeries;
        const std::pair<Group, QString> groups[] = {{Group::Baseline, tr("no authentication (baseline)")},
                                                    {Group::Cookie, tr("session cookie")},
                                                    {Group::Jwt, tr("JWT")}};
        for (const auto& [group, name] : groups) {
            auto* set = new QBarSet(name);
            bool any = false;
            for (const lab::CostRow& r : std::as_const(rows)) {
                const bool mine = groupOf(r.mode) == group;
                any = any || mine;
                set->append(mine ? r.requestsPerSec : 0.0);
                maxValue = std::max(maxValue, r.requestsPerSec);
            }
            const QColor c = LabChartView::seriesColor(group == Group::Baseline ? 6 : group == Group::Cookie ? 2 : 0);
            set->setColor(c);
            set->setBorderColor(c);
            if (any) {
                series->append(set);
            } else {
                delete set;
            }
        }
        series->setBarWidth(0.7);
        chart->addSeries(series);
        valueTitle = tr("requests per second (higher is better)");
    } else {
        auto* series = new QHorizontalBarSeries;
        const QString names[] = {tr("p50"), tr("p90"), tr("p99")};
        for (int i = 0; i < 3; ++i) {
            auto* set = new QBarSet(names[i]);
            for (const lab::CostRow& r : std::as_const(rows)) {
                const double v = i == 0 ? r.p50Ms : i == 1 ? r.p90Ms : r.p99Ms;
                set->append(v);
                maxValue = std::max(maxValue, v);
            }
            const QColor c = LabChartView::seriesColor(i == 0 ? 0 : i == 1 ? 1 : 4);
            set->setColor(c);
            set->setBorderColor(c);
            series->append(set);
        }
        series->setBarWidth(0.8);
        chart->addSeries(series);
        valueTitle = tr("latency in milliseconds (lower is better)");
    }
    auto* valueAxis = new QValueAxis;
    valueAxis->setRange(0, niceCeil(maxValue * 1.05));
    valueAxis->setLabelFormat(m_metric->currentIndex() == 0 || maxValue >= 10 ? QStringLiteral("%.0f")
                                                                              : QStringLiteral("%.2f"));
    valueAxis->setTickCount(5);
    m_bars->addAxis(valueAxis, Qt::AlignBottom, valueTitle);
    auto* categoryAxis = new QBarCategoryAxis;
    categoryAxis->append(categories);
    m_bars->addAxis(categoryAxis, Qt::AlignLeft, tr("authentication mode"));
}

void CostView::drawHistogram()
{
    if (!m_hasResult || m_result.histogramEdgesMs.size() < 2) {
        m_histogram->setEmptyText(m_hasResult ? tr("This run has no latency histogram")
                                              : tr("The latency histogram appears after a run"));
        return;
    }
    m_histogram->reset();
    QChart* chart = m_histogram->chart();
    const QList<double>& edges = m_result.histogramEdgesMs;
    const QStringList shown = tableModel()->checkedKeys();
    double maxShare = 0;
    for (qsizetype i = 0; i < m_result.rows.size(); ++i) {
        const lab::CostRow& r = m_result.rows.at(i);
        if (!shown.contains(r.mode)) {
            continue;
        }
        qint64 total = 0;
        for (const qint64 n : r.histogram) {
            total += n;
        }
        auto* line = new QLineSeries;
        line->setName(modeName(r.mode, r.label));
        QPen pen(LabChartView::seriesColor(static_cast<int>(i)));
        pen.setWidthF(2);
        line->setPen(pen);
        for (qsizetype b = 0; b < r.histogram.size() && b + 1 < edges.size(); ++b) {
            // Each bucket at its middle; the share of the mode's requests, so modes with more requests compare.
            const double x = (edges.at(b) + edges.at(b + 1)) / 2;
            const double share = total > 0 ? 100.0 * double(r.histogram.at(b)) / double(total) : 0;
            maxShare = std::max(maxShare, share);
            line->append(x, share);
        }
        chart->addSeries(line);
    }
    if (chart->series().isEmpty()) {
        m_histogram->setEmptyText(tr("Tick modes in the table to draw their latency"));
        return;
    }
    auto* x = new QValueAxis;
    x->setRange(0, edges.last());
    x->setLabelFormat(edges.last() >= 10 ? QStringLiteral("%.0f") : QStringLiteral("%.2f"));
    x->setTickCount(6);
    m_histogram->addAxis(x, Qt::AlignBottom, tr("latency (ms)"));
    auto* y = new QValueAxis;
    y->setRange(0, niceCeil(maxShare * 1.05));
    y->setLabelFormat(QStringLiteral("%.0f"));
    y->setTickCount(5);
    m_histogram->addAxis(y, Qt::AlignLeft, tr("share of requests (%)"));
}

} // namespace authscope
