#pragma once

#include "core/storage/SqlRows.h"

#include <optional>
#include <type_traits>

namespace authscope {

// SqlRows::select for a lookup by key: map(query) of the first row, std::nullopt when there is none. Spares each
// repository the query, the error check and the empty case written out again (not for the hot paths: the rows
// pass through a list).
template <typename Map>
[[nodiscard]] auto selectFirstRow(const QSqlDatabase& db, const QString& sql, const QVariantList& bindings, Map&& map)
    -> Result<std::optional<std::invoke_result_t<Map&, const QSqlQuery&>>>
{
    auto rows = SqlRows::select(db, sql, bindings, std::forward<Map>(map));
    if (!rows) {
        return std::unexpected(rows.error());
    }
    if (rows->isEmpty()) {
        return std::nullopt;
    }
    return rows->first();
}

} // namespace authscope
