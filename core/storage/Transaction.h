#pragma once

#include "core/common/Error.h"

#include <QString>
#include <QVariantList>

#include <optional>

namespace authscope {

// The statements of a write transaction the caller already opened, whichever kind of connection holds it: a
// repository that must write inside someone else's transaction (the audit log's row goes into the transaction of
// the change it records) takes this, so the same SQL serves the QtSql stores and the raw SQLite hot paths.
// Bindings are positional ('?'). Implementations: QtSqlTransaction (any QtSql driver, so also PostgreSQL's
// QPSQL) and SqliteTransaction (a SqliteConnection of the C API).
class Transaction
{
public:
    Transaction() = default;
    virtual ~Transaction() = default;
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    // The first row of the statement's result, or nothing when it has none.
    virtual Result<std::optional<QVariantList>> queryRow(const QString& sql, const QVariantList& bindings = {}) = 0;
    // Runs a statement that returns no rows; how many rows it changed.
    virtual Result<qint64> exec(const QString& sql, const QVariantList& bindings = {}) = 0;
};

} // namespace authscope
