#pragma once

#include "core/common/Error.h"

namespace authscope {

// Answers "has any connection, in this process or another, committed to the database since I last caught up?"
// cheaply enough to ask before every request. The caches on hot paths (the session validator's, the test
// server's verified tokens and deny-list answers) ask it instead of querying; when it says yes they read what
// changed and call accept(). poll() remembers what it saw and accept() makes that the new reference point, so a
// failure while catching up is simply retried on the next poll, and a commit that lands between poll() and
// accept() still shows up on the next poll. One instance per thread; not thread-safe.
//
// Backends: SqliteChangeDetector reads SQLite's WAL index (PRAGMA data_version where it cannot). A PostgreSQL
// implementation plugs in here: its poll() reads a counter that a QPSQL connection LISTENing on the channel the
// writers NOTIFY in their transactions moves, and after a dropped connection it compares a change sequence row
// to catch up. Database::openChangeDetector() picks the implementation by backend.
class ChangeDetector
{
public:
    ChangeDetector() = default;
    virtual ~ChangeDetector() = default;
    ChangeDetector(const ChangeDetector&) = delete;
    ChangeDetector& operator=(const ChangeDetector&) = delete;

    // True when something was committed since the last accept() (always true before the first one).
    virtual Result<bool> poll() = 0;
    // The caller caught up with what the last poll() saw.
    virtual void accept() = 0;
    // A number that changes whenever any connection commits (for a console's auto-refresh; not for hot paths).
    virtual Result<qint64> stamp() = 0;
};

} // namespace authscope
