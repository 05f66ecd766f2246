// authscope-cli demo: fills a database with demo data so that a newcomer sees something at once.
#include "CliCommand.h"

#include "audit/AuditLog.h"
#include "common/Version.h"
#include "storage/Database.h"

#include <QCommandLineParser>
#include <QJsonObject>

namespace authscope::cli {

namespace {

int runDemo(CliContext& ctx, const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Fill the database with demo data (only a database that holds no data yet, unless "
                       "--force is given)."));
    const QCommandLineOption force(QStringLiteral("force"), QStringLiteral("Add demo data to a database in use."));
    parser.addOption(force);
    int code = ExitOk;
    if (!parseCommandLine(ctx, parser, args, code)) {
        return code;
    }
    auto log = ctx.audit();
    if (!log) {
        return ctx.fail(log.error());
    }
    auto rows = (*log)->count();
    if (!rows) {
        return ctx.fail(rows.error());
    }
    if (*rows > 0 && !parser.isSet(force)) {
        return ctx.fail(QStringLiteral("%1 already holds data; demo data goes only into a fresh database (or pass "
                                       "--force)")
                            .arg(ctx.databasePath()),
                        ExitRefused);
    }
    // Each area adds its demo data here as it lands; the audit rows record what was seeded.
    auto seeded = (*log)->append(QStringLiteral("demo.seed"), ctx.databasePath(),
                                 QJsonObject{{QStringLiteral("authscope"), versionInfo().authscope},
                                             {QStringLiteral("areas"), QStringLiteral("audit")}});
    if (!seeded) {
        return ctx.fail(seeded.error());
    }
    ctx.out() << QStringLiteral("demo data written to %1\n").arg(ctx.databasePath());
    return ExitOk;
}

const CliRegistrar registrar{
    {QStringLiteral("demo"), QStringLiteral("Fill a fresh database with demo data."), &runDemo}};

} // namespace

} // namespace authscope::cli
