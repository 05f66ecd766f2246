// authscope-cli bench sessions: validation against the raw SQLite C API, in one run.
#include "app/cli/CliCommand.h"
#include "app/cli/CliFormat.h"

#include "core/sessions/SessionBenchmark.h"

#include <QCommandLineParser>
#include <QJsonDocument>
#include <QLocale>

#include <limits>

namespace authscope::cli {

namespace {

int runBenchSessions(CliContext& ctx, const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Benchmark session validation on a private seeded database: validations per second (all hits in random "
        "order; with 1% revoked by a second connection in between; without the cache) and creations per second, "
        "beside the raw SQLite C API rates for a point lookup by primary key and an autocommit UPDATE measured in "
        "the same run. Your --db is not touched."));
    const QCommandLineOption sessions(
        QStringLiteral("sessions"), QStringLiteral("Sessions in the database (default 1000000)."), QStringLiteral("N"));
    const QCommandLineOption operations(QStringLiteral("operations"),
                                        QStringLiteral("Validations per phase (default: as many as sessions, at most "
                                                       "1000000)."),
                                        QStringLiteral("N"));
    const QCommandLineOption dir(QStringLiteral("dir"),
                                 QStringLiteral("Put the benchmark database in DIR (default: a temporary folder)."),
                                 QStringLiteral("DIR"));
    const QCommandLineOption seed(QStringLiteral("seed"), QStringLiteral("Random seed, for repeatable orders."),
                                  QStringLiteral("S"));
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print the results as JSON."));
    const QCommandLineOption quiet(QStringLiteral("quiet"), QStringLiteral("No progress on stderr."));
    parser.addOptions({sessions, operations, dir, seed, json, quiet});
    int code = ExitOk;
    if (!parseCommandLine(ctx, parser, args, code)) {
        return code;
    }
    if (!parser.positionalArguments().isEmpty()) {
        return ctx.fail(QStringLiteral("bench sessions takes no arguments (see --help)"));
    }
    SessionBenchmark::Options options;
    auto number = [&parser](const QCommandLineOption& o, qint64 min, qint64 max, qint64& into) -> bool {
        if (!parser.isSet(o)) {
            return true;
        }
        bool ok = false;
        const qint64 n = parser.value(o).toLongLong(&ok);
        if (!ok || n < min || n > max) {
            return false;
        }
        into = n;
        return true;
    };
    if (!number(sessions, 100, 50'000'000, options.sessions)) {
        return ctx.fail(QStringLiteral("--sessions needs a number from 100 to 50000000"));
    }
    if (!number(operations, 1, 100'000'000, options.operations)) {
        return ctx.fail(QStringLiteral("--operations needs a number from 1 to 100000000"));
    }
    qint64 seedValue = 0;
    if (!number(seed, 1, std::numeric_limits<qint64>::max(), seedValue)) {
        return ctx.fail(QStringLiteral("--seed needs a positive number"));
    }
    options.seed = static_cast<quint64>(seedValue);
    options.directory = parser.value(dir);
    if (!parser.isSet(quiet)) {
        options.progress = [&ctx](const QString& phase) {
            ctx.err() << QStringLiteral("bench: ") << phase << Qt::endl;
        };
    }
    auto report = SessionBenchmark::run(options);
    if (!report) {
        return ctx.fail(report.error(), ExitRefused);
    }
    if (parser.isSet(json)) {
        ctx.out() << QString::fromUtf8(QJsonDocument(report->toJson()).toJson(QJsonDocument::Indented));
        return report->revocationsInstant ? ExitOk : ExitRefused;
    }
    const QLocale c(QLocale::English);
    QList<QStringList> rows;
    for (const SessionBenchmark::Row& r : std::as_const(report->rows)) {
        rows << QStringList{r.name, c.toString(static_cast<qint64>(r.perSecond)), c.toString(r.operations),
                            r.baseline.isEmpty() ? QStringLiteral("(baseline)") : r.baseline,
                            r.baseline.isEmpty() ? QString() : QStringLiteral("%1x").arg(r.ratio, 0, 'f', 2)};
    }
    ctx.out() << QStringLiteral("bench sessions: %1 sessions, %2 validations per phase\n\n")
                     .arg(c.toString(report->sessions), c.toString(report->operations));
    ctx.out() << formatTable({QStringLiteral("OPERATION"), QStringLiteral("PER SECOND"), QStringLiteral("OPS"),
                              QStringLiteral("COMPARED WITH"), QStringLiteral("RATIO")},
                             rows);
    ctx.out() << u'\n';
    for (const QString& note : std::as_const(report->notes)) {
        ctx.out() << QStringLiteral("- ") << note << u'\n';
    }
    return report->revocationsInstant ? ExitOk : ExitRefused;
}

const CliRegistrar registrar{{QStringLiteral("bench sessions"),
                              QStringLiteral("Benchmark session validation against raw SQLite."), &runBenchSessions}};

} // namespace

} // namespace authscope::cli
