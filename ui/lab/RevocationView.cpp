#include "ui/lab/ResultViews.h"

#include "ui/lab/LabChartView.h"
#include "ui/lab/LabTableModel.h"
#include "ui/widgets/ColorScheme.h"
#include "ui/widgets/StatusColors.h"

#include <QCategoryAxis>
#include <QChart>
#include <QLineSeries>
#include <QScatterSeries>
#include <QValueAxis>

namespace authscope {

RevocationView::RevocationView(QWidget* parent)
    : ResultView(lab::Experiment::RevocationWindow, QStringLiteral("revocation"), parent)
{
    m_timeline = makeChart(QStringLiteral("revocationChartView"), tr("Revocation window: timeline of requests"), this,
                           &RevocationView::drawTimeline);
    setChartArea(m_timeline);
    display({});
}

void RevocationView::display(const QJsonObject& result)
{
    readResult(result);
    const QList<LabTableModel::Column> columns{
        {tr("Method"), 0, {}},
        {tr("Before"), 0, tr("Requests answered before the revocation")},
        {tr("Accepted after"), 0, tr("Requests still answered 200 after the revocation")},
        {tr("Refused after"), 0, {}},
        {tr("Window (ms)"), 0, tr("From the revocation to the first refusal; 0: the very next request failed")},
        {tr("Token lifetime (ms)"), 0, {}},
    };
    QList<QVariantList> rows;
    QStringList keys;
    for (const lab::RevocationRow& r : std::as_const(m_result.rows)) {
        rows.append({modeName(r.method, r.label), r.requestsBefore, r.acceptedAfterRevocation, r.refusedAfterRevocation,
                     r.windowMs < 0 ? QVariant(tr("still accepted at the end")) : QVariant(r.windowMs),
                     r.tokenLifetimeMs > 0 ? QVariant(r.tokenLifetimeMs) : QVariant()});
        keys << r.method;
    }
    tableModel()->setTable(columns, rows, keys);
    drawTimeline();
}

void RevocationView::drawTimeline()
{
    if (!startChart(m_timeline, tr("No revocation-window run yet"))) {
        return;
    }
    QChart* chart = m_timeline->chart();
    const bool dark = isDarkPalette();
    // One lane per method, the first row on top.
    QStringList methods;
    for (const lab::RevocationRow& r : std::as_const(m_result.rows)) {
        methods << r.method;
    }
    const auto laneOf = [&methods](const QString& method) { return double(methods.size() - methods.indexOf(method)); };
    auto* accepted = new QScatterSeries;
    accepted->setName(tr("accepted (200)"));
    accepted->setMarkerShape(QScatterSeries::MarkerShapeCircle);
    accepted->setMarkerSize(8);
    accepted->setColor(chartColor(StatusColor::Good, dark));
    accepted->setBorderColor(chartColor(StatusColor::Good, dark));
    auto* refused = new QScatterSeries;
    refused->setName(tr("refused (401)"));
    // A different shape as well as a different colour, for readers who cannot tell red from green.
    refused->setMarkerShape(QScatterSeries::MarkerShapeRectangle);
    refused->setMarkerSize(7);
    refused->setColor(chartColor(StatusColor::Bad, dark));
    refused->setBorderColor(chartColor(StatusColor::Bad, dark));
    auto* failed = new QScatterSeries;
    failed->setName(tr("no answer"));
    failed->setMarkerShape(QScatterSeries::MarkerShapeTriangle);
    failed->setMarkerSize(8);
    failed->setColor(chartColor(StatusColor::Neutral, dark));
    failed->setBorderColor(chartColor(StatusColor::Neutral, dark));
    qint64 end = std::max<qint64>(m_result.endedAtMs, m_result.revokedAtMs);
    for (const lab::RevocationSample& s : std::as_const(m_result.samples)) {
        if (!methods.contains(s.method)) {
            continue;
        }
        QScatterSeries* into = s.status == 200 ? accepted : s.status == 0 ? failed : refused;
        into->append(double(s.atMs), laneOf(s.method));
        end = std::max(end, s.atMs);
    }
    for (QScatterSeries* s : {accepted, refused, failed}) {
        if (s->count() > 0 || s != failed) {
            chart->addSeries(s);
        } else {
            delete s;
        }
    }
    auto* revokedLine = new QLineSeries;
    revokedLine->setName(tr("revoked"));
    QPen pen(chartColor(StatusColor::Caution, dark));
    pen.setWidthF(2);
    pen.setStyle(Qt::DashLine);
    revokedLine->setPen(pen);
    revokedLine->append(double(m_result.revokedAtMs), 0.5);
    revokedLine->append(double(m_result.revokedAtMs), double(methods.size()) + 0.5);
    chart->addSeries(revokedLine);

    m_timeline->addAxis(LabChartView::valueAxis(double(std::max<qint64>(end, 1))), Qt::AlignBottom,
                        tr("milliseconds since polling started"));
    auto* lanes = new QCategoryAxis;
    lanes->setRange(0.5, double(methods.size()) + 0.5);
    lanes->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    for (qsizetype i = methods.size() - 1; i >= 0; --i) {
        const lab::RevocationRow& r = m_result.rows.at(i);
        lanes->append(modeName(r.method, r.label), laneOf(r.method));
    }
    lanes->setGridLineVisible(false);
    lanes->setTruncateLabels(false);
    m_timeline->addAxis(lanes, Qt::AlignLeft, tr("method"));
}

} // namespace authscope
