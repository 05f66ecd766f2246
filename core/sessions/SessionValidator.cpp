#include "core/sessions/SessionValidator.h"

#include "core/sessions/RevocationRetry.h"

#include "core/audit/AuditLog.h"
#include "core/sessions/IpRange.h"
#include "core/sessions/SessionRepository.h"
#include "core/sessions/SessionToken.h"
#include "core/sessions/UserAgentInfo.h"
#include "core/storage/ChangeDetector.h"
#include "core/storage/Database.h"
#include "core/storage/TransactionValue.h"

#include <QJsonObject>
#include <QThread>

#include <atomic>

namespace authscope {

namespace {

constexpr qint64 kMaxTimeoutSecs = 366LL * 24 * 3600;
constexpr qsizetype kMaxUserAgent = 512;
constexpr qsizetype kMaxIp = 64;

std::atomic<quint64> s_validatorIds{0};
// The last validator this thread used and its repository there: validation skips the lookup under a mutex.
// Validator ids are never reused, so a stale entry can only miss.
thread_local quint64 t_validatorId = 0;
thread_local SessionValidatorRepository* t_repository = nullptr;

QString sessionTarget(qint64 id)
{
    return QStringLiteral("session:") + QString::number(id);
}

} // namespace

// Applies the change feed's rows to the cache, on the stack of each feed read (no allocation).
class SessionValidator::FeedReader final : public SessionValidatorRepository::ChangeSink
{
public:
    FeedReader(SessionCache& cache, qint64 from) : m_cache(cache), m_last(from) {}

    void changed(qint64 seq, SessionChangeScope scope, qint64 target, QByteArrayView idHash) override
    {
        if (m_first && seq != m_last + 1) {
            // Rows we never saw were pruned: we cannot know what they named.
            m_cache.clear();
        }
        m_first = false;
        switch (scope) {
        case SessionChangeScope::Session:
            m_cache.removeKey(SessionKey::fromBytes(idHash));
            break;
        case SessionChangeScope::User:
            m_cache.removeUser(target);
            break;
        case SessionChangeScope::All:
        default:
            m_cache.clear();
            break;
        }
        m_last = seq;
    }

