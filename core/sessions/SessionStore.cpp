#include "core/sessions/SessionStore.h"

#include "core/audit/AuditLog.h"
#include "core/sessions/IpRange.h"
#include "core/sessions/SessionLister.h"
#include "core/sessions/SessionRevoker.h"
#include "core/sessions/SessionToken.h"
#include "core/storage/SqliteConnection.h"
#include "core/storage/SqliteResetGuard.h"
#include "core/sessions/UserAgentInfo.h"
#include "core/storage/WalChangeWatcher.h"
#include "core/storage/Database.h"
#include "core/storage/SqlError.h"

#include <QJsonObject>
#include <QSqlQuery>
#include <QThread>

#include <atomic>

namespace authscope {

namespace {

constexpr qint64 kMaxTimeoutSecs = 366LL * 24 * 3600;
constexpr qsizetype kMaxUserAgent = 512;
constexpr qsizetype kMaxIp = 64;
constexpr qsizetype kMaxReason = 500;

// Deny-list entries are kept this long past their token's expiry: the largest clock leeway a verifier may allow.
constexpr qint64 kMaxLeewayMs = 300 * 1000;

std::atomic<quint64> s_storeIds{0};
// The last store this thread used and its state there: validation skips the lookup under a mutex. Store ids
// are never reused, so a stale entry can only miss.
thread_local quint64 t_storeId = 0;
thread_local void* t_state = nullptr;

QString sessionTarget(qint64 id)
{
    return QStringLiteral("session:") + QString::number(id);
}

QString cleanReason(const QString& reason)
{
    return reason.simplified().left(kMaxReason);
}

} // namespace

// One thread's private SQLite connection and its prepared statements. Statements are declared after the
// connection so that they are finalised first.
struct SessionStore::ThreadState
{
    std::unique_ptr<SqliteConnection> conn;
    SqliteStatement dataVersion;
    SqliteStatement lookup;
    SqliteStatement feed;
    SqliteStatement slide;
    SqliteStatement user;
    SqliteStatement uaFind;
    SqliteStatement uaInsert;
    SqliteStatement insert;
    SqliteStatement remove;
    WalChangeWatcher watcher;
    std::optional<WalChangeWatcher::Header> lastHeader; // as it was when the feed was last read
    qint64 lastDataVersion = -1;                        // -1: never checked, so the first validation reads the feed
};

SessionStore::SessionStore(Database& database, AuditLog& audit, const Clock& clock, const SessionPolicy& policy)
    : m_db(database), m_audit(audit), m_clock(clock), m_policy(policy), m_cache(policy.cacheCapacity),
      m_instanceId(++s_storeIds)
{}

SessionStore::~SessionStore()
{
    bool pending = false;
    {
        QMutexLocker lock(&m_slideMutex);
        pending = !m_pending.isEmpty();
    }
    if (pending) {
        if (auto ts = threadState(); ts) {
            if (auto ok = flush(**ts); !ok) {
                qWarning("authscope: could not write the last session slides: %s", qPrintable(ok.error().message));
            }
        }
    }
    QMutexLocker lock(&m_threadsMutex);
    for (const QMetaObject::Connection& c : std::as_const(m_threadWatch)) {
        QObject::disconnect(c);
    }
    qDeleteAll(m_threads);
    m_threads.clear();
}

Result<SessionStore::ThreadState*> SessionStore::threadState()
{
    if (t_storeId == m_instanceId) {
        return static_cast<ThreadState*>(t_state);
    }
    QThread* thread = QThread::currentThread();
    {
        QMutexLocker lock(&m_threadsMutex);
        if (ThreadState* ts = m_threads.value(thread)) {
            t_storeId = m_instanceId;
            t_state = ts;
            return ts;
        }
    }
    auto conn = SqliteConnection::open(m_db);
    if (!conn) {
        return std::unexpected(conn.error());
    }
    auto ts = std::make_unique<ThreadState>();
    ts->conn = std::move(*conn);
    struct Prepared
    {
        SqliteStatement* target;
        const char* sql;
    };
    const Prepared statements[] = {
        {&ts->dataVersion, "PRAGMA data_version"},
        {&ts->lookup, "SELECT s.id, s.user_id, s.last_seen_ms, s.idle_timeout_s, s.idle_expires_ms, "
                      "s.absolute_expires_ms, s.auth_method, s.revoked_ms IS NOT NULL, u.disabled "
                      "FROM sessions s CROSS JOIN users u ON u.id = s.user_id WHERE s.id_hash = ?"},
        {&ts->feed, "SELECT seq, scope, target, id_hash FROM session_changes WHERE seq > ? ORDER BY seq"},
        {&ts->slide, "UPDATE sessions SET last_seen_ms = max(last_seen_ms, ?2), "
                     "idle_expires_ms = max(idle_expires_ms, ?3) WHERE id = ?1 AND revoked_ms IS NULL"},
        {&ts->user, "SELECT username, disabled FROM users WHERE id = ?"},
        {&ts->uaFind, "SELECT id FROM user_agents WHERE text = ?"},
        {&ts->uaInsert, "INSERT INTO user_agents(text, label) VALUES(?, ?)"},
        {&ts->insert, "INSERT INTO sessions(id_hash, user_id, created_ms, last_seen_ms, idle_timeout_s, "
                      "idle_expires_ms, absolute_expires_ms, ip, ip_key, ua_id, auth_method) "
                      "VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"},
        {&ts->remove, "DELETE FROM sessions WHERE id = ?"},
    };
    for (const Prepared& p : statements) {
        auto stmt = ts->conn->prepare(p.sql);
        if (!stmt) {
            return std::unexpected(stmt.error());
        }
        *p.target = std::move(*stmt);
    }

    // One read opens the write-ahead log and maps its shared memory, which the watcher then reads directly.
    if (auto row = ts->dataVersion.step(); !row) {
        return std::unexpected(row.error());
    }
    ts->dataVersion.reset();
    if (!ts->conn->isBorrowed()) {
        ts->watcher = WalChangeWatcher(ts->conn->handle());
    }

    QMutexLocker lock(&m_threadsMutex);
    if (!m_feedInitialised) {
        // Start reading the change feed from now: the cache is empty, older changes cannot concern it.
        auto maxSeq = ts->conn->prepare("SELECT coalesce(max(seq), 0) FROM session_changes");
        if (!maxSeq) {
            return std::unexpected(maxSeq.error());
        }
        auto row = maxSeq->step();
        if (!row) {
            return std::unexpected(row.error());
        }
        m_cache.setFeedSeq(maxSeq->int64(0));
        m_feedInitialised = true;
    }
    ThreadState* raw = ts.release();
    m_threads.insert(thread, raw);
    t_storeId = m_instanceId;
    t_state = raw;
    m_threadWatch.insert(thread, QObject::connect(
                                     thread, &QThread::finished, thread, [this, thread] { dropThreadState(thread); },
                                     Qt::DirectConnection));
    return raw;
}

void SessionStore::dropThreadState(QThread* thread)
{
    ThreadState* ts = nullptr;
    {
        QMutexLocker lock(&m_threadsMutex);
        ts = m_threads.take(thread);
        QObject::disconnect(m_threadWatch.take(thread));
    }
    if (t_storeId == m_instanceId) {
        t_storeId = 0;
        t_state = nullptr;
    }
    if (ts != nullptr) {
        // Slides queued by this thread's requests are shared; write them while its connection is still here.
        flush(*ts);
        delete ts;
    }
}

Result<void> SessionStore::syncChanges(ThreadState& ts)
{
    if (ts.watcher.isAvailable()) {
        const auto header = ts.watcher.read();
        if (header && ts.lastHeader && *header == *ts.lastHeader) {
            return {}; // nobody committed anything: the cache is current
        }
        if (auto ok = applyFeed(ts); !ok) {
            return ok;
        }
        // The header from before the feed was read: a commit since then shows up next time.
        ts.lastHeader = header;
        return {};
    }
    if (ts.conn->isBorrowed()) {
        // An in-memory database shares this thread's QtSql connection, whose own commits data_version does not
        // count: read the feed every time (in-memory databases serve tests and scratch work, not load).
        return applyFeed(ts);
    }
    auto row = ts.dataVersion.step();
    const qint64 version = row && *row ? ts.dataVersion.int64(0) : -2;
    ts.dataVersion.reset();
    if (!row) {
        return std::unexpected(row.error());
    }
    if (version == ts.lastDataVersion) {
        return {};
    }
    if (auto ok = applyFeed(ts); !ok) {
        return ok;
    }
    ts.lastDataVersion = version;
    return {};
}

Result<void> SessionStore::applyFeed(ThreadState& ts)
{
    ++m_feedReads;
    const qint64 from = m_cache.feedSeq();
    SqliteResetGuard guard(ts.feed);
    ts.feed.bind(1, from);
    qint64 last = from;
    bool first = true;
    while (true) {
        auto row = ts.feed.step();
        if (!row) {
            return std::unexpected(row.error());
        }
        if (!*row) {
            break;
        }
        const qint64 seq = ts.feed.int64(0);
        if (first && seq != from + 1) {
            // Rows we never saw were pruned: we cannot know what they named.
            m_cache.clear();
        }
        first = false;
        switch (static_cast<SessionChangeScope>(ts.feed.int64(1))) {
        case SessionChangeScope::Session:
            m_cache.removeKey(SessionKey::fromBytes(ts.feed.blob(3)));
            break;
        case SessionChangeScope::User:
            m_cache.removeUser(ts.feed.int64(2));
            break;
        case SessionChangeScope::All:
        default:
            m_cache.clear();
            break;
        }
        last = seq;
    }
    m_cache.setFeedSeq(last);
    return {};
}

Result<std::optional<SessionCache::Entry>> SessionStore::readEntry(ThreadState& ts, const SessionKey& key)
{
    SqliteResetGuard guard(ts.lookup);
    ts.lookup.bindStaticBlob(1, key.view());
    auto row = ts.lookup.step();
    if (!row) {
        return std::unexpected(row.error());
    }
    if (!*row) {
        return std::optional<SessionCache::Entry>();
    }
    SessionCache::Entry e;
    e.sessionId = ts.lookup.int64(0);
    e.userId = ts.lookup.int64(1);
    e.persistedSeenMs = ts.lookup.int64(2);
    e.idleTimeoutSecs = static_cast<qint32>(ts.lookup.int64(3));
    e.idleExpiresMs = ts.lookup.int64(4);
    e.absoluteExpiresMs = ts.lookup.int64(5);
    e.method = static_cast<quint8>(ts.lookup.int64(6));
    e.revoked = ts.lookup.int64(7) != 0;
    e.userDisabled = ts.lookup.int64(8) != 0;
    return std::optional<SessionCache::Entry>(e);
}

SessionValidation::Verdict SessionStore::judge(SessionCache::Entry& e, qint64 now, bool& slide) const
{
    using Verdict = SessionValidation::Verdict;
    if (e.revoked) {
        return Verdict::Revoked;
    }
    if (e.userDisabled) {
        return Verdict::UserDisabled;
    }
    if (now >= e.absoluteExpiresMs) {
        return Verdict::AbsoluteExpired;
    }
    if (now >= e.idleExpiresMs) {
        return Verdict::IdleExpired;
    }
    e.idleExpiresMs = std::max(e.idleExpiresMs, now + qint64(e.idleTimeoutSecs) * 1000);
    if (now - e.persistedSeenMs >= qint64(m_policy.slideThrottleSecs) * 1000) {
        slide = true;
        e.persistedSeenMs = now;
    }
    return Verdict::Valid;
}

Result<SessionValidation> SessionStore::validate(QByteArrayView token)
{
    using Verdict = SessionValidation::Verdict;
    ++m_validations;
    SessionValidation result;
    const auto key = SessionToken::keyOf(token);
    if (!key) {
        result.verdict = Verdict::Malformed;
        return result;
    }
    auto ts = threadState();
    if (!ts) {
        return std::unexpected(ts.error());
    }
    if (m_cache.isEnabled()) {
        if (auto ok = syncChanges(**ts); !ok) {
            return std::unexpected(ok.error());
        }
    }
    const qint64 now = m_clock.nowMs();
    SessionCache::Entry entry;
    Verdict verdict = Verdict::Unknown;
    bool slide = false;
    bool cached = m_cache.isEnabled() && m_cache.withEntry(*key, [&](SessionCache::Entry& e) {
        verdict = judge(e, now, slide);
        entry = e;
    });
    if (cached && verdict == Verdict::IdleExpired) {
        // Another process may have used the session since we last wrote it down; ask the database.
        cached = false;
    }
    if (!cached) {
        const quint64 generation = m_cache.generation();
        auto read = readEntry(**ts, *key);
        if (!read) {
            return std::unexpected(read.error());
        }
        if (!*read) {
            result.verdict = Verdict::Unknown;
            return result;
        }
        entry = **read;
        slide = false;
        verdict = judge(entry, now, slide);
        m_cache.insert(*key, entry, generation);
    }
    if (slide) {
        queueSlide(entry, now);
    }
    result.verdict = verdict;
    result.fromCache = cached;
    result.sessionId = entry.sessionId;
    result.userId = entry.userId;
    result.method = entry.method == 1 ? AuthMethod::Jwt : AuthMethod::Cookie;
    result.idleExpiresMs = entry.idleExpiresMs;
    result.absoluteExpiresMs = entry.absoluteExpiresMs;
    auto name = userName(**ts, entry.userId);
    if (name) {
        result.userName = *name;
    }
    maybeFlush(**ts, now);
    return result;
}

void SessionStore::queueSlide(const SessionCache::Entry& entry, qint64 now)
{
    QMutexLocker lock(&m_slideMutex);
    if (m_pending.isEmpty()) {
        m_oldestPendingMs = now;
    }
    PendingSlide& p = m_pending[entry.sessionId];
    p.lastSeenMs = std::max(p.lastSeenMs, now);
    p.idleExpiresMs = std::max(p.idleExpiresMs, entry.idleExpiresMs);
    m_pendingCount.store(m_pending.size(), std::memory_order_relaxed);
}

void SessionStore::maybeFlush(ThreadState& ts, qint64 now)
{
    if (m_pendingCount.load(std::memory_order_relaxed) == 0) {
        return;
    }
    {
        QMutexLocker lock(&m_slideMutex);
        if (m_pending.isEmpty()) {
            return;
        }
        if (m_pending.size() < m_policy.slideBatchSize && now - m_oldestPendingMs < m_policy.slideFlushMs) {
            return;
        }
    }
    // A failed flush keeps the slides for the next try; validation itself does not fail for it.
    flush(ts);
}

Result<void> SessionStore::flush(ThreadState& ts)
{
    QHash<qint64, PendingSlide> batch;
    {
        QMutexLocker lock(&m_slideMutex);
        batch.swap(m_pending);
        m_pendingCount.store(0, std::memory_order_relaxed);
    }
    if (batch.isEmpty()) {
        return {};
    }
    auto done = ts.conn->writeTransaction([&]() -> Result<void> {
        for (auto it = batch.cbegin(); it != batch.cend(); ++it) {
            ts.slide.bind(1, it.key());
            ts.slide.bind(2, it->lastSeenMs);
            ts.slide.bind(3, it->idleExpiresMs);
            if (auto ok = ts.slide.run(); !ok) {
                return ok;
            }
        }
        return {};
    });
    QMutexLocker lock(&m_slideMutex);
    if (!done) {
        if (m_pending.isEmpty()) {
            m_oldestPendingMs = m_clock.nowMs();
        }
        for (auto it = batch.cbegin(); it != batch.cend(); ++it) {
            PendingSlide& p = m_pending[it.key()];
            p.lastSeenMs = std::max(p.lastSeenMs, it->lastSeenMs);
            p.idleExpiresMs = std::max(p.idleExpiresMs, it->idleExpiresMs);
        }
        m_pendingCount.store(m_pending.size(), std::memory_order_relaxed);
        m_lastFlushError = done.error().message;
        return done;
    }
    m_lastFlushError.clear();
    m_slideWrites += static_cast<quint64>(batch.size());
    ++m_slideBatches;
    return {};
}

Result<void> SessionStore::flushSlides()
{
    auto ts = threadState();
    if (!ts) {
        return std::unexpected(ts.error());
    }
    return flush(**ts);
}

Result<QString> SessionStore::userName(ThreadState& ts, qint64 userId, bool* disabled)
{
    if (disabled == nullptr) {
        QMutexLocker lock(&m_namesMutex);
        const auto it = m_userNames.constFind(userId);
        if (it != m_userNames.constEnd()) {
            return it.value();
        }
    }
    SqliteResetGuard guard(ts.user);
    ts.user.bind(1, userId);
    auto row = ts.user.step();
    if (!row) {
        return std::unexpected(row.error());
    }
    if (!*row) {
        return fail(QStringLiteral("sessions.unknown-user"),
                    QStringLiteral("There is no user with id %1.").arg(userId));
    }
    const QString name = ts.user.text(0);
    if (disabled != nullptr) {
        *disabled = ts.user.int64(1) != 0;
    }
    QMutexLocker lock(&m_namesMutex);
    m_userNames.insert(userId, name); // user names never change
    return name;
}

Result<qint64> SessionStore::userAgentId(ThreadState& ts, const QString& userAgent)
{
    {
        QMutexLocker lock(&m_namesMutex);
        const auto it = m_userAgentIds.constFind(userAgent);
        if (it != m_userAgentIds.constEnd()) {
            return it.value();
        }
    }
    {
        SqliteResetGuard guard(ts.uaFind);
        ts.uaFind.bindText(1, userAgent);
        auto row = ts.uaFind.step();
        if (!row) {
            return std::unexpected(row.error());
        }
        if (*row) {
            return ts.uaFind.int64(0);
        }
    }
    ts.uaInsert.bindText(1, userAgent);
    ts.uaInsert.bindText(2, UserAgentInfo::parse(userAgent).label());
    if (auto ok = ts.uaInsert.run(); !ok) {
        return std::unexpected(ok.error());
    }
    return ts.conn->lastInsertRowId();
}

Result<CreatedSession> SessionStore::create(const NewSession& spec)
{
    const qint64 idle = spec.idleTimeoutSecs.value_or(m_policy.idleTimeoutSecs);
    const qint64 absolute = spec.absoluteTimeoutSecs.value_or(m_policy.absoluteTimeoutSecs);
    if (idle < 1 || absolute < idle || absolute > kMaxTimeoutSecs) {
        return fail(QStringLiteral("sessions.bad-timeout"),
                    QStringLiteral("Session timeouts must be positive, the absolute one at least the idle one and "
                                   "at most 366 days."));
    }
    auto ts = threadState();
    if (!ts) {
        return std::unexpected(ts.error());
    }
    bool disabled = false;
    auto name = userName(**ts, spec.userId, &disabled);
    if (!name) {
        return std::unexpected(name.error());
    }
    if (disabled) {
        return fail(QStringLiteral("sessions.user-disabled"),
                    QStringLiteral("The user %1 is disabled and cannot start sessions.").arg(*name));
    }
    auto fresh = SessionToken::generate();
    if (!fresh) {
        return std::unexpected(fresh.error());
    }
    const qint64 now = m_clock.nowMs();
    Session s;
    s.userId = spec.userId;
    s.userName = *name;
    s.createdMs = now;
    s.lastSeenMs = now;
    s.idleTimeoutSecs = static_cast<int>(idle);
    s.idleExpiresMs = now + idle * 1000;
    s.absoluteExpiresMs = now + absolute * 1000;
    s.ip = spec.ip.trimmed().left(kMaxIp);
    s.userAgent = spec.userAgent.trimmed().left(kMaxUserAgent);
    s.userAgentLabel = UserAgentInfo::parse(s.userAgent).label();
    s.method = spec.method;
    const QByteArray ipKey = IpRange::keyOf(s.ip);

    ThreadState& t = **ts;
    qint64 uaId = 0;
    auto written = t.conn->writeTransaction([&]() -> Result<void> {
        auto id = userAgentId(t, s.userAgent);
        if (!id) {
            return std::unexpected(id.error());
        }
        uaId = *id;
        t.insert.bindStaticBlob(1, fresh->key.view());
        t.insert.bind(2, s.userId);
        t.insert.bind(3, s.createdMs);
        t.insert.bind(4, s.lastSeenMs);
        t.insert.bind(5, s.idleTimeoutSecs);
        t.insert.bind(6, s.idleExpiresMs);
        t.insert.bind(7, s.absoluteExpiresMs);
        t.insert.bindText(8, s.ip);
        t.insert.bindBlob(9, ipKey);
        t.insert.bind(10, uaId);
        t.insert.bind(11, static_cast<int>(s.method));
        if (auto ok = t.insert.run(); !ok) {
            return ok;
        }
        s.id = t.conn->lastInsertRowId();
        return {};
    });
    if (!written) {
        return std::unexpected(written.error());
    }
    {
        QMutexLocker lock(&m_namesMutex);
        m_userAgentIds.insert(s.userAgent, uaId);
    }
    auto audited = m_audit.append(QStringLiteral("session.create"), sessionTarget(s.id),
                                  QJsonObject{{QStringLiteral("user"), s.userName},
                                              {QStringLiteral("ip"), s.ip},
                                              {QStringLiteral("method"), authMethodName(s.method)},
                                              {QStringLiteral("user_agent"), s.userAgentLabel},
                                              {QStringLiteral("idle_timeout_s"), idle},
                                              {QStringLiteral("absolute_timeout_s"), absolute}});
    if (!audited) {
        // No session without its audit row (SECURITY.md 19).
        t.remove.bind(1, s.id);
        t.remove.run();
        return std::unexpected(audited.error());
    }
    SessionCache::Entry e;
    e.sessionId = s.id;
    e.userId = s.userId;
    e.idleExpiresMs = s.idleExpiresMs;
    e.absoluteExpiresMs = s.absoluteExpiresMs;
    e.persistedSeenMs = now;
    e.idleTimeoutSecs = s.idleTimeoutSecs;
    e.method = static_cast<quint8>(s.method);
    m_cache.insert(fresh->key, e, m_cache.generation());
    return CreatedSession{s, fresh->token};
}

Result<bool> SessionStore::logout(QByteArrayView token)
{
    const auto key = SessionToken::keyOf(token);
    if (!key) {
        return false;
    }
    auto ts = threadState();
    if (!ts) {
        return std::unexpected(ts.error());
    }
    auto entry = readEntry(**ts, *key);
    if (!entry) {
        return std::unexpected(entry.error());
    }
    if (!*entry) {
        return false;
    }
    const qint64 id = (*entry)->sessionId;
    auto name = userName(**ts, (*entry)->userId);
    const QString by = name ? *name : QString();
    const QString reason = QStringLiteral("logout");
    SessionRevoker::Outcome outcome;
    auto done = m_db.writeTransaction([&](QSqlDatabase& db) -> Result<void> {
        auto r = SessionRevoker::revokeIds(db, {id}, m_clock.nowMs(), by, reason);
        if (!r) {
            return std::unexpected(r.error());
        }
        outcome = *r;
        return {};
    });
    if (!done) {
        return std::unexpected(done.error());
    }
    m_cache.removeKey(*key);
    if (outcome.sessions == 0) {
        return false;
    }
    m_audit.append(QStringLiteral("session.logout"), sessionTarget(id),
                   QJsonObject{{QStringLiteral("user"), by}, {QStringLiteral("tokens"), outcome.tokens}});
    return true;
}

Result<CreatedSession> SessionStore::rotate(QByteArrayView token)
{
    auto current = validate(token);
    if (!current) {
        return std::unexpected(current.error());
    }
    if (!current->isValid()) {
        return fail(QStringLiteral("sessions.not-valid"),
                    QStringLiteral("Only a valid session can get a new ID (this one is %1).")
                        .arg(SessionValidation::verdictName(current->verdict)));
    }
    const auto oldKey = SessionToken::keyOf(token);
    auto fresh = SessionToken::generate();
    if (!fresh) {
        return std::unexpected(fresh.error());
    }
    const qint64 now = m_clock.nowMs();
    const qint64 id = current->sessionId;
    auto done = m_db.writeTransaction([&](QSqlDatabase& db) -> Result<void> {
        QSqlQuery q(db);
        if (auto ok = execSql(q,
                              QStringLiteral("UPDATE sessions SET id_hash = ? WHERE id = ? AND id_hash = ? AND "
                                             "revoked_ms IS NULL"),
                              {fresh->key.view().toByteArray(), id, oldKey->view().toByteArray()});
            !ok) {
            return ok;
        }
        if (q.numRowsAffected() != 1) {
            return fail(QStringLiteral("sessions.not-valid"),
                        QStringLiteral("The session was revoked or rotated meanwhile."));
        }
        return SessionRevoker::recordChange(db, SessionChangeScope::Session, id, oldKey->view().toByteArray(), now);
    });
    if (!done) {
        return std::unexpected(done.error());
    }
    m_cache.removeKey(*oldKey);
    m_audit.append(QStringLiteral("session.rotate"), sessionTarget(id),
                   QJsonObject{{QStringLiteral("user"), current->userName}});
    auto session = find(id);
    if (!session) {
        return std::unexpected(session.error());
    }
    return CreatedSession{*session, fresh->token};
}

Result<qint64> SessionStore::warmCache()
{
    if (!m_cache.isEnabled()) {
        return 0;
    }
    auto ts = threadState();
    if (!ts) {
        return std::unexpected(ts.error());
    }
    if (auto ok = syncChanges(**ts); !ok) {
        return std::unexpected(ok.error());
    }
    auto stmt = (*ts)->conn->prepare(
        "SELECT s.id_hash, s.id, s.user_id, s.last_seen_ms, s.idle_timeout_s, s.idle_expires_ms, "
        "s.absolute_expires_ms, s.auth_method, u.disabled FROM sessions s CROSS JOIN users u ON u.id = s.user_id "
        "WHERE s.revoked_ms IS NULL AND s.expires_ms > ?");
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    const quint64 generation = m_cache.generation();
    stmt->bind(1, m_clock.nowMs());
    qint64 loaded = 0;
    const qint64 room = std::max<qint64>(1, m_policy.cacheCapacity / 2);
    while (loaded < room) {
        auto row = stmt->step();
        if (!row) {
            return std::unexpected(row.error());
        }
        if (!*row) {
            break;
        }
        SessionCache::Entry e;
        e.sessionId = stmt->int64(1);
        e.userId = stmt->int64(2);
        e.persistedSeenMs = stmt->int64(3);
        e.idleTimeoutSecs = static_cast<qint32>(stmt->int64(4));
        e.idleExpiresMs = stmt->int64(5);
        e.absoluteExpiresMs = stmt->int64(6);
        e.method = static_cast<quint8>(stmt->int64(7));
        e.userDisabled = stmt->int64(8) != 0;
        m_cache.insert(SessionKey::fromBytes(stmt->blob(0)), e, generation);
        ++loaded;
    }
    stmt->reset();
    return loaded;
}

SessionStoreStats SessionStore::stats() const
{
    SessionStoreStats s;
    s.validations = m_validations.load();
    s.cacheHits = m_cache.hits();
    s.cacheMisses = m_cache.misses();
    s.feedReads = m_feedReads.load();
    s.slideWrites = m_slideWrites.load();
    s.slideBatches = m_slideBatches.load();
    s.cached = m_cache.size();
    QMutexLocker lock(&m_slideMutex);
    s.pendingSlides = m_pending.size();
    s.lastFlushError = m_lastFlushError;
    return s;
}

Result<Session> SessionStore::find(qint64 id)
{
    auto rows = fetch({id});
    if (!rows) {
        return std::unexpected(rows.error());
    }
    if (rows->isEmpty()) {
        return fail(QStringLiteral("sessions.not-found"), QStringLiteral("There is no session with id %1.").arg(id));
    }
    return rows->constFirst();
}

Result<SessionPage> SessionStore::list(const SessionFilter& filter, const SessionSort& sort, int limit,
                                       const SessionCursor& after)
{
    SessionLister lister(m_db.connection(), m_clock.nowMs());
    return lister.list(filter, sort, limit, after);
}

Result<QList<Session>> SessionStore::fetch(const QList<qint64>& ids)
{
    SessionLister lister(m_db.connection(), m_clock.nowMs());
    return lister.fetch(ids);
}

Result<qint64> SessionStore::count(const SessionFilter& filter, qint64 cap)
{
    SessionLister lister(m_db.connection(), m_clock.nowMs());
    return lister.count(filter, cap);
}

Result<SessionCounters> SessionStore::counters(qint64 revokedSinceMs, qint64 expiringWindowMs)
{
    SessionLister lister(m_db.connection(), m_clock.nowMs());
    return lister.counters(revokedSinceMs, expiringWindowMs);
}

void SessionStore::auditRevocations(const QList<qint64>& ids, const QString& reason, const QString& action)
{
    for (const qint64 id : ids) {
        auto ok = m_audit.append(action, sessionTarget(id), QJsonObject{{QStringLiteral("reason"), reason}});
        if (!ok) {
            // The revocation stands; losing its audit row is the lesser harm, so say it loudly.
            qWarning("authscope: session %lld was revoked but the audit row failed: %s", static_cast<long long>(id),
                     qPrintable(ok.error().message));
        }
    }
}

Result<bool> SessionStore::revoke(qint64 id, const QString& reason)
{
    auto n = revoke(QList<qint64>{id}, reason);
    if (!n) {
        return std::unexpected(n.error());
    }
    return *n == 1;
}

Result<qint64> SessionStore::revoke(const QList<qint64>& ids, const QString& reason)
{
    const QString why = cleanReason(reason);
    SessionRevoker::Outcome outcome;
    // Large selections go in slices so that one statement's IN list stays reasonable.
    constexpr qsizetype kSlice = 500;
    auto done = m_db.writeTransaction([&](QSqlDatabase& db) -> Result<void> {
        for (qsizetype at = 0; at < ids.size(); at += kSlice) {
            auto r = SessionRevoker::revokeIds(db, ids.mid(at, kSlice), m_clock.nowMs(), m_audit.actor(), why);
            if (!r) {
                return std::unexpected(r.error());
            }
            outcome.sessionIds += r->sessionIds;
            outcome.sessionKeys += r->sessionKeys;
            outcome.sessions += r->sessions;
            outcome.tokens += r->tokens;
        }
        return {};
    });
    if (!done) {
        return std::unexpected(done.error());
    }
    for (const QByteArray& key : std::as_const(outcome.sessionKeys)) {
        m_cache.removeKey(SessionKey::fromBytes(key));
    }
    auditRevocations(outcome.sessionIds, why, QStringLiteral("session.revoke"));
    return outcome.sessions;
}

Result<qint64> SessionStore::revokeUser(qint64 userId, const QString& reason)
{
    auto ts = threadState();
    if (!ts) {
        return std::unexpected(ts.error());
    }
    auto name = userName(**ts, userId);
    if (!name) {
        return std::unexpected(name.error());
    }
    const QString why = cleanReason(reason);
    SessionRevoker::Outcome outcome;
    auto done = m_db.writeTransaction([&](QSqlDatabase& db) -> Result<void> {
        auto r = SessionRevoker::revokeUser(db, userId, m_clock.nowMs(), m_audit.actor(), why);
        if (!r) {
            return std::unexpected(r.error());
        }
        outcome = *r;
        return {};
    });
    if (!done) {
        return std::unexpected(done.error());
    }
    m_cache.removeUser(userId);
    m_audit.append(QStringLiteral("session.revoke-user"), QStringLiteral("user:") + *name,
                   QJsonObject{{QStringLiteral("reason"), why},
                               {QStringLiteral("sessions"), outcome.sessions},
                               {QStringLiteral("tokens"), outcome.tokens}});
    return outcome.sessions;
}

Result<qint64> SessionStore::revokeAll(const QString& reason)
{
    const QString why = cleanReason(reason);
    SessionRevoker::Outcome outcome;
    auto done = m_db.writeTransaction([&](QSqlDatabase& db) -> Result<void> {
        auto r = SessionRevoker::revokeAll(db, m_clock.nowMs(), m_audit.actor(), why);
        if (!r) {
            return std::unexpected(r.error());
        }
        outcome = *r;
        return {};
    });
    if (!done) {
        return std::unexpected(done.error());
    }
    m_cache.clear();
    m_audit.append(QStringLiteral("session.revoke-all"), QStringLiteral("*"),
                   QJsonObject{{QStringLiteral("reason"), why},
                               {QStringLiteral("sessions"), outcome.sessions},
                               {QStringLiteral("tokens"), outcome.tokens}});
    return outcome.sessions;
}

Result<Session> SessionStore::extend(qint64 id, qint64 bySecs)
{
    if (bySecs < 1 || bySecs > kMaxTimeoutSecs) {
        return fail(QStringLiteral("sessions.bad-extension"),
                    QStringLiteral("A session can be extended by 1 second to 366 days."));
    }
    const qint64 now = m_clock.nowMs();
    QByteArray idHash;
    qint64 before = 0;
    auto done = m_db.writeTransaction([&](QSqlDatabase& db) -> Result<void> {
        QSqlQuery q(db);
        if (auto ok =
                execSql(q, QStringLiteral("SELECT id_hash, revoked_ms, expires_ms FROM sessions WHERE id = ?"), {id});
            !ok) {
            return ok;
        }
        if (!q.next()) {
            return fail(QStringLiteral("sessions.not-found"),
                        QStringLiteral("There is no session with id %1.").arg(id));
        }
        if (!q.value(1).isNull()) {
            return fail(QStringLiteral("sessions.not-active"),
                        QStringLiteral("Session %1 is revoked; a revoked session cannot be extended.").arg(id));
        }
        if (q.value(2).toLongLong() <= now) {
            return fail(QStringLiteral("sessions.not-active"),
                        QStringLiteral("Session %1 has expired; an expired session cannot be brought back.").arg(id));
        }
        idHash = q.value(0).toByteArray();
        before = q.value(2).toLongLong();
        if (auto ok = execSql(q,
                              QStringLiteral("UPDATE sessions SET idle_expires_ms = idle_expires_ms + ?, "
                                             "absolute_expires_ms = absolute_expires_ms + ? WHERE id = ?"),
                              {bySecs * 1000, bySecs * 1000, id});
            !ok) {
            return ok;
        }
        return SessionRevoker::recordChange(db, SessionChangeScope::Session, id, idHash, now);
    });
    if (!done) {
        return std::unexpected(done.error());
    }
    m_cache.removeKey(SessionKey::fromBytes(idHash));
    auto session = find(id);
    if (!session) {
        return std::unexpected(session.error());
    }
    m_audit.append(QStringLiteral("session.extend"), sessionTarget(id),
                   QJsonObject{{QStringLiteral("by_s"), bySecs},
                               {QStringLiteral("expires_before_ms"), before},
                               {QStringLiteral("expires_after_ms"), session->expiresMs()}});
    return session;
}

Result<SessionStore::PurgeReport> SessionStore::purge(qint64 endedBeforeMs)
{
    const qint64 now = m_clock.nowMs();
    const qint64 cutoff = std::min(endedBeforeMs, now);
    PurgeReport report;
    auto done = m_db.writeTransaction([&](QSqlDatabase& db) -> Result<void> {
        QSqlQuery q(db);
        if (auto ok = execSql(q, QStringLiteral("DELETE FROM sessions WHERE revoked_ms < ?"), {cutoff}); !ok) {
            return ok;
        }
        report.sessions = q.numRowsAffected();
        if (auto ok = execSql(q, QStringLiteral("DELETE FROM sessions WHERE expires_ms < ? AND revoked_ms IS NULL"),
                              {cutoff});
            !ok) {
            return ok;
        }
        report.sessions += q.numRowsAffected();
        if (auto ok = execSql(q, QStringLiteral("DELETE FROM issued_tokens WHERE expires_ms < ?"), {cutoff}); !ok) {
            return ok;
        }
        report.tokens = q.numRowsAffected();
        if (auto ok =
                execSql(q, QStringLiteral("DELETE FROM token_denylist WHERE expires_ms < ?"), {now - kMaxLeewayMs});
            !ok) {
            return ok;
        }
        report.denyListEntries = q.numRowsAffected();
        auto pruned = SessionRevoker::pruneChanges(db, now);
        if (!pruned) {
            return std::unexpected(pruned.error());
        }
        return {};
    });
    if (!done) {
        return std::unexpected(done.error());
    }
    m_audit.append(QStringLiteral("session.purge"), QStringLiteral("*"),
                   QJsonObject{{QStringLiteral("ended_before_ms"), cutoff},
                               {QStringLiteral("sessions"), report.sessions},
                               {QStringLiteral("tokens"), report.tokens},
                               {QStringLiteral("deny_list_entries"), report.denyListEntries}});
    return report;
}

Result<qint64> SessionStore::changeStamp()
{
    auto ts = threadState();
    if (!ts) {
        return std::unexpected(ts.error());
    }
    SqliteResetGuard guard((*ts)->dataVersion);
    auto row = (*ts)->dataVersion.step();
    if (!row) {
        return std::unexpected(row.error());
    }
    return *row ? (*ts)->dataVersion.int64(0) : 0;
}

} // namespace authscope
