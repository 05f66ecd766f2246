#include "ui/lab/ResultViews.h"

#include "ui/lab/LabChartView.h"
#include "ui/lab/LabTableModel.h"
#include "ui/widgets/WidgetFactory.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QComboBox>
#include <QFontMetrics>
#include <QHBoxLayout>
#include <QHorizontalBarSeries>
#include <QHorizontalStackedBarSeries>
#include <QLabel>
#include <QLineSeries>
#include <QLogValueAxis>
#include <QSplitter>
#include <QTableView>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

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

// The table and the bars list the modes by kind: the baseline, the cookies, the JWTs (engine order within each).
QList<lab::CostRow> byGroup(const QList<lab::CostRow>& rows)
{
    QList<lab::CostRow> sorted = rows;
    std::stable_sort(sorted.begin(), sorted.end(), [](const lab::CostRow& a, const lab::CostRow& b) {
        return static_cast<int>(groupOf(a.mode)) < static_cast<int>(groupOf(b.mode));
    });
    return sorted;
}

// Short names for the bar labels: Qt Charts gives the axis labels at most 40 % of the chart's width and elides
// every label to "..." beyond that, which the full names of the table overrun at 1024 pixels.
QString barLabel(const lab::CostRow& row, bool sayJwt = false)
{
    if (row.mode == QLatin1String("none")) {
        return CostView::tr("no auth");
    }
    if (row.mode == QLatin1String("cookie")) {
        return CostView::tr("cookie");
    }
    if (row.mode == QLatin1String("cookie-nocache")) {
        return CostView::tr("cookie, no cache");
    }
    if (row.mode == QLatin1String("cookie-slide-every")) {
        return CostView::tr("cookie, renew all");
    }
    if (row.mode.endsWith(QLatin1String("-cached"))) {
        return (sayJwt ? CostView::tr("JWT %1 once") : CostView::tr("%1 once")).arg(row.mode.mid(4).chopped(7));
    }
    if (row.mode.endsWith(QLatin1String("-denylist"))) {
        return (sayJwt ? CostView::tr("JWT %1 + deny") : CostView::tr("%1 + deny")).arg(row.mode.mid(4).chopped(9));
    }
    if (row.mode.startsWith(QLatin1String("jwt-"))) {
        return sayJwt ? CostView::tr("JWT %1").arg(row.mode.mid(4)) : row.mode.mid(4);
    }
    return ExperimentView::modeName(row.mode, row.label);
}

// How many decimals make the ticks of an axis up to `maximum` readable.
int decimalsFor(double maximum)
{
    return maximum >= 10 ? 0 : maximum >= 1 ? 1 : 2;
}

} // namespace

CostView::CostView(QWidget* parent) : ResultView(lab::Experiment::CostPerRequest, QStringLiteral("cost"), parent)
{
    auto* metricLabel = new QLabel(tr("Bars show:"), this);
    m_metric = makeNamed<QComboBox>(QStringLiteral("costMetricComboBox"), this);
    m_metric->addItem(tr("Throughput (requests per second)"));
    m_metric->addItem(tr("Latency (p50, p90, p99 in ms)"));
    m_metric->setAccessibleName(tr("What the bars show"));
    metricLabel->setBuddy(m_metric);
    chartControls()->addWidget(metricLabel);
    chartControls()->addWidget(m_metric);
    setFirstInTabOrder(m_metric);

    m_bars =
        makeChart(QStringLiteral("costBarChartView"), tr("Cost per request: bar chart"), this, &CostView::drawBars);
    m_histogram = makeChart(QStringLiteral("costHistogramChartView"), tr("Cost per request: latency histogram"), this,
                            &CostView::drawHistogram);
    auto* charts = new QSplitter(Qt::Horizontal, this);
    charts->setChildrenCollapsible(false);
    charts->addWidget(m_bars);
    charts->addWidget(m_histogram);
    charts->setStretchFactor(0, 3);
    charts->setStretchFactor(1, 2);
    charts->setSizes({600, 400});
    setChartArea(charts);

    tableModel()->setCheckable(true);
    connect(m_metric, &QComboBox::currentIndexChanged, this, &CostView::drawBars);
    connect(tableModel(), &LabTableModel::checkedChanged, this, [this] {
        m_defaultPick = m_defaultPick && m_picking;
        drawHistogram();
    });
    display({});
}

