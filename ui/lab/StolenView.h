#pragma once

#include "core/lab/StolenCredentialResult.h"
#include "ui/lab/ResultView.h"

namespace authscope {

class LabChartView;

// Stolen credential: for each copy the thief replayed, how long it kept working after the victim's logout,
// without and with back-channel logout (bars), and a table with the server's reason for every refusal.
class StolenView final : public ResultView<lab::StolenCredentialResult>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StolenView)

public:
    explicit StolenView(QWidget* parent = nullptr);

    [[nodiscard]] LabChartView* barChart() const { return m_bars; }

    // A cell of the table: "accepted", "refused at once: reason", "accepted for 120 ms, then refused: reason"...
    [[nodiscard]] static QString outcomeText(const lab::StolenOutcome& outcome, bool afterLogout, qint64 observeMs);

protected:
    void display(const QJsonObject& result) override;

private:
    void drawBars();

    LabChartView* m_bars = nullptr;
};

} // namespace authscope
