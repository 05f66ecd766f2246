#pragma once

#include "ui/lab/ResultView.h"

class QComboBox;

namespace authscope {

class LabChartView;

// Cost per request: requests per second (or the p50/p90/p99 latencies) of every authentication mode as bars, and
// the latency histogram of the modes ticked in the table.
class CostView final : public ResultView<lab::CostResult>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CostView)

public:
    explicit CostView(QWidget* parent = nullptr);

    [[nodiscard]] LabChartView* barChart() const { return m_bars; }
    [[nodiscard]] LabChartView* histogramChart() const { return m_histogram; }
    [[nodiscard]] QComboBox* metricCombo() const { return m_metric; }

protected:
    void display(const QJsonObject& result) override;

private:
    void drawBars();
    void drawHistogram();

    // The histogram's modes are still the default pick (the user has not ticked or unticked one): a result with more
    // modes (the rows arrive one by one while the experiment runs) gets the default pick again.
    bool m_defaultPick = true;
    bool m_picking = false;
    QComboBox* m_metric = nullptr;
    LabChartView* m_bars = nullptr;
    LabChartView* m_histogram = nullptr;
};

} // namespace authscope
