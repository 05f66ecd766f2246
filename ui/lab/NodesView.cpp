#include "ui/lab/ResultViews.h"

#include "ui/lab/LabChartView.h"
#include "ui/lab/LabTableModel.h"
#include "ui/widgets/WidgetFactory.h"

#include <QChart>
#include <QHBoxLayout>
#include <QLogValueAxis>
#include <QScatterSeries>
#include <QValueAxis>

#include <cmath>

namespace authscope {

NodesView::NodesView(QWidget* parent) : ResultView(lab::Experiment::NodeRevocation, QStringLiteral("nodes"), parent)
{
    auto* charts = new QWidget(this);
    auto* layout = makeMarginless<QHBoxLayout>(charts);
    m_sqlite =
        makeChart(QStringLiteral("nodesSqliteChartView"),
                  tr("Revocation across nodes on SQLite: time until node B refused"), charts, &NodesView::drawCharts);
    m_postgres = makeChart(QStringLiteral("nodesPostgresChartView"),
                           tr("Revocation across nodes on PostgreSQL: time until node B refused"), charts,
                           &NodesView::drawCharts);
    layout->addWidget(m_sqlite, 1);
    layout->addWidget(m_postgres, 1);
    setChartArea(charts);
    display({});
}

QString NodesView::mechanismName(const QString& id)
{
    if (id == QLatin1String("wal")) {
        return tr("SQLite's change counter");
    }
    if (id == QLatin1String("notify")) {
        return tr("PostgreSQL notification");
    }
    if (id == QLatin1String("poll")) {
        return tr("once-a-second check");
    }
    if (id == QLatin1String("reconnect")) {
        return tr("reconnect of node B's listener");
    }
    return tr("a database read");
}

void NodesView::display(const QJsonObject& result)
{
    readResult(result);
    const QList<LabTableModel::Column> columns{
        {tr("Database"), 0, {}},
        {tr("Credential"), 0, {}},
        {tr("Revoked by"), 0, tr("Node A's logout, or the administrator revoking the session")},
        {tr("Revocations"), 0, {}},
        {tr("Fastest (ms)"), 2, {}},
        {tr("Median (ms)"), 2, tr("Half of the revocations reached node B sooner")},
        {tr("95th percentile (ms)"), 2, tr("95 of 100 revocations reached node B sooner")},
        {tr("Slowest (ms)"), 2, {}},
        {tr("Never refused"), 0, tr("Node B still accepted the credential 10 s after the revocation")},
        {tr("How node B learned of it"), 0,
         tr("SQLite: the change counter both processes read in shared memory. PostgreSQL: a notification sent when "
            "the revocation is committed, or the check node B makes once a second when none came")},
    };
    QList<QVariantList> rows;
    QStringList keys;
    for (const lab::NodeRow& r : std::as_const(m_result.rows)) {
        QStringList told;
        for (auto it = r.mechanisms.cbegin(); it != r.mechanisms.cend(); ++it) {
            told << tr("%1 (%2)").arg(mechanismName(it.key())).arg(it.value());
        }
        rows.append({r.backend == QLatin1String("postgresql") ? tr("PostgreSQL") : tr("SQLite file"),
                     modeName(r.credential),
                     r.revoker == QLatin1String("node") ? tr("node A (logout)") : tr("administrator"), r.revocations,
                     r.minMs, r.medianMs, r.p95Ms, r.maxMs, r.lost, told.join(QStringLiteral(", "))});
        keys << r.key();
    }
    tableModel()->setTable(columns, rows, keys);
    // Decided here, not while drawing: a chart drawn during a change of its neighbour's visibility kept a broken
    // layout until the window was resized.
    m_postgres->setVisible(m_result.backends.contains(QStringLiteral("postgresql")) || !m_hasResult);
    drawCharts();
}

void NodesView::drawCharts()
{
    drawChart(m_sqlite, QStringLiteral("sqlite"));
    drawChart(m_postgres, QStringLiteral("postgresql"));
}

void NodesView::drawChart(LabChartView* view, const QString& backend)
{
    double lo = 0;
    double hi = 0;
    int count = 0;
    for (const lab::NodeSample& s : std::as_const(m_result.samples)) {
        if (s.backend == backend && s.latencyMs >= 0) {
            lo = count == 0 ? s.latencyMs : std::min(lo, s.latencyMs);
            hi = std::max(hi, s.latencyMs);
            ++count;
        }
    }
    if (count == 0) {
        view->setEmptyText(backend == QLatin1String("sqlite") ? tr("No SQLite measurement yet")
                                                              : tr("No PostgreSQL measurement yet"));
        return;
    }
    view->reset(backend == QLatin1String("sqlite") ? tr("SQLite file, two processes")
                                                   : tr("PostgreSQL, two processes"));
    QChart* chart = view->chart();
    // Colour: the credential (as in every Lab chart); shape: who revoked it.
    for (const QString& credential : {QStringLiteral("cookie"), QStringLiteral("jwt")}) {
        for (const QString& revoker : {QStringLiteral("node"), QStringLiteral("admin")}) {
            auto* series = new QScatterSeries;
            series->setName(tr("%1, %2").arg(modeName(credential),
                                             revoker == QLatin1String("node") ? tr("node A") : tr("administrator")));
            series->setMarkerShape(revoker == QLatin1String("node") ? QScatterSeries::MarkerShapeCircle
                                                                    : QScatterSeries::MarkerShapeRectangle);
            series->setMarkerSize(revoker == QLatin1String("node") ? 8 : 7);
            const QColor c = LabChartView::methodColor(credential);
            // Filled for node A, pale for the administrator (the legend draws the fill, so not transparent).
            QColor fill = c;
            fill.setAlpha(revoker == QLatin1String("node") ? 255 : 70);
            series->setColor(fill);
            series->setBorderColor(c);
            for (const lab::NodeSample& s : std::as_const(m_result.samples)) {
                if (s.backend == backend && s.credential == credential && s.revoker == revoker && s.latencyMs >= 0) {
                    series->append(double(s.index + 1), std::max(s.latencyMs, 0.001));
                }
            }
            chart->addSeries(series);
        }
    }
    view->addAxis(LabChartView::valueAxis(double(std::max(m_result.repetitions, 1))), Qt::AlignBottom,
                  tr("revocation number"));
    // A few slow ones (a missed notification costs up to a second) would flatten the rest on a linear scale.
    if (hi > 50 * std::max(lo, 0.001)) {
        // Whole decades, so that Qt labels every one of them.
        const double from = std::pow(10.0, std::floor(std::log10(std::max(lo, 0.001))));
        const double to = std::pow(10.0, std::ceil(std::log10(std::max(hi, from * 10))));
        auto* y = new QLogValueAxis;
        y->setBase(10);
        y->setRange(from, to);
        y->setLabelFormat(from < 1 ? QStringLiteral("%.") + QString::number(int(-std::log10(from) + 0.5)) + u'f'
                                   : QStringLiteral("%.0f"));
        view->addAxis(y, Qt::AlignLeft, tr("ms until refused (log)"));
    } else {
        view->addAxis(LabChartView::valueAxis(hi, hi < 10 ? 2 : 0), Qt::AlignLeft, tr("ms until refused"));
    }
}

} // namespace authscope
