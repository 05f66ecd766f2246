#include "ui/keys/RotationTimeline.h"

#include "ui/keys/KeyStateDelegate.h"
#include "ui/keys/KeyTableModel.h"
#include "ui/widgets/ColorScheme.h"

#include <QAreaSeries>
#include <QCategoryAxis>
#include <QChart>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QEvent>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QScatterSeries>

#include <algorithm>

namespace authscope {

namespace {

constexpr int MaxRows = 8;
constexpr double BarHalfHeight = 0.32;

} // namespace

RotationTimeline::RotationTimeline(QWidget* parent) : QChartView(parent)
{
    setObjectName(QStringLiteral("rotationTimelineChartView"));
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(180);
    m_chart = new QChart;
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    m_chart->setMargins(QMargins(4, 4, 4, 4));
    setChart(m_chart);
    setAccessibleName(tr("Rotation timeline"));
}

void RotationTimeline::addSpan(int row, qint64 fromMs, qint64 toMs, const QColor& color, const QString& legend,
                               bool faint)
{
    if (toMs <= fromMs) {
        return;
    }
    const double y = m_rowCount - 1 - row;
    auto* upper = new QLineSeries;
    auto* lower = new QLineSeries;
    upper->append(double(fromMs), y + BarHalfHeight);
    upper->append(double(toMs), y + BarHalfHeight);
    lower->append(double(fromMs), y - BarHalfHeight);
    lower->append(double(toMs), y - BarHalfHeight);
    auto* area = new QAreaSeries(upper, lower);
    upper->setParent(area);
    lower->setParent(area);
    area->setName(legend);
    QColor fill = color;
    fill.setAlpha(faint ? 70 : 200);
    area->setBrush(QBrush(fill));
    area->setPen(QPen(color, 1.2, faint ? Qt::DashLine : Qt::SolidLine));
    m_chart->addSeries(area);
    const bool showLegend = !m_legendsShown.contains(legend);
    m_legendsShown << legend;
    const QList<QLegendMarker*> markers = m_chart->legend()->markers(area);
    for (QLegendMarker* m : markers) {
        m->setVisible(showLegend);
    }
}

void RotationTimeline::addVertical(qint64 atMs, const QColor& color, const QString& legend, Qt::PenStyle style)
{
    auto* line = new QLineSeries;
    line->setName(legend);
    line->append(double(atMs), -0.6);
    line->append(double(atMs), m_rowCount - 0.4);
    line->setPen(QPen(color, 2, style));
    m_chart->addSeries(line);
}

void RotationTimeline::changeEvent(QEvent* event)
{
    QChartView::changeEvent(event);
    // The colour scheme was switched: redraw with the new palette.
    if (event->type() == QEvent::PaletteChange && m_chart != nullptr) {
        render();
    }
}

void RotationTimeline::setRange(Range range)
{
    m_range = range;
    render();
}

void RotationTimeline::setKeys(const QList<KeyRecord>& keys, const RotationPolicy& policy, qint64 nextRotationMs,
                               qint64 nowMs)
{
    m_keys = keys;
    m_policy = policy;
    m_nextRotationMs = nextRotationMs;
    m_nowMs = nowMs;
    render();
}

void RotationTimeline::render()
{
    resetChart();
    const QList<KeyRecord> shown = keysToShow();
    m_rows = static_cast<int>(shown.size());
    m_rowCount = std::max(1, m_rows);
    const auto [from, to] = visibleSpan(shown);
    drawKeys(shown);
    addVertical(m_nowMs, palette().color(QPalette::Text), tr("now"), Qt::SolidLine);
    if (m_nextRotationMs > 0) {
        addVertical(m_nextRotationMs, KeyStateDelegate::stateColor(KeyState::Active), tr("next rotation"),
                    Qt::DashLine);
    }
    addAxes(shown, from, to);
    m_chart->setTitle(m_rows == 0 ? tr("No keys yet: generate or import one") : QString());
}

void RotationTimeline::resetChart()
{
    m_chart->removeAllSeries();
    for (QAbstractAxis* axis : m_chart->axes()) {
        m_chart->removeAxis(axis);
        delete axis;
    }
    m_legendsShown.clear();
    m_chart->setTheme(isDarkPalette() ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    m_chart->setBackgroundBrush(palette().brush(QPalette::Base));
    m_chart->setBackgroundRoundness(0);
    m_chart->legend()->setLabelColor(palette().color(QPalette::Text));
}

// The keys that matter now first (published, then the most recent of the others), in the order they were made.
QList<KeyRecord> RotationTimeline::keysToShow() const
{
    QList<KeyRecord> shown;
    for (const KeyRecord& k : m_keys) {
        if (KeyStates::isPublished(k.state) || (k.isSymmetric() && k.state == KeyState::Active)) {
            shown << k;
        }
    }
    QList<KeyRecord> others;
    for (const KeyRecord& k : m_keys) {
        const bool already =
            std::any_of(shown.cbegin(), shown.cend(), [&k](const KeyRecord& s) { return s.kid == k.kid; });
        if (!already) {
            others << k;
        }
    }
    std::sort(others.begin(), others.end(), [](const KeyRecord& a, const KeyRecord& b) {
        return std::max(a.retiredMs, a.revokedMs) > std::max(b.retiredMs, b.revokedMs);
    });
    for (const KeyRecord& k : std::as_const(others)) {
        if (shown.size() >= MaxRows) {
            break;
        }
        shown << k;
    }
    std::stable_sort(shown.begin(), shown.end(),
                     [](const KeyRecord& a, const KeyRecord& b) { return a.createdMs < b.createdMs; });
    return shown;
}

std::pair<qint64, qint64> RotationTimeline::visibleSpan(const QList<KeyRecord>& shown) const
{
    const qint64 grace = m_policy.graceMs();
    const qint64 nowMs = m_nowMs;
    if (m_range == Range::AroundNow) {
        const qint64 half = std::max<qint64>(3 * grace, 3 * 3600 * 1000LL);
        return {nowMs - half, nowMs + half};
    }
    qint64 from = nowMs - std::max<qint64>(3 * grace, 6 * 3600 * 1000LL);
    qint64 to = nowMs + std::max<qint64>(2 * grace, 6 * 3600 * 1000LL);
    if (m_nextRotationMs > 0) {
        to = std::max(to, m_nextRotationMs + grace);
    }
    for (const KeyRecord& k : shown) {
        from = std::min(from, k.createdMs);
        to = std::max(to, k.retireAfterMs);
    }
    const qint64 margin = (to - from) / 30;
    return {from - margin, to + margin};
}

// One row per key: published before it signs, signing, its grace period; a mark where it was revoked.
void RotationTimeline::drawKeys(const QList<KeyRecord>& shown)
{
    const qint64 grace = m_policy.graceMs();
    const qint64 nextRotationMs = m_nextRotationMs;
    const qint64 nowMs = m_nowMs;
    const QColor nextColor = KeyStateDelegate::stateColor(KeyState::Next);
    const QColor activeColor = KeyStateDelegate::stateColor(KeyState::Active);
    const QColor retiringColor = KeyStateDelegate::stateColor(KeyState::Retiring);
    const QColor revokedColor = KeyStateDelegate::stateColor(KeyState::Revoked);
    const QString publishedLegend = tr("next (published)");
    const QString activeLegend = tr("active");
    const QString graceLegend = tr("retiring (grace %1)").arg(KeyTableModel::duration(grace));
    const QString projectedLegend = tr("grace after next rotation");

    auto* revokedMarks = new QScatterSeries;
    revokedMarks->setName(tr("revoked"));
    revokedMarks->setMarkerShape(QScatterSeries::MarkerShapeRectangle);
    revokedMarks->setMarkerSize(11);
    revokedMarks->setColor(revokedColor);
    revokedMarks->setBorderColor(revokedColor);

    for (int row = 0; row < m_rows; ++row) {
        const KeyRecord& k = shown.at(row);
        const double y = m_rowCount - 1 - row;
        const qint64 activeFrom = k.activatedMs;
        const qint64 signingEnd = k.rotatedOutMs > 0 ? k.rotatedOutMs : k.revokedMs > 0 ? k.revokedMs : 0;
        // Published before it signs.
        if (k.state == KeyState::Next) {
            addSpan(row, k.createdMs, nextRotationMs > nowMs ? nextRotationMs : nowMs, nextColor, publishedLegend,
                    true);
        } else if (activeFrom > k.createdMs + 1000) {
            addSpan(row, k.createdMs, activeFrom, nextColor, publishedLegend, true);
        }
        if (activeFrom > 0) {
            const qint64 activeTo = signingEnd > 0 ? signingEnd : nowMs;
            addSpan(row, activeFrom, activeTo, activeColor, activeLegend, false);
            if (k.state == KeyState::Active && nextRotationMs > nowMs) {
                // Until the scheduled rotation: what will happen, drawn faint.
                addSpan(row, nowMs, nextRotationMs, activeColor, activeLegend, true);
            }
            if (k.state == KeyState::Active && nextRotationMs > 0) {
                addSpan(row, std::max(nextRotationMs, nowMs), std::max(nextRotationMs, nowMs) + grace, retiringColor,
                        projectedLegend, true);
            }
        }
        if (k.retireAfterMs > 0) {
            const qint64 graceFrom = k.rotatedOutMs > 0 ? k.rotatedOutMs : k.createdMs;
            const qint64 graceTo = k.revokedMs > 0 ? std::min(k.revokedMs, k.retireAfterMs) : k.retireAfterMs;
            addSpan(row, graceFrom, graceTo, retiringColor, graceLegend, false);
        }
        if (k.state == KeyState::Revoked) {
            revokedMarks->append(double(k.revokedMs), y);
        }
    }
    if (revokedMarks->count() > 0) {
        m_chart->addSeries(revokedMarks);
    } else {
        delete revokedMarks;
    }
}

void RotationTimeline::addAxes(const QList<KeyRecord>& shown, qint64 from, qint64 to)
{
    auto* axisY = new QCategoryAxis;
    axisY->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    // QCategoryAxis wants its categories in ascending order: bottom row first.
    for (int row = m_rows - 1; row >= 0; --row) {
        const KeyRecord& k = shown.at(row);
        const QString label = QStringLiteral("%1… %2").arg(k.kid.left(8), k.alg);
        // Category labels must be unique; an invisible suffix keeps two keys with the same prefix apart.
        axisY->append(label + QString(row, QChar(0x200B)), m_rowCount - 1 - row);
    }

    auto* axisX = new QDateTimeAxis;
    // Day and month in the order of the user's locale: "Sep 8", "8 sept.", "8. Sep.".
    const QString shortDate = QLocale().dateFormat(QLocale::ShortFormat);
    const QString dayMonth = shortDate.indexOf(u'd') > shortDate.indexOf(u'M') ? QStringLiteral("MMM d")
                             : shortDate.contains(QStringLiteral("d."))        ? QStringLiteral("d. MMM")
                                                                               : QStringLiteral("d MMM");
    axisX->setFormat((to - from) > 3 * 86400 * 1000LL ? dayMonth : dayMonth + QStringLiteral(" HH:mm"));
    axisX->setRange(QDateTime::fromMSecsSinceEpoch(from), QDateTime::fromMSecsSinceEpoch(to));
    axisX->setTickCount(6);
    axisY->setRange(-0.6, m_rowCount - 0.4);
    axisY->setGridLineVisible(false);
    for (QAbstractAxis* axis : {static_cast<QAbstractAxis*>(axisX), static_cast<QAbstractAxis*>(axisY)}) {
        axis->setLabelsColor(palette().color(QPalette::Text));
    }
    m_chart->addAxis(axisX, Qt::AlignBottom);
    m_chart->addAxis(axisY, Qt::AlignLeft);
    for (QAbstractSeries* s : m_chart->series()) {
        s->attachAxis(axisX);
        s->attachAxis(axisY);
    }
}

} // namespace authscope
