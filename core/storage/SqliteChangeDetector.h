#pragma once

#include "core/storage/ChangeDetector.h"
#include "core/storage/SqliteStatement.h"
#include "core/storage/WalChangeWatcher.h"

#include <memory>
#include <optional>

namespace authscope {

class Database;
class SqliteConnection;

// The SQLite change detector. On a WAL database it compares the wal-index header in shared memory
// (WalChangeWatcher): no system call, no lock, no query. Where the header cannot be read it asks
// PRAGMA data_version on its connection. A borrowed connection (an in-memory database shares this thread's QtSql
// handle, whose own commits data_version does not count) cannot tell, so every poll answers "changed": in-memory
// databases serve tests and scratch work, not load.
class SqliteChangeDetector final : public ChangeDetector
{
public:
    // Watches through `connection`, which must outlive the detector.
    static Result<std::unique_ptr<SqliteChangeDetector>> attach(SqliteConnection& connection);
    // Opens a connection of its own (for this thread).
    static Result<std::unique_ptr<SqliteChangeDetector>> open(Database& database);
    ~SqliteChangeDetector() override;

    Result<bool> poll() override;
    void accept() override;
    Result<qint64> stamp() override;

private:
    SqliteChangeDetector(std::unique_ptr<SqliteConnection> owned, SqliteConnection& connection);
    Result<void> initialise();

    std::unique_ptr<SqliteConnection> m_owned; // declared first: the statement below is finalised before it closes
    SqliteConnection& m_connection;
    SqliteStatement m_dataVersion;
    WalChangeWatcher m_watcher;
    bool m_always = false;
    std::optional<WalChangeWatcher::Header> m_seenHeader;
    std::optional<WalChangeWatcher::Header> m_polledHeader;
    qint64 m_seenVersion = -1; // -1: never looked, so the first poll answers "changed"
    qint64 m_polledVersion = -1;
};

} // namespace authscope
