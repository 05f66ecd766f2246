#include "core/storage/SqliteTransaction.h"

#include "core/storage/SqliteConnection.h"
#include "core/storage/SqliteResetGuard.h"

namespace authscope {

namespace {

void bindAll(SqliteStatement& stmt, const QVariantList& bindings)
{
    for (qsizetype i = 0; i < bindings.size(); ++i) {
        stmt.bindValue(static_cast<int>(i + 1), bindings.at(i));
    }
}

} // namespace

Result<std::optional<QVariantList>> SqliteTransaction::queryRow(const QString& sql, const QVariantList& bindings)
{
    auto stmt = m_connection.cached(sql);
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    SqliteStatement& s = **stmt;
    SqliteResetGuard guard(s);
    bindAll(s, bindings);
    auto row = s.step();
    if (!row) {
        return std::unexpected(row.error());
    }
    if (!*row) {
        return std::optional<QVariantList>();
    }
    QVariantList values;
    const int columns = s.columnCount();
    values.reserve(columns);
    for (int i = 0; i < columns; ++i) {
        values << s.value(i);
    }
    return std::optional<QVariantList>(std::move(values));
}

Result<qint64> SqliteTransaction::exec(const QString& sql, const QVariantList& bindings)
{
    auto stmt = m_connection.cached(sql);
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    bindAll(**stmt, bindings);
    if (auto ok = (*stmt)->run(); !ok) {
        return std::unexpected(ok.error());
    }
    return m_connection.changes();
}

} // namespace authscope
