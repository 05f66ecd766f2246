#include "ui/lab/LabTableModel.h"

#include <QLocale>

namespace authscope {

namespace {

bool isNumber(const QVariant& v)
{
    switch (v.typeId()) {
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Double:
        return true;
    default:
        return false;
    }
}

} // namespace

LabTableModel::LabTableModel(QObject* parent) : QAbstractTableModel(parent) {}

void LabTableModel::setTable(const QList<Column>& columns, const QList<QVariantList>& rows, const QStringList& keys,
                             const QStringList& rowToolTips)
{
    // Keep the user's picks across runs of the same modes.
    const QStringList checked = checkedKeys();
    const bool hadRows = !m_rows.isEmpty();
    beginResetModel();
    m_columns = columns;
    m_rows = rows;
    m_keys = keys;
    m_toolTips = rowToolTips;
    m_checked = QList<bool>(m_rows.size(), false);
    for (qsizetype i = 0; i < m_keys.size() && i < m_checked.size(); ++i) {
        m_checked[i] = checked.contains(m_keys.at(i));
    }
    endResetModel();
    if (hadRows && checked != checkedKeys()) {
        Q_EMIT checkedChanged();
    }
}

void LabTableModel::clear()
{
    beginResetModel();
    m_rows.clear();
    m_keys.clear();
    m_toolTips.clear();
    m_checked.clear();
    endResetModel();
}

void LabTableModel::setChecked(const QStringList& keys)
{
    for (qsizetype i = 0; i < m_checked.size(); ++i) {
        m_checked[i] = keys.contains(m_keys.value(i));
    }
    if (!m_rows.isEmpty()) {
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, 0), {Qt::CheckStateRole});
    }
    Q_EMIT checkedChanged();
}

QStringList LabTableModel::checkedKeys() const
{
    QStringList keys;
    for (qsizetype i = 0; i < m_checked.size(); ++i) {
        if (m_checked.at(i)) {
            keys << m_keys.value(i);
        }
    }
    return keys;
}

int LabTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int LabTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_columns.size());
}

QVariant LabTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const QVariantList& row = m_rows.at(index.row());
    const QVariant value = row.value(index.column());
    switch (role) {
    case Qt::DisplayRole: {
        if (!value.isValid()) {
            return QStringLiteral("—");
        }
        const QLocale locale;
        if (value.typeId() == QMetaType::Double) {
            return locale.toString(value.toDouble(), 'f', m_columns.at(index.column()).decimals);
        }
        if (isNumber(value)) {
            return locale.toString(value.toLongLong());
        }
        return value.toString();
    }
    case Qt::UserRole:
        return value;
    case Qt::TextAlignmentRole:
        return isNumber(value) ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                               : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::ToolTipRole:
        return m_toolTips.value(index.row());
    case Qt::CheckStateRole:
        if (m_checkable && index.column() == 0) {
            return m_checked.at(index.row()) ? Qt::Checked : Qt::Unchecked;
        }
        return {};
    default:
        return {};
    }
}

QVariant LabTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= m_columns.size()) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    if (role == Qt::DisplayRole) {
        return m_columns.at(section).title;
    }
    if (role == Qt::ToolTipRole && !m_columns.at(section).toolTip.isEmpty()) {
        return m_columns.at(section).toolTip;
    }
    return {};
}

Qt::ItemFlags LabTableModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (m_checkable && index.isValid() && index.column() == 0) {
        f |= Qt::ItemIsUserCheckable;
    }
    return f;
}

bool LabTableModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!m_checkable || role != Qt::CheckStateRole || !checkIndex(index, CheckIndexOption::IndexIsValid) ||
        index.column() != 0) {
        return false;
    }
    const bool on = value.toInt() == Qt::Checked;
    if (m_checked.at(index.row()) == on) {
        return true;
    }
    m_checked[index.row()] = on;
    Q_EMIT dataChanged(index, index, {Qt::CheckStateRole});
    Q_EMIT checkedChanged();
    return true;
}

} // namespace authscope
