#include "core/sessions/SessionListRepository.h"

#include "core/sessions/SessionListRepositorySql.h"
#include "core/storage/SqlColumns.h"
#include "core/storage/SqlError.h"

#include <QSqlQuery>

#include <algorithm>

namespace authscope {

namespace {

using Sql = SessionListRepositorySql::Sql;
using Term = SessionListRepositorySql::Term;
using TermKind = SessionListRepositorySql::TermKind;
using Key = SessionListRepositorySql::Key;

struct Hit
{
    qint64 id = 0;
    QVariantList key;
};

Result<QList<Hit>> runHits(QSqlDatabase& db, const Sql& q, qsizetype keyCount)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (auto ok = execSql(query, q.text, q.binds); !ok) {
        return std::unexpected(ok.error());
    }
    QList<Hit> hits;
    while (query.next()) {
        Hit h;
        h.id = query.value(0).toLongLong();
        for (qsizetype i = 0; i < keyCount; ++i) {
            h.key << query.value(static_cast<int>(i + 1));
        }
        hits << h;
    }
    return hits;
}

Result<qint64> scalar(QSqlDatabase& db, const Sql& q)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (auto ok = execSql(query, q.text, q.binds); !ok) {
        return std::unexpected(ok.error());
    }
    return query.next() ? query.value(0).toLongLong() : 0;
}

} // namespace

// One page of list(): the filter and sort as SQL pieces, the rows found so far, and one function per way of
// finding them.
class SessionListRepository::Planner final
{
public:
    Planner(QSqlDatabase& db, qint64 now, int probeCap, const SessionFilter& filter, const SessionSort& sort, int limit,
            const SessionCursor& cursor, const QList<Term>& terms)
        : m_db(db), m_now(now), m_probeCap(probeCap), m_filter(filter), m_sort(sort), m_limit(limit), m_cursor(cursor),
          m_terms(terms), m_keys(SessionListRepositorySql::sortKeys(sort, now)),
          m_desc(sort.order == Qt::DescendingOrder)
    {}

    [[nodiscard]] const QList<Key>& keys() const { return m_keys; }
    [[nodiscard]] const QList<Hit>& hits() const { return m_hits; }

    // Finds the page; returns how (SessionPage::plan).
    Result<QString> run()
    {
        qint64 driverRows = 0;
        auto driver = pickDriver(driverRows);
        if (!driver) {
            return std::unexpected(driver.error());
        }
        if (*driver != nullptr) {
            return smallSet(**driver, driverRows);
        }
        switch (m_sort.key) {
        case SessionSortKey::Id:
        case SessionSortKey::Created:
        case SessionSortKey::LastSeen:
        case SessionSortKey::Expires:
        case SessionSortKey::Ip:
            return indexWalk();
        case SessionSortKey::State:
        case SessionSortKey::Method:
            return segments();
        case SessionSortKey::User:
        case SessionSortKey::UserAgent:
            return byName();
        case SessionSortKey::Tokens:
            return byTokens();
        }
        return QString();
    }

private:
    Result<qint64> probe(const Sql& condition)
    {
        Sql q(QStringLiteral("SELECT count(*) FROM (SELECT 1 FROM sessions s WHERE "));
        q << condition << QStringLiteral(" LIMIT ");
        q.value(m_probeCap + 1);
        q << QStringLiteral(") AS probe");
        return scalar(m_db, q);
    }

    Result<void> collect(const Sql& q, qsizetype keyCount)
    {
        auto got = runHits(m_db, q, keyCount);
        if (!got) {
            return std::unexpected(got.error());
        }
        m_hits += *got;
        return {};
    }
    Result<void> collect(const Sql& q) { return collect(q, m_keys.size()); }

    [[nodiscard]] int remaining() const { return m_limit - static_cast<int>(m_hits.size()); }

