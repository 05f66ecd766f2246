#include "core/sessions/PostgresSessionBulkRepository.h"

#include "core/storage/Database.h"
#include "core/storage/PostgresBackend.h"
#include "core/storage/PostgresChangeListener.h"
#include "core/storage/QtSqlTransaction.h"
#include "core/storage/SqlError.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

#include <libpq-fe.h>

namespace authscope {

namespace {

// Sent to the server whenever this much is buffered: large enough that libpq's per-call cost vanishes, small
// enough that the buffer stays a few hundred kilobytes for any count.
constexpr qsizetype kSendBytes = 256 * 1024;

const char* const kCopySessions =
    "COPY sessions(id_hash, user_id, created_ms, last_seen_ms, idle_timeout_s, idle_expires_ms, absolute_expires_ms, "
    "ip, ip_key, ua_id, auth_method, revoked_ms, revoked_by, revoke_reason) FROM STDIN";

// The staging table of a staged load: the session columns and the row's number in the load (its id is the first id
// plus that number). Temporary: private to this connection, never WAL-logged, dropped at the end of the transaction.
const char* const kCreateStaging =
    "CREATE TEMP TABLE authscope_seed_rows (n BIGINT NOT NULL, id_hash BYTEA NOT NULL, user_id BIGINT NOT NULL, "
    "created_ms BIGINT NOT NULL, last_seen_ms BIGINT NOT NULL, idle_timeout_s BIGINT NOT NULL, "
    "idle_expires_ms BIGINT NOT NULL, absolute_expires_ms BIGINT NOT NULL, ip TEXT NOT NULL, ip_key BYTEA NOT NULL, "
    "ua_id BIGINT NOT NULL, auth_method INTEGER NOT NULL, revoked_ms BIGINT, revoked_by TEXT, revoke_reason TEXT) "
    "ON COMMIT DROP";

const char* const kCopyStaging =
    "COPY authscope_seed_rows(n, id_hash, user_id, created_ms, last_seen_ms, idle_timeout_s, idle_expires_ms, "
    "absolute_expires_ms, ip, ip_key, ua_id, auth_method, revoked_ms, revoked_by, revoke_reason) FROM STDIN";

const char* const kMoveStaged =
    "INSERT INTO sessions(id, id_hash, user_id, created_ms, last_seen_ms, idle_timeout_s, idle_expires_ms, "
    "absolute_expires_ms, ip, ip_key, ua_id, auth_method, revoked_ms, revoked_by, revoke_reason) "
    "SELECT ? + n, id_hash, user_id, created_ms, last_seen_ms, idle_timeout_s, idle_expires_ms, absolute_expires_ms, "
    "ip, ip_key, ua_id, auth_method, revoked_ms, revoked_by, revoke_reason FROM authscope_seed_rows";

// COPY's text format: a backslash, tab, newline or carriage return inside a value is written as an escape.
void appendText(QByteArray& out, QByteArrayView value)
{
    for (const char c : value) {
        switch (c) {
        case '\\':
            out += "\\\\";
            break;
        case '\t':
            out += "\\t";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        default:
            out += c;
        }
    }
}

// A bytea value in COPY text: bytea's hex input "\x..." with its backslash escaped for COPY.
void appendBytes(QByteArray& out, QByteArrayView value)
{
    out += "\\\\x";
    out += QByteArray::fromRawData(value.data(), value.size()).toHex();
}

void appendNumber(QByteArray& out, qint64 value)
{
    out += QByteArray::number(value);
}

// One session as a line of COPY text (without the staging table's row number).
void appendRow(QByteArray& b, const SessionBulkLoader::Row& row)
{
    appendBytes(b, row.key.view());
    // The user id, the times and the idle timeout, in the staging table's column order.
    for (const qint64 n :
         {row.userId, row.createdMs, row.lastSeenMs, row.idleTimeoutSecs, row.idleExpiresMs, row.absoluteExpiresMs}) {
        b += '\t';
        appendNumber(b, n);
    }
    b += '\t';
    appendText(b, row.ip);
    b += '\t';
    appendBytes(b, row.ipKey);
    b += '\t';
    appendNumber(b, row.userAgentId);
    b += row.jwt ? "\t1\t" : "\t0\t";
    if (row.revokedMs) {
        appendNumber(b, *row.revokedMs);
        b += '\t';
        appendText(b, row.revokedBy);
        b += '\t';
        appendText(b, row.revokeReason);
    } else {
        b += "\\N\t\\N\t\\N";
    }
    b += '\n';
}

Error pgError(const char* doing, const char* detail)
{
    return Error{QStringLiteral("storage.io"),
                 QStringLiteral("%1: %2").arg(QString::fromUtf8(doing), QString::fromUtf8(detail).trimmed())};
}

// A DDL statement, run as it is: PostgreSQL cannot PREPARE DROP or CREATE INDEX (and takes no parameters there).
// Identifiers come from the catalogue and are quoted.
Result<void> ddl(QSqlDatabase& db, const QString& sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql)) {
        return std::unexpected(sqlError(q.lastError(), QStringLiteral("Rebuilding the session indexes")));
    }
    return {};
}

