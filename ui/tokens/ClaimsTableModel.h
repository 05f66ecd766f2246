#pragma once

#include "ui/widgets/RecordTableModel.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QStringList>

#include <optional>

namespace authscope {

// A member of the header or claims set, as ClaimsTableModel shows it.
struct ClaimRow
{
    QString name;
    QJsonValue value;
    bool dateClaim = false;     // the catalog says this is a NumericDate
    std::optional<qint64> date; // set when the value is a valid NumericDate
};

// The members of a token's header or claims set, one row each in the order the token sent them: the name with
// what it means (tooltip with the defining RFC section), the value, and for NumericDates the local time, the
// UTC time and where that stands from "now" ("expires in 14 min", "expired 3 h ago"), kept current by setNow().
class ClaimsTableModel final : public RecordTableModel<ClaimRow>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ClaimsTableModel)

public:
    enum class Part
    {
        Header,
        Claims
    };
    enum class Column
    {
        Name,
        Value,
        Relative,
        LocalTime,
        UtcTime,
        Count
    };
    static constexpr int NameRole = Qt::UserRole + 1; // the member name as sent
    static constexpr int JsonRole = Qt::UserRole + 2; // the value as compact JSON text

    explicit ClaimsTableModel(Part part, QObject* parent = nullptr);

    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;

    // `order`: the member names as they appear in the token (JsonText::memberOrder); others follow by name.
    void setObject(const QJsonObject& object, const QStringList& order = {});
    void clear();
    // "Now" in seconds since the epoch, for the Relative column; only date rows change.
    void setNow(qint64 nowSecs);

    [[nodiscard]] Part part() const { return m_part; }
    [[nodiscard]] int rowOf(const QString& name) const; // -1 when absent
    [[nodiscard]] bool hasDates() const;

private:
    using Row = ClaimRow;

    [[nodiscard]] QVariant recordData(const Row& row, int column, int role) const override;
    [[nodiscard]] QString displayValue(const Row& row) const;
    [[nodiscard]] QString tooltip(const Row& row, Column column) const;
    [[nodiscard]] QVariant foreground(const Row& row, Column column) const;

    Part m_part;
    qint64 m_now = 0;
};

} // namespace authscope