    // The most selective indexed filter, if it leaves a small set.
    Result<const Term*> pickDriver(qint64& driverRows)
    {
        const Term* driver = nullptr;
        for (const Term& t : m_terms) {
            if (!t.probe) {
                continue;
            }
            auto n = probe(t.indexed);
            if (!n) {
                return std::unexpected(n.error());
            }
            if (*n <= m_probeCap && (driver == nullptr || *n < driverRows)) {
                driver = &t;
                driverRows = *n;
            }
        }
        return driver;
    }

    // Small set: the selective filter drives, SQLite sorts what it finds.
    Result<QString> smallSet(const Term& driver, qint64 driverRows)
    {
        Sql q = SessionListRepositorySql::selectKeys(m_keys);
        q << QStringLiteral(" FROM sessions s") << SessionListRepositorySql::joinsFor(m_sort)
          << QStringLiteral(" WHERE ") << driver.indexed;
        SessionListRepositorySql::appendResidual(q, m_terms, &driver);
        if (!m_cursor.isNull()) {
            q << QStringLiteral(" AND ") << SessionListRepositorySql::after(m_keys, m_cursor.key);
        }
        q << SessionListRepositorySql::orderBy(m_keys, true) << QStringLiteral(" LIMIT ");
        q.value(m_limit);
        if (auto ok = collect(q); !ok) {
            return std::unexpected(ok.error());
        }
        return QStringLiteral("filter on %1 (%2 rows), sorted").arg(driver.name).arg(driverRows);
    }

    // Walk the sort column's index; a filter on that same column narrows the walk.
    Result<QString> indexWalk()
    {
        std::optional<TermKind> same;
        if (m_sort.key == SessionSortKey::Created) {
            same = TermKind::Created;
        } else if (m_sort.key == SessionSortKey::LastSeen) {
            same = TermKind::Seen;
        } else if (m_sort.key == SessionSortKey::Ip) {
            same = TermKind::Ip;
        }
        Sql q = SessionListRepositorySql::selectKeys(m_keys);
        q << QStringLiteral(" FROM sessions s WHERE 1");
        for (const Term& t : m_terms) {
            q << QStringLiteral(" AND ") << (same && t.kind == *same ? t.indexed : t.residual);
        }
        if (!m_cursor.isNull()) {
            const QString col = m_keys.constFirst().expr.text;
            if (m_sort.key == SessionSortKey::Id) {
                q << QStringLiteral(" AND s.id ") << (m_desc ? QStringLiteral("< ") : QStringLiteral("> "));
                q.value(m_cursor.key.at(0));
            } else {
                const QString lt = m_desc ? QStringLiteral(" < ") : QStringLiteral(" > ");
                q << QStringLiteral(" AND ") << col << (m_desc ? QStringLiteral(" <= ") : QStringLiteral(" >= "));
                q.value(m_cursor.key.at(0));
                q << QStringLiteral(" AND (") << col << lt;
                q.value(m_cursor.key.at(0));
                q << QStringLiteral(" OR s.id") << lt;
                q.value(m_cursor.key.at(1));
                q << QStringLiteral(")");
            }
        }
        q << SessionListRepositorySql::orderBy(m_keys, false) << QStringLiteral(" LIMIT ");
        q.value(m_limit);
        if (auto ok = collect(q); !ok) {
            return std::unexpected(ok.error());
        }
        return QStringLiteral("index walk on %1").arg(sessionSortKeyName(m_sort.key));
    }

