#include "ui/lab/LabHistoryModel.h"

#include "core/common/TimeFormat.h"
#include <QLocale>

namespace authscope {

LabHistoryModel::LabHistoryModel(QObject* parent)
    : RecordTableModel({QT_TR_NOOP("Started"), QT_TR_NOOP("Experiment"), QT_TR_NOOP("Length"), QT_TR_NOOP("Outcome"),
                        QT_TR_NOOP("Took")},
                       RowHeader::Numbers, parent)
{}

void LabHistoryModel::setRuns(const QList<lab::LabRun>& runs)
{
    beginResetModel();
    m_rows = runs;
    endResetModel();
}

int LabHistoryModel::rowOf(qint64 id) const
{
    return rowWhere([id](const lab::LabRun& run) { return run.id == id; });
}

QString LabHistoryModel::experimentName(lab::Experiment experiment)
{
    // One name per experiment, in the enum's order.
    static const char* const names[] = {QT_TR_NOOP("Cost per request"),  QT_TR_NOOP("Revocation window"),
                                        QT_TR_NOOP("Bytes on the wire"), QT_TR_NOOP("Scale"),
                                        QT_TR_NOOP("Stolen credential"), QT_TR_NOOP("Revocation across nodes")};
    static_assert(std::size(names) == static_cast<std::size_t>(lab::Experiment::NodeRevocation) + 1);
    const auto i = static_cast<std::size_t>(experiment);
    return i < std::size(names) ? tr(names[i]) : QString();
}

QVariant LabHistoryModel::recordData(const lab::LabRun& run, int c, int role) const
{
    const auto column = static_cast<Column>(c);
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
