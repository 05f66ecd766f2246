#include "core/storage/QtSqlTransaction.h"

#include "core/storage/SqlError.h"

#include <QSqlQuery>
#include <QSqlRecord>

namespace authscope {

Result<std::optional<QVariantList>> QtSqlTransaction::queryRow(const QString& sql, const QVariantList& bindings)
{
    QSqlQuery q(m_connection);
    q.setForwardOnly(true);
    if (auto ok = execSql(q, sql, bindings); !ok) {
        return std::unexpected(ok.error());
    }
    if (!q.next()) {
        return std::optional<QVariantList>();
    }
    QVariantList row;
    const int columns = q.record().count();
    row.reserve(columns);
    for (int i = 0; i < columns; ++i) {
        row << q.value(i);
    }
    return std::optional<QVariantList>(std::move(row));
}

Result<qint64> QtSqlTransaction::exec(const QString& sql, const QVariantList& bindings)
{
    QSqlQuery q(m_connection);
    if (auto ok = execSql(q, sql, bindings); !ok) {
        return std::unexpected(ok.error());
    }
    return q.numRowsAffected();
}

} // namespace authscope
