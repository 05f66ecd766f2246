#pragma once

#include <QAbstractTableModel>
#include <QFont>
#include <QList>

#include <initializer_list>

namespace authscope {

// What the console's table models share: a flat list of rows under a fixed list of columns whose titles come
// from a table. The subclass marks its titles QT_TR_NOOP in its constructor, so they are translated in its own
// context (its class name), the entries its tr() would look up. Subclasses give rows() and data(), and may extend
// headerData() (a tooltip, a title that depends on the model) by handling their case and calling this one.
class ColumnTableModel : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ColumnTableModel)

public:
    // What the vertical header shows: Qt's row numbers, or nothing.
    enum class RowHeader
    {
        Numbers,
        None
    };

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const final;
    [[nodiscard]] int columnCount(const QModelIndex& parent = {}) const final;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;

protected:
    // `titles`: string literals (untranslated), one per column, in column order.
    ColumnTableModel(std::initializer_list<const char*> titles, RowHeader rowHeader, QObject* parent);

    [[nodiscard]] virtual int rows() const = 0;

    // The Qt::FontRole of a cell that stands out (a registered claim's name, an attack's outcome): bold.
    [[nodiscard]] static QFont boldFont();

private:
    QList<const char*> m_titles;
    RowHeader m_rowHeader;
};

} // namespace authscope
