// authscope-cli sessions list|show|revoke|revoke-user|revoke-all|extend|purge|seed|stats|policy|create|check
#include "app/cli/CliCommand.h"
#include "app/cli/CliFormat.h"

#include "core/audit/AuditLog.h"
#include "core/sessions/IssuedTokenRegistry.h"
#include "core/sessions/SessionSeeder.h"
#include "core/sessions/SessionStore.h"
#include "core/sessions/UserStore.h"
#include "core/storage/Database.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <limits>
#include <memory>

namespace authscope::cli {

namespace {

constexpr qint64 kDayMs = 24LL * 3600 * 1000;

QString isoTime(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
}

// "in 25m", "3h ago": how far a moment is from now, for the table.
QString relative(qint64 ms, qint64 nowMs)
{
    const qint64 secs = (ms - nowMs) / 1000;
    const qint64 a = std::abs(secs);
    if (a < 5) {
        return QStringLiteral("now");
    }
    QString amount;
    if (a < 60) {
        amount = QStringLiteral("%1s").arg(a);
    } else if (a < 3600) {
        amount = QStringLiteral("%1m").arg(a / 60);
    } else if (a < 2 * 86400) {
        amount = QStringLiteral("%1h").arg(a / 3600);
    } else {
        amount = QStringLiteral("%1d").arg(a / 86400);
    }
    return secs >= 0 ? QStringLiteral("in ") + amount : amount + QStringLiteral(" ago");
}

QJsonObject sessionJson(const Session& s, qint64 nowMs)
{
    QJsonObject o{{QStringLiteral("id"), s.id},
                  {QStringLiteral("user"), s.userName},
                  {QStringLiteral("user_id"), s.userId},
                  {QStringLiteral("state"), sessionStateName(s.state(nowMs))},
                  {QStringLiteral("created"), isoTime(s.createdMs)},
                  {QStringLiteral("created_ms"), s.createdMs},
                  {QStringLiteral("last_seen"), isoTime(s.lastSeenMs)},
                  {QStringLiteral("last_seen_ms"), s.lastSeenMs},
                  {QStringLiteral("expires"), isoTime(s.expiresMs())},
                  {QStringLiteral("idle_timeout_s"), s.idleTimeoutSecs},
                  {QStringLiteral("idle_expires_ms"), s.idleExpiresMs},
                  {QStringLiteral("absolute_expires_ms"), s.absoluteExpiresMs},
                  {QStringLiteral("ip"), s.ip},
                  {QStringLiteral("user_agent"), s.userAgent},
                  {QStringLiteral("client"), s.userAgentLabel},
                  {QStringLiteral("method"), authMethodName(s.method)},
                  {QStringLiteral("live_jwts"), s.liveTokens}};
    if (s.revokedMs) {
        o.insert(QStringLiteral("revoked"), QJsonObject{{QStringLiteral("at"), isoTime(*s.revokedMs)},
                                                        {QStringLiteral("at_ms"), *s.revokedMs},
                                                        {QStringLiteral("by"), s.revokedBy},
                                                        {QStringLiteral("reason"), s.revokeReason}});
    } else {
        o.insert(QStringLiteral("revoked"), QJsonValue::Null);
    }
    return o;
}

void printJson(CliContext& ctx, const QJsonValue& value)
{
    if (value.isArray()) {
        ctx.out() << QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Indented));
    } else {
        ctx.out() << QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Indented));
    }
}

// The services a sessions command needs, on the database of --db.
struct Services
{
    Database* db = nullptr;
    AuditLog* audit = nullptr;
    SessionPolicy policy;
    std::unique_ptr<SessionStore> store;
};

Result<Services> services(CliContext& ctx)
{
    Services s;
    auto db = ctx.database();
    if (!db) {
        return std::unexpected(db.error());
    }
    auto audit = ctx.audit();
    if (!audit) {
        return std::unexpected(audit.error());
    }
    auto policy = SessionPolicy::load(**db);
    if (!policy) {
        return std::unexpected(policy.error());
    }
    s.db = *db;
    s.audit = *audit;
    s.policy = *policy;
    s.store = std::make_unique<SessionStore>(**db, **audit, ctx.clock(), *policy);
    return s;
}

Result<qint64> parseId(const QString& text)
{
    bool ok = false;
    const qint64 id = text.toLongLong(&ok);
    if (!ok || id < 1) {
        return fail(QStringLiteral("cli.bad-id"),
                    QStringLiteral("'%1' is not a session id (the number shown by 'sessions list', never the secret "
                                   "session ID)")
                        .arg(text.left(60)));
    }
    return id;
}

Result<qint64> parseCount(const QString& text, const QString& option, qint64 min, qint64 max)
{
    bool ok = false;
    const qint64 n = text.toLongLong(&ok);
    if (!ok || n < min || n > max) {
        return fail(QStringLiteral("cli.bad-number"),
                    QStringLiteral("%1 needs a whole number from %2 to %3").arg(option).arg(min).arg(max));
    }
    return n;
}

