#include "core/storage/SqliteConnection.h"

#include "core/storage/Database.h"

#include <sqlite3.h>

namespace authscope {

Result<std::unique_ptr<SqliteConnection>> SqliteConnection::open(Database& database)
{
    if (database.isPostgres()) {
        return fail(QStringLiteral("storage.wrong-backend"),
                    QStringLiteral("This operation uses SQLite's C API and is not available on PostgreSQL (%1).")
                        .arg(database.displayName()));
    }
    if (database.isMemory()) {
        sqlite3* borrowed = database.nativeHandle();
        if (borrowed == nullptr) {
            return fail(QStringLiteral("storage.driver"),
                        QStringLiteral("The SQLite handle of the in-memory database is not available."));
        }
        return std::unique_ptr<SqliteConnection>(new SqliteConnection(borrowed, false));
    }
    sqlite3* db = nullptr;
    const int flags = (database.isReadOnly() ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE) | SQLITE_OPEN_NOMUTEX |
                      SQLITE_OPEN_EXRESCODE;
    const int rc = sqlite3_open_v2(database.path().toUtf8().constData(), &db, flags, nullptr);
    if (rc != SQLITE_OK) {
        Error e = sqliteError(db, rc, QStringLiteral("Opening %1").arg(database.path()));
        sqlite3_close_v2(db);
        return std::unexpected(std::move(e));
    }
    std::unique_ptr<SqliteConnection> connection(new SqliteConnection(db, true));
    sqlite3_busy_timeout(db, 5000);
    // The Database already put the file in WAL mode; these are per-connection settings. The page cache may grow
    // to 32 MiB (it is only filled as pages are read): batched slide writes touch pages all over the indexes.
    if (auto ok = connection->exec("PRAGMA foreign_keys=ON; PRAGMA synchronous=NORMAL; PRAGMA cache_size=-32768");
        !ok) {
        return std::unexpected(ok.error());
    }
    return connection;
}

SqliteConnection::~SqliteConnection()
{
    m_cache.clear();
    if (m_owned) {
        // v2: if a statement were still alive the handle would close when it is finalised, not leak.
        sqlite3_close_v2(m_db);
    }
}

Result<void> SqliteConnection::exec(const char* sql)
{
    char* message = nullptr;
    const int rc = sqlite3_exec(m_db, sql, nullptr, nullptr, &message);
    sqlite3_free(message);
    if (rc != SQLITE_OK) {
        return std::unexpected(sqliteError(m_db, rc, QStringLiteral("A database statement")));
    }
    return {};
}

Result<SqliteStatement*> SqliteConnection::cached(const QString& sql)
{
    auto it = m_cache.find(sql);
    if (it == m_cache.end()) {
        auto stmt = prepare(sql.toUtf8().constData());
        if (!stmt) {
            return std::unexpected(stmt.error());
        }
        it = m_cache.emplace(sql, std::move(*stmt)).first;
    }
    return &it->second;
}

QString SqliteConnection::libraryVersion()
{
    return QString::fromLatin1(sqlite3_libversion());
}

qint64 SqliteConnection::lastInsertRowId() const
{
    return sqlite3_last_insert_rowid(m_db);
}

int SqliteConnection::changes() const
{
    return sqlite3_changes(m_db);
}

} // namespace authscope
