#pragma once

#include "core/common/Error.h"

#include <QSqlError>
#include <QSqlQuery>

namespace authscope {

// Turns a QtSql failure into an Error with a stable code ("storage.disk-full", "storage.read-only",
// "storage.busy", "storage.not-a-database", "storage.corrupt", "storage.sql") and a sentence for people.
[[nodiscard]] Error sqlError(const QSqlError& error, const QString& doing);

// Prepares and runs `sql` with positional bindings; on failure returns the mapped error.
[[nodiscard]] Result<void> execSql(QSqlQuery& query, const QString& sql, const QVariantList& bindings = {});

} // namespace authscope
