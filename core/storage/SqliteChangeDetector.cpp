#include "core/storage/SqliteChangeDetector.h"

#include "core/storage/SqliteConnection.h"
#include "core/storage/SqliteResetGuard.h"

namespace authscope {

SqliteChangeDetector::SqliteChangeDetector(std::unique_ptr<SqliteConnection> owned, SqliteConnection& connection)
    : m_owned(std::move(owned)), m_connection(connection)
{}

SqliteChangeDetector::~SqliteChangeDetector() = default;

Result<std::unique_ptr<SqliteChangeDetector>> SqliteChangeDetector::attach(SqliteConnection& connection)
{
    std::unique_ptr<SqliteChangeDetector> detector(new SqliteChangeDetector(nullptr, connection));
    if (auto ok = detector->initialise(); !ok) {
        return std::unexpected(ok.error());
    }
    return detector;
}

Result<std::unique_ptr<SqliteChangeDetector>> SqliteChangeDetector::open(Database& database)
{
    auto connection = SqliteConnection::open(database);
    if (!connection) {
        return std::unexpected(connection.error());
    }
    SqliteConnection& ref = **connection;
    std::unique_ptr<SqliteChangeDetector> detector(new SqliteChangeDetector(std::move(*connection), ref));
    if (auto ok = detector->initialise(); !ok) {
        return std::unexpected(ok.error());
    }
    return detector;
}

Result<void> SqliteChangeDetector::initialise()
{
    auto stmt = m_connection.prepare("PRAGMA data_version");
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    m_dataVersion = std::move(*stmt);
    m_always = m_connection.isBorrowed();
    if (m_always) {
        return {};
    }
    // One read opens the write-ahead log and maps its shared memory, which the watcher then reads directly.
    if (auto row = m_dataVersion.step(); !row) {
        return std::unexpected(row.error());
    }
    m_dataVersion.reset();
    m_watcher = WalChangeWatcher(m_connection.handle());
    return {};
}

Result<bool> SqliteChangeDetector::poll()
{
    if (m_watcher.isAvailable()) {
        // A header caught between a writer's two copies reads as nothing: treat it as a change.
        m_polledHeader = m_watcher.read();
        return !(m_polledHeader && m_seenHeader && *m_polledHeader == *m_seenHeader);
    }
    if (m_always) {
        return true;
    }
    auto row = m_dataVersion.step();
    const qint64 version = row && *row ? m_dataVersion.int64(0) : -2;
    m_dataVersion.reset();
    if (!row) {
        return std::unexpected(row.error());
    }
    m_polledVersion = version;
    return version != m_seenVersion;
}

void SqliteChangeDetector::accept()
{
    m_seenHeader = m_polledHeader;
    m_seenVersion = m_polledVersion;
}

Result<qint64> SqliteChangeDetector::stamp()
{
    SqliteResetGuard guard(m_dataVersion);
    auto row = m_dataVersion.step();
    if (!row) {
        return std::unexpected(row.error());
    }
    return *row ? m_dataVersion.int64(0) : 0;
}

} // namespace authscope