    // One walk of the last-seen index per state (or method), in the order of the sort.
    Result<QString> segments()
    {
        const bool byState = m_sort.key == SessionSortKey::State;
        QList<qint64> values = byState ? QList<qint64>{0, 1, 2} : QList<qint64>{0, 1};
        if (m_desc) {
            std::reverse(values.begin(), values.end());
        }
        const qint64 startAt = m_cursor.isNull() ? values.constFirst() : m_cursor.key.at(0).toLongLong();
        bool started = false;
        QStringList walked;
        for (const qint64 value : std::as_const(values)) {
            if (!started && value != startAt) {
                continue;
            }
            const bool resuming = !started && !m_cursor.isNull();
            started = true;
            if (remaining() <= 0) {
                break;
            }
            if (byState ? !m_filter.states.isEmpty() && !m_filter.states.contains(static_cast<SessionState>(value))
                        : m_filter.method && static_cast<qint64>(*m_filter.method) != value) {
                continue;
            }
            auto small = segment(value, resuming);
            if (!small) {
                return std::unexpected(small.error());
            }
            walked << QString::number(value) + (*small ? QStringLiteral(" (small)") : QString());
        }
        return QStringLiteral("segments %1 by last seen").arg(walked.join(QStringLiteral(", ")));
    }

    // The rows of one state (or method) value; true when a probe found it small enough to sort.
    Result<bool> segment(qint64 value, bool resuming)
    {
        const bool byState = m_sort.key == SessionSortKey::State;
        Sql indexed;
        Sql residual;
        bool small = false;
        if (byState) {
            const auto state = static_cast<SessionState>(value);
            indexed = SessionListRepositorySql::stateCondition(state, m_now, true);
            residual = SessionListRepositorySql::stateCondition(state, m_now, false);
            auto n = probe(indexed);
            if (!n) {
                return std::unexpected(n.error());
            }
            small = *n <= m_probeCap;
        } else {
            residual << QStringLiteral("+s.auth_method = ");
            residual.value(value);
            indexed = residual;
        }
        Sql q(QStringLiteral("SELECT s.id, "));
        q.value(value);
        q << QStringLiteral(", s.last_seen_ms, s.id FROM sessions s WHERE ") << (small ? indexed : residual);
        SessionListRepositorySql::appendResidual(q, m_terms, nullptr, byState ? TermKind::State : TermKind::Method);
        if (resuming) {
            q << QStringLiteral(" AND ")
              << SessionListRepositorySql::afterPair(QStringLiteral("s.last_seen_ms"), m_cursor.key.at(1),
                                                     QStringLiteral("s.id"), m_cursor.key.at(2), true);
        }
        q << (small ? QStringLiteral(" ORDER BY +s.last_seen_ms DESC, s.id DESC")
                    : QStringLiteral(" ORDER BY s.last_seen_ms DESC, s.id DESC"))
          << QStringLiteral(" LIMIT ");
        q.value(remaining());
        if (auto ok = collect(q); !ok) {
            return std::unexpected(ok.error());
        }
        return small;
    }

    // Users (or user agents) in order, each through its own index range.
    Result<QString> byName()
    {
        const bool byUser = m_sort.key == SessionSortKey::User;
        const qsizetype n = m_keys.size();
        if (!m_cursor.isNull()) {
            // The rest of the current user (or user agent), newest first.
            Sql q = SessionListRepositorySql::selectKeys(m_keys);
            q << QStringLiteral(" FROM sessions s") << SessionListRepositorySql::joinsFor(m_sort)
              << QStringLiteral(" WHERE ");
            if (byUser) {
                q << QStringLiteral("s.user_id = (SELECT id FROM users WHERE username = ");
                q.value(m_cursor.key.at(0));
                q << QStringLiteral(")");
            } else {
                q << QStringLiteral("s.ua_id = ");
                q.value(m_cursor.key.at(1));
            }
            q << QStringLiteral(" AND ")
              << SessionListRepositorySql::afterPair(QStringLiteral("s.last_seen_ms"), m_cursor.key.at(n - 2),
                                                     QStringLiteral("s.id"), m_cursor.key.at(n - 1), true);
            SessionListRepositorySql::appendResidual(q, m_terms);
            q << QStringLiteral(" ORDER BY s.last_seen_ms DESC, s.id DESC LIMIT ");
            q.value(m_limit);
            if (auto ok = collect(q); !ok) {
                return std::unexpected(ok.error());
            }
        }
        if (remaining() > 0) {
            Sql q = SessionListRepositorySql::selectKeys(m_keys);
            q << (byUser ? followingUsers() : followingAgents());
            SessionListRepositorySql::appendResidual(q, m_terms, nullptr, byUser ? TermKind::User : TermKind::Agent);
            q << SessionListRepositorySql::orderBy(m_keys, false) << QStringLiteral(" LIMIT ");
            q.value(remaining());
            if (auto ok = collect(q); !ok) {
                return std::unexpected(ok.error());
            }
        }
        return byUser ? QStringLiteral("users in order, each by its sessions index")
                      : QStringLiteral("user agents in order, each by its sessions index");
    }

