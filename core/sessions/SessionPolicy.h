#pragma once

#include "core/common/Error.h"

#include <QJsonObject>

namespace authscope {

class AuditLog;
class Database;

// Timeouts and the write throttle of the session store (OWASP session management: idle and absolute
// timeouts enforced on the server; S-TIMEOUTS). Kept in the meta table so that the test server, the CLI
// and the console agree on them.
struct SessionPolicy
{
    int idleTimeoutSecs = 30 * 60;          // a session unused this long expires
    int absoluteTimeoutSecs = 12 * 60 * 60; // and every session ends this long after login
    int slideThrottleSecs = 60;             // at most one last-seen write per session per this many seconds
    int slideFlushMs = 1000;                // pending slides are written at least this often...
    int slideBatchSize = 512;               // ...or as soon as this many are pending
    int cacheCapacity = 4'000'000;          // sessions held in memory by the validation cache (0: no cache)

    // Refuses values that would make a timeout meaningless or the throttle larger than the idle timeout.
    [[nodiscard]] Result<void> check() const;

    static Result<SessionPolicy> load(Database& database); // defaults for keys not set
    // The three stored values in one transaction.
    Result<void> save(Database& database) const;
    // The same with its audit row (session.policy: the new values and `before`) in that transaction (A-SAME-TX).
    Result<void> save(Database& database, AuditLog& audit, const SessionPolicy& before) const;
    // idle_timeout_s, absolute_timeout_s, slide_throttle_s: the stored values as the CLI and the audit show them.
    [[nodiscard]] QJsonObject toJson() const;

private:
    Result<void> save(Database& database, AuditLog* audit, const SessionPolicy& before) const;
};

} // namespace authscope
