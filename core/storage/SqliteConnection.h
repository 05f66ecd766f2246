#pragma once

#include "core/common/Error.h"
#include "core/storage/SqliteStatement.h"

#include <QString>

#include <map>
#include <memory>

struct sqlite3;

namespace authscope {

class Database;

// A connection of the SQLite C API to the file behind a Database, for the hot paths (session validation, bulk
// loading, change detection), each of which opens and owns its own. It is separate from the QtSql connections on
// purpose: its lifetime is ours (prepared statements are finalised before it closes), and no QSqlQuery left active
// elsewhere on the thread can pin it to an old snapshot, which would hide other processes' revocations from
// PRAGMA data_version. For an in-memory Database (tests) it borrows this thread's QtSql handle instead, because a
// private connection would see a different database.
class SqliteConnection final
{
public:
    static Result<std::unique_ptr<SqliteConnection>> open(Database& database);
    ~SqliteConnection();
    Q_DISABLE_COPY_MOVE(SqliteConnection)

    [[nodiscard]] sqlite3* handle() const { return m_db; }
    [[nodiscard]] bool isBorrowed() const { return !m_owned; }

    Result<void> exec(const char* sql);
    Result<SqliteStatement> prepare(const char* sql) { return SqliteStatement::prepare(m_db, sql); }
    // A statement prepared once for the life of this connection and kept by its text (for SqliteTransaction).
    Result<SqliteStatement*> cached(const QString& sql);
    [[nodiscard]] qint64 lastInsertRowId() const;
    [[nodiscard]] int changes() const;

    // The version of the SQLite library AuthScope runs with.
    [[nodiscard]] static QString libraryVersion();

    // BEGIN IMMEDIATE ... COMMIT around `work`; rolls back when it fails.
    template <typename Fn>
    Result<void> writeTransaction(Fn&& work)
    {
        if (auto begun = exec("BEGIN IMMEDIATE"); !begun) {
            return begun;
        }
        Result<void> result = work();
        if (result) {
            result = exec("COMMIT");
            if (result) {
                return result;
            }
        }
        exec("ROLLBACK");
        return result;
    }

private:
    SqliteConnection(sqlite3* db, bool owned) : m_db(db), m_owned(owned) {}
    sqlite3* m_db = nullptr;
    bool m_owned = true;
    std::map<QString, SqliteStatement> m_cache; // finalised in the destructor, before the handle closes
};

} // namespace authscope
