#include "core/storage/Database.h"

#include "core/storage/Migrations.h"
#include "core/storage/PostgresBackend.h"
#include "core/storage/PostgresChangeDetector.h"
#include "core/storage/PostgresChangeListener.h"
#include "core/storage/PostgresMigrations.h"
#include "core/storage/SqlError.h"
#include "core/storage/SqliteChangeDetector.h"
#include "core/storage/SqliteFileGuard.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QThread>

#include <sqlite3.h>

namespace authscope {

namespace {

// Registers a QSQLITE connection under `name` (not opened yet): the busy timeout, a URI for a shared in-memory
// database, read-only when asked. When Qt has no SQLite driver the name is removed again and the error says what to
// install.
Result<QSqlDatabase> addSqlite(const QString& name, const QString& uri, int busyTimeoutMs, bool memory, bool readOnly)
{
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        if (db.isValid()) {
            db.setDatabaseName(uri);
            QStringList options{QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(busyTimeoutMs)};
            if (memory) {
                options << QStringLiteral("QSQLITE_OPEN_URI");
            }
            if (readOnly) {
                options << QStringLiteral("QSQLITE_OPEN_READONLY");
            }
            db.setConnectOptions(options.join(u';'));
            return db;
        }
    }
    QSqlDatabase::removeDatabase(name);
    return fail(QStringLiteral("storage.driver"), QStringLiteral("Qt's SQLite driver (QSQLITE) is not available. "
                                                                 "Install the Qt 6 SQLite plugin (Debian: "
                                                                 "libqt6sql6-sqlite)."));
}

QAtomicInteger<quint64> s_instanceCounter;

Result<QVariant> scalar(QSqlDatabase& db, const QString& sql, const QString& doing)
{
    QSqlQuery q(db);
    if (!q.exec(sql)) {
        return std::unexpected(sqlError(q.lastError(), doing));
    }
    if (!q.next()) {
        return QVariant();
    }
    return q.value(0);
}

} // namespace

Database::Database(QString path, bool memory, const Options& options)
    : m_path(std::move(path)), m_memory(memory), m_options(options)
{
    const quint64 id = ++s_instanceCounter;
    m_namePrefix = QStringLiteral("authscope-%1-").arg(id);
    if (m_memory) {
        // Every connection to plain ":memory:" would be its own database; a named shared-cache URI lets the
        // per-thread connections see one database.
        m_uri = QStringLiteral("file:authscope-memdb-%1-%2?mode=memory&cache=shared")
                    .arg(QCoreApplication::applicationPid())
                    .arg(id);
    } else {
        m_uri = m_path;
    }
}

