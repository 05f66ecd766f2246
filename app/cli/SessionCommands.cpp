// authscope-cli sessions list|show|revoke|revoke-user|revoke-all|extend|purge|seed|stats|policy|create|check
#include "app/cli/CliArgs.h"
#include "app/cli/CliContext.h"
#include "app/cli/CliFormat.h"
#include "app/cli/SessionListArguments.h"
#include "app/cli/SessionOutput.h"
#include "core/common/TimeFormat.h"

#include "core/audit/AuditLog.h"
#include "core/common/DisplayText.h"
#include "core/common/Version.h"
#include "core/sessions/IssuedTokenRegistry.h"
#include "core/sessions/SessionSeeder.h"
#include "core/sessions/SessionStore.h"
#include "core/sessions/UserStore.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>

#include <limits>

namespace authscope::cli {

namespace {

using namespace Qt::StringLiterals;

constexpr qint64 kDayMs = 24LL * 3600 * 1000;

Result<qint64> parseId(const QString& text)
{
    bool ok = false;
    const qint64 id = text.toLongLong(&ok);
    if (!ok || id < 1) {
        return fail(
            u"cli.bad-id"_s,
            u"'%1' is not a session id (the number shown by 'sessions list', never the secret session ID)"_s.arg(
                text.left(60)));
    }
    return id;
}

Result<qint64> userIdByName(CliContext& ctx, const QString& name)
{
    auto user = ctx.users().find(name);
    if (!user) {
        return std::unexpected(user.error());
    }
    return user->id;
}

Outcome runList(CliContext& ctx, const CliArgs& args)
{
    const qint64 now = ctx.clock().nowMs();
    auto filter = sessionFilterFrom(args, now);
    if (!filter) {
        return ctx.fail(filter.error().message);
    }
    auto request = sessionPageFrom(args);
    if (!request) {
        return ctx.fail(request.error().message);
    }
    QElapsedTimer timer;
    timer.start();
    auto page = ctx.sessions().list(*filter, request->order, request->rows, request->after);
    if (!page) {
        return ctx.fail(page.error(), Outcome::Refused);
    }
    if (args.isSet(u"timing"_s)) {
        ctx.err() << u"page of %1 row(s) in %2 ms (%3)\n"_s.arg(page->sessions.size())
                         .arg(static_cast<double>(timer.nsecsElapsed()) / 1e6, 0, 'f', 1)
                         .arg(page->plan);
    }
    if (args.json()) {
        const QJsonArray array =
            jsonArray(page->sessions, [now](const Session& session) { return sessionJson(session, now); });
        ctx.printJson(QJsonObject{{u"sessions"_s, array},
                                  {u"next_cursor"_s, page->next.isNull() ? QJsonValue(QJsonValue::Null)
                                                                         : QJsonValue(page->next.toString())}});
        return Outcome::Ok;
    }
    ctx.out() << sessionTable(page->sessions, now);
    ctx.out() << u"%1 session(s)"_s.arg(page->sessions.size());
    if (!page->next.isNull()) {
        ctx.out() << u"; more with --cursor "_s << page->next.toString();
    }
    ctx.out() << u'\n';
    return Outcome::Ok;
}

Outcome runShow(CliContext& ctx, const CliArgs& args)
{
    auto id = parseId(args.positional(0));
    if (!id) {
        return ctx.fail(id.error().message);
    }
    auto session = ctx.sessions().find(*id);
    if (!session) {
        return ctx.fail(session.error());
    }
    auto tokens = ctx.issuedTokens().forSession(*id);
    if (!tokens) {
        return ctx.fail(tokens.error());
    }
    AuditFilter filter;
    filter.text = u"session:"_s + QString::number(*id);
    filter.newestFirst = false;
    auto trail = ctx.audit().list(filter);
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
    if (args.json()) {
        ctx.printJson(sessionDetailJson(*session, *tokens, entries, now));
    } else {
        ctx.out() << sessionDetail(*session, *tokens, entries, now);
    }
    return Outcome::Ok;
}

Outcome runRevoke(CliContext& ctx, const CliArgs& args)
{
    QList<qint64> ids;
    for (const QString& arg : args.positional()) {
        auto id = parseId(arg);
        if (!id) {
            return ctx.fail(id.error().message);
        }
        ids << *id;
    }
    SessionStore& store = ctx.sessions();
    auto before = store.fetch(ids);
    if (!before) {
        return ctx.fail(before.error());
    }
    auto n = store.revoke(ids, args.value(u"reason"_s));
    if (!n) {
        return ctx.fail(n.error(), Outcome::Refused);
    }
    auto after = store.fetch(ids);
    if (!after) {
        return ctx.fail(after.error());
    }
    const qint64 now = ctx.clock().nowMs();
    auto findIn = [](const QList<Session>& list, qint64 id) -> const Session* {
        const auto it = std::find_if(list.cbegin(), list.cend(), [id](const Session& x) { return x.id == id; });
        return it == list.cend() ? nullptr : &*it;
    };
    Outcome result = Outcome::Ok;
    for (const qint64 id : std::as_const(ids)) {
        const Session* was = findIn(*before, id);
        const Session* is = findIn(*after, id);
        if (was == nullptr) {
            ctx.err() << u"authscope-cli: there is no session %1\n"_s.arg(id);
            result = Outcome::Refused;
        } else if (was->state(now) != SessionState::Active) {
            ctx.err() << u"authscope-cli: session %1 was not active (%2); left as it was\n"_s.arg(id).arg(
                sessionStateName(was->state(now)));
            result = Outcome::Refused;
        } else if (is != nullptr && is->revokedMs) {
            ctx.out() << u"revoked session %1 (%2, %3)\n"_s.arg(id).arg(DisplayText::escape(is->userName),
                                                                        DisplayText::escape(is->ip));
        }
    }
    return result;
}

Outcome runRevokeUser(CliContext& ctx, const CliArgs& args)
{
    const QString name = args.positional(0);
    auto id = userIdByName(ctx, name);
    if (!id) {
        return ctx.fail(id.error(), Outcome::Refused);
    }
    auto n = ctx.sessions().revokeUser(*id, args.value(u"reason"_s));
    if (!n) {
        return ctx.fail(n.error(), Outcome::Refused);
    }
    ctx.out() << u"revoked %1 session(s) of %2; their JWTs are refused from now on\n"_s.arg(*n).arg(
        DisplayText::escape(name));
    return Outcome::Ok;
}

Outcome runRevokeAll(CliContext& ctx, const CliArgs& args)
{
    auto n = ctx.sessions().revokeAll(args.value(u"reason"_s));
    if (!n) {
        return ctx.fail(n.error(), Outcome::Refused);
    }
    ctx.out() << u"revoked %1 session(s); every JWT issued until now is refused\n"_s.arg(*n);
    return Outcome::Ok;
}

Outcome runExtend(CliContext& ctx, const CliArgs& args)
{
    auto id = parseId(args.positional(0));
    if (!id) {
        return ctx.fail(id.error().message);
    }
    auto secs = parseWholeNumber(args.value(u"by"_s), u"--by"_s, 1, 366LL * 86400);
    if (!secs) {
        return ctx.fail(secs.error().message);
    }
    auto session = ctx.sessions().extend(*id, *secs);
    if (!session) {
        return ctx.fail(session.error(), Outcome::Refused);
    }
    ctx.out() << u"session %1 now expires %2 (idle) and %3 (absolute)\n"_s.arg(*id).arg(
        TimeFormat::utcMs(session->idleExpiresMs), TimeFormat::utcMs(session->absoluteExpiresMs));
    return Outcome::Ok;
}

Outcome runPurge(CliContext& ctx, const CliArgs& args)
{
    auto days = parseWholeNumber(args.value(u"older-than"_s), u"--older-than"_s, 0, 100000);
    if (!days) {
        return ctx.fail(days.error().message);
    }
    auto report = ctx.sessions().purge(ctx.clock().nowMs() - *days * kDayMs);
    if (!report) {
        return ctx.fail(report.error(), Outcome::Refused);
    }
    ctx.out() << u"purged %1 session(s), %2 JWT record(s), %3 deny-list entr%4\n"_s.arg(report->sessions)
                     .arg(report->tokens)
                     .arg(report->denyListEntries)
                     .arg(report->denyListEntries == 1 ? u"y"_s : u"ies"_s);
    return Outcome::Ok;
}

Outcome runSeed(CliContext& ctx, const CliArgs& args)
{
    auto n = parseWholeNumber(args.value(u"count"_s), u"--count"_s, 1, SessionSeeder::MaxCount);
    if (!n) {
        return ctx.fail(n.error().message);
    }
    SessionSeeder::Options options;
    options.count = *n;
    if (args.isSet(u"users"_s)) {
        auto u = parseWholeNumber(args.value(u"users"_s), u"--users"_s, 1, 1000000);
        if (!u) {
            return ctx.fail(u.error().message);
        }
        options.users = static_cast<int>(*u);
    }
    if (args.isSet(u"seed"_s)) {
        auto sd = parseWholeNumber(args.value(u"seed"_s), u"--seed"_s, 1, std::numeric_limits<qint64>::max());
        if (!sd) {
            return ctx.fail(sd.error().message);
        }
        options.seed = static_cast<quint64>(*sd);
    }
    if (!args.isSet(u"quiet"_s) && *n >= 100000) {
        options.progress = [&ctx](qint64 done, qint64 total) {
            ctx.err() << u"\rseeding: %1%"_s.arg(done * 100 / total) << Qt::flush;
            return true;
        };
    }
    SessionSeeder seeder(ctx.database(), ctx.audit(), ctx.clock(), ctx.sessions().policy());
    auto report = seeder.run(options);
    if (options.progress) {
        ctx.err() << u'\n';
    }
    if (!report) {
        return ctx.fail(report.error(), Outcome::Refused);
    }
    ctx.out() << u"seeded %1 sessions for %2 users in %3 s (%4 active, %5 expired, %6 revoked)%7\n"_s
                     .arg(report->sessions)
                     .arg(report->users)
                     .arg(static_cast<double>(report->insertMs) / 1000.0, 0, 'f', 2)
                     .arg(report->active)
                     .arg(report->expired)
                     .arg(report->revoked)
                     .arg(report->checkpointMs > 0 ? u"; WAL checkpoint %1 s"_s.arg(
                                                         static_cast<double>(report->checkpointMs) / 1000.0, 0, 'f', 2)
                                                   : QString());
    return Outcome::Ok;
}

Outcome runStats(CliContext& ctx, const CliArgs& args)
{
    const SessionPolicy& policy = ctx.sessions().policy();
    auto c = ctx.sessions().counters(ctx.clock().nowMs() - kDayMs);
    if (!c) {
        return ctx.fail(c.error());
    }
    if (args.json()) {
        ctx.printJson(QJsonObject{{u"active"_s, c->active},
                                  {u"revoked_last_24h"_s, c->revokedSince},
                                  {u"expiring_within_1h"_s, c->expiringSoon},
                                  {u"total"_s, c->total},
                                  {u"idle_timeout_s"_s, policy.idleTimeoutSecs},
                                  {u"absolute_timeout_s"_s, policy.absoluteTimeoutSecs},
                                  {u"slide_throttle_s"_s, policy.slideThrottleSecs}});
        return Outcome::Ok;
    }
    ctx.out() << formatTable({u"WHAT"_s, u"VALUE"_s},
                             {{u"active sessions"_s, QString::number(c->active)},
                              {u"revoked in the last 24 h"_s, QString::number(c->revokedSince)},
                              {u"expiring within 1 h"_s, QString::number(c->expiringSoon)},
                              {u"all sessions (with history)"_s, QString::number(c->total)},
                              {u"idle timeout"_s, u"%1 s"_s.arg(policy.idleTimeoutSecs)},
                              {u"absolute timeout"_s, u"%1 s"_s.arg(policy.absoluteTimeoutSecs)},
                              {u"slide throttle"_s, u"%1 s"_s.arg(policy.slideThrottleSecs)}});
    return Outcome::Ok;
}

Outcome runPolicy(CliContext& ctx, const CliArgs& args)
{
    const SessionPolicy before = ctx.sessions().policy();
    SessionPolicy policy = before;
    const std::pair<QString, int*> settings[] = {{u"idle"_s, &policy.idleTimeoutSecs},
                                                 {u"absolute"_s, &policy.absoluteTimeoutSecs},
                                                 {u"slide"_s, &policy.slideThrottleSecs}};
    bool changing = false;
    for (const auto& [option, field] : settings) {
        if (args.isSet(option)) {
            auto n = parseWholeNumber(args.value(option), u"--"_s + option, 0, 366LL * 86400);
            if (!n) {
                return ctx.fail(n.error().message);
            }
            *field = static_cast<int>(*n);
            changing = true;
        }
    }
    if (changing) {
        if (auto ok = policy.save(ctx.database(), ctx.audit(), before); !ok) {
            return ctx.fail(ok.error());
        }
    }
    ctx.out() << u"idle timeout %1 s, absolute timeout %2 s, slide throttle %3 s\n"_s.arg(policy.idleTimeoutSecs)
                     .arg(policy.absoluteTimeoutSecs)
                     .arg(policy.slideThrottleSecs);
    return Outcome::Ok;
}

Outcome runCreate(CliContext& ctx, const CliArgs& args)
{
    NewSession spec;
    spec.ip = args.isSet(u"ip"_s) ? args.value(u"ip"_s) : u"127.0.0.1"_s;
    spec.userAgent =
        args.isSet(u"ua"_s) ? args.value(u"ua"_s) : u"authscope-cli/"_s + QStringLiteral(AUTHSCOPE_VERSION);
    if (args.isSet(u"method"_s)) {
        const auto m = authMethodFromName(args.value(u"method"_s));
        if (!m) {
            return ctx.fail(u"--method takes cookie or jwt"_s);
        }
        spec.method = *m;
    }
    auto id = userIdByName(ctx, args.value(u"user"_s));
    if (!id) {
        return ctx.fail(id.error(), Outcome::Refused);
    }
    spec.userId = *id;
    auto created = ctx.sessions().create(spec);
    if (!created) {
        return ctx.fail(created.error(), Outcome::Refused);
    }
    if (args.json()) {
        ctx.printJson(QJsonObject{{u"id"_s, created->session.id}, {u"token"_s, QString::fromLatin1(created->token)}});
    } else {
        ctx.out() << u"session %1\n%2\n"_s.arg(created->session.id).arg(QString::fromLatin1(created->token));
    }
    return Outcome::Ok;
}

Outcome runCheck(CliContext& ctx, const CliArgs& args)
{
    auto token = ctx.readInput(u"-"_s);
    if (!token) {
        return ctx.fail(token.error());
    }
    auto v = ctx.sessions().validate(*token);
    if (!v) {
        return ctx.fail(v.error());
    }
    const QString verdict = SessionValidation::verdictName(v->verdict);
    if (args.json()) {
        QJsonObject o{{u"verdict"_s, verdict}, {u"valid"_s, v->isValid()}};
        if (v->sessionId > 0) {
            o.insert(u"id"_s, v->sessionId);
            o.insert(u"user"_s, v->userName);
            o.insert(u"idle_expires"_s, TimeFormat::isoUtc(v->idleExpiresMs, true));
            o.insert(u"absolute_expires"_s, TimeFormat::isoUtc(v->absoluteExpiresMs, true));
        }
        ctx.printJson(o);
    } else if (v->sessionId > 0) {
        ctx.out() << u"%1: session %2 of %3\n"_s.arg(verdict).arg(v->sessionId).arg(DisplayText::escape(v->userName));
    } else {
        ctx.out() << verdict << u'\n';
    }
    return v->isValid() ? Outcome::Ok : Outcome::Refused;
}

// ---- declarations ----------------------------------------------------------------------------------------------

const CliArgument kSessionId{u"ID"_s, u"The session's row id."_s};
const CliNeeds kStore = CliNeed::Sessions;

QList<CliOption> listOptions()
{
    return {
        CliOption(u"user"_s, u"Only sessions of user NAME (NAME* for a prefix)."_s, u"NAME"_s),
        CliOption(u"ip"_s, u"Only from IP: an address, a CIDR block (10.0.0.0/8) or a prefix (10.2.)."_s, u"IP"_s),
        CliOption(u"state"_s, u"Only in state S: active, expired or revoked (repeat or comma-separate for several)."_s,
                  u"S"_s)
            .repeatable(),
        CliOption(u"ua"_s, u"Only where the user agent contains TEXT."_s, u"TEXT"_s),
        CliOption(u"method"_s, u"Only cookie or jwt sessions."_s, u"M"_s),
        CliOption(u"since"_s,
                  u"Only sessions created at or after TIME (epoch seconds, ISO date, or an age such as 2h or 7d)."_s,
                  u"TIME"_s),
        CliOption(u"until"_s, u"Only sessions created before TIME."_s, u"TIME"_s),
        CliOption(u"seen-since"_s, u"Only sessions last seen at or after TIME."_s, u"TIME"_s),
        CliOption(u"seen-until"_s, u"Only sessions last seen before TIME."_s, u"TIME"_s),
        CliOption(u"search"_s,
                  u"The console's search syntax: user:NAME ip:CIDR ua:TEXT state:S method:M, or bare words (an IP "
                  "or the start of a user name)."_s,
                  u"TEXT"_s),
        CliOption(u"sort"_s,
                  u"Sort by COLUMN: last-seen (default), created, expires, id, user, state, ip, user-agent, method, "
                  "jwts."_s,
                  u"COLUMN"_s),
        CliOption(u"asc"_s, u"Ascending order (default: descending)."_s),
        CliOption(u"limit"_s, u"At most N rows (default 50, at most 10000)."_s, u"N"_s),
        CliOption(u"cursor"_s, u"Continue after the page that printed this cursor."_s, u"CURSOR"_s),
        jsonOption(u"Print JSON: {sessions, next_cursor}."_s),
        CliOption(u"timing"_s, u"Print how long the page took and how it was found (on stderr)."_s),
    };
}

// The commands that change sessions: revoke, revoke-user, revoke-all, extend, purge.
QList<CliCommand> changeCommands()
{
    const QString extendUsage = u"sessions extend needs a session id and --by SEC (see --help)"_s;
    const QString purgeUsage = u"sessions purge needs --older-than DAYS (see --help)"_s;
    return {
        CliCommand(u"revoke"_s,
                   u"Revoke sessions by row id. They are refused on their very next request in every process; their "
                   "JWTs are deny-listed. Exit 1 when a session was not active."_s,
                   &runRevoke)
            .takes({{u"ID"_s, u"Session row ids."_s, u"ID..."_s, 1, -1}},
                   u"sessions revoke needs at least one session id (see --help)"_s)
            .with({CliOption(u"reason"_s, u"Why (kept with the session and audited)."_s, u"TEXT"_s)})
            .opens(kStore),
        CliCommand(u"revoke-user"_s,
                   u"Revoke every active session and JWT of a user, and refuse any JWT issued to them before now."_s,
                   &runRevokeUser)
            .takes({{u"NAME"_s, u"The user name."_s}}, u"sessions revoke-user needs one user name (see --help)"_s)
            .with({CliOption(u"reason"_s, u"Why (audited)."_s, u"TEXT"_s)})
            .opens(kStore | CliNeed::Users),
        CliCommand(u"revoke-all"_s,
                   u"Revoke every active session and JWT of every user (an emergency stop). Needs --yes."_s,
                   &runRevokeAll)
            .with({CliOption(u"yes"_s, u"Yes, revoke them all."_s)
                       .required(u"this ends every session of every user: add --yes to confirm"_s),
                   CliOption(u"reason"_s, u"Why (audited)."_s, u"TEXT"_s)})
            .opens(kStore),
        CliCommand(u"extend"_s, u"Move the idle and absolute expiry of an active session later."_s, &runExtend)
            .takes({kSessionId}, extendUsage)
            .with({CliOption(u"by"_s, u"How many seconds (up to 366 days)."_s, u"SEC"_s).required(extendUsage)})
            .opens(kStore),
        CliCommand(u"purge"_s,
                   u"Delete sessions that ended (revoked or expired) more than DAYS days ago, JWT records that "
                   "expired as long ago, and deny-list entries of tokens that have expired for good."_s,
                   &runPurge)
            .refusesArgumentsWith(purgeUsage)
            .with({CliOption(u"older-than"_s, u"Age in days (0: everything ended)."_s, u"DAYS"_s).required(purgeUsage)})
            .opens(kStore),
    };
}

QList<CliCommand> sessionCommands()
{
    const QString seedUsage = u"sessions seed needs --count N (see --help)"_s;
    return QList<CliCommand>{
               CliCommand(u"list"_s, u"List sessions, most recently seen first, a page at a time. Filters combine."_s,
                          &runList)
                   .with(listOptions())
                   .opens(kStore),
               CliCommand(u"show"_s, u"Show one session: the whole record, its JWTs and its audit trail."_s, &runShow)
                   .takes({kSessionId}, u"sessions show needs one session id (see --help)"_s)
                   .with({jsonOption(u"Print JSON."_s)})
                   .opens(kStore | CliNeed::IssuedTokens),
           } +
           changeCommands() +
           QList<CliCommand>{
               CliCommand(u"seed"_s, u"Fill the database with realistic random sessions (for demos and benchmarks)."_s,
                          &runSeed)
                   .refusesArgumentsWith(seedUsage)
                   .with({CliOption(u"count"_s, u"How many sessions."_s, u"N"_s).required(seedUsage),
                          CliOption(u"users"_s,
                                    u"How many users own them (default: one per 100 sessions, 20 to 20000)."_s, u"N"_s),
                          CliOption(u"seed"_s, u"Fix the shape of the data (not the IDs)."_s, u"S"_s),
                          CliOption(u"quiet"_s, u"No progress on stderr."_s)})
                   .opens(kStore),
               CliCommand(u"stats"_s,
                          u"Counts: active, revoked in the last 24 hours, expiring within an hour, all; and the "
                          "timeouts in force."_s,
                          &runStats)
                   .with({jsonOption(u"Print JSON."_s)})
                   .opens(kStore),
               CliCommand(u"policy"_s,
                          u"Show or change the session timeouts used for new sessions (and the slide throttle)."_s,
                          &runPolicy)
                   .with(
                       {CliOption(u"idle"_s, u"Idle timeout in seconds."_s, u"SEC"_s),
                        CliOption(u"absolute"_s, u"Absolute timeout in seconds."_s, u"SEC"_s),
                        CliOption(u"slide"_s, u"Write a session's last use at most once per SEC seconds."_s, u"SEC"_s)})
                   .opens(kStore),
               CliCommand(u"create"_s,
                          u"Start a session for a user, as the test server does at login, and print its secret ID "
                          "once (for scripts and tests; it is not stored anywhere)."_s,
                          &runCreate)
                   .with({CliOption(u"user"_s, u"The user name."_s, u"NAME"_s)
                              .required(u"sessions create needs --user NAME (see --help)"_s),
                          CliOption(u"ip"_s, u"Client address (default 127.0.0.1)."_s, u"IP"_s),
                          CliOption(u"ua"_s, u"Client user agent."_s, u"TEXT"_s),
                          CliOption(u"method"_s, u"cookie (default) or jwt."_s, u"M"_s),
                          jsonOption(u"Print JSON {id, token}."_s)})
                   .opens(kStore | CliNeed::Users),
               CliCommand(u"check"_s,
                          u"Validate a secret session ID read from standard input, as the test server would (it "
                          "counts as a use). Exit 0 when valid, 1 otherwise."_s,
                          &runCheck)
                   .refusesArgumentsWith(u"the session ID is read from standard input, never from the command line"_s)
                   .readsStdin(u"< secret-session-id"_s)
                   .with({jsonOption(u"Print JSON."_s)})
                   .opens(kStore),
           };
}

const CliRegistrar registrar{CliGroup{
    u"sessions"_s,
    u"List, inspect, revoke, extend, purge and seed sessions."_s,
    sessionCommands(),
    u"ID is the session's row number as listed, never its secret ID.\n"_s,
}};

} // namespace

} // namespace authscope::cli
