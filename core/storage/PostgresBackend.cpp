#include "core/storage/PostgresBackend.h"

#include "core/storage/PostgresMigrations.h"

#include <QSqlDriver>
#include <QSqlQuery>

#include <libpq-fe.h>

namespace authscope {

namespace {

// One key for the database-wide write lock; any number works as long as all nodes agree.
constexpr qint64 kWriteLock = 4716734411322224;

PGconn* handleOf(const QSqlDatabase& db)
{
    return PostgresBackend::nativeHandle(db);
}

QString detailOf(const QSqlError& error)
{
    QString text = error.databaseText().trimmed();
    if (text.isEmpty()) {
        text = error.text().trimmed();
    }
    return text;
}

bool lostConnection(const QString& text)
{
    static const char* const markers[] = {"server closed the connection",
                                          "terminating connection",
                                          "no connection to the server",
                                          "connection to server was lost",
                                          "could not receive data",
                                          "could not send data",
                                          "SSL SYSCALL error"};
    for (const char* m : markers) {
        if (text.contains(QLatin1StringView(m), Qt::CaseInsensitive)) {
            return true;
        }
    }
    return false;
}

} // namespace

Result<QSqlDatabase> PostgresBackend::connect(const QString& name, const PostgresUrl& url, const QString& password)
{
    Result<QSqlDatabase> made;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        if (!db.isValid()) {
            made = fail(QStringLiteral("storage.driver"),
                        QStringLiteral("Qt's PostgreSQL driver (QPSQL) is not available. Install the Qt 6 PostgreSQL "
                                       "plugin (Debian: libqt6sql6-psql)."));
        } else {
            db.setHostName(url.host);
            db.setPort(url.port);
            db.setDatabaseName(url.database);
            db.setUserName(url.user);
            if (!password.isEmpty()) {
                db.setPassword(password);
            }
            db.setConnectOptions(url.connectOptions());
            if (db.open()) {
                made = db;
            } else {
                made = std::unexpected(connectError(db.lastError(), url));
            }
        }
    }
    if (!made) {
        QSqlDatabase::removeDatabase(name);
    }
    return made;
}

bool PostgresBackend::isBroken(const QSqlDatabase& db)
{
    PGconn* conn = handleOf(db);
    if (conn == nullptr) {
        return true;
    }
    // A server that ended a connection (pg_terminate_backend, a restart) has already said so on the socket:
    // its FATAL message, then the end of the stream. Read both now (libpq's socket is non-blocking: with nothing to
    // read this costs two recv calls, no round trip), so this operation reconnects instead of failing once on the dead
    // connection. Not inside a transaction block: that must fail, not go on in a new connection without it.
    const PGTransactionStatusType state = PQtransactionStatus(conn);
    const bool inBlock = state == PQTRANS_INTRANS || state == PQTRANS_INERROR;
    for (int i = 0; i < 2 && !inBlock && PQstatus(conn) == CONNECTION_OK; ++i) {
        if (PQconsumeInput(conn) == 0) {
            break;
        }
    }
    return PQstatus(conn) == CONNECTION_BAD;
}

Result<void> PostgresBackend::reconnect(QSqlDatabase& db, const PostgresUrl& url)
{
    db.close();
    if (!db.open()) {
        return std::unexpected(connectError(db.lastError(), url));
    }
    return {};
}

Error PostgresBackend::connectError(const QSqlError& error, const PostgresUrl& url)
{
    const QString detail = detailOf(error);
    const QString where = QStringLiteral("%1@%2:%3/%4").arg(url.user, url.host).arg(url.port).arg(url.database);
    auto has = [&detail](const char* text) { return detail.contains(QLatin1StringView(text), Qt::CaseInsensitive); };
    if (has("no password supplied") || has("password is required")) {
        return {QStringLiteral("storage.password-needed"),
                QStringLiteral("The PostgreSQL server at %1 asks for a password and none was found: set PGPASSWORD, "
                               "add it to ~/.pgpass (or PGPASSFILE), or store it in the connection profile.")
                    .arg(where)};
    }
    if (has("password authentication failed") || has("authentication failed")) {
        return {QStringLiteral("storage.auth-failed"),
                QStringLiteral("The PostgreSQL server at %1 refused the login: wrong user name or password (%2).")
                    .arg(where, detail)};
    }
    if (has("does not exist") && has("database")) {
        return {QStringLiteral("storage.no-database"),
                QStringLiteral("The PostgreSQL server at %1 has no database \"%2\": create it first (createdb %2) or "
                               "pass another one.")
                    .arg(where, url.database)};
    }
    if (has("timeout expired")) {
        return {QStringLiteral("storage.unreachable"),
                QStringLiteral("The PostgreSQL server at %1 did not answer within the connect timeout (%2).")
                    .arg(where, detail)};
    }
    if (has("could not connect") || has("connection refused") || has("could not translate host name") ||
        has("no route to host") || has("network is unreachable") || has("connection to server at")) {
        return {QStringLiteral("storage.unreachable"),
                QStringLiteral("Cannot reach the PostgreSQL server at %1: is it running and listening there? (%2)")
                    .arg(where, detail)};
    }
    if (has("SSL")) {
        return {QStringLiteral("storage.tls"),
                QStringLiteral("The TLS connection to the PostgreSQL server at %1 failed (%2); check sslmode.")
                    .arg(where, detail)};
    }
    return {QStringLiteral("storage.connect"),
            QStringLiteral("Cannot connect to the PostgreSQL server at %1 (%2).").arg(where, detail)};
}

