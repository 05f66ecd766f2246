#pragma once

#include "core/common/Error.h"

#include <QSqlDatabase>

#include <functional>

namespace authscope {

class Database;

// S-REVOKE-RETRY: a revocation (a logout, an administrator's revoke, a deny-list entry, a user's not-before) must not
// fail because someone else is writing. It waits for the write lock and tries again, polling every few
// milliseconds so that it takes the short pause a bulk writer leaves between its batches, until it lands or until
// `limitMs` has passed; then it says so clearly. Nothing else is retried: only "the database is busy".
class RevocationRetry final
{
public:
    static constexpr qint64 DefaultLimitMs = 60'000;
    // What a bulk writer (purge, seed) pauses between two batches: longer than the polling interval below, so a
    // waiting revocation always gets its turn.
    static constexpr int BulkPauseMs = 15;

    // Database::writeTransaction(work), again while the database is busy. `work` may run more than once: it must
    // start from scratch each time (it only runs once the write lock is held, and is rolled back on failure).
    static Result<void> writeTransaction(Database& database, const std::function<Result<void>(QSqlDatabase&)>& work,
                                         qint64 limitMs = DefaultLimitMs);
};

} // namespace authscope
