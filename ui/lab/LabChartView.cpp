#include "ui/lab/LabChartView.h"

#include "ui/widgets/ColorScheme.h"
#include "ui/widgets/DelayTimer.h"

#include <QAbstractAxis>
#include <QChart>
#include <QEvent>
#include <QHash>
#include <QLegend>
#include <QTimer>
#include <QValueAxis>

#include <cmath>

#include <array>

namespace authscope {

namespace {

// Light values hold at least 4.5:1 on white and on #efefef, dark ones at least 5.5:1 on #1e1f22 and #2b2d31.
constexpr std::array<QRgb, 9> kLight{0x1a5fb4, 0xc0560a, 0x18743a, 0x7b3fb0, 0xb3261e,
                                     0x00727a, 0x5f6368, 0xa3246c, 0x8a6d00};
constexpr std::array<QRgb, 9> kDark{0x8ab4f8, 0xffab66, 0x81c995, 0xc58af9, 0xff8a80,
                                    0x4dd0c4, 0xbdc1c6, 0xf48fb1, 0xe6c229};

} // namespace

LabChartView::LabChartView(const QString& objectName, const QString& accessibleName, QWidget* parent)
    : QChartView(parent)
{
    setObjectName(objectName);
    setAccessibleName(accessibleName);
    setRenderHint(QPainter::Antialiasing);
    // The chart is a picture: the table beside it holds the same numbers for keyboard and screen-reader users.
    setFocusPolicy(Qt::NoFocus);
    setMinimumSize(260, 190);
    m_resized = makeDelayTimer(150, this);
    connect(m_resized, &QTimer::timeout, this, &LabChartView::redrawNeeded);
    reset();
}

void LabChartView::reset(const QString& title)
{
    // A fresh chart each time: removing the axes of a chart drawn before (or while hidden) left their labels
    // behind in Qt 6.4, drawn over the new ones.
    auto* c = new QChart;
    c->setMargins(QMargins(2, 2, 2, 2));
    QChart* old = chart();
    setChart(c);
    if (old != nullptr) {
        old->deleteLater();
    }
    const QPalette pal = palette();
    c->setTheme(isDarkPalette() ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    c->setBackgroundBrush(pal.brush(QPalette::Base));
    c->setBackgroundRoundness(0);
    c->setLocalizeNumbers(true); // axis labels in the user's locale
    c->setPlotAreaBackgroundVisible(false);
    c->legend()->setVisible(true);
    c->legend()->setLabelColor(pal.color(QPalette::Text));
    c->legend()->setAlignment(Qt::AlignBottom);
    QFont small = font();
    small.setPointSizeF(std::max(7.0, font().pointSizeF() * 0.9));
    c->legend()->setFont(small);
    c->legend()->setShowToolTips(true); // the whole name of a legend entry Qt had to elide
    c->setTitleBrush(pal.brush(QPalette::Text));
    QFont titleFont = font();
    titleFont.setBold(true);
    c->setTitleFont(titleFont);
    c->setTitle(title);
}

void LabChartView::addAxis(QAbstractAxis* axis, Qt::Alignment alignment, const QString& title)
{
    QChart* c = chart();
    const QPalette pal = palette();
    axis->setTitleText(title);
    axis->setTitleBrush(pal.brush(QPalette::Text));
    axis->setLabelsColor(pal.color(QPalette::Text));
    QFont small = font();
    small.setPointSizeF(std::max(7.0, font().pointSizeF() * 0.9));
    axis->setLabelsFont(small);
    axis->setTitleFont(small);
    c->addAxis(axis, alignment);
    const QList<QAbstractSeries*> series = c->series();
    for (QAbstractSeries* s : series) {
        s->attachAxis(axis);
    }
}

QValueAxis* LabChartView::valueAxis(double maximum, int decimals)
{
    auto* axis = new QValueAxis;
    axis->setRange(0, maximum > 0 ? maximum * 1.02 : 1.0);
    axis->setTickCount(5);
    axis->applyNiceNumbers();
    axis->setLabelFormat(QStringLiteral("%.") + QString::number(decimals) + u'f');
    return axis;
}

void LabChartView::setEmptyText(const QString& text)
{
    reset();
    QChart* c = chart();
    QFont f = font();
    c->setTitleFont(f);
    c->setTitle(text);
    c->legend()->setVisible(false);
}

QColor LabChartView::seriesColor(int index)
{
    const auto& colours = isDarkPalette() ? kDark : kLight;
    return QColor(colours.at(static_cast<std::size_t>(index) % colours.size()));
}

QColor LabChartView::methodColor(const QString& id)
{
    // Indexes into the palettes above: 0 blue, 1 orange, 2 green, 3 purple, 4 red, 5 teal, 6 grey, 7 magenta,
    // 8 olive. Sessions are green-family, plain JWTs blue, bound (DPoP) tokens purple, the baseline grey.
    static const QHash<QString, int> colours{
        {QStringLiteral("none"), 6},
        {QStringLiteral("cookie"), 2},
        {QStringLiteral("cookie-nocache"), 1},
        {QStringLiteral("cookie-slide-every"), 4},
        {QStringLiteral("rp-cookie"), 8},
        {QStringLiteral("jwt"), 0},
        {QStringLiteral("bearer"), 0},
        {QStringLiteral("bearer-api"), 5},
        {QStringLiteral("jwt-HS256"), 0},
        {QStringLiteral("jwt-RS256"), 7},
        {QStringLiteral("jwt-RS256-cached"), 7},
        {QStringLiteral("jwt-ES256"), 3},
        {QStringLiteral("jwt-EdDSA"), 8},
        {QStringLiteral("jwt-denylist"), 5},
        {QStringLiteral("jwt-HS256-denylist"), 5},
        {QStringLiteral("dpop-as-bearer"), 3},
        {QStringLiteral("dpop-thief-key"), 3},
        {QStringLiteral("dpop-replayed-proof"), 3},
    };
    if (const auto it = colours.constFind(id); it != colours.constEnd()) {
        return seriesColor(it.value());
    }
    if (id.startsWith(QLatin1String("jwt-"))) {
        return seriesColor(0);
    }
    return seriesColor(6);
}

int LabChartView::seriesColorCount()
{
    return static_cast<int>(kLight.size());
}

void LabChartView::changeEvent(QEvent* event)
{
    QChartView::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        Q_EMIT redrawNeeded();
    }
}

void LabChartView::resizeEvent(QResizeEvent* event)
{
    QChartView::resizeEvent(event);
    if (m_shown) {
        m_resized->start();
    }
}

void LabChartView::showEvent(QShowEvent* event)
{
    QChartView::showEvent(event);
    if (!m_shown) {
        m_shown = true;
        Q_EMIT redrawNeeded();
    }
}

} // namespace authscope
