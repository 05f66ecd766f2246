#pragma once

#include "ui/lab/ResultView.h"

namespace authscope {

class LabChartView;

// Scale: validations per second as the session table grows (log scales), against JWT verification, which does
// not depend on how many sessions exist.
class ScaleView final : public ResultView<lab::ScaleResult>
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

    LabChartView* m_lines = nullptr;
};

} // namespace authscope
