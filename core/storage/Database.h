#pragma once

#include "core/common/Error.h"
#include "core/storage/PostgresUrl.h"

#include <QHash>
#include <QMetaObject>
#include <QMutex>
#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <memory>

struct sqlite3;
class QThread;

namespace authscope {

class ChangeDetector;
class PostgresChangeListener;

// The database every part of AuthScope shares, and the only code that opens one. One QtSql connection per thread
// (QtSql connections may only be used by the thread that made them), all with WAL, foreign keys and a busy
// timeout. Opening runs the forward-only migrations; a database written by a newer AuthScope is refused and left
// untouched. `path` is a file (SQLite, the embedded default) or a libpq URI postgresql://USER@HOST[:PORT]/DB
// (PostgreSQL through QtSql's QPSQL driver: the shared store of several nodes; see PostgresBackend).
//
// The stores reach it only through their area's repository classes, which use connection() and
// writeTransaction() (QtSql), and for the few hot paths the SQLite C API wrappers of this folder
// (SqliteConnection, SqliteStatement) behind an interface of their area. On PostgreSQL the connections use QPSQL,
// the migrations are PostgresMigrations (same versions), writeTransaction() takes a database-wide write lock (what
// BEGIN IMMEDIATE does on SQLite), openChangeDetector() returns the LISTEN/NOTIFY detector, and each interface with
// a SQLite implementation (ChangeDetector, SessionValidatorRepository, Transaction) has a PostgreSQL one picked by
// backend(). The stores' logic is the same on both.
class Database final
{
public:
    enum class Backend
    {
        Sqlite,
        PostgreSql
    };

    struct Options
    {
        bool migrate = true;        // run pending migrations on open
        int busyTimeoutMs = 5000;   // how long a writer waits for another one
        bool allowReadOnly = false; // open a read-only file for reading instead of refusing it
        // PostgreSQL only: a password from the keychain or a prompt (never argv). Empty: libpq's own sources
        // (PGPASSWORD, PGPASSFILE, ~/.pgpass).
        QString password;
    };

    static Result<std::unique_ptr<Database>> open(const QString& path);
    static Result<std::unique_ptr<Database>> open(const QString& path, const Options& options);
    ~Database();
    Q_DISABLE_COPY_MOVE(Database)

    // Where the database lives by default: <AppDataLocation>/authscope.db.
    [[nodiscard]] static QString defaultPath();

    [[nodiscard]] Backend backend() const { return m_backend; }
    [[nodiscard]] bool isPostgres() const { return m_backend == Backend::PostgreSql; }
    // The file, or the PostgreSQL URI without any password.
    [[nodiscard]] QString path() const { return m_path; }
    // A short name for titles and status bars: the file name, or user@host:port/db.
    [[nodiscard]] QString displayName() const;
    // PostgreSQL only: where the database is.
    [[nodiscard]] const PostgresUrl& postgresUrl() const { return m_pgUrl; }
    // PostgreSQL: the password this database was opened with (a keychain entry or a prompt; empty when libpq's own
    // sources supplied it), for a second connection to the same server (the Lab's scratch database). Never printed.
    [[nodiscard]] const QString& postgresPassword() const { return m_options.password; }
    [[nodiscard]] bool isMemory() const { return m_memory; }
    [[nodiscard]] bool isReadOnly() const { return m_readOnly; }
    [[nodiscard]] int schemaVersion();
    [[nodiscard]] static int latestSchemaVersion();

    // This thread's connection (made on first use). Valid until the thread ends or the Database is destroyed.
    [[nodiscard]] QSqlDatabase connection();
    // The raw sqlite3 handle behind this thread's connection, for hot paths that need the C API (nullptr on
    // PostgreSQL).
    [[nodiscard]] sqlite3* nativeHandle();
    // PostgreSQL only: a connection of the caller's own under a unique name (the change listener's, the session
    // validator's), which the caller closes with closeDedicatedConnection() on the thread that opened it.
    Result<QSqlDatabase> openDedicatedConnection(const QString& purpose);
    static void closeDedicatedConnection(const QString& name);
    // PostgreSQL only: reopens `db` when libpq found it dead (the server restarted); a no-op otherwise.
    Result<void> reviveIfBroken(QSqlDatabase& db);

    // A change detector for this thread (see ChangeDetector), on a connection of its own.
    Result<std::unique_ptr<ChangeDetector>> openChangeDetector();
    // PostgreSQL only: the process's listener on the change feed (started on first use; nullptr on SQLite).
    [[nodiscard]] PostgresChangeListener* changeListener();
    // One trivial statement on this thread's connection: is the database answering? (the health check)
    Result<void> ping();

    // Runs `work` inside BEGIN IMMEDIATE ... COMMIT on this thread's connection; rolls back when it fails.
    Result<void> writeTransaction(const std::function<Result<void>(QSqlDatabase&)>& work);

    // meta table: small key/value facts about the database itself.
    Result<QString> metaValue(const QString& key);
    Result<void> setMetaValue(const QString& key, const QString& value);
    // The same inside the caller's open write transaction.
    static Result<void> setMetaValue(QSqlDatabase& transaction, const QString& key, const QString& value);

private:
    Database(QString path, bool memory, const Options& options);
    static Result<std::unique_ptr<Database>> openPostgres(const QString& url, const Options& options);
    Result<void> initialisePostgres();
    Result<QSqlDatabase> makeConnection(const QString& name);
    Result<QSqlDatabase> openConnection(const QString& name);
    Result<QSqlDatabase> tryConnection();
    Result<void> initialise();
    Result<void> migrate(QSqlDatabase& db);

    QString m_path;
    Backend m_backend = Backend::Sqlite;
    PostgresUrl m_pgUrl;
    QString m_uri; // what QtSql opens (a shared-cache URI for :memory:)
    bool m_memory = false;
    bool m_readOnly = false;
    Options m_options;
    QString m_namePrefix;
    QMutex m_mutex;
    QHash<QThread*, QString> m_connections;
    // The thread-finished hooks that drop other threads' connections; cut when the Database goes first.
    QHash<QThread*, QMetaObject::Connection> m_threadWatch;
    std::unique_ptr<PostgresChangeListener> m_listener; // PostgreSQL only
};

} // namespace authscope
