#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

#include <algorithm>
#include <type_traits>
#include <variant>

namespace authscope::lab {

// Helpers for the Lab's plain-data records (options, results and their rows): their JSON form and finding a row.

// One member of a Lab record (options, a result, a result's row) and its name in the record's JSON form. A record's
// toJson and fromJson walk the same list of fields, so a member cannot be written under one name and read under
// another, or be forgotten on one side.
template <typename Record>
struct JsonField
{
    const char* name;
    std::variant<QString Record::*, bool Record::*, int Record::*, qint64 Record::*, double Record::*,
                 QStringList Record::*, QList<qint64> Record::*, QList<double> Record::*, QJsonObject Record::*>
        member;
};

template <typename Record>
using JsonFields = QList<JsonField<Record>>;

namespace json_fields {

// A number, a boolean, text or an object as it is; a list as an array.
template <typename T>
QJsonValue toValue(const T& value)
{
    return QJsonValue(value);
}
template <typename T>
QJsonValue toValue(const QList<T>& values)
{
    QJsonArray array;
    for (const T& v : values) {
        array.append(toValue(v));
    }
    return array;
}

// A member missing from the JSON, or of another JSON type, keeps the value it has.
template <typename T>
void readValue(const QJsonValue& json, T& value)
{
    if constexpr (std::is_same_v<T, QString>) {
        value = json.toString(value);
    } else if constexpr (std::is_same_v<T, bool>) {
        value = json.toBool(value);
    } else if constexpr (std::is_same_v<T, int>) {
        value = json.toInt(value);
    } else if constexpr (std::is_same_v<T, qint64>) {
        value = json.toInteger(value);
    } else if constexpr (std::is_same_v<T, double>) {
        value = json.toDouble(value);
    } else {
        static_assert(std::is_same_v<T, QJsonObject>, "a type JsonField does not hold");
        value = json.toObject(value);
    }
}
// A list present in the JSON replaces the member's list; an element of another type reads as 0 or "".
template <typename T>
void readValue(const QJsonValue& json, QList<T>& values)
{
    if (json.isUndefined()) {
        return;
    }
    values.clear();
    for (const QJsonValue& v : json.toArray()) {
        T element{};
        readValue(v, element);
        values.append(element);
    }
}

} // namespace json_fields

// `record`'s fields added to `object`.
template <typename Record>
[[nodiscard]] QJsonObject writeJsonFields(const Record& record, const JsonFields<Record>& fields,
                                          QJsonObject object = {})
{
    for (const JsonField<Record>& f : fields) {
        std::visit([&](auto member) { object.insert(QLatin1StringView(f.name), json_fields::toValue(record.*member)); },
                   f.member);
    }
    return object;
}

// Reads `fields` from `object` into `record`; a field `object` lacks keeps its value in `record`.
template <typename Record>
void readJsonFields(const QJsonObject& object, Record& record, const JsonFields<Record>& fields)
{
    for (const JsonField<Record>& f : fields) {
        std::visit(
            [&](auto member) { json_fields::readValue(object.value(QLatin1StringView(f.name)), record.*member); },
            f.member);
    }
}

// A list of records as a JSON array of objects, and back (each record read over a default-constructed one).
// `extra` writes (const Record&, QJsonObject&) or reads (const QJsonObject&, Record&) what a record holds beyond its
// fields.
template <typename Record, typename Extra>
[[nodiscard]] QJsonArray writeJsonList(const QList<Record>& records, const JsonFields<Record>& fields,
                                       const Extra& extra)
{
    QJsonArray array;
    for (const Record& r : records) {
        QJsonObject object = writeJsonFields(r, fields);
        extra(r, object);
        array.append(object);
    }
    return array;
}
template <typename Record>
[[nodiscard]] QJsonArray writeJsonList(const QList<Record>& records, const JsonFields<Record>& fields)
{
    return writeJsonList(records, fields, [](const Record&, QJsonObject&) {});
}
template <typename Record, typename Extra>
[[nodiscard]] QList<Record> readJsonList(const QJsonValue& array, const JsonFields<Record>& fields, const Extra& extra)
{
    QList<Record> records;
    for (const QJsonValue& v : array.toArray()) {
        const QJsonObject object = v.toObject();
        Record r;
        readJsonFields(object, r, fields);
        extra(object, r);
        records.append(r);
    }
    return records;
}
template <typename Record>
[[nodiscard]] QList<Record> readJsonList(const QJsonValue& array, const JsonFields<Record>& fields)
{
    return readJsonList(array, fields, [](const QJsonObject&, Record&) {});
}

// The first of `rows` that `matches`, or nullptr: the results' row(...) lookups.
template <typename Row, typename Match>
[[nodiscard]] const Row* findRow(const QList<Row>& rows, const Match& matches)
{
    const auto it = std::find_if(rows.cbegin(), rows.cend(), matches);
    return it == rows.cend() ? nullptr : &*it;
}

} // namespace authscope::lab
