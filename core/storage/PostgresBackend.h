#pragma once

#include "core/common/Error.h"
#include "core/storage/PostgresUrl.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QString>

struct pg_conn;

namespace authscope {

// What the Database does differently on PostgreSQL (QtSql's QPSQL driver over libpq): making a connection with
// the connect timeout and the password from libpq's own sources (or one handed over), telling a lost connection
// from a refused one, the schema version table, and the write lock that gives PostgreSQL SQLite's one-writer-at-
// a-time semantics (BEGIN IMMEDIATE), so the stores' read-then-write steps (the audit hash chain, the key
// planner) behave alike on both backends.
class PostgresBackend final
{
public:
    // Registers a QPSQL connection under `name` and opens it; on failure the name is removed again.
    static Result<QSqlDatabase> connect(const QString& name, const PostgresUrl& url, const QString& password);
    // True when the connection is dead (the server restarted, the backend was terminated), as libpq knows or an idle
    // connection's socket shows: the next use should reopen it instead of failing on it.
    [[nodiscard]] static bool isBroken(const QSqlDatabase& db);
    // Reopens a broken connection in place.
    static Result<void> reconnect(QSqlDatabase& db, const PostgresUrl& url);

    // The error for a failed open, by what libpq said (unreachable, wrong password, missing database, ...).
    [[nodiscard]] static Error connectError(const QSqlError& error, const PostgresUrl& url);
    // The error for a failed statement (SQLSTATE, or libpq's text when the connection went away).
    [[nodiscard]] static Error statementError(const QSqlError& error, const QString& doing);

    // True for an error QPSQL reported: a five-character SQLSTATE (SQLite's codes have at most four digits), or
    // libpq's text about a connection that went away (which carries no SQLSTATE).
    [[nodiscard]] static bool isPostgresError(const QSqlError& error);

    // The schema version (0 for a database AuthScope never wrote).
    static Result<int> schemaVersion(QSqlDatabase& db);
    // Runs the pending steps of PostgresMigrations, each in its own transaction under the write lock.
    static Result<void> migrate(QSqlDatabase& db);

    // libpq's own connection under a QPSQL one (nullptr for any other driver), for what QtSql cannot do: COPY,
    // and reading notifications on the socket.
    [[nodiscard]] static pg_conn* nativeHandle(const QSqlDatabase& db);

    // BEGIN plus the database-wide write lock (a transaction-scoped advisory lock, released at COMMIT/ROLLBACK).
    static Result<void> beginWrite(QSqlDatabase& db);
    // The write lock alone, inside a transaction the caller began: a bulk load that stages its rows first takes it
    // only for its last step.
    static Result<void> lockWrites(QSqlDatabase& db);

    // Terminates the other connections to this database whose application_name is `application` (set in their URL),
    // waiting up to 5 s for each to end; returns how many there were. The Lab uses it to cut a node off its database.
    static Result<int> terminateConnections(QSqlDatabase& db, const QString& application);
};

} // namespace authscope
