#include "core/sessions/PostgresSessionValidatorRepository.h"

#include "core/storage/Database.h"
#include "core/storage/PostgresBackend.h"
#include "core/storage/PostgresChangeDetector.h"
#include "core/storage/PostgresChangeListener.h"
#include "core/storage/QtSqlTransaction.h"
#include "core/storage/SqlError.h"
#include "core/storage/SqlText.h"

namespace authscope {

namespace {

SessionCache::Entry entryFrom(const QSqlQuery& q, int first)
{
    SessionCache::Entry e;
    e.sessionId = q.value(first).toLongLong();
    e.userId = q.value(first + 1).toLongLong();
    e.persistedSeenMs = q.value(first + 2).toLongLong();
    e.idleTimeoutSecs = static_cast<qint32>(q.value(first + 3).toLongLong());
    e.idleExpiresMs = q.value(first + 4).toLongLong();
    e.absoluteExpiresMs = q.value(first + 5).toLongLong();
    e.method = static_cast<quint8>(q.value(first + 6).toInt());
    return e;
}

} // namespace

PostgresSessionValidatorRepository::PostgresSessionValidatorRepository(Database& database) : m_database(database) {}

PostgresSessionValidatorRepository::~PostgresSessionValidatorRepository()
{
    for (QSqlQuery* query : {&m_lookup, &m_feed, &m_slide, &m_user, &m_uaFind, &m_uaInsert, &m_insert}) {
        *query = QSqlQuery();
    }
    m_connection = QSqlDatabase();
    if (!m_name.isEmpty()) {
        Database::closeDedicatedConnection(m_name);
    }
}

Result<std::unique_ptr<PostgresSessionValidatorRepository>> PostgresSessionValidatorRepository::open(Database& database)
{
    std::unique_ptr<PostgresSessionValidatorRepository> repo(new PostgresSessionValidatorRepository(database));
    auto connection = database.openDedicatedConnection(QStringLiteral("validator"));
    if (!connection) {
        return std::unexpected(connection.error());
    }
    repo->m_connection = *connection;
    repo->m_name = connection->connectionName();
    auto detector = PostgresChangeDetector::open(database);
    if (!detector) {
        return std::unexpected(detector.error());
    }
    repo->m_changes = std::move(*detector);
    if (auto ok = repo->prepare(); !ok) {
        return std::unexpected(ok.error());
    }
    return repo;
}

Result<void> PostgresSessionValidatorRepository::prepare()
{
    struct Prepared
    {
        QSqlQuery* target;
        const char* sql;
    };
    const Prepared statements[] = {
        {&m_lookup, "SELECT s.id, s.user_id, s.last_seen_ms, s.idle_timeout_s, s.idle_expires_ms, "
                    "s.absolute_expires_ms, s.auth_method, s.revoked_ms IS NOT NULL, u.disabled "
                    "FROM sessions s JOIN users u ON u.id = s.user_id WHERE s.id_hash = ?"},
        {&m_feed, "SELECT seq, scope, target, id_hash FROM session_changes WHERE seq > ? ORDER BY seq"},
        {&m_slide, "UPDATE sessions SET last_seen_ms = GREATEST(last_seen_ms, ?), "
                   "idle_expires_ms = GREATEST(idle_expires_ms, ?) WHERE id = ? AND revoked_ms IS NULL"},
        {&m_user, "SELECT username, disabled FROM users WHERE id = ?"},
        {&m_uaFind, "SELECT id FROM user_agents WHERE text = ?"},
        {&m_uaInsert, "INSERT INTO user_agents(text, label) VALUES(?, ?) RETURNING id"},
        {&m_insert, "INSERT INTO sessions(id_hash, user_id, created_ms, last_seen_ms, idle_timeout_s, "
                    "idle_expires_ms, absolute_expires_ms, ip, ip_key, ua_id, auth_method) "
                    "VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"},
    };
    for (const Prepared& p : statements) {
        QSqlQuery q(m_connection);
        q.setForwardOnly(true);
        if (!q.prepare(QString::fromLatin1(p.sql))) {
            return std::unexpected(sqlError(q.lastError(), QStringLiteral("Preparing the session statements")));
        }
        *p.target = std::move(q);
    }
    return {};
}

Result<void> PostgresSessionValidatorRepository::ready()
{
    if (!PostgresBackend::isBroken(m_connection)) {
        return {};
    }
    if (auto ok = PostgresBackend::reconnect(m_connection, m_database.postgresUrl()); !ok) {
        return ok;
    }
    return prepare();
}

Result<void> PostgresSessionValidatorRepository::run(QSqlQuery& query, const QVariantList& bindings, const char* doing)
{
    for (qsizetype i = 0; i < bindings.size(); ++i) {
        query.bindValue(static_cast<int>(i), bindings.at(i));
    }
    if (!query.exec()) {
        return std::unexpected(sqlError(query.lastError(), QString::fromLatin1(doing)));
    }
    return {};
}

ChangeDetector& PostgresSessionValidatorRepository::changes()
{
    return *m_changes;
}

Result<qint64> PostgresSessionValidatorRepository::lastChangeSeq()
{
    if (auto ok = ready(); !ok) {
        return std::unexpected(ok.error());
    }
    QSqlQuery q(m_connection);
    if (auto ok = execSql(q, QStringLiteral("SELECT coalesce(max(seq), 0) FROM session_changes")); !ok) {
        return std::unexpected(ok.error());
    }
    return q.next() ? q.value(0).toLongLong() : 0;
}

Result<void> PostgresSessionValidatorRepository::readChanges(qint64 afterSeq, ChangeSink& sink)
{
    if (auto ok = ready(); !ok) {
        return ok;
    }
    if (auto ok = run(m_feed, {afterSeq}, "Reading the session change feed"); !ok) {
        return ok;
    }
    while (m_feed.next()) {
        const QByteArray idHash = m_feed.value(3).toByteArray();
        sink.changed(m_feed.value(0).toLongLong(), static_cast<SessionChangeScope>(m_feed.value(1).toInt()),
                     m_feed.value(2).toLongLong(), idHash);
    }
    m_feed.finish();
    return {};
}

Result<std::optional<SessionCache::Entry>> PostgresSessionValidatorRepository::lookup(const SessionKey& key)
{
    if (auto ok = ready(); !ok) {
        return std::unexpected(ok.error());
    }
    if (auto ok = run(m_lookup, {QByteArray(key.view().data(), key.view().size())}, "Looking up a session"); !ok) {
        return std::unexpected(ok.error());
    }
    if (!m_lookup.next()) {
        m_lookup.finish();
        return std::optional<SessionCache::Entry>();
    }
    SessionCache::Entry e = entryFrom(m_lookup, 0);
    e.revoked = m_lookup.value(7).toBool();
    e.userDisabled = m_lookup.value(8).toInt() != 0;
    m_lookup.finish();
    return std::optional<SessionCache::Entry>(e);
}

Result<std::optional<SessionValidatorRepository::UserRow>> PostgresSessionValidatorRepository::user(qint64 userId)
{
    if (auto ok = ready(); !ok) {
        return std::unexpected(ok.error());
    }
    if (auto ok = run(m_user, {userId}, "Reading a user"); !ok) {
        return std::unexpected(ok.error());
    }
    if (!m_user.next()) {
        m_user.finish();
        return std::optional<UserRow>();
    }
    UserRow row{m_user.value(0).toString(), m_user.value(1).toInt() != 0};
    m_user.finish();
    return std::optional<UserRow>(row);
}

Result<void> PostgresSessionValidatorRepository::inTransaction(const std::function<Result<void>()>& work)
{
    if (auto ok = ready(); !ok) {
        return ok;
    }
    if (auto begun = PostgresBackend::beginWrite(m_connection); !begun) {
        return begun;
    }
    Result<void> result = work();
    QSqlQuery q(m_connection);
    if (result) {
        if (q.exec(QStringLiteral("COMMIT"))) {
            return {};
        }
        result = std::unexpected(sqlError(q.lastError(), QStringLiteral("Saving the changes")));
    }
    q.exec(QStringLiteral("ROLLBACK"));
    return result;
}

Result<void> PostgresSessionValidatorRepository::writeSlides(const Slides& slides)
{
    return inTransaction([&]() -> Result<void> {
        for (auto it = slides.cbegin(); it != slides.cend(); ++it) {
            if (auto ok = run(m_slide, {it->lastSeenMs, it->idleExpiresMs, it.key()}, "Writing session activity");
                !ok) {
                return ok;
            }
        }
        return {};
    });
}

Result<void> PostgresSessionValidatorRepository::loadLive(
    qint64 nowMs, qint64 max, const std::function<void(const SessionKey&, const SessionCache::Entry&)>& each)
{
    if (auto ok = ready(); !ok) {
        return ok;
    }
    QSqlQuery q(m_connection);
    q.setForwardOnly(true);
    if (auto ok = execSql(q,
                          QStringLiteral("SELECT s.id_hash, s.id, s.user_id, s.last_seen_ms, s.idle_timeout_s, "
                                         "s.idle_expires_ms, s.absolute_expires_ms, s.auth_method, u.disabled "
                                         "FROM sessions s JOIN users u ON u.id = s.user_id "
                                         "WHERE s.revoked_ms IS NULL AND s.expires_ms > ? LIMIT ?"),
                          {nowMs, max});
        !ok) {
        return ok;
    }
    while (q.next()) {
        SessionCache::Entry e = entryFrom(q, 1);
        e.userDisabled = q.value(8).toInt() != 0;
        each(SessionKey::fromBytes(q.value(0).toByteArray()), e);
    }
    return {};
}

Result<void> PostgresSessionValidatorRepository::writeTransaction(const std::function<Result<void>(Transaction&)>& work)
{
    QtSqlTransaction transaction(m_connection);
    auto done = inTransaction([&] { return work(transaction); });
    if (done) {
        PostgresChangeListener::noteLocalCommit();
    }
    return done;
}

Result<qint64> PostgresSessionValidatorRepository::userAgentId(const QString& text, const QString& label)
{
    if (auto ok = run(m_uaFind, {sqlText(text)}, "Looking up a user agent"); !ok) {
        return std::unexpected(ok.error());
    }
    if (m_uaFind.next()) {
        const qint64 id = m_uaFind.value(0).toLongLong();
        m_uaFind.finish();
        return id;
    }
    m_uaFind.finish();
    if (auto ok = run(m_uaInsert, {sqlText(text), sqlText(label)}, "Recording a user agent"); !ok) {
        return std::unexpected(ok.error());
    }
    const qint64 id = m_uaInsert.next() ? m_uaInsert.value(0).toLongLong() : 0;
    m_uaInsert.finish();
    return id;
}

Result<qint64> PostgresSessionValidatorRepository::insertSession(const NewRow& row)
{
    const QVariantList bindings{QByteArray(row.key.view().data(), row.key.view().size()),
                                row.userId,
                                row.createdMs,
                                row.lastSeenMs,
                                row.idleTimeoutSecs,
                                row.idleExpiresMs,
                                row.absoluteExpiresMs,
                                sqlText(row.ip),
                                row.ipKey.isNull() ? QByteArray("") : row.ipKey,
                                row.userAgentId,
                                row.method};
    if (auto ok = run(m_insert, bindings, "Creating a session"); !ok) {
        return std::unexpected(ok.error());
    }
    const qint64 id = m_insert.next() ? m_insert.value(0).toLongLong() : 0;
    m_insert.finish();
    return id;
}

} // namespace authscope
