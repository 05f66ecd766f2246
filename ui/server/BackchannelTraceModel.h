#pragma once

#include "core/logout/BackchannelDelivery.h"
#include "ui/widgets/ColumnTableModel.h"

#include <QList>

namespace authscope {

// The back-channel logout trace as a table, newest last: every delivery attempt to an RP and every logout token
// received as RP (B-TRACE). Bounded like the trace; text from outside escaped (D-DISPLAY).
class BackchannelTraceModel final : public ColumnTableModel
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

    [[nodiscard]] QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

    void append(const logout::BackchannelDelivery& delivery);
    void clear();

private:
    [[nodiscard]] int rows() const override;

    QList<logout::BackchannelDelivery> m_rows;
};

} // namespace authscope