Error PostgresBackend::statementError(const QSqlError& error, const QString& doing)
{
    const QString detail = detailOf(error);
    const QString state = error.nativeErrorCode();
    if (lostConnection(detail) || state.startsWith(QStringLiteral("08")) || state == QStringLiteral("57P01") ||
        state == QStringLiteral("57P02") || state == QStringLiteral("57P03")) {
        return {QStringLiteral("storage.connection-lost"),
                QStringLiteral("%1 failed: the connection to the PostgreSQL server was lost (%2). Nothing of this step "
                               "was saved; the next operation reconnects.")
                    .arg(doing, detail)};
    }
    if (state == QStringLiteral("53100")) {
        return {QStringLiteral("storage.disk-full"),
                QStringLiteral("%1 failed: the PostgreSQL server's disk is full. Nothing was written.").arg(doing)};
    }
    if (state == QStringLiteral("40001") || state == QStringLiteral("40P01") || state == QStringLiteral("55P03")) {
        return {QStringLiteral("storage.busy"),
                QStringLiteral("%1 failed: another writer holds the database (%2). Try again.").arg(doing, detail)};
    }
    if (state == QStringLiteral("25006")) {
        return {QStringLiteral("storage.read-only"),
                QStringLiteral("%1 failed: the PostgreSQL server is read-only (%2).").arg(doing, detail)};
    }
    return {QStringLiteral("storage.sql"), QStringLiteral("%1 failed: %2.").arg(doing, detail)};
}

bool PostgresBackend::isPostgresError(const QSqlError& error)
{
    return error.nativeErrorCode().size() == 5 || lostConnection(detailOf(error));
}

Result<int> PostgresBackend::schemaVersion(QSqlDatabase& db)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT to_regclass('authscope_schema') IS NOT NULL"))) {
        return std::unexpected(statementError(q.lastError(), QStringLiteral("Reading the schema version")));
    }
    if (!q.next() || !q.value(0).toBool()) {
        return 0;
    }
    if (!q.exec(QStringLiteral("SELECT coalesce(max(version), 0) FROM authscope_schema"))) {
        return std::unexpected(statementError(q.lastError(), QStringLiteral("Reading the schema version")));
    }
    return q.next() ? q.value(0).toInt() : 0;
}

Result<void> PostgresBackend::migrate(QSqlDatabase& db)
{
    for (const Migration& step : PostgresMigrations::all()) {
        auto current = schemaVersion(db);
        if (!current) {
            return std::unexpected(current.error());
        }
        if (*current >= step.version) {
            continue;
        }
        if (auto begun = beginWrite(db); !begun) {
            return begun;
        }
        QSqlQuery q(db);
        Result<void> result;
        // Another node may have run this step while we waited for the lock: look again under it.
        auto locked = schemaVersion(db);
        if (!locked) {
            result = std::unexpected(locked.error());
        } else if (*locked < step.version) {
            const QString doing = QStringLiteral("Schema step %1 (%2)").arg(step.version).arg(step.description);
            if (*locked == 0 && !q.exec(QStringLiteral("CREATE TABLE authscope_schema (version INTEGER NOT NULL)"))) {
                result = std::unexpected(statementError(q.lastError(), doing));
            }
            for (const QString& sql : step.statements) {
                if (result && !q.exec(sql)) {
                    result = std::unexpected(statementError(q.lastError(), doing));
                }
            }
            if (result &&
                (!q.exec(QStringLiteral("DELETE FROM authscope_schema")) ||
                 !q.exec(QStringLiteral("INSERT INTO authscope_schema(version) VALUES(%1)").arg(step.version)))) {
                result = std::unexpected(statementError(q.lastError(), doing));
            }
        }
        if (result && q.exec(QStringLiteral("COMMIT"))) {
            continue;
        }
        if (result) {
            result = std::unexpected(statementError(q.lastError(), QStringLiteral("Saving the schema")));
        }
        q.exec(QStringLiteral("ROLLBACK"));
        return result;
    }
    return {};
}

Result<void> PostgresBackend::beginWrite(QSqlDatabase& db)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("BEGIN"))) {
        return std::unexpected(statementError(q.lastError(), QStringLiteral("Starting a transaction")));
    }
    if (auto locked = lockWrites(db); !locked) {
        q.exec(QStringLiteral("ROLLBACK"));
        return locked;
    }
    return {};
}

Result<void> PostgresBackend::lockWrites(QSqlDatabase& db)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT pg_advisory_xact_lock(%1)").arg(kWriteLock))) {
        return std::unexpected(statementError(q.lastError(), QStringLiteral("Waiting for the write lock")));
    }
    return {};
}

PGconn* PostgresBackend::nativeHandle(const QSqlDatabase& db)
{
    const QVariant v = db.driver() != nullptr ? db.driver()->handle() : QVariant();
    if (v.isValid() && (qstrcmp(v.typeName(), "pg_conn*") == 0 || qstrcmp(v.typeName(), "PGconn*") == 0)) {
        return *static_cast<PGconn* const*>(v.data());
    }
    return nullptr;
}

Result<int> PostgresBackend::terminateConnections(QSqlDatabase& db, const QString& application)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.prepare(
            QStringLiteral("SELECT count(*) FILTER (WHERE pg_terminate_backend(pid, 5000)) FROM pg_stat_activity "
                           "WHERE application_name = ? AND datname = current_database() "
                           "AND pid <> pg_backend_pid()")) ||
        (q.addBindValue(application), !q.exec()) || !q.next()) {
        return std::unexpected(statementError(q.lastError(), QStringLiteral("terminating connections")));
    }
    return q.value(0).toInt();
}

} // namespace authscope
