#pragma once

#include "ui/lab/ResultView.h"

namespace authscope {

class LabChartView;

// Revocation window: every poll of every method on a timeline (accepted or refused), a line at the revocation.
class RevocationView final : public ResultView<lab::RevocationResult>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RevocationView)

public:
    explicit RevocationView(QWidget* parent = nullptr);

    [[nodiscard]] LabChartView* timelineChart() const { return m_timeline; }

protected:
    void display(const QJsonObject& result) override;

private:
    void drawTimeline();

    LabChartView* m_timeline = nullptr;
};

} // namespace authscope
