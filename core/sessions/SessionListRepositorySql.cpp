#include "core/sessions/SessionListRepositorySql.h"

#include "core/sessions/IpRange.h"

namespace authscope {

namespace {

using Sql = SessionListRepositorySql::Sql;

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

Sql rankExpr(qint64 now)
{
    Sql s(QStringLiteral("(CASE WHEN s.revoked_ms IS NOT NULL THEN 2 WHEN s.expires_ms <= "));
    s.value(now);
    s << QStringLiteral(" THEN 1 ELSE 0 END)");
    return s;
}

} // namespace

QString SessionListRepositorySql::likePrefix(const QString& text)
{
    QString escaped = text;
    escaped.replace(u'\\', QStringLiteral("\\\\"));
    escaped.replace(u'%', QStringLiteral("\\%"));
    escaped.replace(u'_', QStringLiteral("\\_"));
    return escaped + u'%';
}

SessionListRepositorySql::Sql SessionListRepositorySql::stateCondition(SessionState state, qint64 now, bool indexed)
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

Result<QList<SessionListRepositorySql::Term>> SessionListRepositorySql::buildTerms(const SessionFilter& f, qint64 now)
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

SessionListRepositorySql::Sql SessionListRepositorySql::liveTokensExpr(qint64 now)
{
    Sql s(QStringLiteral("(SELECT count(*) FROM issued_tokens t WHERE t.session_id = s.id AND t.revoked_ms IS NULL "
                         "AND t.expires_ms > "));
    s.value(now);
    s << QStringLiteral(")");
    return s;
}

QList<SessionListRepositorySql::Key> SessionListRepositorySql::sortKeys(const SessionSort& sort, qint64 now)
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

QString SessionListRepositorySql::joinsFor(const SessionSort& sort)
{
    if (sort.key == SessionSortKey::User) {
        return QStringLiteral(" CROSS JOIN users u ON u.id = s.user_id");
    }
    if (sort.key == SessionSortKey::UserAgent) {
        return QStringLiteral(" CROSS JOIN user_agents ua ON ua.id = s.ua_id");
    }
    return {};
}

SessionListRepositorySql::Sql SessionListRepositorySql::after(const QList<Key>& keys, const QVariantList& values)
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

SessionListRepositorySql::Sql SessionListRepositorySql::afterPair(const QString& column, const QVariant& value,
                                                                  const QString& idColumn, const QVariant& id,
                                                                  bool descending)
{
    const QString before = descending ? QStringLiteral(" < ") : QStringLiteral(" > ");
    Sql s(column + (descending ? QStringLiteral(" <= ") : QStringLiteral(" >= ")));
    s.value(value);
    s << QStringLiteral(" AND (") << column << before;
    s.value(value);
    s << QStringLiteral(" OR ") << idColumn << before;
    s.value(id);
    s << QStringLiteral(")");
    return s;
}

SessionListRepositorySql::Sql SessionListRepositorySql::orderBy(const QList<Key>& keys, bool keepIndexesOut)
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

SessionListRepositorySql::Sql SessionListRepositorySql::selectKeys(const QList<Key>& keys)
{
    Sql s(QStringLiteral("SELECT s.id"));
    for (const Key& k : keys) {
        s << QStringLiteral(", ") << k.expr;
    }
    return s;
}

void SessionListRepositorySql::appendResidual(Sql& where, const QList<Term>& terms, const Term* except,
                                              std::optional<TermKind> skipKind)
{
    for (const Term& t : terms) {
        if (&t == except || (skipKind && t.kind == *skipKind)) {
            continue;
        }
        where << QStringLiteral(" AND ") << t.residual;
    }
}

} // namespace authscope