int runList(CliContext& ctx, const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("List sessions, most recently seen first, a page at a time. Filters combine."));
    const QCommandLineOption user(QStringLiteral("user"),
                                  QStringLiteral("Only sessions of user NAME (NAME* for a prefix)."),
                                  QStringLiteral("NAME"));
    const QCommandLineOption ip(
        QStringLiteral("ip"),
        QStringLiteral("Only from IP: an address, a CIDR block (10.0.0.0/8) or a prefix (10.2.)."),
        QStringLiteral("IP"));
    const QCommandLineOption state(
        QStringLiteral("state"),
        QStringLiteral("Only in state S: active, expired or revoked (repeat or comma-separate "
                       "for several)."),
        QStringLiteral("S"));
    const QCommandLineOption ua(QStringLiteral("ua"), QStringLiteral("Only where the user agent contains TEXT."),
                                QStringLiteral("TEXT"));
    const QCommandLineOption method(QStringLiteral("method"), QStringLiteral("Only cookie or jwt sessions."),
                                    QStringLiteral("M"));
    const QCommandLineOption since(QStringLiteral("since"),
                                   QStringLiteral("Only sessions created at or after TIME (epoch seconds, ISO date, or "
                                                  "an age such as 2h or 7d)."),
                                   QStringLiteral("TIME"));
    const QCommandLineOption until(QStringLiteral("until"), QStringLiteral("Only sessions created before TIME."),
                                   QStringLiteral("TIME"));
    const QCommandLineOption seenSince(QStringLiteral("seen-since"),
                                       QStringLiteral("Only sessions last seen at or after TIME."),
                                       QStringLiteral("TIME"));
    const QCommandLineOption seenUntil(QStringLiteral("seen-until"),
                                       QStringLiteral("Only sessions last seen before TIME."), QStringLiteral("TIME"));
    const QCommandLineOption search(QStringLiteral("search"),
                                    QStringLiteral("The console's search syntax: user:NAME ip:CIDR ua:TEXT state:S "
                                                   "method:M, or bare words (an IP or the start of a user name)."),
                                    QStringLiteral("TEXT"));
    const QCommandLineOption sort(QStringLiteral("sort"),
                                  QStringLiteral("Sort by COLUMN: last-seen (default), created, expires, id, user, "
                                                 "state, ip, user-agent, method, jwts."),
                                  QStringLiteral("COLUMN"));
    const QCommandLineOption asc(QStringLiteral("asc"), QStringLiteral("Ascending order (default: descending)."));
    const QCommandLineOption limit(QStringLiteral("limit"),
                                   QStringLiteral("At most N rows (default 50, at most 10000)."), QStringLiteral("N"));
    const QCommandLineOption cursor(QStringLiteral("cursor"),
                                    QStringLiteral("Continue after the page that printed this cursor."),
                                    QStringLiteral("CURSOR"));
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print JSON: {sessions, next_cursor}."));
    const QCommandLineOption timing(QStringLiteral("timing"),
                                    QStringLiteral("Print how long the page took and how it was found (on stderr)."));
    parser.addOptions({user, ip, state, ua, method, since, until, seenSince, seenUntil, search, sort, asc, limit,
                       cursor, json, timing});
    int code = ExitOk;
    if (!parseCommandLine(ctx, parser, args, code)) {
        return code;
    }
    if (!parser.positionalArguments().isEmpty()) {
        return ctx.fail(QStringLiteral("sessions list takes no arguments (see --help)"));
    }
    const qint64 now = ctx.clock().nowMs();
    SessionFilter filter;
    if (parser.isSet(search)) {
        if (auto ok = SessionFilter::parseSearch(parser.value(search), filter); !ok) {
            return ctx.fail(ok.error().message);
        }
    }
    if (parser.isSet(user)) {
        filter.user = parser.value(user);
        filter.userPrefix = filter.user.endsWith(u'*');
        if (filter.userPrefix) {
            filter.user.chop(1);
        }
    }
    if (parser.isSet(ip)) {
        filter.ip = parser.value(ip);
    }
    if (parser.isSet(ua)) {
        filter.userAgent = parser.value(ua);
    }
    for (const QString& value : parser.values(state)) {
        for (const QString& part : value.split(u',', Qt::SkipEmptyParts)) {
            const auto s = sessionStateFromName(part);
            if (!s) {
                return ctx.fail(QStringLiteral("'%1' is not a state: use active, expired or revoked").arg(part));
            }
            if (!filter.states.contains(*s)) {
                filter.states << *s;
            }
        }
    }
    if (parser.isSet(method)) {
        const auto m = authMethodFromName(parser.value(method));
        if (!m) {
            return ctx.fail(QStringLiteral("--method takes cookie or jwt"));
        }
        filter.method = m;
    }
    struct TimeOption
    {
        const QCommandLineOption* option;
        std::optional<qint64>* field;
    };
    for (const TimeOption& t : {TimeOption{&since, &filter.createdFromMs}, TimeOption{&until, &filter.createdToMs},
                                TimeOption{&seenSince, &filter.seenFromMs}, TimeOption{&seenUntil, &filter.seenToMs}}) {
        if (parser.isSet(*t.option)) {
            auto ms = parseTimeArgument(parser.value(*t.option), now);
            if (!ms) {
                return ctx.fail(ms.error().message);
            }
            *t.field = *ms;
        }
    }
    SessionSort order;
    if (parser.isSet(sort)) {
        const auto key = sessionSortKeyFromName(parser.value(sort));
        if (!key) {
            return ctx.fail(QStringLiteral("'%1' is not a sort column (see --help)").arg(parser.value(sort)));
        }
        order.key = *key;
    }
    order.order = parser.isSet(asc) ? Qt::AscendingOrder : Qt::DescendingOrder;
    int rows = 50;
    if (parser.isSet(limit)) {
        auto n = parseCount(parser.value(limit), QStringLiteral("--limit"), 1, 10000);
        if (!n) {
            return ctx.fail(n.error().message);
        }
        rows = static_cast<int>(*n);
    }
    SessionCursor after;
    if (parser.isSet(cursor)) {
        const auto c = SessionCursor::fromString(parser.value(cursor));
        if (!c) {
            return ctx.fail(QStringLiteral("--cursor is not a cursor printed by sessions list"));
        }
        after = *c;
    }
    auto s = services(ctx);
    if (!s) {
        return ctx.fail(s.error());
    }
    QElapsedTimer timer;
    timer.start();
    auto page = s->store->list(filter, order, rows, after);
    if (!page) {
        return ctx.fail(page.error(), page.error().code == QStringLiteral("sessions.bad-filter") ||
                                              page.error().code == QStringLiteral("sessions.bad-cursor")
                                          ? ExitUsage
                                          : ExitRefused);
    }
    if (parser.isSet(timing)) {
        ctx.err() << QStringLiteral("page of %1 row(s) in %2 ms (%3)\n")
                         .arg(page->sessions.size())
                         .arg(static_cast<double>(timer.nsecsElapsed()) / 1e6, 0, 'f', 1)
                         .arg(page->plan);
    }
    if (parser.isSet(json)) {
        QJsonArray array;
        for (const Session& session : std::as_const(page->sessions)) {
            array.append(sessionJson(session, now));
        }
        printJson(
            ctx, QJsonObject{{QStringLiteral("sessions"), array},
                             {QStringLiteral("next_cursor"),
                              page->next.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(page->next.toString())}});
        return ExitOk;
    }
    QList<QStringList> table;
    for (const Session& x : std::as_const(page->sessions)) {
        const SessionState st = x.state(now);
        const QString expires = st == SessionState::Revoked ? QStringLiteral("revoked ") + relative(*x.revokedMs, now)
                                                            : relative(x.expiresMs(), now);
        table << QStringList{QString::number(x.id),
                             x.userName,
                             sessionStateName(st),
                             formatUtc(x.createdMs),
                             relative(x.lastSeenMs, now),
                             expires,
                             x.ip,
                             x.userAgentLabel,
                             authMethodName(x.method),
                             QString::number(x.liveTokens)};
    }
    ctx.out() << formatTable({QStringLiteral("ID"), QStringLiteral("USER"), QStringLiteral("STATE"),
                              QStringLiteral("CREATED"), QStringLiteral("LAST SEEN"), QStringLiteral("EXPIRES"),
                              QStringLiteral("IP"), QStringLiteral("CLIENT"), QStringLiteral("METHOD"),
                              QStringLiteral("JWTS")},
                             table);
    ctx.out() << QStringLiteral("%1 session(s)").arg(page->sessions.size());
    if (!page->next.isNull()) {
        ctx.out() << QStringLiteral("; more with --cursor ") << page->next.toString();
    }
    ctx.out() << u'\n';
    return ExitOk;
}

