#include "core/sessions/PostgresSessionBulkLoader.h"

#include "core/storage/Database.h"
#include "core/storage/PostgresBackend.h"
#include "core/storage/QtSqlTransaction.h"
#include "core/storage/SqlError.h"

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

// The audit row (and anything else written through the Transaction) must wait for a running COPY to end.
class CopyAwareTransaction final : public Transaction
{
public:
    CopyAwareTransaction(PostgresSessionBulkLoader& loader, QSqlDatabase& connection)
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
    PostgresSessionBulkLoader& m_loader;
    QtSqlTransaction m_inner;
};

} // namespace

PostgresSessionBulkLoader::PostgresSessionBulkLoader(Database& database) : m_database(database)
{
    m_buffer.reserve(kSendBytes + 4096);
}

PostgresSessionBulkLoader::~PostgresSessionBulkLoader()
{
    abandonCopy();
}

Result<void> PostgresSessionBulkLoader::prepareForLoad()
{
    // Nothing to set: COPY is already the server's bulk path, and the indexes are dropped by the seeder.
    return {};
}

Result<void> PostgresSessionBulkLoader::writeTransaction(const std::function<Result<void>(Transaction&)>& work)
{
    return m_database.writeTransaction([&](QSqlDatabase& connection) -> Result<void> {
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
    });
}

Result<QSqlDatabase*> PostgresSessionBulkLoader::inTransaction()
{
    if (m_connection == nullptr) {
        return fail(QStringLiteral("sessions.seed"), QStringLiteral("Bulk writes need a write transaction."));
    }
    if (auto ok = finishCopy(); !ok) {
        return std::unexpected(ok.error());
    }
    return m_connection;
}

Result<qint64> PostgresSessionBulkLoader::userAgent(QByteArrayView text, const QString& label)
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

Result<SessionBulkLoader::SeededUser> PostgresSessionBulkLoader::user(QByteArrayView name, const QString& displayName,
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

Result<qint64> PostgresSessionBulkLoader::sessionCount()
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

Result<QList<QByteArray>> PostgresSessionBulkLoader::dropSessionIndexes()
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

Result<void> PostgresSessionBulkLoader::createIndexes(const QList<QByteArray>& definitions)
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

Result<qint64> PostgresSessionBulkLoader::insertSession(const Row& row)
{
    if (m_connection == nullptr || m_pg == nullptr) {
        return fail(QStringLiteral("sessions.seed"), QStringLiteral("Bulk writes need a write transaction."));
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
    if (!m_copying) {
        PGresult* started = PQexec(m_pg, kCopySessions);
        const bool ok = PQresultStatus(started) == PGRES_COPY_IN;
        const Error error = ok ? Error{} : pgError("Starting COPY", PQresultErrorMessage(started));
        PQclear(started);
        if (!ok) {
            return std::unexpected(error);
        }
        m_copying = true;
    }
    QByteArray& b = m_buffer;
    appendBytes(b, row.key.view());
    b += '\t';
    appendNumber(b, row.userId);
    b += '\t';
    appendNumber(b, row.createdMs);
    b += '\t';
    appendNumber(b, row.lastSeenMs);
    b += '\t';
    appendNumber(b, row.idleTimeoutSecs);
    b += '\t';
    appendNumber(b, row.idleExpiresMs);
    b += '\t';
    appendNumber(b, row.absoluteExpiresMs);
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
    if (b.size() >= kSendBytes) {
        if (auto ok = sendBuffered(); !ok) {
            return std::unexpected(ok.error());
        }
    }
    return 0;
}

Result<void> PostgresSessionBulkLoader::sendBuffered()
{
    if (!m_buffer.isEmpty() && PQputCopyData(m_pg, m_buffer.constData(), static_cast<int>(m_buffer.size())) != 1) {
        return std::unexpected(pgError("Sending rows", PQerrorMessage(m_pg)));
    }
    m_buffer.clear();
    return {};
}

Result<void> PostgresSessionBulkLoader::finishCopy()
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

void PostgresSessionBulkLoader::abandonCopy()
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

Result<void> PostgresSessionBulkLoader::checkpoint()
{
    QSqlDatabase db = m_database.connection();
    QSqlQuery q(db);
    // VACUUM cannot run inside a transaction block (this runs after the last batch has committed) nor be prepared.
    if (!q.exec(QStringLiteral("VACUUM (ANALYZE) sessions"))) {
        return std::unexpected(sqlError(q.lastError(), QStringLiteral("VACUUM ANALYZE after seeding")));
    }
    return {};
}

} // namespace authscope
