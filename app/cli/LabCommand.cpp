// `lab`: the trade-off experiments, headless. Prints each table with its plain-language summary (or
// JSON), writes CSV on request, and keeps the results in the database like the console's Lab page does.

#include "app/cli/CliArgs.h"
#include "app/cli/CliContext.h"
#include "app/cli/CliFormat.h"

#include "core/lab/LabExperiments.h"
#include "core/lab/LabResultStore.h"
#include "core/lab/LabRunner.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

#include <optional>

#include <unistd.h>

namespace authscope::cli {

namespace {

using namespace Qt::StringLiterals;

// --only as a list of experiments (all of them without it).
Result<QList<lab::Experiment>> experimentsFrom(const CliArgs& args)
{
    QList<lab::Experiment> experiments = lab::allExperiments();
    if (!args.isSet(u"only"_s)) {
        return experiments;
    }
    experiments.clear();
    for (const QString& part : args.value(u"only"_s).split(u',', Qt::SkipEmptyParts)) {
        const auto e = lab::experimentFromId(part.trimmed());
        if (!e) {
            return fail(u"cli.usage"_s,
                        u"--only: unknown experiment '%1' (cost, revocation, bytes, scale)"_s.arg(part.trimmed()));
        }
        if (!experiments.contains(*e)) {
            experiments.append(*e);
        }
    }
    if (experiments.isEmpty()) {
        return fail(u"cli.usage"_s, u"--only needs at least one experiment"_s);
    }
    return experiments;
}

Outcome runLab(CliContext& ctx, const CliArgs& args)
{
    auto experiments = experimentsFrom(args);
    if (!experiments) {
        return ctx.fail(experiments.error().message);
    }
    QString csvDir;
    if (args.isSet(u"csv"_s)) {
        csvDir = args.value(u"csv"_s);
        if (!QDir().mkpath(csvDir)) {
            return ctx.fail(QStringLiteral("--csv: cannot create the folder %1").arg(csvDir));
        }
    }
    // The results are kept in the --db database unless --no-save: only then is it opened.
    std::optional<lab::LabResultStore> store;
    if (!args.isSet(u"no-save"_s)) {
        if (auto opened = ctx.open(CliNeed::Audit); !opened) {
            return ctx.fail(opened.error());
        }
        store.emplace(ctx.database(), ctx.audit());
    }

    const bool asJson = args.json();
    const lab::LabOptions options =
        args.isSet(u"quick"_s) ? lab::LabOptions::quickOptions() : lab::LabOptions::fullOptions();
    lab::LabRunner runner;
    if (store) {
        runner.setResultStore(&*store);
    }
    // Progress only on a terminal: a redirected standard error gets no carriage returns and escape codes.
    const bool showProgress = !asJson && ::isatty(STDERR_FILENO) == 1;
    if (showProgress) {
        QObject::connect(&runner, &lab::LabRunner::progress, &runner, [&ctx](int percent, const QString& step) {
            ctx.err() << "\r\x1b[K" << percent << "% " << step << Qt::flush;
        });
    }
    auto runs = runner.runBlocking(*experiments, options);
    if (showProgress) {
        ctx.err() << "\r\x1b[K" << Qt::flush;
    }
    if (!runs) {
        return ctx.fail(runs.error(), Outcome::Refused);
    }
    QJsonArray all;
    for (const lab::LabRun& run : *runs) {
        const lab::LabTable table = lab::tableOf(run.experiment, run.result);
        if (!csvDir.isEmpty()) {
            QFile file(QDir(csvDir).filePath(lab::experimentId(run.experiment) + QStringLiteral(".csv")));
            if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(table.toCsv().toUtf8()) < 0) {
                return ctx.fail(QStringLiteral("cannot write %1: %2").arg(file.fileName(), file.errorString()),
                                Outcome::Refused);
            }
        }
        if (asJson) {
            all.append(run.toJson());
            continue;
        }
        ctx.out() << "== " << lab::experimentTitle(run.experiment) << (run.cancelled ? " (cancelled)" : "")
                  << (run.id > 0 ? QStringLiteral(" [saved as run %1]").arg(run.id) : QString()) << " ==\n";
        QList<QStringList> rows = table.rows;
        if (run.experiment == lab::Experiment::BytesOnWire) {
            // The decoded payloads are long: the table keeps their size, the JSON and CSV keep them whole.
            for (QStringList& row : rows) {
                QString& readable = row.last();
                if (readable.size() > 60) {
                    readable = readable.left(57) + QStringLiteral("...");
                }
            }
        }
        ctx.out() << formatTable(table.headers, rows);
        ctx.out() << lab::summaryOf(run.result) << "\n\n";
    }
    if (asJson) {
        ctx.printJson(QJsonObject{{u"runs"_s, all}});
    }
    return Outcome::Ok;
}

const CliRegistrar registrar{
    CliCommand(u"lab"_s,
               u"Session cookies or JWTs? Runs the Lab's experiments on a scratch database with the test server on "
               "127.0.0.1 (your sessions, keys and users are not touched): cost per request, revocation window, "
               "bytes on the wire, and scale. Speeds are shown beside a baseline measured in the same run. Results "
               "are saved in the database (--db). Use a Release build for meaningful numbers."_s,
               &runLab)
        .listed(u"Session-versus-JWT experiments: cost, revocation, bytes, scale"_s)
        .with({CliOption(u"quick"_s, u"Short runs and small tables (under a minute on two cores)."_s),
               jsonOption(u"Print the results as JSON."_s),
               CliOption(u"only"_s, u"Run only these experiments (comma-separated: cost, revocation, bytes, scale)."_s,
                         u"LIST"_s),
               CliOption(u"csv"_s, u"Also write each table as DIR/<experiment>.csv."_s, u"DIR"_s),
               CliOption(u"no-save"_s, u"Do not keep the results in the database."_s)})};

} // namespace

} // namespace authscope::cli