    // FROM ... WHERE of the users after the cursor's, matching the user filter.
    [[nodiscard]] Sql followingUsers() const
    {
        Sql q(QStringLiteral(" FROM users u CROSS JOIN sessions s ON s.user_id = u.id WHERE 1"));
        if (!m_cursor.isNull()) {
            q << QStringLiteral(" AND u.username COLLATE NOCASE ")
              << (m_desc ? QStringLiteral("< ") : QStringLiteral("> "));
            q.value(m_cursor.key.at(0));
        }
        if (!m_filter.user.isEmpty()) {
            if (m_filter.userPrefix) {
                q << QStringLiteral(" AND u.username LIKE ");
                q.value(SessionListRepositorySql::likePrefix(m_filter.user));
                q << QStringLiteral(" ESCAPE '\\'");
            } else {
                q << QStringLiteral(" AND u.username = ");
                q.value(m_filter.user);
            }
        }
        return q;
    }

    // FROM ... WHERE of the user agents after the cursor's, matching the user agent filter.
    [[nodiscard]] Sql followingAgents() const
    {
        Sql q(QStringLiteral(" FROM user_agents ua CROSS JOIN sessions s ON s.ua_id = ua.id WHERE 1"));
        if (!m_cursor.isNull()) {
            q << QStringLiteral(" AND ")
              << SessionListRepositorySql::afterPair(QStringLiteral("ua.label"), m_cursor.key.at(0),
                                                     QStringLiteral("ua.id"), m_cursor.key.at(1), m_desc);
        }
        if (!m_filter.userAgent.isEmpty()) {
            const QString needle = m_filter.userAgent.toLower();
            q << QStringLiteral(" AND (instr(lower(ua.text), ");
            q.value(needle);
            q << QStringLiteral(") > 0 OR instr(lower(ua.label), ");
            q.value(needle);
            q << QStringLiteral(") > 0)");
        }
        return q;
    }

    // Sessions holding live JWTs (few: computed from the token table) and the rest (an index walk).
    Result<QString> byTokens()
    {
        const bool cursorHasTokens = !m_cursor.isNull() && m_cursor.key.at(0).toLongLong() > 0;
        Result<void> ok;
        if (m_desc) {
            if (m_cursor.isNull() || cursorHasTokens) {
                ok = withTokens(cursorHasTokens);
            }
            if (ok && remaining() > 0) {
                ok = withoutTokens(!m_cursor.isNull() && !cursorHasTokens);
            }
        } else {
            if (m_cursor.isNull() || !cursorHasTokens) {
                ok = withoutTokens(!m_cursor.isNull());
            }
            if (ok && remaining() > 0) {
                ok = withTokens(cursorHasTokens);
            }
        }
        if (!ok) {
            return std::unexpected(ok.error());
        }
        return QStringLiteral("sessions with live JWTs, then the rest by last seen");
    }

