#include "core/sessions/SqliteSessionValidatorRepository.h"

#include "core/sessions/PostgresSessionValidatorRepository.h"

#include "core/storage/Database.h"
#include "core/storage/SqliteChangeDetector.h"
#include "core/storage/SqliteConnection.h"
#include "core/storage/SqliteResetGuard.h"
#include "core/storage/SqliteTransaction.h"

namespace authscope {

namespace {

SessionCache::Entry entryFrom(const SqliteStatement& s, int first)
{
    SessionCache::Entry e;
    e.sessionId = s.int64(first);
    e.userId = s.int64(first + 1);
    e.persistedSeenMs = s.int64(first + 2);
    e.idleTimeoutSecs = static_cast<qint32>(s.int64(first + 3));
    e.idleExpiresMs = s.int64(first + 4);
    e.absoluteExpiresMs = s.int64(first + 5);
    e.method = static_cast<quint8>(s.int64(first + 6));
    return e;
}

} // namespace

Result<std::unique_ptr<SessionValidatorRepository>> SessionValidatorRepository::open(Database& database)
{
    if (database.backend() == Database::Backend::PostgreSql) {
        auto postgres = PostgresSessionValidatorRepository::open(database);
        if (!postgres) {
            return std::unexpected(postgres.error());
        }
        return std::unique_ptr<SessionValidatorRepository>(std::move(*postgres));
    }
    auto sqlite = SqliteSessionValidatorRepository::open(database);
    if (!sqlite) {
        return std::unexpected(sqlite.error());
    }
    return std::unique_ptr<SessionValidatorRepository>(std::move(*sqlite));
}

SqliteSessionValidatorRepository::SqliteSessionValidatorRepository(std::unique_ptr<SqliteConnection> connection)
    : m_connection(std::move(connection))
{}

SqliteSessionValidatorRepository::~SqliteSessionValidatorRepository() = default;

Result<std::unique_ptr<SqliteSessionValidatorRepository>> SqliteSessionValidatorRepository::open(Database& database)
{
    auto connection = SqliteConnection::open(database);
    if (!connection) {
        return std::unexpected(connection.error());
    }
    std::unique_ptr<SqliteSessionValidatorRepository> repo(
        new SqliteSessionValidatorRepository(std::move(*connection)));
    if (auto ok = repo->prepare(); !ok) {
        return std::unexpected(ok.error());
    }
    return repo;
}

Result<void> SqliteSessionValidatorRepository::prepare()
{
    struct Prepared
    {
        SqliteStatement* target;
        const char* sql;
    };
    const Prepared statements[] = {
        {&m_lookup, "SELECT s.id, s.user_id, s.last_seen_ms, s.idle_timeout_s, s.idle_expires_ms, "
                    "s.absolute_expires_ms, s.auth_method, s.revoked_ms IS NOT NULL, u.disabled "
                    "FROM sessions s CROSS JOIN users u ON u.id = s.user_id WHERE s.id_hash = ?"},
        {&m_feed, "SELECT seq, scope, target, id_hash FROM session_changes WHERE seq > ? ORDER BY seq"},
        {&m_slide, "UPDATE sessions SET last_seen_ms = max(last_seen_ms, ?2), "
                   "idle_expires_ms = max(idle_expires_ms, ?3) WHERE id = ?1 AND revoked_ms IS NULL"},
        {&m_user, "SELECT username, disabled FROM users WHERE id = ?"},
        {&m_uaFind, "SELECT id FROM user_agents WHERE text = ?"},
        {&m_uaInsert, "INSERT INTO user_agents(text, label) VALUES(?, ?)"},
        {&m_insert, "INSERT INTO sessions(id_hash, user_id, created_ms, last_seen_ms, idle_timeout_s, "
                    "idle_expires_ms, absolute_expires_ms, ip, ip_key, ua_id, auth_method) "
                    "VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"},
    };
    for (const Prepared& p : statements) {
        auto stmt = m_connection->prepare(p.sql);
        if (!stmt) {
            return std::unexpected(stmt.error());
        }
        *p.target = std::move(*stmt);
    }
    auto detector = SqliteChangeDetector::attach(*m_connection);
    if (!detector) {
        return std::unexpected(detector.error());
    }
    m_changes = std::move(*detector);
    return {};
}

ChangeDetector& SqliteSessionValidatorRepository::changes()
{
    return *m_changes;
}

Result<qint64> SqliteSessionValidatorRepository::lastChangeSeq()
{
    auto maxSeq = m_connection->prepare("SELECT coalesce(max(seq), 0) FROM session_changes");
    if (!maxSeq) {
        return std::unexpected(maxSeq.error());
    }
    auto row = maxSeq->step();
    if (!row) {
        return std::unexpected(row.error());
    }
    return *row ? maxSeq->int64(0) : 0;
}

Result<void> SqliteSessionValidatorRepository::readChanges(qint64 afterSeq, ChangeSink& sink)
{
    SqliteResetGuard guard(m_feed);
    m_feed.bind(1, afterSeq);
    return m_feed.forEachRow([&] {
        sink.changed(m_feed.int64(0), static_cast<SessionChangeScope>(m_feed.int64(1)), m_feed.int64(2),
                     m_feed.blob(3));
    });
}

Result<std::optional<SessionCache::Entry>> SqliteSessionValidatorRepository::lookup(const SessionKey& key)
{
    SqliteResetGuard guard(m_lookup);
    m_lookup.bindStaticBlob(1, key.view());
    auto row = m_lookup.step();
    if (!row) {
        return std::unexpected(row.error());
    }
    if (!*row) {
        return std::optional<SessionCache::Entry>();
    }
    SessionCache::Entry e = entryFrom(m_lookup, 0);
    e.revoked = m_lookup.int64(7) != 0;
    e.userDisabled = m_lookup.int64(8) != 0;
    return std::optional<SessionCache::Entry>(e);
}

Result<std::optional<SessionValidatorRepository::UserRow>> SqliteSessionValidatorRepository::user(qint64 userId)
{
    SqliteResetGuard guard(m_user);
    m_user.bind(1, userId);
    auto row = m_user.step();
    if (!row) {
        return std::unexpected(row.error());
    }
    if (!*row) {
        return std::optional<UserRow>();
    }
    return std::optional<UserRow>(UserRow{m_user.text(0), m_user.int64(1) != 0});
}

Result<void> SqliteSessionValidatorRepository::writeSlides(const Slides& slides)
{
    return m_connection->writeTransaction([&]() -> Result<void> {
        for (auto it = slides.cbegin(); it != slides.cend(); ++it) {
            m_slide.bind(1, it.key());
            m_slide.bind(2, it->lastSeenMs);
            m_slide.bind(3, it->idleExpiresMs);
            if (auto ok = m_slide.run(); !ok) {
                return ok;
            }
        }
        return {};
    });
}

Result<void> SqliteSessionValidatorRepository::loadLive(
    qint64 nowMs, qint64 max, const std::function<void(const SessionKey&, const SessionCache::Entry&)>& each)
{
    auto stmt = m_connection->prepare(
        "SELECT s.id_hash, s.id, s.user_id, s.last_seen_ms, s.idle_timeout_s, s.idle_expires_ms, "
        "s.absolute_expires_ms, s.auth_method, u.disabled FROM sessions s CROSS JOIN users u ON u.id = s.user_id "
        "WHERE s.revoked_ms IS NULL AND s.expires_ms > ?");
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    SqliteResetGuard guard(*stmt);
    stmt->bind(1, nowMs);
    for (qint64 loaded = 0; loaded < max; ++loaded) {
        auto row = stmt->step();
        if (!row) {
            return std::unexpected(row.error());
        }
        if (!*row) {
            break;
        }
        SessionCache::Entry e = entryFrom(*stmt, 1);
        e.userDisabled = stmt->int64(8) != 0;
        each(SessionKey::fromBytes(stmt->blob(0)), e);
    }
    return {};
}

Result<void> SqliteSessionValidatorRepository::writeTransaction(const std::function<Result<void>(Transaction&)>& work)
{
    SqliteTransaction transaction(*m_connection);
    return m_connection->writeTransaction([&] { return work(transaction); });
}

Result<qint64> SqliteSessionValidatorRepository::userAgentId(const QString& text, const QString& label)
{
    {
        SqliteResetGuard guard(m_uaFind);
        m_uaFind.bindText(1, text);
        auto row = m_uaFind.step();
        if (!row) {
            return std::unexpected(row.error());
        }
        if (*row) {
            return m_uaFind.int64(0);
        }
    }
    m_uaInsert.bindText(1, text);
    m_uaInsert.bindText(2, label);
    if (auto ok = m_uaInsert.run(); !ok) {
        return std::unexpected(ok.error());
    }
    return m_connection->lastInsertRowId();
}

Result<qint64> SqliteSessionValidatorRepository::insertSession(const NewRow& row)
{
    m_insert.bindStaticBlob(1, row.key.view());
    m_insert.bind(2, row.userId);
    m_insert.bind(3, row.createdMs);
    m_insert.bind(4, row.lastSeenMs);
    m_insert.bind(5, row.idleTimeoutSecs);
    m_insert.bind(6, row.idleExpiresMs);
    m_insert.bind(7, row.absoluteExpiresMs);
    m_insert.bindText(8, row.ip);
    m_insert.bindBlob(9, row.ipKey);
    m_insert.bind(10, row.userAgentId);
    m_insert.bind(11, row.method);
    if (auto ok = m_insert.run(); !ok) {
        return std::unexpected(ok.error());
    }
    return m_connection->lastInsertRowId();
}

} // namespace authscope
