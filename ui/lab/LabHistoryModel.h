#pragma once

#include "core/lab/LabExperiments.h"

#include <QAbstractTableModel>
#include <QList>

namespace authscope {

// The saved Lab runs (LabResultStore::list), newest first.
class LabHistoryModel final : public QAbstractTableModel
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

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;

private:
    QList<lab::LabRun> m_runs;
};

} // namespace authscope
