#pragma once

#include "core/lab/NodeRevocationResult.h"
#include "ui/lab/ResultView.h"

namespace authscope {

class LabChartView;

// Revocation across nodes: every revocation's latency until node B refused (a chart per database kind, filled in
// as revocations are measured), and a table of min/median/p95/max with what told node B.
class NodesView final : public ResultView<lab::NodeRevocationResult>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NodesView)

public:
    explicit NodesView(QWidget* parent = nullptr);

    [[nodiscard]] LabChartView* sqliteChart() const { return m_sqlite; }
    [[nodiscard]] LabChartView* postgresChart() const { return m_postgres; }

    // Plain words for a mechanism id of NodeSample ("notify" -> "PostgreSQL LISTEN/NOTIFY").
    [[nodiscard]] static QString mechanismName(const QString& id);

protected:
    void display(const QJsonObject& result) override;

private:
    void drawCharts();
    void drawChart(LabChartView* view, const QString& backend);

    LabChartView* m_sqlite = nullptr;
    LabChartView* m_postgres = nullptr;
};

} // namespace authscope
