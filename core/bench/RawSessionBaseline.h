#pragma once

#include "core/common/Error.h"

#include <QString>

#include <memory>

namespace authscope {

class Database;

// The session benchmark's baselines: a point lookup by primary key and a slide's autocommit UPDATE, each one
// statement of the database's own C library on the same table (SQLite's C API, or libpq for PostgreSQL), on a
// connection of their own. The validation rows are reported as ratios of these.
class RawSessionBaseline
{
public:
    // `location` is what Database::open takes (a file or a postgresql:// URL), `password` PostgreSQL's (empty:
    // libpq's own sources).
    static Result<std::unique_ptr<RawSessionBaseline>> open(Database& database, const QString& location,
                                                            const QString& password);

    RawSessionBaseline() = default;
    virtual ~RawSessionBaseline() = default;
    RawSessionBaseline(const RawSessionBaseline&) = delete;
    RawSessionBaseline& operator=(const RawSessionBaseline&) = delete;

    // Row names: "raw SQLite: ..." or "raw libpq: ...".
    [[nodiscard]] virtual QString lookupName() const = 0;
    [[nodiscard]] virtual QString updateName() const = 0;
    // Reads the session row `id` (the columns validation needs); true when it exists.
    virtual Result<bool> lookup(qint64 id) = 0;
    // UPDATE sessions SET last_seen_ms, idle_expires_ms WHERE id, committed on its own.
    virtual Result<void> slide(qint64 lastSeenMs, qint64 idleExpiresMs, qint64 id) = 0;
};

} // namespace authscope
