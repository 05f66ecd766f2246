#pragma once

#include "core/common/Error.h"

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

// The database every part of AuthScope shares, and the only code that opens one. One QtSql connection per thread
// (QtSql connections may only be used by the thread that made them), all with WAL, foreign keys and a busy
// timeout. Opening runs the forward-only migrations; a database written by a newer AuthScope is refused and left
// untouched.
//
// The stores reach it only through their area's repository classes, which use connection() and
// writeTransaction() (QtSql), and for the few hot paths the SQLite C API wrappers of this folder
// (SqliteConnection, SqliteStatement) behind an interface of their area. Where PostgreSQL plugs in: open() accepts
// a postgresql:// URL and makes a Database whose backend() is PostgreSql, whose connections use QtSql's QPSQL
// driver and whose migrations are that backend's list; openChangeDetector() returns the LISTEN/NOTIFY detector;
// and each interface with a SQLite implementation (ChangeDetector, SessionValidatorRepository, Transaction) gets a
// QtSql/libpq one picked by backend(). The stores' logic does not change.
class Database final
{
public:
    enum class Backend
    {
        Sqlite
    };

    struct Options
    {
        bool migrate = true;        // run pending migrations on open
        int busyTimeoutMs = 5000;   // how long a writer waits for another one
        bool allowReadOnly = false; // open a read-only file for reading instead of refusing it
    };

    static Result<std::unique_ptr<Database>> open(const QString& path);
    static Result<std::unique_ptr<Database>> open(const QString& path, const Options& options);
    ~Database();
    Q_DISABLE_COPY_MOVE(Database)

    // Where the database lives by default: <AppDataLocation>/authscope.db.
    [[nodiscard]] static QString defaultPath();

    [[nodiscard]] Backend backend() const { return Backend::Sqlite; }
    [[nodiscard]] QString path() const { return m_path; }
    [[nodiscard]] bool isMemory() const { return m_memory; }
    [[nodiscard]] bool isReadOnly() const { return m_readOnly; }
    [[nodiscard]] int schemaVersion();
    [[nodiscard]] static int latestSchemaVersion();

    // This thread's connection (made on first use). Valid until the thread ends or the Database is destroyed.
    [[nodiscard]] QSqlDatabase connection();
    // The raw sqlite3 handle behind this thread's connection, for hot paths that need the C API.
    [[nodiscard]] sqlite3* nativeHandle();

    // A change detector for this thread (see ChangeDetector), on a connection of its own.
    Result<std::unique_ptr<ChangeDetector>> openChangeDetector();
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
    Result<QSqlDatabase> makeConnection(const QString& name);
    Result<QSqlDatabase> openConnection(const QString& name);
    Result<QSqlDatabase> tryConnection();
    Result<void> initialise();
    Result<void> migrate(QSqlDatabase& db);

    QString m_path;
    QString m_uri; // what QtSql opens (a shared-cache URI for :memory:)
    bool m_memory = false;
    bool m_readOnly = false;
    Options m_options;
    QString m_namePrefix;
    QMutex m_mutex;
    QHash<QThread*, QString> m_connections;
    // The thread-finished hooks that drop other threads' connections; cut when the Database goes first.
    QHash<QThread*, QMetaObject::Connection> m_threadWatch;
};

} // namespace authscope
