#pragma once

#include <QByteArray>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <optional>
#include <type_traits>

namespace authscope {

// Reads the columns of a query's current row in the order of its SELECT list, each into a member of the type it
// holds: `SqlColumns(q) >> r.id >> r.name >> r.expiresMs;`. A mapping written this way names no column numbers
// that must be kept in step with the SELECT list. A column that needs more than a conversion (JSON, a split list,
// an enum's name) is taken with next() and converted where it is read.
class SqlColumns final
{
public:
    explicit SqlColumns(const QSqlQuery& query) : m_query(query) {}

    // The next column's value.
    [[nodiscard]] QVariant next() { return m_query.value(m_column++); }

    // A number, a boolean (a boolean column, or 0/1 in an integer one), text or bytes: the column's value
    // converted to the member's type as QVariant::value converts it.
    template <typename T>
    requires(!std::is_enum_v<T>) SqlColumns& operator>>(T& value)
    {
        value = next().value<T>();
        return *this;
    }
    // NULL leaves std::nullopt.
    SqlColumns& operator>>(std::optional<qint64>& value)
    {
        const QVariant column = next();
        value = column.isNull() ? std::nullopt : std::optional<qint64>(column.toLongLong());
        return *this;
    }

private:
    const QSqlQuery& m_query;
    int m_column = 0;
};

} // namespace authscope
