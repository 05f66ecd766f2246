#pragma once

#include "core/storage/Migrations.h"

namespace authscope {

// The schema both backends share, written once. Where SQLite and PostgreSQL say the same thing in other words
// (an integer key the database numbers, 64-bit columns, BLOB/BYTEA, WITHOUT ROWID, COLLATE NOCASE against a
// lower() index, min/LEAST) the statement names the word and each dialect spells it. What only one backend has
// (SQLite's application_id, PostgreSQL's change feed, the two ways of widening a CHECK) its own list adds.
class SchemaSteps final
{
public:
    enum class Dialect
    {
        Sqlite,
        Postgres,
    };

    SchemaSteps() = delete;

    // Every step, in order, with the statements both backends run; a step only one backend fills has none here.
    [[nodiscard]] static QList<Migration> shared(Dialect dialect);
    // The Lab's run table named `table`, its experiment column limited to `experiments` (quoted, comma-separated).
    [[nodiscard]] static QString labRunsTable(Dialect dialect, const QString& table, const QString& experiments);
    // The step of `list` with this version (it must be there).
    [[nodiscard]] static Migration& step(QList<Migration>& list, int version);
};

} // namespace authscope
