#pragma once

#include "core/storage/SqlError.h"

#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <type_traits>

namespace authscope {

// The rows a SELECT returns, each mapped to a value: the loop every repository's list query otherwise repeats.
class SqlRows final
{
public:
    SqlRows() = delete;

    // Runs `sql` (forward only: each row is read once) and returns map(query) for every row, in order.
    template <typename Map>
    [[nodiscard]] static auto select(const QSqlDatabase& db, const QString& sql, const QVariantList& bindings,
                                     Map&& map) -> Result<QList<std::invoke_result_t<Map&, const QSqlQuery&>>>
    {
        QSqlQuery q(db);
        q.setForwardOnly(true);
        if (auto ok = execSql(q, sql, bindings); !ok) {
            return std::unexpected(ok.error());
        }
        QList<std::invoke_result_t<Map&, const QSqlQuery&>> rows;
        while (q.next()) {
            rows.append(map(q));
        }
        return rows;
    }

    // The first column of every row, as text or as a number.
    [[nodiscard]] static QString text(const QSqlQuery& q) { return q.value(0).toString(); }
    [[nodiscard]] static qint64 int64(const QSqlQuery& q) { return q.value(0).toLongLong(); }
};

} // namespace authscope
