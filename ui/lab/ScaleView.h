#pragma once

#include "ui/lab/ExperimentView.h"

namespace authscope {

class LabChartView;

// Scale: validations per second as the session table grows (log scales), against JWT verification, which does
// not depend on how many sessions exist.
class ScaleView final : public ExperimentView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScaleView)

public:
    explicit ScaleView(QWidget* parent = nullptr);

    [[nodiscard]] LabChartView* lineChart() const { return m_lines; }

protected:
    void display(const QJsonObject& result) override;

private:
    void drawLines();

    lab::ScaleResult m_result;
    bool m_hasResult = false;
    LabChartView* m_lines = nullptr;
};

} // namespace authscope
