#pragma once

#include "core/lab/NodeRevocationResult.h"
#include "core/lab/StolenCredentialResult.h"
#include "ui/lab/ExperimentView.h"
#include "ui/lab/LabChartView.h"

#include <QJsonObject>

class QComboBox;
class QLabel;
class QPlainTextEdit;

// The result views of the Lab page, one per experiment (a tab each): the ResultView template they share and the
// six views, each drawn in its own .cpp file.

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

// Bytes on the wire: what each request carries (the cookie, or the bearer token per algorithm and claim set) as
// bars, and for the selected row what anyone who reads the token learns from it.
class BytesView final : public ResultView<lab::BytesResult>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BytesView)

public:
    explicit BytesView(QWidget* parent = nullptr);

    [[nodiscard]] LabChartView* barChart() const { return m_bars; }
    [[nodiscard]] QPlainTextEdit* decodedEdit() const { return m_decoded; }
    void selectRow(int row);

protected:
    void display(const QJsonObject& result) override;

private:
    void drawBars();
    void showDecoded(int row);

    LabChartView* m_bars = nullptr;
    QLabel* m_decodedTitle = nullptr;
    QPlainTextEdit* m_decoded = nullptr;
};

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
