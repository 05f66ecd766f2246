#pragma once

#include <QChartView>
#include <QColor>

class QAbstractAxis;
class QTimer;
class QValueAxis;

namespace authscope {

// A chart of the Lab page. It owns its QChart, follows the colour scheme (the light or dark chart theme, the
// palette's base colour behind the plot, text in the palette's text colour) and asks its owner to draw again when
// the scheme changes, because QChart::setTheme resets every series' colours.
class LabChartView final : public QChartView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LabChartView)

public:
    LabChartView(const QString& objectName, const QString& accessibleName, QWidget* parent = nullptr);

    // Removes every series and axis and applies the theme of the palette in use; the owner then adds its own.
    void reset(const QString& title = {});
    // Adds the axis at `alignment` with its title, coloured for the palette, and attaches every series to it.
    void addAxis(QAbstractAxis* axis, Qt::Alignment alignment, const QString& title);
    // A value axis from 0 to a round number at or above `maximum`, with round ticks.
    [[nodiscard]] static QValueAxis* valueAxis(double maximum, int decimals = 0);
    // Shows `text` in the middle of an empty chart ("No run yet").
    void setEmptyText(const QString& text);

    // Distinct colours for data series: at least 3:1 against the chart background in the light and the dark
    // scheme (the chart themes' own light colours are not).
    [[nodiscard]] static QColor seriesColor(int index);
    [[nodiscard]] static int seriesColorCount();
    // The one colour of a method across every Lab chart (one colour and one name per method): the method ids
    // of the experiments ("none", "cookie", "cookie-nocache", "jwt", "jwt-ES256", "jwt-denylist", ...; the stolen
    // credential's case ids; the nodes experiment's "cookie" and "jwt").
    [[nodiscard]] static QColor methodColor(const QString& id);

Q_SIGNALS:
    // Draw the chart again: the colour scheme changed, or the view was shown or resized (Qt 6.4 elides category
    // labels to the room the chart had when they were set, and does not widen them again).
    void redrawNeeded();

protected:
    void changeEvent(QEvent* event) override;
    void showEvent(QShowEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    bool m_shown = false;
    QTimer* m_resized = nullptr;
};

} // namespace authscope
