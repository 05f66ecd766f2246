// `lab`: the trade-off experiments, headless. Prints each table with its plain-language summary (or
// JSON), writes CSV on request, and keeps the results in the database like the console's Lab page does.

#include "app/cli/CliArgs.h"
#include "app/cli/CliContext.h"
#include "app/cli/CliFormat.h"

#include "core/common/DisplayText.h"

#include "core/lab/LabExperiments.h"
#include "core/lab/LabResultStore.h"
#include "core/lab/LabRunner.h"
#include "core/lab/NodeRevocationResult.h"
#include "core/storage/Database.h"

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
                        u"--only: unknown experiment '%1' (cost, revocation, bytes, scale, stolen, nodes)"_s.arg(
                            DisplayText::escape(part.trimmed())));
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
    lab::LabOptions options = args.isSet(u"quick"_s) ? lab::LabOptions::quickOptions() : lab::LabOptions::fullOptions();
    if (!args.number(u"repeat"_s, 1, 10000, options.nodeRepetitions)) {
        return ctx.fail(u"--repeat: a whole number from 1 to 10000"_s);
    }
    // The results are kept in the --db database unless --no-save: only then is it opened. The nodes experiment
    // also opens it when it is a PostgreSQL database, to run on that server too.
    const bool nodes = experiments->contains(lab::Experiment::NodeRevocation);
    const bool postgresDb =
        ctx.databasePath().startsWith(u"postgresql://"_s) || ctx.databasePath().startsWith(u"postgres://"_s);
    if (args.isSet(u"kill-connection"_s)) {
        if (!nodes || !postgresDb) {
            return ctx.fail(u"--kill-connection is for the nodes experiment on PostgreSQL (--db postgresql://...)"_s);
        }
        options.nodeKillConnection = true;
    }
    std::optional<lab::LabResultStore> store;
    if (!args.isSet(u"no-save"_s) || (nodes && postgresDb)) {
        if (auto opened = ctx.open(CliNeed::Audit); !opened) {
            return ctx.fail(opened.error());
        }
        if (!args.isSet(u"no-save"_s)) {
            store.emplace(ctx.database(), ctx.audit());
        }
    }

    const bool asJson = args.json();
    lab::LabRunner runner;
    if (store) {
        runner.setResultStore(&*store);
    }
    if (nodes && postgresDb) {
        runner.setPostgresServer(
            lab::LabPostgresServer{ctx.database().postgresUrl().toString(), ctx.database().postgresPassword()});
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
    // S-REVOKE-NOW: a revocation another node still honoured after the wait is a failed check, not a number.
    int lost = 0;
    for (const lab::LabRun& run : *runs) {
        if (run.experiment == lab::Experiment::NodeRevocation) {
            for (const lab::NodeRow& row : lab::NodeRevocationResult::fromJson(run.result).rows) {
                lost += row.lost;
            }
        }
    }
    if (lost > 0) {
        ctx.err() << "authscope-cli: " << lost << " revocations were still accepted by the other node" << Qt::endl;
        return Outcome::Refused;
    }
    return Outcome::Ok;
}

const CliRegistrar registrar{
    CliCommand(u"lab"_s,
               u"Session cookies or JWTs? Runs the Lab's experiments on a scratch database with the test server on "
               "127.0.0.1 (your sessions, keys and users are not touched): cost per request, revocation window, "
               "bytes on the wire, scale, a stolen credential replayed from another client (cookie, bearer JWT, "
               "DPoP-bound JWT; after logout with and without back-channel logout), and revocation across two server "
               "nodes on one database (an SQLite file, and the --db PostgreSQL server when --db is one, on a scratch "
               "database created and dropped there). Speeds are shown beside a baseline measured in the same run. "
               "Results are saved in the database (--db). Use a Release build for meaningful numbers."_s,
               &runLab)
        .listed(u"Session-versus-JWT experiments: cost, revocation, bytes, scale, stolen, nodes"_s)
        .with({CliOption(u"quick"_s, u"Short runs and small tables (under a minute on two cores)."_s),
               jsonOption(u"Print the results as JSON."_s),
               CliOption(u"only"_s,
                         u"Run only these experiments (comma-separated: cost, revocation, bytes, scale, stolen, "
                         "nodes)."_s,
                         u"LIST"_s),
               CliOption(u"repeat"_s,
                         u"Revocations per credential and revoker in the nodes experiment (default 100, 20 with "
                         "--quick)."_s,
                         u"N"_s),
               CliOption(u"kill-connection"_s,
                         u"In the nodes experiment's PostgreSQL run, kill node B's database connections "
                         "(pg_terminate_backend, found by node B's own application_name) once, in the middle of the "
                         "run; every later revocation must still be refused, and node B's HTTP 5xx answers are "
                         "counted."_s),
               CliOption(u"csv"_s, u"Also write each table as DIR/<experiment>.csv."_s, u"DIR"_s),
               CliOption(u"no-save"_s, u"Do not keep the results in the database."_s)})};

} // namespace

} // namespace authscope::cli
