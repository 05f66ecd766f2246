#pragma once

#include "core/lab/LabExperiments.h"
#include "ui/widgets/RecordTableModel.h"

#include <QList>

namespace authscope {

// The saved Lab runs (LabResultStore::list), newest first.
class LabHistoryModel final : public RecordTableModel<lab::LabRun>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LabHistoryModel)

public:
    enum class Column
    {
        Started,
        Experiment,
        Length,
        Outcome,
        Duration,
        Count
    };

    explicit LabHistoryModel(QObject* parent = nullptr);

    void setRuns(const QList<lab::LabRun>& runs);
    [[nodiscard]] const lab::LabRun* runAt(int row) const { return recordAt(row); }
    [[nodiscard]] int rowOf(qint64 id) const; // -1 when absent

    [[nodiscard]] static QString experimentName(lab::Experiment experiment);

private:
    [[nodiscard]] QVariant recordData(const lab::LabRun& record, int column, int role) const override;
};

} // namespace authscope