int runShow(CliContext& ctx, const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Show one session: the whole record, its JWTs and its audit trail."));
    parser.addPositionalArgument(QStringLiteral("ID"), QStringLiteral("The session's row id."));
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print JSON."));
    parser.addOption(json);
    int code = ExitOk;
    if (!parseCommandLine(ctx, parser, args, code)) {
        return code;
    }
    if (parser.positionalArguments().size() != 1) {
        return ctx.fail(QStringLiteral("sessions show needs one session id (see --help)"));
    }
    auto id = parseId(parser.positionalArguments().constFirst());
    if (!id) {
        return ctx.fail(id.error().message);
    }
    auto s = services(ctx);
    if (!s) {
        return ctx.fail(s.error());
    }
    auto session = s->store->find(*id);
    if (!session) {
        return ctx.fail(session.error(),
                        session.error().code == QStringLiteral("sessions.not-found") ? ExitRefused : ExitUsage);
    }
    IssuedTokenRegistry registry(*s->db, *s->audit, ctx.clock());
    auto tokens = registry.forSession(*id);
    if (!tokens) {
        return ctx.fail(tokens.error());
    }
    AuditFilter filter;
    filter.text = QStringLiteral("session:") + QString::number(*id);
    filter.newestFirst = false;
    auto trail = s->audit->list(filter);
    if (!trail) {
        return ctx.fail(trail.error());
    }
    QList<AuditEntry> entries;
    for (const AuditEntry& e : std::as_const(*trail)) {
        if (e.target == filter.text) { // the text filter also matches session:12 inside session:123
            entries << e;
        }
    }
    const qint64 now = ctx.clock().nowMs();
    if (parser.isSet(json)) {
        QJsonObject o = sessionJson(*session, now);
        QJsonArray jwts;
        for (const IssuedToken& t : std::as_const(*tokens)) {
            jwts.append(QJsonObject{{QStringLiteral("iss"), t.issuer},
                                    {QStringLiteral("jti"), t.jti},
                                    {QStringLiteral("kid"), t.kid},
                                    {QStringLiteral("issued"), isoTime(t.issuedMs)},
                                    {QStringLiteral("expires"), isoTime(t.expiresMs)},
                                    {QStringLiteral("live"), t.isLive(now)},
                                    {QStringLiteral("denied"), t.denied}});
        }
        QJsonArray audit;
        for (const AuditEntry& e : std::as_const(entries)) {
            audit.append(QJsonObject{{QStringLiteral("id"), e.id},
                                     {QStringLiteral("time"), isoTime(e.timeMs)},
                                     {QStringLiteral("actor"), e.actor},
                                     {QStringLiteral("action"), e.action},
                                     {QStringLiteral("details"), e.details}});
        }
        o.insert(QStringLiteral("jwts"), jwts);
        o.insert(QStringLiteral("audit"), audit);
        printJson(ctx, o);
        return ExitOk;
    }
    const Session& x = *session;
    QList<QStringList> rows{
        {QStringLiteral("id"), QString::number(x.id)},
        {QStringLiteral("user"), QStringLiteral("%1 (id %2)").arg(x.userName).arg(x.userId)},
        {QStringLiteral("state"), sessionStateName(x.state(now))},
        {QStringLiteral("created"), formatUtc(x.createdMs)},
        {QStringLiteral("last seen"),
         formatUtc(x.lastSeenMs) + QStringLiteral(" (") + relative(x.lastSeenMs, now) + u')'},
        {QStringLiteral("idle expiry"),
         formatUtc(x.idleExpiresMs) + QStringLiteral(" (idle timeout %1 s)").arg(x.idleTimeoutSecs)},
        {QStringLiteral("absolute expiry"), formatUtc(x.absoluteExpiresMs)},
        {QStringLiteral("ip"), x.ip},
        {QStringLiteral("client"), x.userAgentLabel},
        {QStringLiteral("user agent"), x.userAgent},
        {QStringLiteral("method"), authMethodName(x.method)},
        {QStringLiteral("live JWTs"), QString::number(x.liveTokens)},
    };
    if (x.revokedMs) {
        rows << QStringList{QStringLiteral("revoked"),
                            QStringLiteral("%1 by %2: %3")
                                .arg(formatUtc(*x.revokedMs), x.revokedBy,
                                     x.revokeReason.isEmpty() ? QStringLiteral("(no reason)") : x.revokeReason)};
    }
    ctx.out() << formatTable({QStringLiteral("FIELD"), QStringLiteral("VALUE")}, rows);
    if (!tokens->isEmpty()) {
        QList<QStringList> t;
        for (const IssuedToken& token : std::as_const(*tokens)) {
            t << QStringList{token.jti, token.issuer, token.kid, formatUtc(token.expiresMs),
                             token.denied        ? QStringLiteral("denied")
                             : token.isLive(now) ? QStringLiteral("live")
                                                 : QStringLiteral("expired")};
        }
        ctx.out() << u'\n'
                  << formatTable({QStringLiteral("JTI"), QStringLiteral("ISSUER"), QStringLiteral("KID"),
                                  QStringLiteral("EXPIRES"), QStringLiteral("STATUS")},
                                 t);
    }
    if (!entries.isEmpty()) {
        QList<QStringList> t;
        for (const AuditEntry& e : std::as_const(entries)) {
            t << QStringList{formatUtc(e.timeMs), e.actor, e.action, compactJson(e.details)};
        }
        ctx.out() << u'\n'
                  << formatTable({QStringLiteral("TIME"), QStringLiteral("ACTOR"), QStringLiteral("ACTION"),
                                  QStringLiteral("DETAILS")},
                                 t);
    }
    return ExitOk;
}