    Result<void> withTokens(bool resuming)
    {
        const QList<Key> k{{SessionListRepositorySql::sql(QStringLiteral("c.n")), m_desc, false},
                           {SessionListRepositorySql::sql(QStringLiteral("s.last_seen_ms")), true, true},
                           {SessionListRepositorySql::sql(QStringLiteral("s.id")), true, true}};
        Sql q(QStringLiteral("SELECT s.id, c.n, s.last_seen_ms, s.id FROM (SELECT session_id AS sid, "
                             "count(*) AS n FROM issued_tokens WHERE session_id IS NOT NULL AND revoked_ms "
                             "IS NULL AND expires_ms > "));
        q.value(m_now);
        q << QStringLiteral(" GROUP BY session_id) c CROSS JOIN sessions s ON s.id = c.sid WHERE 1");
        SessionListRepositorySql::appendResidual(q, m_terms);
        if (resuming) {
            q << QStringLiteral(" AND ") << SessionListRepositorySql::after(k, m_cursor.key);
        }
        q << SessionListRepositorySql::orderBy(k, false) << QStringLiteral(" LIMIT ");
        q.value(remaining());
        return collect(q);
    }

    Result<void> withoutTokens(bool resuming)
    {
        Sql q(QStringLiteral("SELECT s.id, 0, s.last_seen_ms, s.id FROM sessions s WHERE NOT EXISTS (SELECT "
                             "1 FROM issued_tokens t WHERE t.session_id = s.id AND t.revoked_ms IS NULL AND "
                             "t.expires_ms > "));
        q.value(m_now);
        q << QStringLiteral(")");
        SessionListRepositorySql::appendResidual(q, m_terms);
        if (resuming) {
            q << QStringLiteral(" AND ")
              << SessionListRepositorySql::afterPair(QStringLiteral("s.last_seen_ms"), m_cursor.key.at(1),
                                                     QStringLiteral("s.id"), m_cursor.key.at(2), true);
        }
        q << QStringLiteral(" ORDER BY s.last_seen_ms DESC, s.id DESC LIMIT ");
        q.value(remaining());
        return collect(q);
    }

    QSqlDatabase& m_db;
    qint64 m_now;
    int m_probeCap;
    const SessionFilter& m_filter;
    const SessionSort& m_sort;
    int m_limit;
    const SessionCursor& m_cursor;
    const QList<Term>& m_terms;
    QList<Key> m_keys;
    bool m_desc;
    QList<Hit> m_hits;
};

SessionListRepository::SessionListRepository(QSqlDatabase db, qint64 nowMs, int probeCap)
    : m_db(std::move(db)), m_now(nowMs), m_probeCap(probeCap)
{}

Result<SessionPage> SessionListRepository::list(const SessionFilter& filter, const SessionSort& sort, int limit,
                                                const SessionCursor& cursor)
{
    limit = std::clamp(limit, 1, 10000);
    auto terms = SessionListRepositorySql::buildTerms(filter, m_now);
    if (!terms) {
        return std::unexpected(terms.error());
    }
    Planner planner(m_db, m_now, m_probeCap, filter, sort, limit, cursor, *terms);
    if (!cursor.isNull() && cursor.key.size() != planner.keys().size()) {
        return fail(QStringLiteral("sessions.bad-cursor"),
                    QStringLiteral("The cursor belongs to another sort order; start again from the first page."));
    }
    auto plan = planner.run();
    if (!plan) {
        return std::unexpected(plan.error());
    }
    const QList<Hit>& hits = planner.hits();
    QList<qint64> ids;
    ids.reserve(hits.size());
    for (const Hit& h : hits) {
        ids << h.id;
    }
    auto rows = fetch(ids);
    if (!rows) {
        return std::unexpected(rows.error());
    }
    SessionPage page;
    page.sessions = std::move(*rows);
    page.plan = *plan;
    if (hits.size() >= limit) {
        page.next.key = hits.constLast().key;
    }
    return page;
}

