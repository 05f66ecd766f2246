#pragma once

#include "core/storage/Migrations.h"

namespace authscope {

// The schema steps of the PostgreSQL backend: the same versions as Migrations (SQLite), each the same tables in
// PostgreSQL's dialect (BIGINT identity keys, BYTEA, a lower() unique index for the case-insensitive user name),
// plus the change feed that tells other nodes what changed: every statement that changes a table the caches
// depend on appends a row to change_log and NOTIFYs "area:seq" on the channel authscope_changes, in its own
// transaction. A new step goes into SchemaSteps when both backends say it, else here and in Migrations under
// the same version number.
class PostgresMigrations final
{
public:
    [[nodiscard]] static const QList<Migration>& all();
    [[nodiscard]] static int latestVersion();
    // The NOTIFY channel of the change feed.
    [[nodiscard]] static QString channel();
};

} // namespace authscope
