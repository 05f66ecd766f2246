#include "ui/lab/ResultViews.h"

#include "ui/lab/LabChartView.h"
#include "ui/lab/LabTableModel.h"

#include <QChart>
#include <QLineSeries>
#include <QLogValueAxis>

#include <cmath>

namespace authscope {

namespace {

// The powers of ten around [lo, hi], at least one decade apart (a log axis labels its decades).
std::pair<double, double> decades(double lo, double hi)
{
    const double from = std::floor(std::log10(std::max(1.0, lo)));
    const double to = std::max(from + 1, std::ceil(std::log10(std::max(1.0, hi)) - 1e-9));
    return {std::pow(10.0, from), std::pow(10.0, to)};
}

} // namespace

ScaleView::ScaleView(QWidget* parent) : ResultView(lab::Experiment::Scale, QStringLiteral("scale"), parent)
{
    m_lines = makeChart(QStringLiteral("scaleChartView"), tr("Scale: validations per second by table size"), this,
                        &ScaleView::drawLines);
    setChartArea(m_lines);
    display({});
}

void ScaleView::display(const QJsonObject& result)
{
    readResult(result);
    const QList<LabTableModel::Column> columns{
        {tr("Sessions"), 0, tr("Rows in the scratch session table")},
        {tr("Validate/s (cache)"), 0, tr("Session validation with the cache warm")},
        {tr("Validate/s (no cache)"), 0, tr("Session validation reading SQLite every time")},
        {tr("Raw lookup/s"), 0, tr("Baseline: a bare SQLite primary-key lookup in the same table")},
        {tr("No cache ÷ raw"), 2, {}},
        {tr("HS256 verify/s"), 0, {}},
        {tr("ES256 verify/s"), 0, {}},
        {tr("ES256 ÷ raw OpenSSL"), 2, tr("JWT validation relative to a bare OpenSSL signature check")},
        {tr("Seeding (ms)"), 0, tr("How long filling the table took")},
    };
    QList<QVariantList> rows;
    for (const lab::ScaleRow& r : std::as_const(m_result.rows)) {
        rows.append(
            {r.sessionRows, r.sessionValidatePerSec, r.sessionValidateNoCachePerSec, r.rawSqliteLookupPerSec,
             r.rawSqliteLookupPerSec > 0 ? QVariant(r.sessionValidateNoCachePerSec / r.rawSqliteLookupPerSec)
                                         : QVariant(),
             r.jwtHs256VerifyPerSec, r.jwtEs256VerifyPerSec,
             r.rawEs256VerifyPerSec > 0 ? QVariant(r.jwtEs256VerifyPerSec / r.rawEs256VerifyPerSec) : QVariant(),
             r.seedMs});
    }
    tableModel()->setTable(columns, rows);
    drawLines();
}

void ScaleView::drawLines()
{
    if (!startChart(m_lines, tr("No scale run yet"))) {
        return;
    }
    QChart* chart = m_lines->chart();
    struct Line
    {
        QString name;
        double lab::ScaleRow::*value;
        QString colour; // the method whose colour the line has
        Qt::PenStyle style;
    };
    const Line lines[] = {
        {modeName(QStringLiteral("cookie")), &lab::ScaleRow::sessionValidatePerSec, QStringLiteral("cookie"),
         Qt::SolidLine},
        {modeName(QStringLiteral("cookie-nocache")), &lab::ScaleRow::sessionValidateNoCachePerSec,
         QStringLiteral("cookie-nocache"), Qt::SolidLine},
        {tr("raw SQLite lookup (baseline)"), &lab::ScaleRow::rawSqliteLookupPerSec, QStringLiteral("none"),
         Qt::DotLine},
        {modeName(QStringLiteral("jwt-HS256")), &lab::ScaleRow::jwtHs256VerifyPerSec, QStringLiteral("jwt-HS256"),
         Qt::DashLine},
        {modeName(QStringLiteral("jwt-ES256")), &lab::ScaleRow::jwtEs256VerifyPerSec, QStringLiteral("jwt-ES256"),
         Qt::DashLine},
    };
    double lo = 0;
    double hi = 0;
    for (const Line& l : lines) {
        auto* series = new QLineSeries;
        series->setName(l.name);
        QPen pen(LabChartView::methodColor(l.colour));
        pen.setWidthF(2);
        pen.setStyle(l.style);
        series->setPen(pen);
        // Points too, so that a run with a single table size still shows something.
        series->setPointsVisible(true);
        for (const lab::ScaleRow& r : std::as_const(m_result.rows)) {
            const double v = r.*l.value;
            if (v <= 0 || r.sessionRows <= 0) {
                continue; // not measured (a cancelled run): a log axis has no place for zero
            }
            series->append(double(r.sessionRows), v);
            lo = lo == 0 ? v : std::min(lo, v);
            hi = std::max(hi, v);
        }
        chart->addSeries(series);
    }
    const double minRows = double(m_result.rows.constFirst().sessionRows);
    const double maxRows = double(m_result.rows.constLast().sessionRows);
    auto* x = new QLogValueAxis;
    x->setBase(10);
    x->setLabelFormat(QStringLiteral("%.0f"));
    const auto [xLo, xHi] = decades(minRows, maxRows);
    x->setRange(xLo, xHi);
    x->setMinorTickCount(-1);
    m_lines->addAxis(x, Qt::AlignBottom, tr("session rows (log scale)"));
    auto* y = new QLogValueAxis;
    y->setBase(10);
    y->setLabelFormat(QStringLiteral("%.0f"));
    const auto [yLo, yHi] = decades(lo, hi);
    y->setRange(yLo, yHi);
    m_lines->addAxis(y, Qt::AlignLeft, tr("checks per second (log)"));
}

} // namespace authscope
