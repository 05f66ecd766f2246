#pragma once

#include "core/common/Error.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QVariant>

struct sqlite3;
struct sqlite3_stmt;

namespace authscope {

// A prepared statement of the SQLite C API, for the few hot paths where QtSql's per-call overhead matters
// (session validation, bulk seeding, the benchmark). Owns the statement; reset() ends its read transaction.
class SqliteStatement final
{
public:
    SqliteStatement() = default;
    ~SqliteStatement();
    SqliteStatement(SqliteStatement&& other) noexcept;
    SqliteStatement& operator=(SqliteStatement&& other) noexcept;
    SqliteStatement(const SqliteStatement&) = delete;
    SqliteStatement& operator=(const SqliteStatement&) = delete;

    // Persistent statements are kept for the life of the connection (SQLITE_PREPARE_PERSISTENT).
    static Result<SqliteStatement> prepare(sqlite3* db, const char* sql);

    [[nodiscard]] bool isValid() const { return m_stmt != nullptr; }

    void bind(int index, qint64 value);
    void bindBlob(int index, QByteArrayView value);       // copied: the caller's buffer may go away
    void bindStaticBlob(int index, QByteArrayView value); // not copied: valid until reset()
    void bindText(int index, const QString& value);
    void bindText(int index, QByteArrayView utf8);
    void bindNull(int index);
    // QtSql's mapping: null → NULL, QByteArray → blob, QString → text, integers and bool → integer, double → real.
    void bindValue(int index, const QVariant& value);

    // One step: true when a row is ready, false when done. Errors carry storage.* codes.
    Result<bool> step();
    // Steps through every row, calling each() while a row is ready (it reads the row's columns).
    template <typename Each>
    Result<void> forEachRow(Each&& each)
    {
        while (true) {
            auto row = step();
            if (!row) {
                return std::unexpected(row.error());
            }
            if (!*row) {
                return {};
            }
            each();
        }
    }
    // Steps a statement that returns no rows and resets it.
    Result<void> run();
    void reset();

    [[nodiscard]] qint64 int64(int column) const;
    [[nodiscard]] bool isNull(int column) const;
    [[nodiscard]] QByteArrayView blob(int column) const; // valid until the next step/reset
    [[nodiscard]] QString text(int column) const;
    [[nodiscard]] int columnCount() const;
    // The column as QtSql would give it: qint64, double, QString, QByteArray, or a null QVariant.
    [[nodiscard]] QVariant value(int column) const;

private:
    explicit SqliteStatement(sqlite3_stmt* stmt) : m_stmt(stmt) {}
    sqlite3_stmt* m_stmt = nullptr;
};

// An Error from a SQLite C API result code, with the same codes as sqlError() gives for QtSql.
[[nodiscard]] Error sqliteError(sqlite3* db, int resultCode, const QString& doing);

} // namespace authscope
