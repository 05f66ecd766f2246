#pragma once

#include "core/storage/Transaction.h"

namespace authscope {

class SqliteConnection;

// A Transaction over a SqliteConnection of the C API on which the caller opened it (the session validator's
// own connection, the seeder's). Statements are prepared once per connection and kept (SqliteConnection's cache).
class SqliteTransaction final : public Transaction
{
public:
    explicit SqliteTransaction(SqliteConnection& connection) : m_connection(connection) {}

    Result<std::optional<QVariantList>> queryRow(const QString& sql, const QVariantList& bindings = {}) override;
    Result<qint64> exec(const QString& sql, const QVariantList& bindings = {}) override;

private:
    SqliteConnection& m_connection;
};

} // namespace authscope
