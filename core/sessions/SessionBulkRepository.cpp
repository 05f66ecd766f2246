#include "core/sessions/SessionBulkRepository.h"

#include "core/storage/SqliteConnection.h"
#include "core/storage/SqliteResetGuard.h"
#include "core/storage/SqliteTransaction.h"

namespace authscope {

namespace {

// Prepares `sql` into `stmt` on first use.
Result<SqliteStatement*> prepared(SqliteConnection& connection, SqliteStatement& stmt, const char* sql)
{
    if (!stmt.isValid()) {
        auto made = connection.prepare(sql);
        if (!made) {
            return std::unexpected(made.error());
        }
        stmt = std::move(*made);
    }
    return &stmt;
}

// read(select) of the `what` row that `select` finds by `key`: a row the load has just written (or found there).
template <typename Read>
auto readWritten(SqliteStatement& select, QByteArrayView key, const QString& what, const Read& read)
    -> Result<decltype(read(select))>
{
    SqliteResetGuard guard(select);
    select.bindText(1, key);
    auto row = select.step();
    if (!row) {
        return std::unexpected(row.error());
    }
    if (!*row) {
        return fail(QStringLiteral("sessions.seed"), QStringLiteral("A %1 row went missing.").arg(what));
    }
    return read(select);
}

} // namespace

SessionBulkRepository::SessionBulkRepository(std::unique_ptr<SqliteConnection> connection)
    : m_connection(std::move(connection))
{}

SessionBulkRepository::~SessionBulkRepository() = default;

Result<std::unique_ptr<SessionBulkRepository>> SessionBulkRepository::open(Database& database)
{
    auto connection = SqliteConnection::open(database);
    if (!connection) {
        return std::unexpected(connection.error());
    }
    return std::unique_ptr<SessionBulkRepository>(new SessionBulkRepository(std::move(*connection)));
}

Result<void> SessionBulkRepository::prepareForLoad()
{
    return m_connection->exec("PRAGMA cache_size=-262144; PRAGMA temp_store=MEMORY; PRAGMA foreign_keys=OFF");
}

Result<void> SessionBulkRepository::writeTransaction(const std::function<Result<void>(Transaction&)>& work)
{
    SqliteTransaction transaction(*m_connection);
    return m_connection->writeTransaction([&] { return work(transaction); });
}

Result<qint64> SessionBulkRepository::userAgent(QByteArrayView text, const QString& label)
{
    auto insert = prepared(*m_connection, m_uaInsert,
                           "INSERT INTO user_agents(text, label) VALUES(?, ?) ON CONFLICT(text) DO NOTHING");
    auto select = prepared(*m_connection, m_uaSelect, "SELECT id FROM user_agents WHERE text = ?");
    if (!insert || !select) {
        return std::unexpected(!insert ? insert.error() : select.error());
    }
    (*insert)->bindText(1, text);
    (*insert)->bindText(2, label);
    if (auto ok = (*insert)->run(); !ok) {
        return std::unexpected(ok.error());
    }
    return readWritten(**select, text, QStringLiteral("user agent"),
                       [](const SqliteStatement& s) { return s.int64(0); });
}

Result<SessionBulkRepository::SeededUser> SessionBulkRepository::user(QByteArrayView name, const QString& displayName,
                                                                      QByteArrayView roles, bool disabled,
                                                                      qint64 createdMs, qint64 updatedMs)
{
    auto insert = prepared(*m_connection, m_userInsert,
                           "INSERT INTO users(username, display_name, password_hash, roles, disabled, created_ms, "
                           "updated_ms) VALUES(?, ?, '', ?, ?, ?, ?) ON CONFLICT(username) DO NOTHING");
    auto select = prepared(*m_connection, m_userSelect, "SELECT id, disabled FROM users WHERE username = ?");
    if (!insert || !select) {
        return std::unexpected(!insert ? insert.error() : select.error());
    }
    SqliteStatement& in = **insert;
    in.bindText(1, name);
    in.bindText(2, displayName);
    in.bindText(3, roles);
    in.bind(4, disabled ? 1 : 0);
    in.bind(5, createdMs);
    in.bind(6, updatedMs);
    if (auto ok = in.run(); !ok) {
        return std::unexpected(ok.error());
    }
    return readWritten(**select, name, QStringLiteral("user"), [](const SqliteStatement& s) {
        return SeededUser{s.int64(0), s.int64(1) != 0};
    });
}

Result<qint64> SessionBulkRepository::sessionCount()
{
    auto stmt = m_connection->prepare("SELECT count(*) FROM sessions");
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    auto row = stmt->step();
    if (!row) {
        return std::unexpected(row.error());
    }
    return *row ? stmt->int64(0) : 0;
}

Result<QList<QByteArray>> SessionBulkRepository::dropSessionIndexes()
{
    // The definitions come from the schema itself, so a rebuild gives back exactly what was there.
    auto indexes = m_connection->prepare("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND "
                                         "tbl_name = 'sessions' AND sql IS NOT NULL");
    if (!indexes) {
        return std::unexpected(indexes.error());
    }
    QList<QByteArray> names;
    QList<QByteArray> definitions;
    if (auto ok = indexes->forEachRow([&] {
            names << indexes->text(0).toUtf8();
            definitions << indexes->text(1).toUtf8();
        });
        !ok) {
        return std::unexpected(ok.error());
    }
    indexes->reset();
    for (const QByteArray& name : std::as_const(names)) {
        if (auto ok = m_connection->exec(QByteArray("DROP INDEX \"" + name + "\"").constData()); !ok) {
            return std::unexpected(ok.error());
        }
    }
    return definitions;
}

Result<void> SessionBulkRepository::createIndexes(const QList<QByteArray>& definitions)
{
    for (const QByteArray& sql : definitions) {
        if (auto ok = m_connection->exec(sql.constData()); !ok) {
            return ok;
        }
    }
    return {};
}

Result<qint64> SessionBulkRepository::insertSession(const Row& row)
{
    auto insert = prepared(*m_connection, m_insert,
                           "INSERT INTO sessions(id_hash, user_id, created_ms, last_seen_ms, idle_timeout_s, "
                           "idle_expires_ms, absolute_expires_ms, ip, ip_key, ua_id, auth_method, revoked_ms, "
                           "revoked_by, revoke_reason) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    if (!insert) {
        return std::unexpected(insert.error());
    }
    SqliteStatement& s = **insert;
    s.bindStaticBlob(1, row.key.view());
    s.bind(2, row.userId);
    s.bind(3, row.createdMs);
    s.bind(4, row.lastSeenMs);
    s.bind(5, row.idleTimeoutSecs);
    s.bind(6, row.idleExpiresMs);
    s.bind(7, row.absoluteExpiresMs);
    s.bindText(8, row.ip);
    s.bindStaticBlob(9, row.ipKey);
    s.bind(10, row.userAgentId);
    s.bind(11, row.jwt ? 1 : 0);
    if (row.revokedMs) {
        s.bind(12, *row.revokedMs);
        s.bindText(13, row.revokedBy);
        s.bindText(14, row.revokeReason);
    } else {
        s.bindNull(12);
        s.bindNull(13);
        s.bindNull(14);
    }
    if (auto ok = s.run(); !ok) {
        return std::unexpected(ok.error());
    }
    return m_connection->lastInsertRowId();
}

Result<void> SessionBulkRepository::checkpoint()
{
    return m_connection->exec("PRAGMA wal_checkpoint(TRUNCATE)");
}

Result<SqliteStatement> SessionBulkRepository::rawLookup()
{
    return m_connection->prepare("SELECT id, user_id, last_seen_ms, idle_timeout_s, idle_expires_ms, "
                                 "absolute_expires_ms, auth_method, revoked_ms FROM sessions WHERE id = ?");
}

Result<SqliteStatement> SessionBulkRepository::rawSlideUpdate()
{
    return m_connection->prepare("UPDATE sessions SET last_seen_ms = ?, idle_expires_ms = ? WHERE id = ?");
}

Result<QList<qint64>> SessionBulkRepository::enabledUserIds(int limit)
{
    auto q = m_connection->prepare("SELECT id FROM users WHERE disabled = 0 LIMIT ?");
    if (!q) {
        return std::unexpected(q.error());
    }
    q->bind(1, limit);
    QList<qint64> ids;
    if (auto ok = q->forEachRow([&] { ids << q->int64(0); }); !ok) {
        return std::unexpected(ok.error());
    }
    return ids;
}

} // namespace authscope
