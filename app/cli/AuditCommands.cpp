// authscope-cli audit list|verify
#include "app/cli/CliCommand.h"
#include "app/cli/CliFormat.h"

#include "core/audit/AuditLog.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace authscope::cli {

namespace {

QJsonObject toJson(const AuditEntry& e)
{
    return QJsonObject{
        {QStringLiteral("id"), e.id},
        {QStringLiteral("time"), QDateTime::fromMSecsSinceEpoch(e.timeMs, Qt::UTC).toString(Qt::ISODateWithMs)},
        {QStringLiteral("time_ms"), e.timeMs},
        {QStringLiteral("actor"), e.actor},
        {QStringLiteral("action"), e.action},
        {QStringLiteral("target"), e.target},
        {QStringLiteral("details"), e.details},
        {QStringLiteral("hash"), e.hash},
    };
}

int runList(CliContext& ctx, const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("List audit rows, newest first."));
    const QCommandLineOption since(QStringLiteral("since"),
                                   QStringLiteral("Only rows at or after TIME (epoch seconds, ISO date, or an age "
                                                  "such as 2h or 7d)."),
                                   QStringLiteral("TIME"));
    const QCommandLineOption action(QStringLiteral("action"),
                                    QStringLiteral("Only this action (or a prefix ending in '.', e.g. 'session.')."),
                                    QStringLiteral("ACTION"));
    const QCommandLineOption text(QStringLiteral("text"), QStringLiteral("Only rows containing TEXT."),
                                  QStringLiteral("TEXT"));
    const QCommandLineOption limit(QStringLiteral("limit"), QStringLiteral("At most N rows (default: all)."),
                                   QStringLiteral("N"));
    const QCommandLineOption oldest(QStringLiteral("oldest-first"), QStringLiteral("Oldest rows first."));
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print a JSON array."));
    parser.addOptions({since, action, text, limit, oldest, json});
    int code = ExitOk;
    if (!parseCommandLine(ctx, parser, args, code)) {
        return code;
    }
    if (!parser.positionalArguments().isEmpty()) {
        return ctx.fail(QStringLiteral("audit list takes no arguments (see --help)"));
    }
    AuditFilter filter;
    if (parser.isSet(since)) {
        auto t = parseTimeArgument(parser.value(since), ctx.clock().nowMs());
        if (!t) {
            return ctx.fail(t.error().message);
        }
        filter.sinceMs = *t;
    }
    filter.action = parser.value(action);
    filter.text = parser.value(text);
    filter.newestFirst = !parser.isSet(oldest);
    if (parser.isSet(limit)) {
        bool ok = false;
        filter.limit = parser.value(limit).toInt(&ok);
        if (!ok || filter.limit < 0) {
            return ctx.fail(QStringLiteral("--limit needs a number >= 0"));
        }
    }
    auto log = ctx.audit();
    if (!log) {
        return ctx.fail(log.error());
    }
    auto rows = (*log)->list(filter);
    if (!rows) {
        return ctx.fail(rows.error());
    }
    if (parser.isSet(json)) {
        QJsonArray array;
        for (const AuditEntry& e : *rows) {
            array.append(toJson(e));
        }
        ctx.out() << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
        return ExitOk;
    }
    QList<QStringList> table;
    for (const AuditEntry& e : *rows) {
        table << QStringList{QString::number(e.id),
                             formatUtc(e.timeMs),
                             e.actor,
                             e.action,
                             e.target,
                             e.details.isEmpty() ? QString() : compactJson(e.details)};
    }
    ctx.out() << formatTable({QStringLiteral("ID"), QStringLiteral("TIME"), QStringLiteral("ACTOR"),
                              QStringLiteral("ACTION"), QStringLiteral("TARGET"), QStringLiteral("DETAILS")},
                             table);
    ctx.out() << QStringLiteral("%1 row(s)\n").arg(rows->size());
    return ExitOk;
}

int runVerify(CliContext& ctx, const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Check the audit log's hash chain. Exit 0 when intact, 1 when a row was edited, inserted "
                       "or deleted (the first bad row is named)."));
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print the report as JSON."));
    parser.addOption(json);
    int code = ExitOk;
    if (!parseCommandLine(ctx, parser, args, code)) {
        return code;
    }
    auto log = ctx.audit();
    if (!log) {
        return ctx.fail(log.error());
    }
    auto report = (*log)->verify();
    if (!report) {
        return ctx.fail(report.error());
    }
    if (parser.isSet(json)) {
        QJsonObject o{{QStringLiteral("intact"), report->intact}, {QStringLiteral("rows"), report->rowsChecked}};
        if (!report->intact) {
            o.insert(QStringLiteral("first_bad_id"), report->firstBadId);
            o.insert(QStringLiteral("reason"), report->reason);
        }
        ctx.out() << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented));
    } else if (report->intact) {
        ctx.out() << QStringLiteral("audit chain intact: %1 row(s) checked\n").arg(report->rowsChecked);
    } else {
        ctx.out() << QStringLiteral("audit chain BROKEN at row %1: %2\n").arg(report->firstBadId).arg(report->reason);
    }
    return report->intact ? ExitOk : ExitRefused;
}

int runAudit(CliContext& ctx, const QStringList& args)
{
    return dispatchSubcommands(
        ctx, args,
        QStringLiteral("Usage: authscope-cli [--db PATH] audit list [--since TIME] [--action A] [--text T] "
                       "[--limit N] [--oldest-first] [--json]\n"
                       "       authscope-cli [--db PATH] audit verify [--json]\n"),
        {{QStringLiteral("list"), &runList}, {QStringLiteral("verify"), &runVerify}});
}

const CliRegistrar registrar{
    {QStringLiteral("audit"), QStringLiteral("List the audit log or verify its hash chain."), &runAudit}};

} // namespace

} // namespace authscope::cli
