#pragma once

#include "ui/lab/ExperimentView.h"
#include "ui/lab/LabChartView.h"

#include <QJsonObject>

namespace authscope {

// An ExperimentView of one kind of lab result (lab::CostResult, lab::ScaleResult, ...): it keeps the shown result,
// read from its JSON form, and starts every chart of it alike. No Q_OBJECT here (a template); the views have it.
template <typename Result>
class ResultView : public ExperimentView
{
protected:
    using ExperimentView::ExperimentView;

    // Reads the shown result from `json`; an empty object is "no run yet".
    void readResult(const QJsonObject& json)
    {
        m_hasResult = !json.isEmpty();
        m_result = m_hasResult ? Result::fromJson(json) : Result{};
    }

    // A chart of the view, drawn again by `draw` when it asks (a resize, a change of colour scheme).
    template <typename View>
    LabChartView* makeChart(const QString& objectName, const QString& accessibleName, QWidget* parent,
                            void (View::*draw)())
    {
        auto* chart = new LabChartView(objectName, accessibleName, parent);
        connect(chart, &LabChartView::redrawNeeded, static_cast<View*>(this), draw);
        return chart;
    }

    // Clears `chart` for a new drawing and returns true; with no rows to draw, shows `emptyText` in it instead.
    bool startChart(LabChartView* chart, const QString& emptyText) const
    {
        if (!m_hasResult || m_result.rows.isEmpty()) {
            chart->setEmptyText(emptyText);
            return false;
        }
        chart->reset();
        return true;
    }

    Result m_result;
    bool m_hasResult = false;
};

} // namespace authscope
