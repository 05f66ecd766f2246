#include "ui/widgets/ColumnTableModel.h"

#include <QCoreApplication>

namespace authscope {

ColumnTableModel::ColumnTableModel(std::initializer_list<const char*> titles, RowHeader rowHeader, QObject* parent)
    : QAbstractTableModel(parent), m_titles(titles), m_rowHeader(rowHeader)
{}

int ColumnTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : rows();
}

int ColumnTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_titles.size());
}

QVariant ColumnTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole) {
        if (section < 0 || section >= m_titles.size()) {
            return {};
        }
        // The subclass's class name is the context its titles were marked in.
        return QCoreApplication::translate(metaObject()->className(), m_titles.at(section));
    }
    if (orientation == Qt::Horizontal || m_rowHeader == RowHeader::None) {
        return {};
    }
    return QAbstractTableModel::headerData(section, orientation, role);
}

QFont ColumnTableModel::boldFont()
{
    QFont bold;
    bold.setBold(true);
    return bold;
}

} // namespace authscope