void CostView::display(const QJsonObject& result)
{
    readResult(result);
    m_result.rows = byGroup(m_result.rows);
    const QList<LabTableModel::Column> columns{
        {tr("Mode (ticked: in the histogram)"), 0, tr("Tick modes to compare their latency in the histogram")},
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
    m_picking = true;
    tableModel()->setTable(columns, rows, keys, tips);
    if (tableModel()->checkedKeys().isEmpty() || m_defaultPick) {
        // The comparison that matters most: no auth, a cookie, a JWT, a JWT with the deny-list.
        m_defaultPick = true;
        tableModel()->setChecked({QStringLiteral("none"), QStringLiteral("cookie"), QStringLiteral("jwt-HS256"),
                                  QStringLiteral("jwt-HS256-denylist")});
    }
    m_picking = false;
    drawBars();
    drawHistogram();
}

void CostView::drawBars()
{
    if (!startChart(m_bars, tr("No cost-per-request run yet"))) {
        return;
    }
    QChart* chart = m_bars->chart();
    // Bottom to top in a horizontal bar chart: reverse, so the baseline is on top as in the table.
    QList<lab::CostRow> rows = m_result.rows;
    std::reverse(rows.begin(), rows.end());
    QStringList categories;
    for (const lab::CostRow& r : std::as_const(rows)) {
        categories << barLabel(r);
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
            const QColor c = LabChartView::methodColor(group == Group::Baseline ? QStringLiteral("none")
                                                       : group == Group::Cookie ? QStringLiteral("cookie")
                                                                                : QStringLiteral("jwt"));
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
    QValueAxis* valueAxis =
        LabChartView::valueAxis(maxValue, m_metric->currentIndex() == 0 ? 0 : decimalsFor(maxValue));
    m_bars->addAxis(valueAxis, Qt::AlignBottom, valueTitle);
    auto* categoryAxis = new QBarCategoryAxis;
    categoryAxis->append(categories);
    m_bars->addAxis(categoryAxis, Qt::AlignLeft, QString());
    // Qt Charts elides a category label to "..." as soon as its band is a little lower than twice the text, which
    // nine modes reach at 1024×700; the labels are short and their width is reserved, so let them be whole.
    categoryAxis->setTruncateLabels(false);
    QFont labels = categoryAxis->labelsFont();
    labels.setPointSizeF(std::max(6.5, labels.pointSizeF() * 0.9));
    categoryAxis->setLabelsFont(labels);
    const int band = QFontMetrics(labels).height() + 4;
    m_bars->setMinimumHeight(std::max(190, band * static_cast<int>(categories.size()) + 5 * fontMetrics().height()));
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
    // Zoom on where the shown modes have their requests: up to the bucket below which 99.9 % of each lie (the
    // scale is shared with the slowest mode of the run, which may be far to the right).
    // The edges are log-spaced (see CostResult::histogramEdgesMs), so the x axis is logarithmic; bucket 0 starts
    // at zero, which a log axis cannot show, and is empty by construction (it ends below the fastest request).
    qsizetype firstBucket = edges.size() - 2;
    qsizetype lastBucket = 1;
    for (const lab::CostRow& r : std::as_const(m_result.rows)) {
        if (!shown.contains(r.mode)) {
            continue;
        }
        qint64 total = 0;
        for (const qint64 n : r.histogram) {
            total += n;
        }
        qint64 running = 0;
        for (qsizetype b = 0; b < r.histogram.size(); ++b) {
            if (running == 0 && r.histogram.at(b) > 0) {
                firstBucket = std::min(firstBucket, b);
            }
            running += r.histogram.at(b);
            if (double(running) >= 0.999 * double(total)) {
                lastBucket = std::max(lastBucket, b);
                break;
            }
        }
    }
    firstBucket = std::clamp<qsizetype>(firstBucket - 1, 1, edges.size() - 2);
    lastBucket = std::clamp<qsizetype>(lastBucket + 2, firstBucket, edges.size() - 2);
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
        line->setName(barLabel(r, true));
        QPen pen(LabChartView::methodColor(r.mode));
        pen.setWidthF(2);
        line->setPen(pen);
        line->setPointsVisible(true);
        for (qsizetype b = firstBucket; b <= lastBucket && b < r.histogram.size(); ++b) {
            // Each bucket at its (geometric) middle; the share of the mode's requests, so modes with more requests
            // compare.
            const double x = std::sqrt(edges.at(b) * edges.at(b + 1));
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
    auto* x = new QLogValueAxis;
    x->setBase(10);
    x->setRange(edges.at(firstBucket), edges.at(lastBucket + 1));
    // Ticks fall on decades: as many decimals as the lowest one needs (0.01 → 2), none below 1 ms otherwise.
    const int decimals = std::max(0, -static_cast<int>(std::floor(std::log10(edges.at(firstBucket)))));
    x->setLabelFormat(QStringLiteral("%.") + QString::number(decimals) + QStringLiteral("f"));
    x->setMinorTickCount(8);
    m_histogram->addAxis(x, Qt::AlignBottom, tr("latency (ms, log scale)"));
    m_histogram->addAxis(LabChartView::valueAxis(maxShare), Qt::AlignLeft, tr("share of requests (%)"));
}

} // namespace authscope