int runRevoke(CliContext& ctx, const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Revoke sessions by row id. They are refused on their very next request in every process; "
                       "their JWTs are deny-listed. Exit 1 when a session was not active."));
    parser.addPositionalArgument(QStringLiteral("ID"), QStringLiteral("Session row ids."), QStringLiteral("ID..."));
    const QCommandLineOption reason(QStringLiteral("reason"),
                                    QStringLiteral("Why (kept with the session and audited)."), QStringLiteral("TEXT"));
    parser.addOption(reason);
    int code = ExitOk;
    if (!parseCommandLine(ctx, parser, args, code)) {
        return code;
    }
    if (parser.positionalArguments().isEmpty()) {
        return ctx.fail(QStringLiteral("sessions revoke needs at least one session id (see --help)"));
    }
    QList<qint64> ids;
    for (const QString& arg : parser.positionalArguments()) {
        auto id = parseId(arg);
        if (!id) {
            return ctx.fail(id.error().message);
        }
        ids << *id;
    }
    auto s = services(ctx);
    if (!s) {
        return ctx.fail(s.error());
    }
    auto before = s->store->fetch(ids);
    if (!before) {
        return ctx.fail(before.error());
    }
    auto n = s->store->revoke(ids, parser.value(reason));
    if (!n) {
        return ctx.fail(n.error(), ExitRefused);
    }
    auto after = s->store->fetch(ids);
    if (!after) {
        return ctx.fail(after.error());
    }
    const qint64 now = ctx.clock().nowMs();
    int result = ExitOk;
    for (const qint64 id : std::as_const(ids)) {
        auto findIn = [id](const QList<Session>& list) -> const Session* {
            for (const Session& x : list) {
                if (x.id == id) {
                    return &x;
                }
            }
            return nullptr;
        };
        const Session* was = findIn(*before);
        const Session* is = findIn(*after);
        if (was == nullptr) {
            ctx.err() << QStringLiteral("authscope-cli: there is no session %1\n").arg(id);
            result = ExitRefused;
        } else if (was->state(now) != SessionState::Active) {
            ctx.err() << QStringLiteral("authscope-cli: session %1 was not active (%2); left as it was\n")
                             .arg(id)
                             .arg(sessionStateName(was->state(now)));
            result = ExitRefused;
        } else if (is != nullptr && is->revokedMs) {
            ctx.out() << QStringLiteral("revoked session %1 (%2, %3)\n").arg(id).arg(is->userName, is->ip);
        }
    }
    return result;
}