// Drops the sessions table's foreign keys and returns the statements that add them back, as the catalogue defines
// them. Inside the staged load's transaction: nobody ever sees the table without them.
Result<QStringList> dropForeignKeys(QSqlDatabase& db)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT conname, pg_get_constraintdef(oid) FROM pg_constraint "
                               "WHERE conrelid = 'sessions'::regclass AND contype = 'f' ORDER BY conname"))) {
        return std::unexpected(sqlError(q.lastError(), QStringLiteral("Reading the session foreign keys")));
    }
    QStringList names;
    QStringList restore;
    while (q.next()) {
        const QString name = QStringLiteral("\"%1\"").arg(q.value(0).toString().replace(u'"', QStringLiteral("\"\"")));
        names << name;
        restore << QStringLiteral("ALTER TABLE sessions ADD CONSTRAINT %1 %2").arg(name, q.value(1).toString());
    }
    for (const QString& name : std::as_const(names)) {
        if (auto ok = ddl(db, QStringLiteral("ALTER TABLE sessions DROP CONSTRAINT ") + name); !ok) {
            return std::unexpected(ok.error());
        }
    }
    return restore;
}

// The audit row (and anything else written through the Transaction) must wait for a running COPY to end.
class CopyAwareTransaction final : public Transaction
{
public:
    CopyAwareTransaction(PostgresSessionBulkRepository& loader, QSqlDatabase& connection)
        : m_loader(loader), m_inner(connection)
    {}

    Result<std::optional<QVariantList>> queryRow(const QString& sql, const QVariantList& bindings) override
    {
        if (auto ok = m_loader.finishCopy(); !ok) {
            return std::unexpected(ok.error());
        }
        return m_inner.queryRow(sql, bindings);
    }
    Result<qint64> exec(const QString& sql, const QVariantList& bindings) override
    {
        if (auto ok = m_loader.finishCopy(); !ok) {
            return std::unexpected(ok.error());
        }
        return m_inner.exec(sql, bindings);
    }

private:
    PostgresSessionBulkRepository& m_loader;
    QtSqlTransaction m_inner;
};

} // namespace

PostgresSessionBulkRepository::PostgresSessionBulkRepository(Database& database) : m_database(database)
{
    m_buffer.reserve(kSendBytes + 4096);
}

PostgresSessionBulkRepository::~PostgresSessionBulkRepository()
{
    abandonCopy();
}

Result<void> PostgresSessionBulkRepository::prepareForLoad()
{
    // Nothing to set: COPY is already the server's bulk path, and the indexes are dropped by the seeder.
    return {};
}

Result<void> PostgresSessionBulkRepository::writeTransaction(const std::function<Result<void>(Transaction&)>& work)
{
    return m_database.writeTransaction([&](QSqlDatabase& connection) { return withCopy(connection, work); });
}

Result<void> PostgresSessionBulkRepository::withCopy(QSqlDatabase& connection,
                                                     const std::function<Result<void>(Transaction&)>& work)
{
    m_connection = &connection;
    m_pg = PostgresBackend::nativeHandle(connection);
    m_rowsInTransaction = false;
    Result<void> result = m_pg != nullptr
                              ? Result<void>{}
                              : fail(QStringLiteral("storage.io"), QStringLiteral("No PostgreSQL connection."));
    if (result) {
        CopyAwareTransaction transaction(*this, connection);
        result = work(transaction);
    }
    if (result) {
        result = finishCopy();
    } else {
        abandonCopy(); // the connection must leave COPY mode before the ROLLBACK
    }
    m_connection = nullptr;
    m_pg = nullptr;
    return result;
}