    [[nodiscard]] qint64 last() const { return m_last; }

private:
    SessionCache& m_cache;
    qint64 m_last;
    bool m_first = true;
};

SessionValidator::SessionValidator(Database& database, AuditLog& audit, const Clock& clock, const SessionPolicy& policy)
    : m_db(database), m_audit(audit), m_clock(clock), m_policy(policy), m_cache(policy.cacheCapacity),
      m_instanceId(++s_validatorIds)
{}

SessionValidator::~SessionValidator()
{
    bool pending = false;
    {
        QMutexLocker lock(&m_slideMutex);
        pending = !m_pending.isEmpty();
    }
    if (pending) {
        if (auto repo = repository(); repo) {
            if (auto ok = flush(**repo); !ok) {
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

Result<SessionValidatorRepository*> SessionValidator::repository()
{
    if (t_validatorId == m_instanceId) {
        return t_repository;
    }
    QThread* thread = QThread::currentThread();
    {
        QMutexLocker lock(&m_threadsMutex);
        if (Repository* repo = m_threads.value(thread)) {
            t_validatorId = m_instanceId;
            t_repository = repo;
            return repo;
        }
    }
    auto opened = SessionValidatorRepository::open(m_db);
    if (!opened) {
        return std::unexpected(opened.error());
    }
    QMutexLocker lock(&m_threadsMutex);
    if (!m_feedInitialised) {
        // Start reading the change feed from now: the cache is empty, older changes cannot concern it.
        auto seq = (*opened)->lastChangeSeq();
        if (!seq) {
            return std::unexpected(seq.error());
        }
        m_cache.setFeedSeq(*seq);
        m_feedInitialised = true;
    }
    Repository* raw = opened->release();
    m_threads.insert(thread, raw);
    t_validatorId = m_instanceId;
    t_repository = raw;
    m_threadWatch.insert(thread, QObject::connect(
                                     thread, &QThread::finished, thread, [this, thread] { dropRepository(thread); },
                                     Qt::DirectConnection));
    return raw;
}

void SessionValidator::dropRepository(QThread* thread)
{
    Repository* repo = nullptr;
    {
        QMutexLocker lock(&m_threadsMutex);
        repo = m_threads.take(thread);
        QObject::disconnect(m_threadWatch.take(thread));
    }
    if (t_validatorId == m_instanceId) {
        t_validatorId = 0;
        t_repository = nullptr;
    }
    if (repo != nullptr) {
        // Slides queued by this thread's requests are shared; write them while its connection is still here. A
        // failure keeps them queued for another thread (and stats() shows it).
        flush(*repo);
        delete repo;
    }
}

Result<void> SessionValidator::syncChanges(Repository& repo)
{
    ChangeDetector& changes = repo.changes();
    auto changed = changes.poll();
    if (!changed) {
        return std::unexpected(changed.error());
    }
    if (!*changed) {
        return {}; // nobody committed anything: the cache is current
    }
    if (auto ok = applyFeed(repo); !ok) {
        return ok; // not accepted: the next validation reads the feed again
    }
    changes.accept();
    return {};
}

Result<void> SessionValidator::applyFeed(Repository& repo)
{
    ++m_feedReads;
    FeedReader reader(m_cache, m_cache.feedSeq());
    if (auto ok = repo.readChanges(m_cache.feedSeq(), reader); !ok) {
        return ok;
    }
    m_cache.setFeedSeq(reader.last());
    return {};
}

SessionValidation::Verdict SessionValidator::judge(SessionCache::Entry& e, qint64 now, bool& slide) const
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

Result<SessionValidation> SessionValidator::validate(QByteArrayView token)
{
    using Verdict = SessionValidation::Verdict;
    ++m_validations;
    SessionValidation result;
    const auto key = SessionToken::keyOf(token);
    if (!key) {
        result.verdict = Verdict::Malformed;
        return result;
    }
    auto repo = repository();
    if (!repo) {
        return std::unexpected(repo.error());
    }
    if (m_cache.isEnabled()) {
        if (auto ok = syncChanges(**repo); !ok) {
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
        auto read = (*repo)->lookup(*key);
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
    auto name = userName(**repo, entry.userId);
    if (name) {
        result.userName = *name;
    }
    maybeFlush(**repo, now);
    return result;
}

void SessionValidator::queueSlide(const SessionCache::Entry& entry, qint64 now)
{
    QMutexLocker lock(&m_slideMutex);
    if (m_pending.isEmpty()) {
        m_oldestPendingMs = now;
    }
    Repository::Slide& p = m_pending[entry.sessionId];
    p.lastSeenMs = std::max(p.lastSeenMs, now);
    p.idleExpiresMs = std::max(p.idleExpiresMs, entry.idleExpiresMs);
    m_pendingCount.store(m_pending.size(), std::memory_order_relaxed);
}

void SessionValidator::maybeFlush(Repository& repo, qint64 now)
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
    // A failed flush keeps the slides for the next try (stats() shows its error); validation does not fail for it.
    flush(repo);
}

Result<void> SessionValidator::flush(Repository& repo)
{
    Repository::Slides batch;
    {
        QMutexLocker lock(&m_slideMutex);
        batch.swap(m_pending);
        m_pendingCount.store(0, std::memory_order_relaxed);
    }
    if (batch.isEmpty()) {
        return {};
    }
    auto done = repo.writeSlides(batch);
    QMutexLocker lock(&m_slideMutex);
    if (!done) {
        if (m_pending.isEmpty()) {
            m_oldestPendingMs = m_clock.nowMs();
        }
        for (auto it = batch.cbegin(); it != batch.cend(); ++it) {
            Repository::Slide& p = m_pending[it.key()];
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

Result<void> SessionValidator::flushSlides()
{
    auto repo = repository();
    if (!repo) {
        return std::unexpected(repo.error());
    }
    return flush(**repo);
}

Result<QString> SessionValidator::userName(Repository& repo, qint64 userId, bool* disabled)
{
    if (disabled == nullptr) {
        QMutexLocker lock(&m_namesMutex);
        const auto it = m_userNames.constFind(userId);
        if (it != m_userNames.constEnd()) {
            return it.value();
        }
    }
    auto row = repo.user(userId);
    if (!row) {
        return std::unexpected(row.error());
    }
    if (!*row) {
        return fail(QStringLiteral("sessions.unknown-user"),
                    QStringLiteral("There is no user with id %1.").arg(userId));
    }
    if (disabled != nullptr) {
        *disabled = (*row)->disabled;
    }
    QMutexLocker lock(&m_namesMutex);
    m_userNames.insert(userId, (*row)->name); // user names never change
    return (*row)->name;
}

Result<qint64> SessionValidator::userAgentId(Repository& repo, const QString& userAgent)
{
    {
        QMutexLocker lock(&m_namesMutex);
        const auto it = m_userAgentIds.constFind(userAgent);
        if (it != m_userAgentIds.constEnd()) {
            return it.value();
        }
    }
    return repo.userAgentId(userAgent, UserAgentInfo::parse(userAgent).label());
}

Result<CreatedSession> SessionValidator::create(const NewSession& spec)
{
    const qint64 idle = spec.idleTimeoutSecs.value_or(m_policy.idleTimeoutSecs);
    const qint64 absolute = spec.absoluteTimeoutSecs.value_or(m_policy.absoluteTimeoutSecs);
    if (idle < 1 || absolute < idle || absolute > kMaxTimeoutSecs) {
        return fail(QStringLiteral("sessions.bad-timeout"),
                    QStringLiteral("Session timeouts must be positive, the absolute one at least the idle one and "
                                   "at most 366 days."));
    }
    auto repo = repository();
    if (!repo) {
        return std::unexpected(repo.error());
    }
    Repository& r = **repo;
    bool disabled = false;
    auto name = userName(r, spec.userId, &disabled);
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

    Repository::NewRow row{{.key = fresh->key,
                            .userId = s.userId,
                            .createdMs = s.createdMs,
                            .lastSeenMs = s.lastSeenMs,
                            .idleTimeoutSecs = s.idleTimeoutSecs,
                            .idleExpiresMs = s.idleExpiresMs,
                            .absoluteExpiresMs = s.absoluteExpiresMs,
                            .userAgentId = 0},
                           s.ip,
                           IpRange::keyOf(s.ip),
                           static_cast<int>(s.method)};
    // No session without its audit row (A-EVERY-ACTION): both commit together or neither does.
    auto written = r.writeTransaction([&](Transaction& tx) -> Result<void> {
        auto uaId = userAgentId(r, s.userAgent);
        if (!uaId) {
            return std::unexpected(uaId.error());
        }
        row.userAgentId = *uaId;
        auto id = r.insertSession(row);
        if (!id) {
            return std::unexpected(id.error());
        }
        s.id = *id;
        auto audited = m_audit.append(tx, QStringLiteral("session.create"), sessionTarget(s.id),
                                      QJsonObject{{QStringLiteral("user"), s.userName},
                                                  {QStringLiteral("ip"), s.ip},
                                                  {QStringLiteral("method"), authMethodName(s.method)},
                                                  {QStringLiteral("user_agent"), s.userAgentLabel},
                                                  {QStringLiteral("idle_timeout_s"), idle},
                                                  {QStringLiteral("absolute_timeout_s"), absolute}},
                                      spec.auditActor);
        if (!audited) {
            return std::unexpected(audited.error());
        }
        return {};
    });
    if (!written) {
        return std::unexpected(written.error());
    }
    {
        QMutexLocker lock(&m_namesMutex);
        m_userAgentIds.insert(s.userAgent, row.userAgentId);
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

Result<bool> SessionValidator::logout(QByteArrayView token)
{
    const auto key = SessionToken::keyOf(token);
    if (!key) {
        return false;
    }
    auto repo = repository();
    if (!repo) {
        return std::unexpected(repo.error());
    }
    auto entry = (*repo)->lookup(*key);
    if (!entry) {
        return std::unexpected(entry.error());
    }
    if (!*entry) {
        return false;
    }
    const qint64 id = (*entry)->sessionId;
    auto name = userName(**repo, (*entry)->userId);
    const QString by = name ? *name : QString();
    // S-REVOKE-RETRY: a logout waits out a long write instead of answering 500.
    auto outcome = transactionValue(
        [this](const auto& body) { return RevocationRetry::writeTransaction(m_db, body); },
        [&](QSqlDatabase& db) -> Result<SessionRepository::RevokeOutcome> {
            auto r = SessionRepository::revokeIds(db, {id}, m_clock.nowMs(), by, QStringLiteral("logout"));
            if (!r || r->sessions == 0) {
                return r;
            }
            auto audited =
                m_audit.append(db, QStringLiteral("session.logout"), sessionTarget(id),
                               QJsonObject{{QStringLiteral("user"), by}, {QStringLiteral("tokens"), r->tokens}});
            if (!audited) {
                return std::unexpected(audited.error());
            }
            return r;
        });
    if (!outcome) {
        return std::unexpected(outcome.error());
    }
    m_cache.removeKey(*key);
    return outcome->sessions > 0;
}

Result<CreatedSession> SessionValidator::rotate(QByteArrayView token)
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
        const QByteArray oldHash = oldKey->view().toByteArray();
        auto replaced = SessionRepository::replaceIdHash(db, id, oldHash, fresh->key.view().toByteArray());
        if (!replaced) {
            return std::unexpected(replaced.error());
        }
        if (!*replaced) {
            return fail(QStringLiteral("sessions.not-valid"),
                        QStringLiteral("The session was revoked or rotated meanwhile."));
        }
        if (auto ok = SessionRepository::recordChange(db, SessionChangeScope::Session, id, oldHash, now); !ok) {
            return ok;
        }
        auto audited = m_audit.append(db, QStringLiteral("session.rotate"), sessionTarget(id),
                                      QJsonObject{{QStringLiteral("user"), current->userName}});
        if (!audited) {
            return std::unexpected(audited.error());
        }
        return {};
    });
    if (!done) {
        return std::unexpected(done.error());
    }
    m_cache.removeKey(*oldKey);
    auto session = find(id);
    if (!session) {
        return std::unexpected(session.error());
    }
    return CreatedSession{*session, fresh->token};
}

Result<Session> SessionValidator::find(qint64 id)
{
    auto rows = SessionRepository(m_db).fetch({id}, m_clock.nowMs());
    if (!rows) {
        return std::unexpected(rows.error());
    }
    if (rows->isEmpty()) {
        return fail(QStringLiteral("sessions.not-found"), QStringLiteral("There is no session with id %1.").arg(id));
    }
    return rows->constFirst();
}

Result<qint64> SessionValidator::warmCache()
{
    if (!m_cache.isEnabled()) {
        return 0;
    }
    auto repo = repository();
    if (!repo) {
        return std::unexpected(repo.error());
    }
    if (auto ok = syncChanges(**repo); !ok) {
        return std::unexpected(ok.error());
    }
    const quint64 generation = m_cache.generation();
    qint64 loaded = 0;
    auto done = (*repo)->loadLive(m_clock.nowMs(), std::max<qint64>(1, m_policy.cacheCapacity / 2),
                                  [&](const SessionKey& key, const SessionCache::Entry& e) {
                                      m_cache.insert(key, e, generation);
                                      ++loaded;
                                  });
    if (!done) {
        return std::unexpected(done.error());
    }
    return loaded;
}

SessionStoreStats SessionValidator::stats() const
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

} // namespace authscope