Result<qint64> userIdByName(Services& s, const QString& name)
{
    UserStore users(*s.db, *s.audit);
    auto user = users.find(name);
    if (!user) {
        return std::unexpected(user.error());
    }
    return user->id;
}

int runRevokeUser(CliContext& ctx, const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Revoke every active session and JWT of a user, and refuse any JWT issued to them before now."));
    parser.addPositionalArgument(QStringLiteral("NAME"), QStringLiteral("The user name."));
    const QCommandLineOption reason(QStringLiteral("reason"), QStringLiteral("Why (audited)."), QStringLiteral("TEXT"));
    parser.addOption(reason);
    int code = ExitOk;
    if (!parseCommandLine(ctx, parser, args, code)) {
        return code;
    }
    if (parser.positionalArguments().size() != 1) {
        return ctx.fail(QStringLiteral("sessions revoke-user needs one user name (see --help)"));
    }
    auto s = services(ctx);
    if (!s) {
        return ctx.fail(s.error());
    }
    const QString name = parser.positionalArguments().constFirst();
    auto id = userIdByName(*s, name);
    if (!id) {
        return ctx.fail(id.error(), ExitRefused);
    }
    auto n = s->store->revokeUser(*id, parser.value(reason));
    if (!n) {
        return ctx.fail(n.error(), ExitRefused);
    }
    ctx.out() << QStringLiteral("revoked %1 session(s) of %2; their JWTs are refused from now on\n").arg(*n).arg(name);
    return ExitOk;
}

int runRevokeAll(CliContext& ctx, const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Revoke every active session and JWT of every user (an emergency stop). Needs --yes."));
    const QCommandLineOption yes(QStringLiteral("yes"), QStringLiteral("Yes, revoke them all."));
    const QCommandLineOption reason(QStringLiteral("reason"), QStringLiteral("Why (audited)."), QStringLiteral("TEXT"));
    parser.addOptions({yes, reason});
    int code = ExitOk;
    if (!parseCommandLine(ctx, parser, args, code)) {
        return code;
    }
    if (!parser.positionalArguments().isEmpty()) {
        return ctx.fail(QStringLiteral("sessions revoke-all takes no arguments (see --help)"));
    }
    if (!parser.isSet(yes)) {
        return ctx.fail(QStringLiteral("this ends every session of every user: add --yes to confirm"));
    }
    auto s = services(ctx);
    if (!s) {
        return ctx.fail(s.error());
    }
    auto n = s->store->revokeAll(parser.value(reason));
    if (!n) {
        return ctx.fail(n.error(), ExitRefused);
    }
    ctx.out() << QStringLiteral("revoked %1 session(s); every JWT issued until now is refused\n").arg(*n);
    return ExitOk;
}

int runExtend(CliContext& ctx, const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Move the idle and absolute expiry of an active session later."));
    parser.addPositionalArgument(QStringLiteral("ID"), QStringLiteral("The session's row id."));
    const QCommandLineOption by(QStringLiteral("by"), QStringLiteral("How many seconds (up to 366 days)."),
                                QStringLiteral("SEC"));
    parser.addOption(by);
    int code = ExitOk;
    if (!parseCommandLine(ctx, parser, args, code)) {
        return code;
    }
    if (parser.positionalArguments().size() != 1 || !parser.isSet(by)) {
        return ctx.fail(QStringLiteral("sessions extend needs a session id and --by SEC (see --help)"));
    }
    auto id = parseId(parser.positionalArguments().constFirst());
    if (!id) {
        return ctx.fail(id.error().message);
    }
    auto secs = parseCount(parser.value(by), QStringLiteral("--by"), 1, 366LL * 86400);
    if (!secs) {
        return ctx.fail(secs.error().message);
    }
    auto s = services(ctx);
    if (!s) {
        return ctx.fail(s.error());
    }
    auto session = s->store->extend(*id, *secs);
    if (!session) {
        return ctx.fail(session.error(), ExitRefused);
    }
    ctx.out() << QStringLiteral("session %1 now expires %2 (idle) and %3 (absolute)\n")
                     .arg(*id)
                     .arg(formatUtc(session->idleExpiresMs), formatUtc(session->absoluteExpiresMs));
    return ExitOk;
}