Result<QSqlDatabase*> PostgresSessionBulkRepository::inTransaction()
{
    if (m_connection == nullptr) {
        return fail(QStringLiteral("sessions.seed"), QStringLiteral("Bulk writes need a write transaction."));
    }
    if (auto ok = finishCopy(); !ok) {
        return std::unexpected(ok.error());
    }
    return m_connection;
}

Result<qint64> PostgresSessionBulkRepository::userAgent(QByteArrayView text, const QString& label)
{
    auto db = inTransaction();
    if (!db) {
        return std::unexpected(db.error());
    }
    QSqlQuery q(**db);
    const QString value = QString::fromUtf8(text);
    // DO UPDATE (a no-op) rather than DO NOTHING, so RETURNING gives the id in both cases.
    if (auto ok = execSql(q,
                          QStringLiteral("INSERT INTO user_agents(text, label) VALUES(?, ?) "
                                         "ON CONFLICT(text) DO UPDATE SET label = user_agents.label RETURNING id"),
                          {value, label});
        !ok) {
        return std::unexpected(ok.error());
    }
    if (!q.next()) {
        return fail(QStringLiteral("sessions.seed"), QStringLiteral("A user agent row went missing."));
    }
    return q.value(0).toLongLong();
}

Result<SessionBulkLoader::SeededUser> PostgresSessionBulkRepository::user(QByteArrayView name,
                                                                          const QString& displayName,
                                                                          QByteArrayView roles, bool disabled,
                                                                          qint64 createdMs, qint64 updatedMs)
{
    auto db = inTransaction();
    if (!db) {
        return std::unexpected(db.error());
    }
    QSqlQuery q(**db);
    // users_username is a unique index on lower(username): the conflict target names that expression.
    if (auto ok = execSql(
            q,
            QStringLiteral("INSERT INTO users(username, display_name, password_hash, roles, disabled, "
                           "created_ms, updated_ms) VALUES(?, ?, '', ?, ?, ?, ?) "
                           "ON CONFLICT((lower(username))) DO UPDATE SET disabled = users.disabled "
                           "RETURNING id, disabled"),
            {QString::fromUtf8(name), displayName, QString::fromUtf8(roles), disabled ? 1 : 0, createdMs, updatedMs});
        !ok) {
        return std::unexpected(ok.error());
    }
    if (!q.next()) {
        return fail(QStringLiteral("sessions.seed"), QStringLiteral("A user row went missing."));
    }
    return SeededUser{q.value(0).toLongLong(), q.value(1).toInt() != 0};
}

Result<QList<SessionBulkLoader::SeededUser>> PostgresSessionBulkRepository::users(const QList<NewUser>& batch)
{
    auto db = inTransaction();
    if (!db) {
        return std::unexpected(db.error());
    }
    QJsonArray rows;
    for (const NewUser& u : batch) {
        rows.append(QJsonArray{QString::fromUtf8(u.name), u.displayName, QString::fromUtf8(u.roles), u.disabled ? 1 : 0,
                               u.createdMs, u.updatedMs});
    }
    QSqlQuery q(**db);
    q.setForwardOnly(true);
    // The rows travel as one bound JSON parameter; the answer is matched by name (RETURNING has no order).
    if (auto ok = execSql(
            q,
            QStringLiteral("INSERT INTO users(username, display_name, password_hash, roles, disabled, created_ms, "
                           "updated_ms) SELECT r->>0, r->>1, '', r->>2, (r->>3)::INTEGER, (r->>4)::BIGINT, "
                           "(r->>5)::BIGINT FROM jsonb_array_elements(?::jsonb) AS r "
                           "ON CONFLICT((lower(username))) DO UPDATE SET disabled = users.disabled "
                           "RETURNING lower(username), id, disabled"),
            {QString::fromUtf8(QJsonDocument(rows).toJson(QJsonDocument::Compact))});
        !ok) {
        return std::unexpected(ok.error());
    }
    QHash<QString, SeededUser> byName;
    while (q.next()) {
        byName.insert(q.value(0).toString(), SeededUser{q.value(1).toLongLong(), q.value(2).toInt() != 0});
    }
    QList<SeededUser> out;
    out.reserve(batch.size());
    for (const NewUser& u : batch) {
        const auto it = byName.constFind(QString::fromUtf8(u.name).toLower());
        if (it == byName.cend()) {
            return fail(QStringLiteral("sessions.seed"), QStringLiteral("A user row went missing."));
        }
        out << *it;
    }
    return out;
}

