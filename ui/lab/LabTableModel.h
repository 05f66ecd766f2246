#pragma once

#include <QAbstractTableModel>
#include <QList>
#include <QStringList>
#include <QVariant>

namespace authscope {

// The numbers behind a Lab chart: a small read-only table. Cells hold values, not text, and are formatted for
// the user's locale when shown (numbers right-aligned); an optional check box in the first column lets the user
// pick rows (the modes drawn in the latency histogram).
class LabTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LabTableModel)

public:
    struct Column
    {
        QString title;
        int decimals = 0; // for double values
        QString toolTip;
    };

    explicit LabTableModel(QObject* parent = nullptr);

    // Rows of values: QString (shown as is), integers, doubles (with the column's decimals); an invalid
    // QVariant shows as a dash. `keys` name the rows (a mode id) for checkedKeys().
    void setTable(const QList<Column>& columns, const QList<QVariantList>& rows, const QStringList& keys = {},
                  const QStringList& rowToolTips = {});
    void clear();

    void setCheckable(bool checkable) { m_checkable = checkable; }
    void setChecked(const QStringList& keys);
    [[nodiscard]] QStringList checkedKeys() const;
    [[nodiscard]] QString key(int row) const { return m_keys.value(row); }

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;
    [[nodiscard]] Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;

Q_SIGNALS:
    void checkedChanged();

private:
    QList<Column> m_columns;
    QList<QVariantList> m_rows;
    QStringList m_keys;
    QStringList m_toolTips;
    QList<bool> m_checked;
    bool m_checkable = false;
};

} // namespace authscope