int runPurge(CliContext& ctx, const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Delete sessions that ended (revoked or expired) more than DAYS days ago, JWT records that "
                       "expired as long ago, and deny-list entries of tokens that have expired for good."));
    const QCommandLineOption older(QStringLiteral("older-than"), QStringLiteral("Age in days (0: everything ended)."),
                                   QStringLiteral("DAYS"));
    parser.addOption(older);
    int code = ExitOk;
    if (!parseCommandLine(ctx, parser, args, code)) {
        return code;
    }
    if (!parser.isSet(older) || !parser.positionalArguments().isEmpty()) {
        return ctx.fail(QStringLiteral("sessions purge needs --older-than DAYS (see --help)"));
    }
    auto days = parseCount(parser.value(older), QStringLiteral("--older-than"), 0, 100000);
    if (!days) {
        return ctx.fail(days.error().message);
    }
    auto s = services(ctx);
    if (!s) {
        return ctx.fail(s.error());
    }
    auto report = s->store->purge(ctx.clock().nowMs() - *days * kDayMs);
    if (!report) {
        return ctx.fail(report.error(), ExitRefused);
    }
    ctx.out() << QStringLiteral("purged %1 session(s), %2 JWT record(s), %3 deny-list entr%4\n")
                     .arg(report->sessions)
                     .arg(report->tokens)
                     .arg(report->denyListEntries)
                     .arg(report->denyListEntries == 1 ? QStringLiteral("y") : QStringLiteral("ies"));
    return ExitOk;
}

int runSeed(CliContext& ctx, const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Fill the database with realistic random sessions (for demos and benchmarks)."));
    const QCommandLineOption count(QStringLiteral("count"), QStringLiteral("How many sessions."), QStringLiteral("N"));
    const QCommandLineOption users(
        QStringLiteral("users"),
        QStringLiteral("How many users own them (default: one per 100 sessions, 20 to 20000)."), QStringLiteral("N"));
    const QCommandLineOption seed(QStringLiteral("seed"), QStringLiteral("Fix the shape of the data (not the IDs)."),
                                  QStringLiteral("S"));
    const QCommandLineOption quiet(QStringLiteral("quiet"), QStringLiteral("No progress on stderr."));
    parser.addOptions({count, users, seed, quiet});
    int code = ExitOk;
    if (!parseCommandLine(ctx, parser, args, code)) {
        return code;
    }
    if (!parser.isSet(count) || !parser.positionalArguments().isEmpty()) {
        return ctx.fail(QStringLiteral("sessions seed needs --count N (see --help)"));
    }
    auto n = parseCount(parser.value(count), QStringLiteral("--count"), 1, SessionSeeder::MaxCount);
    if (!n) {
        return ctx.fail(n.error().message);
    }
    SessionSeeder::Options options;
    options.count = *n;
    if (parser.isSet(users)) {
        auto u = parseCount(parser.value(users), QStringLiteral("--users"), 1, 1000000);
        if (!u) {
            return ctx.fail(u.error().message);
        }
        options.users = static_cast<int>(*u);
    }
    if (parser.isSet(seed)) {
        auto sd = parseCount(parser.value(seed), QStringLiteral("--seed"), 1, std::numeric_limits<qint64>::max());
        if (!sd) {
            return ctx.fail(sd.error().message);
        }
        options.seed = static_cast<quint64>(*sd);
    }
    if (!parser.isSet(quiet) && *n >= 100000) {
        options.progress = [&ctx](qint64 done, qint64 total) {
            ctx.err() << QStringLiteral("\rseeding: %1%").arg(done * 100 / total) << Qt::flush;
            return true;
        };
    }
    auto s = services(ctx);
    if (!s) {
        return ctx.fail(s.error());
    }
    SessionSeeder seeder(*s->db, *s->audit, ctx.clock(), s->policy);
    auto report = seeder.run(options);
    if (options.progress) {
        ctx.err() << u'\n';
    }
    if (!report) {
        return ctx.fail(report.error(), ExitRefused);
    }
    ctx.out() << QStringLiteral("seeded %1 sessions for %2 users in %3 s (%4 active, %5 expired, %6 revoked)%7\n")
                     .arg(report->sessions)
                     .arg(report->users)
                     .arg(static_cast<double>(report->insertMs) / 1000.0, 0, 'f', 2)
                     .arg(report->active)
                     .arg(report->expired)
                     .arg(report->revoked)
                     .arg(report->checkpointMs > 0
                              ? QStringLiteral("; WAL checkpoint %1 s")
                                    .arg(static_cast<double>(report->checkpointMs) / 1000.0, 0, 'f', 2)
                              : QString());
    return ExitOk;
}

