// authscope-cli audit list|verify
#include "app/cli/CliArgs.h"
#include "app/cli/CliContext.h"
#include "app/cli/CliFormat.h"
#include "core/common/TimeFormat.h"

#include "core/audit/AuditLog.h"

#include <QJsonArray>
#include <QJsonObject>

namespace authscope::cli {

namespace {

using namespace Qt::StringLiterals;

QJsonObject toJson(const AuditEntry& e)
{
    return QJsonObject{
        {u"id"_s, e.id},           {u"time"_s, TimeFormat::isoUtc(e.timeMs, true)},
        {u"time_ms"_s, e.timeMs},  {u"actor"_s, e.actor},
        {u"action"_s, e.action},   {u"target"_s, e.target},
        {u"details"_s, e.details}, {u"hash"_s, e.hash},
    };
}

Outcome runList(CliContext& ctx, const CliArgs& args)
{
    AuditFilter filter;
    if (args.isSet(u"since"_s)) {
        auto t = parseTimeArgument(args.value(u"since"_s), ctx.clock().nowMs());
        if (!t) {
            return ctx.fail(t.error().message);
        }
        filter.sinceMs = *t;
    }
    filter.action = args.value(u"action"_s);
    filter.text = args.value(u"text"_s);
    filter.newestFirst = !args.isSet(u"oldest-first"_s);
    if (args.isSet(u"limit"_s)) {
        bool ok = false;
        filter.limit = args.value(u"limit"_s).toInt(&ok);
        if (!ok || filter.limit < 0) {
            return ctx.fail(u"--limit needs a number >= 0"_s);
        }
    }
    auto rows = ctx.audit().list(filter);
    if (!rows) {
        return ctx.fail(rows.error());
    }
    if (args.json()) {
        QJsonArray array;
        for (const AuditEntry& e : *rows) {
            array.append(toJson(e));
        }
        ctx.printJson(array);
        return Outcome::Ok;
    }
    QList<QStringList> table;
    for (const AuditEntry& e : *rows) {
        table << QStringList{QString::number(e.id),
                             TimeFormat::utcMs(e.timeMs),
                             e.actor,
                             e.action,
                             e.target,
                             e.details.isEmpty() ? QString() : compactJson(e.details)};
    }
    ctx.out() << formatTable({u"ID"_s, u"TIME"_s, u"ACTOR"_s, u"ACTION"_s, u"TARGET"_s, u"DETAILS"_s}, table);
    ctx.out() << u"%1 row(s)\n"_s.arg(rows->size());
    return Outcome::Ok;
}

Outcome runVerify(CliContext& ctx, const CliArgs& args)
{
    auto report = ctx.audit().verify();
    if (!report) {
        return ctx.fail(report.error());
    }
    if (args.json()) {
        QJsonObject o{{u"intact"_s, report->intact}, {u"rows"_s, report->rowsChecked}};
        if (!report->intact) {
            o.insert(u"first_bad_id"_s, report->firstBadId);
            o.insert(u"reason"_s, report->reason);
        }
        ctx.printJson(o);
    } else if (report->intact) {
        ctx.out() << u"audit chain intact: %1 row(s) checked\n"_s.arg(report->rowsChecked);
    } else {
        ctx.out() << u"audit chain BROKEN at row %1: %2\n"_s.arg(report->firstBadId).arg(report->reason);
    }
    return report->intact ? Outcome::Ok : Outcome::Refused;
}

const CliRegistrar registrar{CliGroup{
    u"audit"_s,
    u"List the audit log or verify its hash chain."_s,
    {CliCommand(u"list"_s, u"List audit rows, newest first."_s, &runList)
         .with(
             {CliOption(u"since"_s,
                        u"Only rows at or after TIME (epoch seconds, ISO date, or an age such as 2h or 7d)."_s,
                        u"TIME"_s),
              CliOption(u"action"_s, u"Only this action (or a prefix ending in '.', e.g. 'session.')."_s, u"ACTION"_s),
              CliOption(u"text"_s, u"Only rows containing TEXT."_s, u"TEXT"_s),
              CliOption(u"limit"_s, u"At most N rows (default: all)."_s, u"N"_s),
              CliOption(u"oldest-first"_s, u"Oldest rows first."_s), jsonOption(u"Print a JSON array."_s)})
         .opens(CliNeed::Audit),
     CliCommand(u"verify"_s,
                u"Check the audit log's hash chain. Exit 0 when intact, 1 when a row was edited, inserted or "
                "deleted (the first bad row is named)."_s,
                &runVerify)
         .with({jsonOption(u"Print the report as JSON."_s)})
         .opens(CliNeed::Audit)},
}};

} // namespace

} // namespace authscope::cli
