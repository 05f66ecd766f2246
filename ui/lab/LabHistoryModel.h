#pragma once

#include "core/lab/LabExperiments.h"
#include "ui/widgets/ColumnTableModel.h"

#include <QList>

namespace authscope {

// The saved Lab runs (LabResultStore::list), newest first.
class LabHistoryModel final : public ColumnTableModel
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
    [[nodiscard]] const lab::LabRun* runAt(int row) const;
    [[nodiscard]] int rowOf(qint64 id) const; // -1 when absent

    [[nodiscard]] static QString experimentName(lab::Experiment experiment);

    [[nodiscard]] QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

private:
    [[nodiscard]] int rows() const override;

    QList<lab::LabRun> m_runs;
};

} // namespace authscope
