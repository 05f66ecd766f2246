#include "ui/lab/LabHistoryModel.h"

#include "core/common/TimeFormat.h"
#include <QLocale>

namespace authscope {

LabHistoryModel::LabHistoryModel(QObject* parent)
    : ColumnTableModel({QT_TR_NOOP("Started"), QT_TR_NOOP("Experiment"), QT_TR_NOOP("Length"), QT_TR_NOOP("Outcome"),
                        QT_TR_NOOP("Took")},
                       RowHeader::Numbers, parent)
{}

void LabHistoryModel::setRuns(const QList<lab::LabRun>& runs)
{
    beginResetModel();
    m_runs = runs;
    endResetModel();
}

const lab::LabRun* LabHistoryModel::runAt(int row) const
{
    return row >= 0 && row < m_runs.size() ? &m_runs.at(row) : nullptr;
}

int LabHistoryModel::rowOf(qint64 id) const
{
    for (qsizetype i = 0; i < m_runs.size(); ++i) {
        if (m_runs.at(i).id == id) {
            return static_cast<int>(i);
        }
    }
    return -1;
}

QString LabHistoryModel::experimentName(lab::Experiment experiment)
{
    switch (experiment) {
    case lab::Experiment::CostPerRequest:
        return tr("Cost per request");
    case lab::Experiment::RevocationWindow:
        return tr("Revocation window");
    case lab::Experiment::BytesOnWire:
        return tr("Bytes on the wire");
    case lab::Experiment::Scale:
        return tr("Scale");
    case lab::Experiment::StolenCredential:
        return tr("Stolen credential");
    case lab::Experiment::NodeRevocation:
        return tr("Revocation across nodes");
    }
    return {};
}

int LabHistoryModel::rows() const
{
    return static_cast<int>(m_runs.size());
}

QVariant LabHistoryModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const lab::LabRun& run = m_runs.at(index.row());
    const auto column = static_cast<Column>(index.column());
    if (role == Qt::UserRole) {
        return run.id;
    }
    if (role == Qt::TextAlignmentRole) {
        return column == Column::Duration ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                          : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    }
    if (role == Qt::ToolTipRole) {
        return tr("Run %1, %2")
            .arg(run.id)
            .arg(TimeFormat::local(run.started.toMSecsSinceEpoch(), QLocale::LongFormat));
    }
    if (role != Qt::DisplayRole) {
        return {};
    }
    switch (column) {
    case Column::Started:
        return TimeFormat::local(run.started.toMSecsSinceEpoch());
    case Column::Experiment:
        return experimentName(run.experiment);
    case Column::Length:
        return run.quick ? tr("quick") : tr("full");
    case Column::Outcome:
        return run.cancelled ? tr("cancelled") : tr("complete");
    case Column::Duration: {
        const double seconds = double(run.started.msecsTo(run.finished)) / 1000.0;
        return tr("%1 s").arg(QLocale().toString(std::max(0.0, seconds), 'f', 1));
    }
    case Column::Count:
        break;
    }
    return {};
}

} // namespace authscope