int runStats(CliContext& ctx, const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Counts: active, revoked in the last 24 hours, expiring within "
                                                    "an hour, all; and the timeouts in force."));
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print JSON."));
    parser.addOption(json);
    int code = ExitOk;
    if (!parseCommandLine(ctx, parser, args, code)) {
        return code;
    }
    auto s = services(ctx);
    if (!s) {
        return ctx.fail(s.error());
    }
    const qint64 now = ctx.clock().nowMs();
    auto c = s->store->counters(now - kDayMs);
    if (!c) {
        return ctx.fail(c.error());
    }
    const QJsonObject o{{QStringLiteral("active"), c->active},
                        {QStringLiteral("revoked_last_24h"), c->revokedSince},
                        {QStringLiteral("expiring_within_1h"), c->expiringSoon},
                        {QStringLiteral("total"), c->total},
                        {QStringLiteral("idle_timeout_s"), s->policy.idleTimeoutSecs},
                        {QStringLiteral("absolute_timeout_s"), s->policy.absoluteTimeoutSecs},
                        {QStringLiteral("slide_throttle_s"), s->policy.slideThrottleSecs}};
    if (parser.isSet(json)) {
        printJson(ctx, o);
        return ExitOk;
    }
    ctx.out() << formatTable(
        {QStringLiteral("WHAT"), QStringLiteral("VALUE")},
        {{QStringLiteral("active sessions"), QString::number(c->active)},
         {QStringLiteral("revoked in the last 24 h"), QString::number(c->revokedSince)},
         {QStringLiteral("expiring within 1 h"), QString::number(c->expiringSoon)},
         {QStringLiteral("all sessions (with history)"), QString::number(c->total)},
         {QStringLiteral("idle timeout"), QStringLiteral("%1 s").arg(s->policy.idleTimeoutSecs)},
         {QStringLiteral("absolute timeout"), QStringLiteral("%1 s").arg(s->policy.absoluteTimeoutSecs)},
         {QStringLiteral("slide throttle"), QStringLiteral("%1 s").arg(s->policy.slideThrottleSecs)}});
    return ExitOk;
}

int runPolicy(CliContext& ctx, const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Show or change the session timeouts used for new sessions (and the slide throttle)."));
    const QCommandLineOption idle(QStringLiteral("idle"), QStringLiteral("Idle timeout in seconds."),
                                  QStringLiteral("SEC"));
    const QCommandLineOption absolute(QStringLiteral("absolute"), QStringLiteral("Absolute timeout in seconds."),
                                      QStringLiteral("SEC"));
    const QCommandLineOption slide(QStringLiteral("slide"),
                                   QStringLiteral("Write a session's last use at most once per SEC seconds."),
                                   QStringLiteral("SEC"));
    parser.addOptions({idle, absolute, slide});
    int code = ExitOk;
    if (!parseCommandLine(ctx, parser, args, code)) {
        return code;
    }
    auto s = services(ctx);
    if (!s) {
        return ctx.fail(s.error());
    }
    SessionPolicy policy = s->policy;
    const SessionPolicy before = policy;
    struct Setting
    {
        const QCommandLineOption* option;
        int* field;
    };
    for (const Setting& setting :
         {Setting{&idle, &policy.idleTimeoutSecs}, Setting{&absolute, &policy.absoluteTimeoutSecs},
          Setting{&slide, &policy.slideThrottleSecs}}) {
        if (parser.isSet(*setting.option)) {
            auto n = parseCount(parser.value(*setting.option),
                                QLatin1StringView("--") + setting.option->names().constFirst(), 0, 366LL * 86400);
            if (!n) {
                return ctx.fail(n.error().message);
            }
            *setting.field = static_cast<int>(*n);
        }
    }
    const bool changing = parser.isSet(idle) || parser.isSet(absolute) || parser.isSet(slide);
    if (changing) {
        if (auto ok = policy.save(*s->db); !ok) {
            return ctx.fail(ok.error());
        }
        s->audit->append(QStringLiteral("session.policy"), QStringLiteral("*"),
                         QJsonObject{{QStringLiteral("idle_timeout_s"), policy.idleTimeoutSecs},
                                     {QStringLiteral("absolute_timeout_s"), policy.absoluteTimeoutSecs},
                                     {QStringLiteral("slide_throttle_s"), policy.slideThrottleSecs},
                                     {QStringLiteral("before"),
                                      QJsonObject{{QStringLiteral("idle_timeout_s"), before.idleTimeoutSecs},
                                                  {QStringLiteral("absolute_timeout_s"), before.absoluteTimeoutSecs},
                                                  {QStringLiteral("slide_throttle_s"), before.slideThrottleSecs}}}});
    }
    ctx.out() << QStringLiteral("idle timeout %1 s, absolute timeout %2 s, slide throttle %3 s\n")
                     .arg(policy.idleTimeoutSecs)
                     .arg(policy.absoluteTimeoutSecs)
                     .arg(policy.slideThrottleSecs);
    return ExitOk;
}

int runCreate(CliContext& ctx, const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Start a session for a user, as the test server does at login, and print its secret ID once "
                       "(for scripts and tests; it is not stored anywhere)."));
    const QCommandLineOption user(QStringLiteral("user"), QStringLiteral("The user name."), QStringLiteral("NAME"));
    const QCommandLineOption ip(QStringLiteral("ip"), QStringLiteral("Client address (default 127.0.0.1)."),
                                QStringLiteral("IP"));
    const QCommandLineOption ua(QStringLiteral("ua"), QStringLiteral("Client user agent."), QStringLiteral("TEXT"));
    const QCommandLineOption method(QStringLiteral("method"), QStringLiteral("cookie (default) or jwt."),
                                    QStringLiteral("M"));
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print JSON {id, token}."));
    parser.addOptions({user, ip, ua, method, json});
    int code = ExitOk;
    if (!parseCommandLine(ctx, parser, args, code)) {
        return code;
    }
    if (!parser.isSet(user)) {
        return ctx.fail(QStringLiteral("sessions create needs --user NAME (see --help)"));
    }
    NewSession spec;
    spec.ip = parser.isSet(ip) ? parser.value(ip) : QStringLiteral("127.0.0.1");
    spec.userAgent =
        parser.isSet(ua) ? parser.value(ua) : QStringLiteral("authscope-cli/") + QStringLiteral(AUTHSCOPE_VERSION);
    if (parser.isSet(method)) {
        const auto m = authMethodFromName(parser.value(method));
        if (!m) {
            return ctx.fail(QStringLiteral("--method takes cookie or jwt"));
        }
        spec.method = *m;
    }
    auto s = services(ctx);
    if (!s) {
        return ctx.fail(s.error());
    }
    auto id = userIdByName(*s, parser.value(user));
    if (!id) {
        return ctx.fail(id.error(), ExitRefused);
    }
    spec.userId = *id;
    auto created = s->store->create(spec);
    if (!created) {
        return ctx.fail(created.error(), ExitRefused);
    }
    if (parser.isSet(json)) {
        printJson(ctx, QJsonObject{{QStringLiteral("id"), created->session.id},
                                   {QStringLiteral("token"), QString::fromLatin1(created->token)}});
    } else {
        ctx.out()
            << QStringLiteral("session %1\n%2\n").arg(created->session.id).arg(QString::fromLatin1(created->token));
    }
    return ExitOk;
}

