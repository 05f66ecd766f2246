#include "ui/server/BackchannelTraceModel.h"

#include "core/common/DisplayText.h"

#include <QDateTime>

namespace authscope {

BackchannelTraceModel::BackchannelTraceModel(QObject* parent)
    : ColumnTableModel({QT_TR_NOOP("Time"), QT_TR_NOOP("Outcome"), QT_TR_NOOP("RP / issuer"), QT_TR_NOOP("Status"),
                        QT_TR_NOOP("Attempt"), QT_TR_NOOP("sid"), QT_TR_NOOP("sub"), QT_TR_NOOP("Reason")},
                       RowHeader::None, parent)
{}

int BackchannelTraceModel::rows() const
{
    return static_cast<int>(m_rows.size());
}

QVariant BackchannelTraceModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size() || role != Qt::DisplayRole) {
        return {};
    }
    const logout::BackchannelDelivery& d = m_rows.at(index.row());
    switch (static_cast<Column>(index.column())) {
    case Column::Time:
        return QDateTime::fromMSecsSinceEpoch(d.timeMs).toString(QStringLiteral("HH:mm:ss.zzz"));
    case Column::Outcome:
        return logout::BackchannelDelivery::outcomeName(d.outcome);
    case Column::Peer:
        return DisplayText::escape(d.rpUri);
    case Column::Status:
        return d.status == 0 ? QVariant(QStringLiteral("—")) : QVariant(d.status);
    case Column::Attempt:
        return d.attempt == 0 ? QVariant(QStringLiteral("—")) : QVariant(d.attempt);
    case Column::Sid:
        return DisplayText::escape(d.sid);
    case Column::Sub:
        return DisplayText::escape(d.sub);
    case Column::Reason:
        return DisplayText::escape(d.reason.isEmpty() ? d.cause : d.reason);
    case Column::Count:
        break;
    }
    return {};
}

void BackchannelTraceModel::append(const logout::BackchannelDelivery& delivery)
{
    if (m_rows.size() >= MaxRows) {
        beginRemoveRows({}, 0, 0);
        m_rows.removeFirst();
        endRemoveRows();
    }
    const int row = static_cast<int>(m_rows.size());
    beginInsertRows({}, row, row);
    m_rows.append(delivery);
    endInsertRows();
}

void BackchannelTraceModel::clear()
{
    beginResetModel();
    m_rows.clear();
    endResetModel();
}

} // namespace authscope