Database::~Database()
{
    m_listener.reset();
    QStringList names;
    {
        QMutexLocker lock(&m_mutex);
        names = m_connections.values();
        m_connections.clear();
        // A thread that used this database may outlive it: its finished() must not reach a destroyed object.
        for (const QMetaObject::Connection& c : std::as_const(m_threadWatch)) {
            QObject::disconnect(c);
        }
        m_threadWatch.clear();
    }
    for (const QString& name : std::as_const(names)) {
        {
            QSqlDatabase db = QSqlDatabase::database(name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
    }
}

QString Database::defaultPath()
{
    QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    if (dir.isEmpty()) {
        dir = QDir::homePath() + QStringLiteral("/.authscope");
    }
    return dir + QStringLiteral("/authscope.db");
}

int Database::latestSchemaVersion()
{
    return Migrations::latestVersion();
}

QString Database::displayName() const
{
    if (isPostgres()) {
        return QStringLiteral("%1@%2:%3/%4").arg(m_pgUrl.user, m_pgUrl.host).arg(m_pgUrl.port).arg(m_pgUrl.database);
    }
    return m_memory ? m_path : QFileInfo(m_path).fileName();
}

Result<std::unique_ptr<Database>> Database::openPostgres(const QString& url, const Options& options)
{
    auto parsed = PostgresUrl::parse(url);
    if (!parsed) {
        return std::unexpected(parsed.error());
    }
    std::unique_ptr<Database> db(new Database(parsed->toString(), false, options));
    db->m_backend = Backend::PostgreSql;
    db->m_pgUrl = *parsed;
    if (auto ok = db->initialisePostgres(); !ok) {
        return std::unexpected(ok.error());
    }
    return db;
}

Result<void> Database::initialisePostgres()
{
    auto db = tryConnection();
    if (!db) {
        return std::unexpected(db.error());
    }
    // Read before anything is written: a database of a newer AuthScope is refused untouched.
    auto version = PostgresBackend::schemaVersion(*db);
    if (!version) {
        return std::unexpected(version.error());
    }
    if (*version > PostgresMigrations::latestVersion()) {
        return fail(QStringLiteral("storage.newer-version"),
                    QStringLiteral("%1 was written by a newer AuthScope (schema %2; this version knows up to %3). "
                                   "Update AuthScope to open it; the database was not changed.")
                        .arg(displayName())
                        .arg(*version)
                        .arg(PostgresMigrations::latestVersion()));
    }
    if (m_options.migrate) {
        return PostgresBackend::migrate(*db);
    }
    return {};
}

PostgresChangeListener* Database::changeListener()
{
    if (!isPostgres()) {
        return nullptr;
    }
    QMutexLocker lock(&m_mutex);
    if (!m_listener) {
        m_listener = std::make_unique<PostgresChangeListener>(*this);
    }
    return m_listener.get();
}

Result<QSqlDatabase> Database::openDedicatedConnection(const QString& purpose)
{
    if (!isPostgres()) {
        return fail(QStringLiteral("storage.driver"), QStringLiteral("Dedicated connections are for PostgreSQL."));
    }
    static QAtomicInteger<quint64> s_dedicated;
    const QString name = m_namePrefix + purpose + u'-' + QString::number(++s_dedicated);
    return PostgresBackend::connect(name, m_pgUrl, m_options.password);
}

void Database::closeDedicatedConnection(const QString& name)
{
    {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

Result<void> Database::reviveIfBroken(QSqlDatabase& db)
{
    if (!isPostgres() || !PostgresBackend::isBroken(db)) {
        return {};
    }
    return PostgresBackend::reconnect(db, m_pgUrl);
}

Result<std::unique_ptr<Database>> Database::open(const QString& path)
{
    return open(path, Options{});
}

Result<std::unique_ptr<Database>> Database::open(const QString& path, const Options& options)
{
    if (path.isEmpty()) {
        return fail(QStringLiteral("storage.no-path"), QStringLiteral("No database path was given."));
    }
    if (PostgresUrl::isPostgresUrl(path)) {
        return openPostgres(path, options);
    }
    const bool memory = path == QStringLiteral(":memory:");
    QString absolute = path;
    if (!memory) {
        const QFileInfo info(path);
        absolute = info.absoluteFilePath();
        // F-FOREIGN-DB, F-FILE-MODES: what SQLite must not open, and private modes, before SQLite touches the path.
        const bool ownFolder = info.absolutePath() == QFileInfo(defaultPath()).absolutePath();
        if (auto guarded = SqliteFileGuard::prepare(absolute, ownFolder); !guarded) {
            return std::unexpected(guarded.error());
        }
        if (info.exists() && info.isDir()) {
            return fail(QStringLiteral("storage.not-a-database"),
                        QStringLiteral("%1 is a folder, not a database file.").arg(absolute));
        }
        if (info.exists() && !info.isReadable()) {
            return fail(QStringLiteral("storage.unreadable"),
                        QStringLiteral("%1 cannot be read: permission denied.").arg(absolute));
        }
        if (!info.exists() && !QDir().mkpath(info.absolutePath())) {
            return fail(QStringLiteral("storage.io"),
                        QStringLiteral("Cannot create the folder %1 for the database.").arg(info.absolutePath()));
        }
    }
    std::unique_ptr<Database> db(new Database(absolute, memory, options));
    if (auto ok = db->initialise(); !ok) {
        return std::unexpected(ok.error());
    }
    return db;
}

Result<QSqlDatabase> Database::makeConnection(const QString& name)
{
    Result<QSqlDatabase> made = openConnection(name);
    if (!made) {
        // A half-made connection must not stay registered under the name.
        QSqlDatabase::removeDatabase(name);
    }
    return made;
}

Result<QSqlDatabase> Database::openConnection(const QString& name)
{
    if (isPostgres()) {
        return PostgresBackend::connect(name, m_pgUrl, m_options.password);
    }
    auto added = addSqlite(name, m_uri, m_options.busyTimeoutMs, m_memory, m_readOnly);
    if (!added) {
        return std::unexpected(added.error());
    }
    QSqlDatabase db = *added;
    if (!db.open()) {
        return std::unexpected(sqlError(db.lastError(), QStringLiteral("Opening %1").arg(m_path)));
    }
    QSqlQuery q(db);
    // WAL lets the console read while the test server writes; NORMAL sync is safe with WAL.
    if (!m_memory && !m_readOnly) {
        if (auto mode = scalar(db, QStringLiteral("PRAGMA journal_mode=WAL"), QStringLiteral("Switching to WAL"));
            !mode) {
            return std::unexpected(mode.error());
        }
        if (!q.exec(QStringLiteral("PRAGMA synchronous=NORMAL"))) {
            return std::unexpected(sqlError(q.lastError(), QStringLiteral("Setting the sync mode")));
        }
    }
    if (!q.exec(QStringLiteral("PRAGMA foreign_keys=ON"))) {
        return std::unexpected(sqlError(q.lastError(), QStringLiteral("Enabling foreign keys")));
    }
    return db;
}

QSqlDatabase Database::connection()
{
    auto db = tryConnection();
    if (!db) {
        // initialise() opened a first connection fine, so this is rare (the file vanished, out of handles).
        // Callers then see the failure on their first statement.
        qWarning("authscope: cannot open a database connection: %s", qPrintable(db.error().message));
        return {};
    }
    return db.value();
}

Result<QSqlDatabase> Database::tryConnection()
{
    QThread* thread = QThread::currentThread();
    {
        QMutexLocker lock(&m_mutex);
        const auto it = m_connections.constFind(thread);
        if (it != m_connections.constEnd()) {
            QSqlDatabase db = QSqlDatabase::database(it.value(), false);
            if (isPostgres() && PostgresBackend::isBroken(db)) {
                // The server restarted or dropped us since the last statement: this operation reconnects.
                if (auto ok = PostgresBackend::reconnect(db, m_pgUrl); !ok) {
                    return std::unexpected(ok.error());
                }
            }
            return db;
        }
    }
    const QString name = m_namePrefix + QString::number(reinterpret_cast<quintptr>(thread), 16);
    auto made = makeConnection(name);
    if (!made) {
        return made;
    }
    {
        QMutexLocker lock(&m_mutex);
        m_connections.insert(thread, name);
    }
    if (QCoreApplication::instance() == nullptr || thread != QCoreApplication::instance()->thread()) {
        // Drop the connection with its thread; QtSql connections must not outlive or change threads.
        const QMetaObject::Connection watch = QObject::connect(
            thread, &QThread::finished, thread,
            [this, thread, name] {
                {
                    QMutexLocker lock(&m_mutex);
                    m_threadWatch.remove(thread);
                    if (m_connections.value(thread) != name) {
                        return;
                    }
                    m_connections.remove(thread);
                }
                {
                    QSqlDatabase db = QSqlDatabase::database(name, false);
                    db.close();
                }
                QSqlDatabase::removeDatabase(name);
            },
            Qt::DirectConnection);
        QMutexLocker lock(&m_mutex);
        m_threadWatch.insert(thread, watch);
    }
    return made;
}

sqlite3* Database::nativeHandle()
{
    QSqlDatabase db = connection();
    const QVariant v = db.driver() ? db.driver()->handle() : QVariant();
    if (v.isValid() && qstrcmp(v.typeName(), "sqlite3*") == 0) {
        return *static_cast<sqlite3* const*>(v.data());
    }
    return nullptr;
}

Result<void> Database::initialise()
{
    if (!m_memory) {
        const QFileInfo info(m_path);
        const bool fileWritable = !info.exists() || info.isWritable();
        const bool dirWritable = QFileInfo(info.absolutePath()).isWritable();
        if (!fileWritable || !dirWritable) {
            if (!m_options.allowReadOnly) {
                return fail(QStringLiteral("storage.read-only"),
                            QStringLiteral("%1 is read-only (the %2 is not writable). AuthScope needs to write to "
                                           "its database: check the permissions or pass another --db path.")
                                .arg(m_path, fileWritable ? QStringLiteral("folder") : QStringLiteral("file")));
            }
            m_readOnly = true;
        }
    }

    // The first connection checks the file before anything is written to it, because switching to WAL
    // already rewrites the header of a database we may have to refuse.
    const QString probeName = m_namePrefix + QStringLiteral("probe");
    {
        auto added =
            addSqlite(probeName, m_uri, m_options.busyTimeoutMs, m_memory, !m_memory && QFileInfo::exists(m_path));
        if (!added) {
            return std::unexpected(added.error());
        }
        QSqlDatabase probe = *added;
        Result<void> verdict;
        if (!probe.open()) {
            verdict = std::unexpected(sqlError(probe.lastError(), QStringLiteral("Opening %1").arg(m_path)));
        } else if (auto schema =
                       scalar(probe, QStringLiteral("PRAGMA schema_version"), QStringLiteral("Reading %1").arg(m_path));
                   !schema) {
            Error e = schema.error();
            if (e.code == QStringLiteral("storage.not-a-database")) {
                e.message = QStringLiteral("%1 is not an AuthScope database: it is not an SQLite file at all. Pass "
                                           "another --db path; the file was left as it is.")
                                .arg(m_path);
            }
            verdict = std::unexpected(e);
        } else if (auto version = scalar(probe, QStringLiteral("PRAGMA user_version"),
                                         QStringLiteral("Reading the schema version of %1").arg(m_path));
                   !version) {
            verdict = std::unexpected(version.error());
        } else if (version->toInt() > latestSchemaVersion()) {
            verdict = fail(QStringLiteral("storage.newer-version"),
                           QStringLiteral("%1 was written by a newer AuthScope (schema %2; this version knows up to "
                                          "%3). Update AuthScope to open it; the file was not changed.")
                               .arg(m_path)
                               .arg(version->toInt())
                               .arg(latestSchemaVersion()));
        }
        if (m_memory && verdict) {
            // Keep the probe open: a shared-cache memory database lives as long as one connection does.
            QMutexLocker lock(&m_mutex);
            m_connections.insert(nullptr, probeName);
        } else {
            probe.close();
        }
        if (!verdict) {
            probe = QSqlDatabase();
            QSqlDatabase::removeDatabase(probeName);
            return verdict;
        }
    }
    if (!m_memory) {
        QSqlDatabase::removeDatabase(probeName);
    }

    auto db = tryConnection();
    if (!db) {
        return std::unexpected(db.error());
    }
    if (m_options.migrate && !m_readOnly) {
        return migrate(*db);
    }
    return {};
}

int Database::schemaVersion()
{
    QSqlDatabase db = connection();
    if (isPostgres()) {
        auto v = PostgresBackend::schemaVersion(db);
        return v ? *v : -1;
    }
    auto v = scalar(db, QStringLiteral("PRAGMA user_version"), QStringLiteral("Reading the schema version"));
    return v ? v->toInt() : -1;
}

Result<void> Database::migrate(QSqlDatabase& db)
{
    for (const Migration& step : Migrations::all()) {
        auto current = scalar(db, QStringLiteral("PRAGMA user_version"), QStringLiteral("Reading the schema version"));
        if (!current) {
            return std::unexpected(current.error());
        }
        if (current->toInt() >= step.version) {
            continue;
        }
        auto done = writeTransaction([&step](QSqlDatabase& conn) -> Result<void> {
            QSqlQuery q(conn);
            for (const QString& sql : step.statements) {
                if (!q.exec(sql)) {
                    return std::unexpected(sqlError(
                        q.lastError(), QStringLiteral("Schema step %1 (%2)").arg(step.version).arg(step.description)));
                }
            }
            // PRAGMA takes no bound parameters; the value is our own integer.
            if (!q.exec(QStringLiteral("PRAGMA user_version=%1").arg(step.version))) {
                return std::unexpected(
                    sqlError(q.lastError(), QStringLiteral("Recording schema step %1").arg(step.version)));
            }
            return {};
        });
        if (!done) {
            return done;
        }
    }
    return {};
}

Result<void> Database::writeTransaction(const std::function<Result<void>(QSqlDatabase&)>& work)
{
    QSqlDatabase db = connection();
    if (!db.isOpen()) {
        return fail(QStringLiteral("storage.io"), QStringLiteral("The database connection is not open."));
    }
    QSqlQuery q(db);
    // IMMEDIATE takes the write lock up front, so two writers never both read the same state and then collide;
    // on PostgreSQL a database-wide advisory lock does the same.
    if (isPostgres()) {
        if (auto begun = PostgresBackend::beginWrite(db); !begun) {
            return begun;
        }
    } else if (!q.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
        return std::unexpected(sqlError(q.lastError(), QStringLiteral("Starting a transaction")));
    }
    Result<void> result = work(db);
    if (result) {
        if (q.exec(QStringLiteral("COMMIT"))) {
            if (isPostgres()) {
                PostgresChangeListener::noteLocalCommit();
            }
            return {};
        }
        result = std::unexpected(sqlError(q.lastError(), QStringLiteral("Saving the changes")));
    }
    q.exec(QStringLiteral("ROLLBACK"));
    return result;
}

Result<std::unique_ptr<ChangeDetector>> Database::openChangeDetector()
{
    if (isPostgres()) {
        auto detector = PostgresChangeDetector::open(*this);
        if (!detector) {
            return std::unexpected(detector.error());
        }
        return std::unique_ptr<ChangeDetector>(std::move(*detector));
    }
    auto detector = SqliteChangeDetector::open(*this);
    if (!detector) {
        return std::unexpected(detector.error());
    }
    return std::unique_ptr<ChangeDetector>(std::move(*detector));
}

Result<void> Database::ping()
{
    QSqlDatabase db = connection();
    auto v = scalar(db, QStringLiteral("SELECT 1"), QStringLiteral("Checking the database"));
    if (!v) {
        return std::unexpected(v.error());
    }
    if (v->toInt() != 1) {
        return fail(QStringLiteral("storage.io"), QStringLiteral("The database did not answer."));
    }
    return {};
}

Result<QString> Database::metaValue(const QString& key)
{
    QSqlDatabase db = connection();
    QSqlQuery q(db);
    if (auto ok = execSql(q, QStringLiteral("SELECT value FROM meta WHERE key = ?"), {key}); !ok) {
        return std::unexpected(ok.error());
    }
    return q.next() ? q.value(0).toString() : QString();
}

Result<void> Database::setMetaValue(const QString& key, const QString& value)
{
    return writeTransaction([&](QSqlDatabase& db) { return setMetaValue(db, key, value); });
}

Result<void> Database::setMetaValue(QSqlDatabase& transaction, const QString& key, const QString& value)
{
    QSqlQuery q(transaction);
    return execSql(q,
                   QStringLiteral("INSERT INTO meta(key, value) VALUES(?, ?) "
                                  "ON CONFLICT(key) DO UPDATE SET value = excluded.value"),
                   {key, value});
}

} // namespace authscope