int runCheck(CliContext& ctx, const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Validate a secret session ID read from standard input, as the test server would (it counts "
                       "as a use). Exit 0 when valid, 1 otherwise."));
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print JSON."));
    parser.addOption(json);
    int code = ExitOk;
    if (!parseCommandLine(ctx, parser, args, code)) {
        return code;
    }
    if (!parser.positionalArguments().isEmpty()) {
        return ctx.fail(QStringLiteral("the session ID is read from standard input, never from the command line"));
    }
    auto token = ctx.readInput(QStringLiteral("-"));
    if (!token) {
        return ctx.fail(token.error());
    }
    auto s = services(ctx);
    if (!s) {
        return ctx.fail(s.error());
    }
    auto v = s->store->validate(*token);
    if (!v) {
        return ctx.fail(v.error());
    }
    const QString verdict = SessionValidation::verdictName(v->verdict);
    if (parser.isSet(json)) {
        QJsonObject o{{QStringLiteral("verdict"), verdict}, {QStringLiteral("valid"), v->isValid()}};
        if (v->sessionId > 0) {
            o.insert(QStringLiteral("id"), v->sessionId);
            o.insert(QStringLiteral("user"), v->userName);
            o.insert(QStringLiteral("idle_expires"), isoTime(v->idleExpiresMs));
            o.insert(QStringLiteral("absolute_expires"), isoTime(v->absoluteExpiresMs));
        }
        printJson(ctx, o);
    } else if (v->sessionId > 0) {
        ctx.out() << QStringLiteral("%1: session %2 of %3\n").arg(verdict).arg(v->sessionId).arg(v->userName);
    } else {
        ctx.out() << verdict << u'\n';
    }
    return v->isValid() ? ExitOk : ExitRefused;
}

int runSessions(CliContext& ctx, const QStringList& args)
{
    return dispatchSubcommands(
        ctx, args,
        QStringLiteral(
            "Usage: authscope-cli [--db PATH] sessions list [--user U] [--ip IP] [--state S] [--ua TEXT] [--method M]\n"
            "                                      [--since T] [--until T] [--search TEXT] [--sort COL] [--asc]\n"
            "                                      [--limit N] [--cursor C] [--json] [--timing]\n"
            "       authscope-cli [--db PATH] sessions show ID [--json]\n"
            "       authscope-cli [--db PATH] sessions revoke ID... [--reason T]\n"
            "       authscope-cli [--db PATH] sessions revoke-user NAME [--reason T]\n"
            "       authscope-cli [--db PATH] sessions revoke-all --yes [--reason T]\n"
            "       authscope-cli [--db PATH] sessions extend ID --by SEC\n"
            "       authscope-cli [--db PATH] sessions purge --older-than DAYS\n"
            "       authscope-cli [--db PATH] sessions seed --count N [--users N] [--seed S]\n"
            "       authscope-cli [--db PATH] sessions stats [--json]\n"
            "       authscope-cli [--db PATH] sessions policy [--idle SEC] [--absolute SEC] [--slide SEC]\n"
            "       authscope-cli [--db PATH] sessions create --user NAME [--ip IP] [--ua TEXT] [--method M] [--json]\n"
            "       authscope-cli [--db PATH] sessions check [--json] < secret-session-id\n"
            "ID is the session's row number as listed, never its secret ID.\n"),
        {{QStringLiteral("list"), &runList},
         {QStringLiteral("show"), &runShow},
         {QStringLiteral("revoke"), &runRevoke},
         {QStringLiteral("revoke-user"), &runRevokeUser},
         {QStringLiteral("revoke-all"), &runRevokeAll},
         {QStringLiteral("extend"), &runExtend},
         {QStringLiteral("purge"), &runPurge},
         {QStringLiteral("seed"), &runSeed},
         {QStringLiteral("stats"), &runStats},
         {QStringLiteral("policy"), &runPolicy},
         {QStringLiteral("create"), &runCreate},
         {QStringLiteral("check"), &runCheck}});
}

const CliRegistrar registrar{{QStringLiteral("sessions"),
                              QStringLiteral("List, inspect, revoke, extend, purge and seed sessions."), &runSessions}};

} // namespace

} // namespace authscope::cli
