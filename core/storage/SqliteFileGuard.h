#pragma once

#include "core/common/Error.h"

#include <QString>
#include <QStringList>

namespace authscope {

// What is checked and fixed on disk before SQLite may touch a database path. SQLite itself would open anything: a
// FIFO (and hang), /dev/null (and create /dev/null-journal), another application's database (and migrate it), and
// it creates files 0644 and folders 0755 under the usual umask, readable by every local user.
//
// - F-FOREIGN-DB: the path must be new, or a regular file that is empty, holds an SQLite database without tables,
//   carries AuthScope's application_id, or has AuthScope's schema from before the marker (its meta and audit_log
//   tables); anything else is refused before it is opened for writing, and left byte for byte as it was.
// - F-FILE-MODES: missing folders are made 0700 and a new database file 0600 (its -wal and -shm inherit the mode
//   from it); an existing database, -wal or -shm that other users may read is made 0600, and AuthScope's own data
//   folder 0700, each with a warning. A folder the user chose (such as /tmp) is never changed.
class SqliteFileGuard final
{
public:
    // PRAGMA application_id of every AuthScope database ("AuSc"), set by the schema step that introduced it.
    static constexpr qint32 ApplicationId = 0x41755363;

    // Runs before SQLite opens `absolutePath` (a file path, never ":memory:"). `ownFolder`: the folder is
    // AuthScope's own data folder, which may be made private too.
    static Result<void> prepare(const QString& absolutePath, bool ownFolder);

    // The warnings given so far in this process (also written with qWarning), for the GUI to show; clears them.
    [[nodiscard]] static QStringList takeWarnings();
};

} // namespace authscope
