#pragma once

#include "core/logout/BackchannelDelivery.h"

#include <QAbstractTableModel>
#include <QList>

namespace authscope {

// The back-channel logout trace as a table, newest last: every delivery attempt to an RP and every logout token
// received as RP (B-TRACE). Bounded like the trace; text from outside escaped (D-DISPLAY).
class BackchannelTraceModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BackchannelTraceModel)

public:
    enum class Column
    {
        Time,
        Outcome,
        Peer,
        Status,
        Attempt,
        Sid,
        Sub,
        Reason,
        Count
    };
    static constexpr qsizetype MaxRows = 1000;

    explicit BackchannelTraceModel(QObject* parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    void append(const logout::BackchannelDelivery& delivery);
    void clear();

private:
    QList<logout::BackchannelDelivery> m_rows;
};

} // namespace authscope
