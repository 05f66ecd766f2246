#include "core/sessions/SessionLister.h"

#include "core/sessions/IpRange.h"
#include "core/storage/SqlError.h"

#include <QSqlQuery>

#include <algorithm>

namespace authscope {

namespace {

// A piece of SQL with its positional bindings, kept together so that pieces can be combined in any order.
struct Sql
{
    QString text;
    QVariantList binds;

    Sql() = default;
    explicit Sql(const QString& t) : text(t) {}
    Sql& operator<<(const QString& t)
    {
        text += t;
        return *this;
    }
    Sql& operator<<(const Sql& other)
    {
        text += other.text;
        binds += other.binds;
        return *this;
    }
    Sql& value(const QVariant& v)
    {
        text += u'?';
        binds << v;
        return *this;
    }
};

Sql sql(const QString& text)
{
    return Sql(text);
}

enum class TermKind
{
    User,
    Ip,
    Agent,
    State,
    Method,
    Created,
    Seen
};

// One filter condition in two spellings: `indexed` lets SQLite use an index for it, `residual` (columns behind
// a unary +) forbids that, so the query walks the index we chose and merely checks this condition.
struct Term
{
    TermKind kind;
    QString name;
    Sql indexed;
    Sql residual;
    bool probe = false; // indexed spelling narrows the table cheaply enough to count
};

struct Key
{
    Sql expr;
    bool descending = true;
    bool onSessions = true; // a column of the sessions table (kept out of index use in the small-set plan)
};

struct Hit
{
    qint64 id = 0;
    QVariantList key;
};

QString likePrefix(const QString& text)
{
    QString escaped = text;
    escaped.replace(u'\\', QStringLiteral("\\\\"));
    escaped.replace(u'%', QStringLiteral("\\%"));
    escaped.replace(u'_', QStringLiteral("\\_"));
    return escaped + u'%';
}

Sql stateCondition(SessionState state, qint64 now, bool indexed)
{
    const QString p = indexed ? QString() : QStringLiteral("+");
    Sql s;
    switch (state) {
    case SessionState::Active:
        s << p << QStringLiteral("s.expires_ms > ");
        s.value(now);
        s << QStringLiteral(" AND ") << p << QStringLiteral("s.revoked_ms IS NULL");
        break;
    case SessionState::Expired:
        s << p << QStringLiteral("s.expires_ms <= ");
        s.value(now);
        s << QStringLiteral(" AND ") << p << QStringLiteral("s.revoked_ms IS NULL");
        break;
    case SessionState::Revoked:
        // ">= 0" rather than "IS NOT NULL": a range the partial index sessions_revoked is sure to serve.
        s << p << QStringLiteral("s.revoked_ms >= 0");
        break;
    }
    return s;
}

Sql rangeCondition(const QString& column, const std::optional<qint64>& from, const std::optional<qint64>& to,
                   bool indexed)
{
    const QString c = (indexed ? QString() : QStringLiteral("+")) + column;
    Sql s;
    if (from) {
        s << c << QStringLiteral(" >= ");
        s.value(*from);
    }
    if (to) {
        if (from) {
            s << QStringLiteral(" AND ");
        }
        s << c << QStringLiteral(" < ");
        s.value(*to);
    }
    return s;
}

Result<QList<Term>> buildTerms(const SessionFilter& f, qint64 now)
{
    QList<Term> terms;
    if (!f.user.isEmpty()) {
        Term t{TermKind::User, QStringLiteral("user"), {}, {}, true};
        for (const bool indexed : {true, false}) {
            Sql s;
            s << (indexed ? QStringLiteral("s.user_id") : QStringLiteral("+s.user_id"));
            if (f.userPrefix) {
                s << QStringLiteral(" IN (SELECT id FROM users WHERE username LIKE ");
                s.value(likePrefix(f.user));
                s << QStringLiteral(" ESCAPE '\\')");
            } else {
                s << QStringLiteral(" = (SELECT id FROM users WHERE username = ");
                s.value(f.user);
                s << QStringLiteral(")");
            }
            (indexed ? t.indexed : t.residual) = s;
        }
        terms << t;
    }
    if (!f.ip.isEmpty()) {
        const auto range = IpRange::parse(f.ip);
        if (!range) {
            return fail(QStringLiteral("sessions.bad-filter"),
                        QStringLiteral("'%1' is not an IP address, CIDR block or prefix such as 10.2.").arg(f.ip));
        }
        Term t{TermKind::Ip, QStringLiteral("ip"), {}, {}, true};
        t.indexed << QStringLiteral("s.ip_key BETWEEN ");
        t.indexed.value(range->low());
        t.indexed << QStringLiteral(" AND ");
        t.indexed.value(range->high());
        t.residual << QStringLiteral("+s.ip_key BETWEEN ");
        t.residual.value(range->low());
        t.residual << QStringLiteral(" AND ");
        t.residual.value(range->high());
        terms << t;
    }
    if (!f.userAgent.isEmpty()) {
        Term t{TermKind::Agent, QStringLiteral("user agent"), {}, {}, true};
        const QString needle = f.userAgent.toLower();
        for (const bool indexed : {true, false}) {
            Sql s;
            s << (indexed ? QStringLiteral("s.ua_id") : QStringLiteral("+s.ua_id"))
              << QStringLiteral(" IN (SELECT id FROM user_agents WHERE instr(lower(text), ");
            s.value(needle);
            s << QStringLiteral(") > 0 OR instr(lower(label), ");
            s.value(needle);
            s << QStringLiteral(") > 0)");
            (indexed ? t.indexed : t.residual) = s;
        }
        terms << t;
    }
    if (!f.states.isEmpty() && f.states.size() < 3) {
        Term t{TermKind::State, QStringLiteral("state"), {}, {}, f.states.size() == 1};
        for (const bool indexed : {true, false}) {
            Sql s(QStringLiteral("("));
            for (qsizetype i = 0; i < f.states.size(); ++i) {
                if (i > 0) {
                    s << QStringLiteral(" OR ");
                }
                s << QStringLiteral("(") << stateCondition(f.states.at(i), now, indexed && f.states.size() == 1)
                  << QStringLiteral(")");
            }
            s << QStringLiteral(")");
            (indexed ? t.indexed : t.residual) = s;
        }
        terms << t;
    }
    if (f.method) {
        Term t{TermKind::Method, QStringLiteral("method"), {}, {}, false};
        t.indexed << QStringLiteral("+s.auth_method = ");
        t.indexed.value(static_cast<int>(*f.method));
        t.residual = t.indexed;
        terms << t;
    }
    if (f.createdFromMs || f.createdToMs) {
        terms << Term{TermKind::Created, QStringLiteral("created"),
                      rangeCondition(QStringLiteral("s.created_ms"), f.createdFromMs, f.createdToMs, true),
                      rangeCondition(QStringLiteral("s.created_ms"), f.createdFromMs, f.createdToMs, false), true};
    }
    if (f.seenFromMs || f.seenToMs) {
        terms << Term{TermKind::Seen, QStringLiteral("last seen"),
                      rangeCondition(QStringLiteral("s.last_seen_ms"), f.seenFromMs, f.seenToMs, true),
                      rangeCondition(QStringLiteral("s.last_seen_ms"), f.seenFromMs, f.seenToMs, false), true};
    }
    return terms;
}

Sql rankExpr(qint64 now)
{
    Sql s(QStringLiteral("(CASE WHEN s.revoked_ms IS NOT NULL THEN 2 WHEN s.expires_ms <= "));
    s.value(now);
    s << QStringLiteral(" THEN 1 ELSE 0 END)");
    return s;
}

Sql liveTokensExpr(qint64 now)
{
    Sql s(QStringLiteral("(SELECT count(*) FROM issued_tokens t WHERE t.session_id = s.id AND t.revoked_ms IS NULL "
                         "AND t.expires_ms > "));
    s.value(now);
    s << QStringLiteral(")");
    return s;
}

// The full sort key of each sort: the sort column first, then tie-breakers down to the unique row id.
QList<Key> sortKeys(const SessionSort& sort, qint64 now)
{
    const bool d = sort.order == Qt::DescendingOrder;
    const Key lastSeen{sql(QStringLiteral("s.last_seen_ms")), true, true};
    const Key idDesc{sql(QStringLiteral("s.id")), true, true};
    switch (sort.key) {
    case SessionSortKey::Id:
        return {{sql(QStringLiteral("s.id")), d, true}};
    case SessionSortKey::Created:
        return {{sql(QStringLiteral("s.created_ms")), d, true}, {sql(QStringLiteral("s.id")), d, true}};
    case SessionSortKey::LastSeen:
        return {{sql(QStringLiteral("s.last_seen_ms")), d, true}, {sql(QStringLiteral("s.id")), d, true}};
    case SessionSortKey::Expires:
        return {{sql(QStringLiteral("s.expires_ms")), d, true}, {sql(QStringLiteral("s.id")), d, true}};
    case SessionSortKey::Ip:
        return {{sql(QStringLiteral("s.ip_key")), d, true}, {sql(QStringLiteral("s.id")), d, true}};
    case SessionSortKey::User:
        return {{sql(QStringLiteral("u.username COLLATE NOCASE")), d, false}, lastSeen, idDesc};
    case SessionSortKey::UserAgent:
        return {
            {sql(QStringLiteral("ua.label")), d, false}, {sql(QStringLiteral("ua.id")), d, false}, lastSeen, idDesc};
    case SessionSortKey::State:
        return {{rankExpr(now), d, true}, lastSeen, idDesc};
    case SessionSortKey::Method:
        return {{sql(QStringLiteral("s.auth_method")), d, true}, lastSeen, idDesc};
    case SessionSortKey::Tokens:
        return {{liveTokensExpr(now), d, true}, lastSeen, idDesc};
    }
    return {};
}

QString joinsFor(const SessionSort& sort)
{
    if (sort.key == SessionSortKey::User) {
        return QStringLiteral(" CROSS JOIN users u ON u.id = s.user_id");
    }
    if (sort.key == SessionSortKey::UserAgent) {
        return QStringLiteral(" CROSS JOIN user_agents ua ON ua.id = s.ua_id");
    }
    return {};
}

// (k0 after v0) OR (k0 = v0 AND k1 after v1) OR ...: the rows strictly after a key, in the key's order.
Sql after(const QList<Key>& keys, const QVariantList& values)
{
    Sql s(QStringLiteral("("));
    for (qsizetype i = 0; i < keys.size(); ++i) {
        if (i > 0) {
            s << QStringLiteral(" OR ");
        }
        s << QStringLiteral("(");
        for (qsizetype j = 0; j < i; ++j) {
            s << keys.at(j).expr << QStringLiteral(" = ");
            s.value(values.at(j));
            s << QStringLiteral(" AND ");
        }
        s << keys.at(i).expr << (keys.at(i).descending ? QStringLiteral(" < ") : QStringLiteral(" > "));
        s.value(values.at(i));
        s << QStringLiteral(")");
    }
    s << QStringLiteral(")");
    return s;
}

// Rows after (lastSeen, id) in "last seen, newest first" order, as a range the index can seek to.
Sql afterLastSeen(const QVariant& lastSeen, const QVariant& id)
{
    Sql s(QStringLiteral("s.last_seen_ms <= "));
    s.value(lastSeen);
    s << QStringLiteral(" AND (s.last_seen_ms < ");
    s.value(lastSeen);
    s << QStringLiteral(" OR s.id < ");
    s.value(id);
    s << QStringLiteral(")");
    return s;
}

Sql orderBy(const QList<Key>& keys, bool keepIndexesOut)
{
    Sql s(QStringLiteral(" ORDER BY "));
    for (qsizetype i = 0; i < keys.size(); ++i) {
        if (i > 0) {
            s << QStringLiteral(", ");
        }
        if (keepIndexesOut && keys.at(i).onSessions) {
            s << QStringLiteral("+");
        }
        s << keys.at(i).expr << (keys.at(i).descending ? QStringLiteral(" DESC") : QStringLiteral(" ASC"));
    }
    return s;
}

Sql selectKeys(const QList<Key>& keys)
{
    Sql s(QStringLiteral("SELECT s.id"));
    for (const Key& k : keys) {
        s << QStringLiteral(", ") << k.expr;
    }
    return s;
}

void appendResidual(Sql& where, const QList<Term>& terms, const Term* except = nullptr,
                    std::optional<TermKind> skipKind = std::nullopt)
{
    for (const Term& t : terms) {
        if (&t == except || (skipKind && t.kind == *skipKind)) {
            continue;
        }
        where << QStringLiteral(" AND ") << t.residual;
    }
}

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

SessionLister::SessionLister(QSqlDatabase db, qint64 nowMs, int probeCap)
    : m_db(std::move(db)), m_now(nowMs), m_probeCap(probeCap)
{}

Result<SessionPage> SessionLister::list(const SessionFilter& filter, const SessionSort& sort, int limit,
                                        const SessionCursor& cursor)
{
    limit = std::clamp(limit, 1, 10000);
    auto builtTerms = buildTerms(filter, m_now);
    if (!builtTerms) {
        return std::unexpected(builtTerms.error());
    }
    const QList<Term>& terms = *builtTerms;
    const QList<Key> keys = sortKeys(sort, m_now);
    const bool desc = sort.order == Qt::DescendingOrder;
    if (!cursor.isNull() && cursor.key.size() != keys.size()) {
        return fail(QStringLiteral("sessions.bad-cursor"),
                    QStringLiteral("The cursor belongs to another sort order; start again from the first page."));
    }

    auto probe = [this](const Sql& condition) -> Result<qint64> {
        Sql q(QStringLiteral("SELECT count(*) FROM (SELECT 1 FROM sessions s WHERE "));
        q << condition << QStringLiteral(" LIMIT ");
        q.value(m_probeCap + 1);
        q << QStringLiteral(")");
        return scalar(m_db, q);
    };

    // The most selective indexed filter, if it leaves a small set.
    const Term* driver = nullptr;
    qint64 driverRows = 0;
    for (const Term& t : terms) {
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

    QList<Hit> hits;
    QString plan;
    auto collect = [&](const Sql& q) -> Result<void> {
        auto got = runHits(m_db, q, keys.size());
        if (!got) {
            return std::unexpected(got.error());
        }
        hits += *got;
        return {};
    };
    auto remaining = [&]() -> int { return limit - static_cast<int>(hits.size()); };

    if (driver != nullptr) {
        // Small set: the selective filter drives, SQLite sorts what it finds.
        Sql q = selectKeys(keys);
        q << QStringLiteral(" FROM sessions s") << joinsFor(sort) << QStringLiteral(" WHERE ") << driver->indexed;
        appendResidual(q, terms, driver);
        if (!cursor.isNull()) {
            q << QStringLiteral(" AND ") << after(keys, cursor.key);
        }
        q << orderBy(keys, true) << QStringLiteral(" LIMIT ");
        q.value(limit);
        if (auto ok = collect(q); !ok) {
            return std::unexpected(ok.error());
        }
        plan = QStringLiteral("filter on %1 (%2 rows), sorted").arg(driver->name).arg(driverRows);
    } else {
        switch (sort.key) {
        case SessionSortKey::Id:
        case SessionSortKey::Created:
        case SessionSortKey::LastSeen:
        case SessionSortKey::Expires:
        case SessionSortKey::Ip: {
            // Walk the sort column's index; a filter on that same column narrows the walk.
            std::optional<TermKind> same;
            if (sort.key == SessionSortKey::Created) {
                same = TermKind::Created;
            } else if (sort.key == SessionSortKey::LastSeen) {
                same = TermKind::Seen;
            } else if (sort.key == SessionSortKey::Ip) {
                same = TermKind::Ip;
            }
            Sql q = selectKeys(keys);
            q << QStringLiteral(" FROM sessions s WHERE 1");
            for (const Term& t : terms) {
                q << QStringLiteral(" AND ") << (same && t.kind == *same ? t.indexed : t.residual);
            }
            if (!cursor.isNull()) {
                const QString col = keys.constFirst().expr.text;
                if (sort.key == SessionSortKey::Id) {
                    q << QStringLiteral(" AND s.id ") << (desc ? QStringLiteral("< ") : QStringLiteral("> "));
                    q.value(cursor.key.at(0));
                } else {
                    const QString lt = desc ? QStringLiteral(" < ") : QStringLiteral(" > ");
                    q << QStringLiteral(" AND ") << col << (desc ? QStringLiteral(" <= ") : QStringLiteral(" >= "));
                    q.value(cursor.key.at(0));
                    q << QStringLiteral(" AND (") << col << lt;
                    q.value(cursor.key.at(0));
                    q << QStringLiteral(" OR s.id") << lt;
                    q.value(cursor.key.at(1));
                    q << QStringLiteral(")");
                }
            }
            q << orderBy(keys, false) << QStringLiteral(" LIMIT ");
            q.value(limit);
            if (auto ok = collect(q); !ok) {
                return std::unexpected(ok.error());
            }
            plan = QStringLiteral("index walk on %1").arg(sessionSortKeyName(sort.key));
            break;
        }
        case SessionSortKey::State:
        case SessionSortKey::Method: {
            // One walk of the last-seen index per state (or method), in the order of the sort.
            QList<qint64> values = sort.key == SessionSortKey::State ? QList<qint64>{0, 1, 2} : QList<qint64>{0, 1};
            if (desc) {
                std::reverse(values.begin(), values.end());
            }
            const qint64 startAt = cursor.isNull() ? values.constFirst() : cursor.key.at(0).toLongLong();
            bool started = false;
            QStringList walked;
            for (const qint64 value : std::as_const(values)) {
                if (!started && value != startAt) {
                    continue;
                }
                const bool resuming = !started && !cursor.isNull();
                started = true;
                if (remaining() <= 0) {
                    break;
                }
                Sql indexed;
                Sql residual;
                bool probeable = false;
                if (sort.key == SessionSortKey::State) {
                    const auto state = static_cast<SessionState>(value);
                    if (!filter.states.isEmpty() && !filter.states.contains(state)) {
                        continue;
                    }
                    indexed = stateCondition(state, m_now, true);
                    residual = stateCondition(state, m_now, false);
                    probeable = true;
                } else {
                    if (filter.method && static_cast<qint64>(*filter.method) != value) {
                        continue;
                    }
                    residual << QStringLiteral("+s.auth_method = ");
                    residual.value(value);
                    indexed = residual;
                }
                bool small = false;
                if (probeable) {
                    auto n = probe(indexed);
                    if (!n) {
                        return std::unexpected(n.error());
                    }
                    small = *n <= m_probeCap;
                }
                Sql q(QStringLiteral("SELECT s.id, "));
                q.value(value);
                q << QStringLiteral(", s.last_seen_ms, s.id FROM sessions s WHERE ") << (small ? indexed : residual);
                appendResidual(q, terms, nullptr,
                               sort.key == SessionSortKey::State ? std::optional<TermKind>(TermKind::State)
                                                                 : std::optional<TermKind>(TermKind::Method));
                if (resuming) {
                    q << QStringLiteral(" AND ") << afterLastSeen(cursor.key.at(1), cursor.key.at(2));
                }
                q << (small ? QStringLiteral(" ORDER BY +s.last_seen_ms DESC, s.id DESC")
                            : QStringLiteral(" ORDER BY s.last_seen_ms DESC, s.id DESC"))
                  << QStringLiteral(" LIMIT ");
                q.value(remaining());
                if (auto ok = collect(q); !ok) {
                    return std::unexpected(ok.error());
                }
                walked << QString::number(value) + (small ? QStringLiteral(" (small)") : QString());
            }
            plan = QStringLiteral("segments %1 by last seen").arg(walked.join(QStringLiteral(", ")));
            break;
        }
        case SessionSortKey::User:
        case SessionSortKey::UserAgent: {
            const bool byUser = sort.key == SessionSortKey::User;
            const TermKind own = byUser ? TermKind::User : TermKind::Agent;
            const qsizetype n = keys.size();
            if (!cursor.isNull()) {
                // The rest of the current user (or user agent), newest first.
                Sql q = selectKeys(keys);
                q << QStringLiteral(" FROM sessions s") << joinsFor(sort) << QStringLiteral(" WHERE ");
                if (byUser) {
                    q << QStringLiteral("s.user_id = (SELECT id FROM users WHERE username = ");
                    q.value(cursor.key.at(0));
                    q << QStringLiteral(")");
                } else {
                    q << QStringLiteral("s.ua_id = ");
                    q.value(cursor.key.at(1));
                }
                q << QStringLiteral(" AND ") << afterLastSeen(cursor.key.at(n - 2), cursor.key.at(n - 1));
                appendResidual(q, terms);
                q << QStringLiteral(" ORDER BY s.last_seen_ms DESC, s.id DESC LIMIT ");
                q.value(limit);
                if (auto ok = collect(q); !ok) {
                    return std::unexpected(ok.error());
                }
            }
            if (remaining() > 0) {
                // The following users (agents) in order, each through its own index range.
                Sql q = selectKeys(keys);
                if (byUser) {
                    q << QStringLiteral(" FROM users u CROSS JOIN sessions s ON s.user_id = u.id WHERE 1");
                    if (!cursor.isNull()) {
                        q << QStringLiteral(" AND u.username COLLATE NOCASE ")
                          << (desc ? QStringLiteral("< ") : QStringLiteral("> "));
                        q.value(cursor.key.at(0));
                    }
                    if (!filter.user.isEmpty()) {
                        if (filter.userPrefix) {
                            q << QStringLiteral(" AND u.username LIKE ");
                            q.value(likePrefix(filter.user));
                            q << QStringLiteral(" ESCAPE '\\'");
                        } else {
                            q << QStringLiteral(" AND u.username = ");
                            q.value(filter.user);
                        }
                    }
                } else {
                    q << QStringLiteral(" FROM user_agents ua CROSS JOIN sessions s ON s.ua_id = ua.id WHERE 1");
                    if (!cursor.isNull()) {
                        const QString op = desc ? QStringLiteral(" < ") : QStringLiteral(" > ");
                        q << QStringLiteral(" AND ua.label")
                          << (desc ? QStringLiteral(" <= ") : QStringLiteral(" >= "));
                        q.value(cursor.key.at(0));
                        q << QStringLiteral(" AND (ua.label") << op;
                        q.value(cursor.key.at(0));
                        q << QStringLiteral(" OR ua.id") << op;
                        q.value(cursor.key.at(1));
                        q << QStringLiteral(")");
                    }
                    if (!filter.userAgent.isEmpty()) {
                        const QString needle = filter.userAgent.toLower();
                        q << QStringLiteral(" AND (instr(lower(ua.text), ");
                        q.value(needle);
                        q << QStringLiteral(") > 0 OR instr(lower(ua.label), ");
                        q.value(needle);
                        q << QStringLiteral(") > 0)");
                    }
                }
                appendResidual(q, terms, nullptr, own);
                q << orderBy(keys, false) << QStringLiteral(" LIMIT ");
                q.value(remaining());
                if (auto ok = collect(q); !ok) {
                    return std::unexpected(ok.error());
                }
            }
            plan = byUser ? QStringLiteral("users in order, each by its sessions index")
                          : QStringLiteral("user agents in order, each by its sessions index");
            break;
        }
        case SessionSortKey::Tokens: {
            // Sessions holding live JWTs (few: computed from the token table) and the rest (an index walk).
            auto withTokens = [&](bool resuming) -> Result<void> {
                const QList<Key> k{{sql(QStringLiteral("c.n")), desc, false},
                                   {sql(QStringLiteral("s.last_seen_ms")), true, true},
                                   {sql(QStringLiteral("s.id")), true, true}};
                Sql q(QStringLiteral("SELECT s.id, c.n, s.last_seen_ms, s.id FROM (SELECT session_id AS sid, "
                                     "count(*) AS n FROM issued_tokens WHERE session_id IS NOT NULL AND revoked_ms "
                                     "IS NULL AND expires_ms > "));
                q.value(m_now);
                q << QStringLiteral(" GROUP BY session_id) c CROSS JOIN sessions s ON s.id = c.sid WHERE 1");
                appendResidual(q, terms);
                if (resuming) {
                    q << QStringLiteral(" AND ") << after(k, cursor.key);
                }
                q << orderBy(k, false) << QStringLiteral(" LIMIT ");
                q.value(remaining());
                return collect(q);
            };
            auto withoutTokens = [&](bool resuming) -> Result<void> {
                Sql q(QStringLiteral("SELECT s.id, 0, s.last_seen_ms, s.id FROM sessions s WHERE NOT EXISTS (SELECT "
                                     "1 FROM issued_tokens t WHERE t.session_id = s.id AND t.revoked_ms IS NULL AND "
                                     "t.expires_ms > "));
                q.value(m_now);
                q << QStringLiteral(")");
                appendResidual(q, terms);
                if (resuming) {
                    q << QStringLiteral(" AND ") << afterLastSeen(cursor.key.at(1), cursor.key.at(2));
                }
                q << QStringLiteral(" ORDER BY s.last_seen_ms DESC, s.id DESC LIMIT ");
                q.value(remaining());
                return collect(q);
            };
            const bool cursorHasTokens = !cursor.isNull() && cursor.key.at(0).toLongLong() > 0;
            Result<void> ok;
            if (desc) {
                if (cursor.isNull() || cursorHasTokens) {
                    ok = withTokens(cursorHasTokens);
                }
                if (ok && remaining() > 0) {
                    ok = withoutTokens(!cursor.isNull() && !cursorHasTokens);
                }
            } else {
                if (cursor.isNull() || !cursorHasTokens) {
                    ok = withoutTokens(!cursor.isNull());
                }
                if (ok && remaining() > 0) {
                    ok = withTokens(cursorHasTokens);
                }
            }
            if (!ok) {
                return std::unexpected(ok.error());
            }
            plan = QStringLiteral("sessions with live JWTs, then the rest by last seen");
            break;
        }
        }
    }

    QList<qint64> ids;
    ids.reserve(hits.size());
    for (const Hit& h : std::as_const(hits)) {
        ids << h.id;
    }
    auto rows = fetch(ids);
    if (!rows) {
        return std::unexpected(rows.error());
    }
    SessionPage page;
    page.sessions = std::move(*rows);
    page.plan = plan;
    if (hits.size() >= limit) {
        page.next.key = hits.constLast().key;
    }
    return page;
}

Result<qint64> SessionLister::count(const SessionFilter& filter, qint64 cap)
{
    auto terms = buildTerms(filter, m_now);
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
        q << QStringLiteral(")");
    }
    return scalar(m_db, q);
}

Result<QList<Session>> SessionLister::fetch(const QList<qint64>& ids)
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
    q << liveTokensExpr(m_now)
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
        s.id = query.value(0).toLongLong();
        s.userId = query.value(1).toLongLong();
        s.userName = query.value(2).toString();
        s.createdMs = query.value(3).toLongLong();
        s.lastSeenMs = query.value(4).toLongLong();
        s.idleTimeoutSecs = query.value(5).toInt();
        s.idleExpiresMs = query.value(6).toLongLong();
        s.absoluteExpiresMs = query.value(7).toLongLong();
        s.ip = query.value(8).toString();
        s.userAgent = query.value(9).toString();
        s.userAgentLabel = query.value(10).toString();
        s.method = query.value(11).toInt() == 1 ? AuthMethod::Jwt : AuthMethod::Cookie;
        if (!query.value(12).isNull()) {
            s.revokedMs = query.value(12).toLongLong();
        }
        s.revokedBy = query.value(13).toString();
        s.revokeReason = query.value(14).toString();
        s.liveTokens = query.value(15).toInt();
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

Result<SessionCounters> SessionLister::counters(qint64 revokedSinceMs, qint64 expiringWindowMs)
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
        c.active = query.value(0).toLongLong();
        c.revokedSince = query.value(1).toLongLong();
        c.expiringSoon = query.value(2).toLongLong();
        c.total = query.value(3).toLongLong();
    }
    return c;
}

} // namespace authscope
