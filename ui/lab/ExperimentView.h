#pragma once

#include "core/common/Error.h"
#include "core/lab/LabExperiments.h"

#include <QWidget>

#include <optional>

class QHBoxLayout;
class QLabel;
class QPushButton;
class QScrollArea;
class QSplitter;
class QTableView;
class QVBoxLayout;

namespace authscope {

class LabTableModel;

// One tab of the Lab page: the run it shows (a line naming it, export buttons), its chart(s) on top, and below
// them the plain-language summary and a table of the numbers. Subclasses draw one experiment's result.
class ExperimentView : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExperimentView)

public:
    ~ExperimentView() override;

    [[nodiscard]] lab::Experiment experiment() const { return m_experiment; }
    // Shows this run (its result must be of this view's experiment).
    void setRun(const lab::LabRun& run);
    // Back to "no run yet".
    void clearRun();
    // What the experiment under way has measured so far (its result's form): drawn at once, so the charts fill in
    // as results arrive; the finished run replaces it (setRun).
    void showPartial(const QJsonObject& partial);
    [[nodiscard]] bool isShowingPartial() const { return m_partial; }
    [[nodiscard]] const std::optional<lab::LabRun>& run() const { return m_run; }

    // The shown run as CSV (its table, LabTable::toCsv) or JSON (LabRun::toJson), written to path.
    Result<void> exportCsv(const QString& path) const;
    Result<void> exportJson(const QString& path) const;

    [[nodiscard]] LabTableModel* tableModel() const { return m_model; }
    [[nodiscard]] QTableView* tableView() const { return m_table; }
    [[nodiscard]] QLabel* summaryLabel() const { return m_summary; }

    // A short, translated name for a mode or method id of the experiments ("cookie-nocache").
    [[nodiscard]] static QString modeName(const QString& id, const QString& fallback = {});

Q_SIGNALS:
    // The user asked to export the shown run; the page picks the file.
    void exportCsvRequested();
    void exportJsonRequested();

protected:
    ExperimentView(lab::Experiment experiment, const QString& idPrefix, QWidget* parent);

    // Called with the shown run's result (e.g. CostResult::toJson()), or an empty object for "no run yet".
    virtual void display(const QJsonObject& result) = 0;

    void setChartArea(QWidget* charts);
    // How much of the height the charts get at first (the user moves the splitter from there).
    void setChartShare(int percent);
    // A widget right of the table (the decoded token of the bytes experiment).
    void setTableSide(QWidget* side);
    // Puts `control` (one of chartControls()) first in the tab order of the view: control, export buttons, table.
    void setFirstInTabOrder(QWidget* control);
    // Room for a choice of what the chart shows, in the row naming the run.
    [[nodiscard]] QHBoxLayout* chartControls() const { return m_chartControls; }
    [[nodiscard]] const QString& idPrefix() const { return m_prefix; }

    void resizeEvent(QResizeEvent* event) override;

private:
    void updateHeader();
    void fitSummary();

    lab::Experiment m_experiment;
    QString m_prefix;
    std::optional<lab::LabRun> m_run;
    bool m_partial = false;
    QLabel* m_runLabel = nullptr;
    QPushButton* m_exportCsv = nullptr;
    QPushButton* m_exportJson = nullptr;
    QSplitter* m_splitter = nullptr;
    QVBoxLayout* m_chartLayout = nullptr;
    QHBoxLayout* m_chartControls = nullptr;
    QLabel* m_summary = nullptr;
    QScrollArea* m_summaryScroll = nullptr;
    QTableView* m_table = nullptr;
    LabTableModel* m_model = nullptr;
    QSplitter* m_tableSplitter = nullptr;
};

} // namespace authscope
