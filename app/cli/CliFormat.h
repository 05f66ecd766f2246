#pragma once

#include "core/common/Error.h"

#include <QJsonArray>
#include <QJsonValue>
#include <QString>
#include <QStringList>

namespace authscope::cli {

// Parses a point in time given on the command line: epoch seconds ("1764150000"), an ISO 8601 date or
// date-time ("2026-11-26", "2026-11-26T09:00:00Z"), or an age before `nowMs` ("90s", "15m", "2h", "7d").
Result<qint64> parseTimeArgument(const QString& text, qint64 nowMs);

// A whole number from `min` to `max` given for `option` ("--limit"); the error says so.
Result<qint64> parseWholeNumber(const QString& text, const QString& option, qint64 min, qint64 max);

// A plain-text table with left-aligned columns, for terminal output.
QString formatTable(const QStringList& headers, const QList<QStringList>& rows);

// The --json form of a list: `toJson` applied to each item, in order.
template <typename Items, typename ToJson>
QJsonArray jsonArray(const Items& items, ToJson toJson)
{
    QJsonArray array;
    for (const auto& item : items) {
        array.append(toJson(item));
    }
    return array;
}

// Compact JSON of a value, one line.
QString compactJson(const QJsonValue& value);

} // namespace authscope::cli