Result<qint64> PostgresSessionBulkRepository::sessionCount()
{
    auto db = inTransaction();
    if (!db) {
        return std::unexpected(db.error());
    }
    QSqlQuery q(**db);
    if (auto ok = execSql(q, QStringLiteral("SELECT count(*) FROM sessions")); !ok) {
        return std::unexpected(ok.error());
    }
    return q.next() ? q.value(0).toLongLong() : 0;
}

Result<QList<QByteArray>> PostgresSessionBulkRepository::dropSessionIndexes()
{
    auto db = inTransaction();
    if (!db) {
        return std::unexpected(db.error());
    }
    // The definitions come from the catalogue, so the rebuild gives back exactly what was there. Indexes that back
    // a constraint (the primary key) stay.
    QSqlQuery q(**db);
    if (auto ok = execSql(q, QStringLiteral("SELECT i.indexname, i.indexdef FROM pg_indexes i "
                                            "WHERE i.schemaname = current_schema() AND i.tablename = 'sessions' "
                                            "AND NOT EXISTS (SELECT 1 FROM pg_constraint c "
                                            "WHERE c.conrelid = 'sessions'::regclass AND c.conname = i.indexname)"));
        !ok) {
        return std::unexpected(ok.error());
    }
    QStringList names;
    QList<QByteArray> definitions;
    while (q.next()) {
        names << q.value(0).toString();
        definitions << q.value(1).toString().toUtf8();
    }
    for (const QString& name : std::as_const(names)) {
        if (auto ok = ddl(**db, QStringLiteral("DROP INDEX \"%1\"")
                                    .arg(QString(name).replace(QStringLiteral("\""), QStringLiteral("\"\""))));
            !ok) {
            return std::unexpected(ok.error());
        }
    }
    return definitions;
}

Result<void> PostgresSessionBulkRepository::createIndexes(const QList<QByteArray>& definitions)
{
    auto db = inTransaction();
    if (!db) {
        return std::unexpected(db.error());
    }
    for (const QByteArray& sql : definitions) {
        if (auto ok = ddl(**db, QString::fromUtf8(sql)); !ok) {
            return ok;
        }
    }
    return {};
}

