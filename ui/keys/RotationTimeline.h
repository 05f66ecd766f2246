#pragma once

#include "core/keys/KeyRecord.h"
#include "core/keys/RotationPolicy.h"

#include <QChartView>
#include <QList>

#include <utility>

class QAbstractSeries;

namespace authscope {

// The rotation timeline: one row per key, its published (next), active and retiring spans on a time axis; the
// retiring span is the grace period (token lifetime + leeway); a line for now and one for the next scheduled
// rotation, with the active key's projected grace after it.
class RotationTimeline final : public QChartView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RotationTimeline)

public:
    // All: every key shown, from the oldest; AroundNow: a few grace periods either side of now, where the
    // retiring spans (token lifetime + leeway) are wide enough to read.
    enum class Range
    {
        All,
        AroundNow
    };

    explicit RotationTimeline(QWidget* parent = nullptr);

    void setRange(Range range);
    [[nodiscard]] Range range() const { return m_range; }

    // `nextRotationMs` 0: no schedule.
    void setKeys(const QList<KeyRecord>& keys, const RotationPolicy& policy, qint64 nextRotationMs, qint64 nowMs);
    [[nodiscard]] int rowCount() const { return m_rows; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void addSpan(int row, qint64 fromMs, qint64 toMs, const QColor& color, const QString& legend, bool faint);
    void addVertical(qint64 atMs, const QColor& color, const QString& legend, Qt::PenStyle style);

    void render();
    void resetChart();
    [[nodiscard]] QList<KeyRecord> keysToShow() const;
    // The time span on the axis: around now, or every shown key's life and the next rotation.
    [[nodiscard]] std::pair<qint64, qint64> visibleSpan(const QList<KeyRecord>& shown) const;
    void drawKeys(const QList<KeyRecord>& shown);
    void addAxes(const QList<KeyRecord>& shown, qint64 from, qint64 to);

    QChart* m_chart = nullptr;
    Range m_range = Range::All;
    QList<KeyRecord> m_keys;
    RotationPolicy m_policy;
    qint64 m_nextRotationMs = 0;
    qint64 m_nowMs = 0;
    QStringList m_legendsShown;
    int m_rows = 0;
    double m_rowCount = 0;
};

} // namespace authscope