Result<qint64> SessionListRepository::count(const SessionFilter& filter, qint64 cap)
{
    auto terms = SessionListRepositorySql::buildTerms(filter, m_now);
    if (!terms) {
        return std::unexpected(terms.error());
    }
    Sql where(QStringLiteral(" WHERE 1"));
    for (const Term& t : std::as_const(*terms)) {
        where << QStringLiteral(" AND ") << t.indexed;
    }
    Sql q;
    if (cap < 0) {
        q << QStringLiteral("SELECT count(*) FROM sessions s") << where;
    } else {
        q << QStringLiteral("SELECT count(*) FROM (SELECT 1 FROM sessions s") << where << QStringLiteral(" LIMIT ");
        q.value(cap);
        q << QStringLiteral(") AS capped");
    }
    return scalar(m_db, q);
}

Result<QList<Session>> SessionListRepository::fetch(const QList<qint64>& ids)
{
    QList<Session> result;
    if (ids.isEmpty()) {
        return result;
    }
    // The ids are integers from our own queries or parsed numbers, so they are written into the statement: one
    // IN list instead of hundreds of bound parameters.
    QStringList idText;
    idText.reserve(ids.size());
    for (const qint64 id : ids) {
        idText << QString::number(id);
    }
    Sql q(QStringLiteral(
        "SELECT s.id, s.user_id, u.username, s.created_ms, s.last_seen_ms, s.idle_timeout_s, s.idle_expires_ms, "
        "s.absolute_expires_ms, s.ip, ua.text, ua.label, s.auth_method, s.revoked_ms, s.revoked_by, "
        "s.revoke_reason, "));
    q << SessionListRepositorySql::liveTokensExpr(m_now)
      << QStringLiteral(" FROM sessions s CROSS JOIN users u ON u.id = s.user_id CROSS JOIN user_agents ua ON ua.id = "
                        "s.ua_id WHERE s.id IN (")
      << idText.join(u',') << QStringLiteral(")");
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (auto ok = execSql(query, q.text, q.binds); !ok) {
        return std::unexpected(ok.error());
    }
    QHash<qint64, Session> byId;
    byId.reserve(ids.size());
    while (query.next()) {
        Session s;
        SqlColumns c(query);
        c >> s.id >> s.userId >> s.userName >> s.createdMs >> s.lastSeenMs >> s.idleTimeoutSecs >> s.idleExpiresMs >>
            s.absoluteExpiresMs >> s.ip >> s.userAgent >> s.userAgentLabel;
        s.method = c.next().toInt() == 1 ? AuthMethod::Jwt : AuthMethod::Cookie;
        c >> s.revokedMs >> s.revokedBy >> s.revokeReason >> s.liveTokens;
        byId.insert(s.id, s);
    }
    result.reserve(ids.size());
    for (const qint64 id : ids) {
        const auto it = byId.constFind(id);
        if (it != byId.constEnd()) {
            result << it.value();
        }
    }
    return result;
}

Result<SessionCounters> SessionListRepository::counters(qint64 revokedSinceMs, qint64 expiringWindowMs)
{
    Sql q(QStringLiteral("SELECT (SELECT count(*) FROM sessions WHERE expires_ms > "));
    q.value(m_now);
    q << QStringLiteral(" AND revoked_ms IS NULL), (SELECT count(*) FROM sessions WHERE revoked_ms >= ");
    q.value(revokedSinceMs);
    q << QStringLiteral("), (SELECT count(*) FROM sessions WHERE expires_ms > ");
    q.value(m_now);
    q << QStringLiteral(" AND expires_ms <= ");
    q.value(m_now + expiringWindowMs);
    q << QStringLiteral(" AND revoked_ms IS NULL), (SELECT count(*) FROM sessions)");
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (auto ok = execSql(query, q.text, q.binds); !ok) {
        return std::unexpected(ok.error());
    }
    SessionCounters c;
    if (query.next()) {
        SqlColumns(query) >> c.active >> c.revokedSince >> c.expiringSoon >> c.total;
    }
    return c;
}

} // namespace authscope
