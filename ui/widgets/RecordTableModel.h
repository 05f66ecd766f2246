#pragma once

#include "ui/widgets/ColumnTableModel.h"

#include <QList>

namespace authscope {

// A ColumnTableModel over a list of records, one row each (audit entries, remembered tokens, lab runs): it counts
// the rows, checks the index and hands recordData() the row's record. No Q_OBJECT here (a template); the models
// have it.
template <typename Record>
class RecordTableModel : public ColumnTableModel
{
public:
    [[nodiscard]] QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const final
    {
        if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
            return {};
        }
        return recordData(m_rows.at(index.row()), index.column(), role);
    }

protected:
    using ColumnTableModel::ColumnTableModel;

    // What `role` shows in `column` of `record`'s row.
    [[nodiscard]] virtual QVariant recordData(const Record& record, int column, int role) const = 0;

    [[nodiscard]] int rows() const final { return static_cast<int>(m_rows.size()); }

    // The record of `row`; nullptr out of range.
    [[nodiscard]] const Record* recordAt(int row) const
    {
        return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
    }

    // The first row whose record `matches`; -1 when none does.
    template <typename Predicate>
    [[nodiscard]] int rowWhere(Predicate matches) const
    {
        for (qsizetype i = 0; i < m_rows.size(); ++i) {
            if (matches(m_rows.at(i))) {
                return static_cast<int>(i);
            }
        }
        return -1;
    }

    QList<Record> m_rows;
};

} // namespace authscope