Result<qint64> PostgresSessionBulkRepository::insertSession(const Row& row)
{
    if (m_connection == nullptr || m_pg == nullptr) {
        return fail(QStringLiteral("sessions.seed"), QStringLiteral("Bulk writes need a write transaction."));
    }
    if (m_staging) {
        if (auto started = startCopy(kCopyStaging); !started) {
            return std::unexpected(started.error());
        }
        appendNumber(m_buffer, m_staged++);
        m_buffer += '\t';
        appendRow(m_buffer, row);
        if (m_buffer.size() >= kSendBytes) {
            if (auto ok = sendBuffered(); !ok) {
                return std::unexpected(ok.error());
            }
        }
        return 0;
    }
    if (!m_rowsInTransaction) {
        m_rowsInTransaction = true;
        QSqlQuery q(*m_connection);
        const QVariant noInt(QMetaType(QMetaType::LongLong));
        const QVariant noText(QMetaType(QMetaType::QString));
        if (auto ok = execSql(
                q,
                QStringLiteral("INSERT INTO sessions(id_hash, user_id, created_ms, last_seen_ms, idle_timeout_s, "
                               "idle_expires_ms, absolute_expires_ms, ip, ip_key, ua_id, auth_method, revoked_ms, "
                               "revoked_by, revoke_reason) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                               "RETURNING id"),
                {row.key.view().toByteArray(), row.userId, row.createdMs, row.lastSeenMs, row.idleTimeoutSecs,
                 row.idleExpiresMs, row.absoluteExpiresMs, QString::fromUtf8(row.ip),
                 QByteArray(row.ipKey.data(), row.ipKey.size()), row.userAgentId, row.jwt ? 1 : 0,
                 row.revokedMs ? QVariant(*row.revokedMs) : noInt,
                 row.revokedMs ? QVariant(QString::fromUtf8(row.revokedBy)) : noText,
                 row.revokedMs ? QVariant(QString::fromUtf8(row.revokeReason)) : noText});
            !ok) {
            return std::unexpected(ok.error());
        }
        return q.next() ? q.value(0).toLongLong() : 0;
    }
    if (auto started = startCopy(kCopySessions); !started) {
        return std::unexpected(started.error());
    }
    appendRow(m_buffer, row);
    if (m_buffer.size() >= kSendBytes) {
        if (auto ok = sendBuffered(); !ok) {
            return std::unexpected(ok.error());
        }
    }
    return 0;
}

Result<void> PostgresSessionBulkRepository::startCopy(const char* statement)
{
    if (m_copying) {
        return {};
    }
    PGresult* started = PQexec(m_pg, statement);
    const bool ok = PQresultStatus(started) == PGRES_COPY_IN;
    const Error error = ok ? Error{} : pgError("Starting COPY", PQresultErrorMessage(started));
    PQclear(started);
    if (!ok) {
        return std::unexpected(error);
    }
    m_copying = true;
    return {};
}

Result<void> PostgresSessionBulkRepository::sendBuffered()
{
    if (!m_buffer.isEmpty() && PQputCopyData(m_pg, m_buffer.constData(), static_cast<int>(m_buffer.size())) != 1) {
        return std::unexpected(pgError("Sending rows", PQerrorMessage(m_pg)));
    }
    m_buffer.clear();
    return {};
}

Result<void> PostgresSessionBulkRepository::finishCopy()
{
    if (!m_copying) {
        return {};
    }
    if (auto sent = sendBuffered(); !sent) {
        abandonCopy();
        return sent;
    }
    m_copying = false;
    if (PQputCopyEnd(m_pg, nullptr) != 1) {
        return std::unexpected(pgError("Ending COPY", PQerrorMessage(m_pg)));
    }
    Result<void> result;
    while (PGresult* r = PQgetResult(m_pg)) {
        if (PQresultStatus(r) != PGRES_COMMAND_OK && result) {
            result = std::unexpected(pgError("Loading sessions", PQresultErrorMessage(r)));
        }
        PQclear(r);
    }
    return result;
}

void PostgresSessionBulkRepository::abandonCopy()
{
    if (!m_copying || m_pg == nullptr) {
        return;
    }
    m_copying = false;
    m_buffer.clear();
    PQputCopyEnd(m_pg, "seeding abandoned");
    while (PGresult* r = PQgetResult(m_pg)) {
        PQclear(r);
    }
}

Result<bool> PostgresSessionBulkRepository::stages(qint64 count)
{
    QSqlDatabase db = m_database.connection();
    QSqlQuery q(db);
    if (auto ok = execSql(q, QStringLiteral("SELECT count(*) FROM sessions")); !ok) {
        return std::unexpected(ok.error());
    }
    return q.next() && q.value(0).toLongLong() <= count;
}

Result<void> PostgresSessionBulkRepository::stagedTransaction(const std::function<Result<void>(Transaction&)>& work)
{
    QSqlDatabase connection = m_database.connection();
    QSqlQuery q(connection);
    if (!q.exec(QStringLiteral("BEGIN"))) {
        return std::unexpected(sqlError(q.lastError(), QStringLiteral("Starting a transaction")));
    }
    if (!q.exec(QString::fromLatin1(kCreateStaging))) {
        const Error e = sqlError(q.lastError(), QStringLiteral("Creating the staging table"));
        q.exec(QStringLiteral("ROLLBACK"));
        return std::unexpected(e);
    }
    m_staging = true;
    m_staged = 0;
    Result<void> result = withCopy(connection, work);
    m_staging = false;
    if (result) {
        if (q.exec(QStringLiteral("COMMIT"))) {
            PostgresChangeListener::noteLocalCommit();
            return {};
        }
        result = std::unexpected(sqlError(q.lastError(), QStringLiteral("Saving the sessions")));
    }
    q.exec(QStringLiteral("ROLLBACK"));
    return result;
}

Result<qint64> PostgresSessionBulkRepository::moveStaged()
{
    if (!m_staging) {
        return fail(QStringLiteral("sessions.seed"), QStringLiteral("No staged load is running."));
    }
    auto db = inTransaction(); // ends the COPY into the staging table
    if (!db) {
        return std::unexpected(db.error());
    }
    m_staging = false;
    if (auto locked = PostgresBackend::lockWrites(**db); !locked) {
        return std::unexpected(locked.error());
    }
    QSqlQuery q(**db);
    // The index builds sort in memory rather than in temporary files.
    if (!q.exec(QStringLiteral("SET LOCAL maintenance_work_mem = '256MB'"))) {
        return std::unexpected(sqlError(q.lastError(), QStringLiteral("Preparing the index rebuild")));
    }
    auto rows = sessionCount();
    if (!rows) {
        return std::unexpected(rows.error());
    }
    QList<QByteArray> rebuild;
    QStringList foreignKeys;
    if (*rows <= m_staged) { // sorting once beats a million inserts into each index; not for a small top-up
        auto dropped = dropSessionIndexes();
        if (!dropped) {
            return std::unexpected(dropped.error());
        }
        rebuild = *dropped;
        // Likewise one check of the whole table when the foreign keys come back, rather than two per row.
        auto keys = dropForeignKeys(**db);
        if (!keys) {
            return std::unexpected(keys.error());
        }
        foreignKeys = *keys;
    }
    // Consecutive ids, reserved under the write lock (every writer of sessions holds it).
    if (auto ok = execSql(q, QStringLiteral("SELECT nextval(pg_get_serial_sequence('sessions', 'id'))")); !ok) {
        return std::unexpected(ok.error());
    }
    const qint64 first = q.next() ? q.value(0).toLongLong() : 0;
    if (auto ok = execSql(q, QString::fromLatin1(kMoveStaged), {first}); !ok) {
        return std::unexpected(ok.error());
    }
    if (m_staged > 1) {
        if (auto ok = execSql(q, QStringLiteral("SELECT setval(pg_get_serial_sequence('sessions', 'id'), ?)"),
                              {first + m_staged - 1});
            !ok) {
            return std::unexpected(ok.error());
        }
    }
    for (const QString& sql : std::as_const(foreignKeys)) {
        if (auto ok = ddl(**db, sql); !ok) {
            return std::unexpected(ok.error());
        }
    }
    if (auto ok = createIndexes(rebuild); !ok) {
        return std::unexpected(ok.error());
    }
    return first;
}

Result<void> PostgresSessionBulkRepository::checkpoint()
{
    QSqlDatabase db = m_database.connection();
    QSqlQuery q(db);
    // VACUUM cannot run inside a transaction block (this runs after the last batch has committed) nor be prepared.
    if (!q.exec(QStringLiteral("VACUUM (ANALYZE) sessions"))) {
        return std::unexpected(sqlError(q.lastError(), QStringLiteral("VACUUM ANALYZE after seeding")));
    }
    return {};
}

Result<void> PostgresSessionBulkRepository::prepareBaseline(pg_conn* pg)
{
    static const std::pair<const char*, const char*> statements[] = {
        {"bench_lookup", "SELECT id, user_id, last_seen_ms, idle_timeout_s, idle_expires_ms, absolute_expires_ms, "
                         "auth_method, revoked_ms FROM sessions WHERE id = $1"},
        {"bench_slide", "UPDATE sessions SET last_seen_ms = $1, idle_expires_ms = $2 WHERE id = $3"}};
    for (const auto& [name, sql] : statements) {
        PGresult* r = PQprepare(pg, name, sql, 0, nullptr);
        const bool ok = PQresultStatus(r) == PGRES_COMMAND_OK;
        const QString why = QString::fromUtf8(PQresultErrorMessage(r)).trimmed();
        PQclear(r);
        if (!ok) {
            return fail(QStringLiteral("storage.postgres"), why);
        }
    }
    return {};
}

} // namespace authscope
