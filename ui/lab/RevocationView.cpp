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
    const auto marks = [dark](const QString& name, QScatterSeries::MarkerShape shape, qreal size, StatusColor role) {
        auto* series = new QScatterSeries;
        series->setName(name);
        series->setMarkerShape(shape);
        series->setMarkerSize(size);
        series->setColor(chartColor(role, dark));
        series->setBorderColor(chartColor(role, dark));
        return series;
    };
    auto* accepted = marks(tr("accepted (200)"), QScatterSeries::MarkerShapeCircle, 8, StatusColor::Good);
    // A different shape as well as a different colour, for readers who cannot tell red from green.
    auto* refused = marks(tr("refused (401)"), QScatterSeries::MarkerShapeRectangle, 7, StatusColor::Bad);
    auto* failed = marks(tr("no answer"), QScatterSeries::MarkerShapeTriangle, 8, StatusColor::Neutral);
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
