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

// The SQLite database every part of AuthScope shares. One QtSql connection per thread (QtSql connections may
// only be used by the thread that made them), all with WAL, foreign keys and a busy timeout. Opening runs
// the forward-only migrations; a database written by a newer AuthScope is refused and left untouched.
class Database final
{
public:
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

    [[nodiscard]] QString path() const { return m_path; }
    [[nodiscard]] bool isMemory() const { return m_memory; }
    [[nodiscard]] bool isReadOnly() const { return m_readOnly; }
    [[nodiscard]] int schemaVersion();
    [[nodiscard]] static int latestSchemaVersion();

    // This thread's connection (made on first use). Valid until the thread ends or the Database is destroyed.
    [[nodiscard]] QSqlDatabase connection();
    // The raw sqlite3 handle behind this thread's connection, for hot paths that need the C API.
    [[nodiscard]] sqlite3* nativeHandle();

    // Runs `work` inside BEGIN IMMEDIATE ... COMMIT on this thread's connection; rolls back when it fails.
    Result<void> writeTransaction(const std::function<Result<void>(QSqlDatabase&)>& work);

    // meta table: small key/value facts about the database itself.
    Result<QString> metaValue(const QString& key);
    Result<void> setMetaValue(const QString& key, const QString& value);

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
