// `lab`: the trade-off experiments, headless. Prints each table with its plain-language summary (or
// JSON), writes CSV on request, and keeps the results in the database like the console's Lab page does.

#include "app/cli/CliCommand.h"
#include "app/cli/CliFormat.h"

#include "core/audit/AuditLog.h"
#include "core/lab/LabExperiments.h"
#include "core/lab/LabResultStore.h"
#include "core/lab/LabRunner.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

#include <optional>

#include <unistd.h>

namespace authscope::cli {

namespace {

int runLab(CliContext& ctx, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Session cookies or JWTs? Runs the Lab's experiments on a scratch database with the test server on "
        "127.0.0.1 (your sessions, keys and users are not touched): cost per request, revocation window, bytes on "
        "the wire, and scale. Speeds are shown beside a baseline measured in the same run. Results are saved in "
        "the database (--db). Use a Release build for meaningful numbers."));
    const QCommandLineOption quick(QStringLiteral("quick"),
                                   QStringLiteral("Short runs and small tables (under a minute on two cores)."));
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print the results as JSON."));
    const QCommandLineOption only(QStringLiteral("only"),
                                  QStringLiteral("Run only these experiments (comma-separated: cost, revocation, "
                                                 "bytes, scale)."),
                                  QStringLiteral("LIST"));
    const QCommandLineOption csv(
        QStringLiteral("csv"), QStringLiteral("Also write each table as DIR/<experiment>.csv."), QStringLiteral("DIR"));
    const QCommandLineOption noSave(QStringLiteral("no-save"),
                                    QStringLiteral("Do not keep the results in the database."));
    parser.addOptions({quick, json, only, csv, noSave});
    int exitCode = ExitOk;
    if (!parseCommandLine(ctx, parser, arguments, exitCode)) {
        return exitCode;
    }
    if (!parser.positionalArguments().isEmpty()) {
        return ctx.fail(QStringLiteral("lab takes no arguments (see --help)"));
    }
    QList<lab::Experiment> experiments = lab::allExperiments();
    if (parser.isSet(only)) {
        experiments.clear();
        for (const QString& part : parser.value(only).split(u',', Qt::SkipEmptyParts)) {
            const auto e = lab::experimentFromId(part.trimmed());
            if (!e) {
                return ctx.fail(QStringLiteral("--only: unknown experiment '%1' (cost, revocation, bytes, scale)")
                                    .arg(part.trimmed()));
            }
            if (!experiments.contains(*e)) {
                experiments.append(*e);
            }
        }
        if (experiments.isEmpty()) {
            return ctx.fail(QStringLiteral("--only needs at least one experiment"));
        }
    }
    QString csvDir;
    if (parser.isSet(csv)) {
        csvDir = parser.value(csv);
        if (!QDir().mkpath(csvDir)) {
            return ctx.fail(QStringLiteral("--csv: cannot create the folder %1").arg(csvDir));
        }
    }
    std::optional<lab::LabResultStore> store;
    if (!parser.isSet(noSave)) {
        auto db = ctx.database();
        if (!db) {
            return ctx.fail(db.error());
        }
        auto audit = ctx.audit();
        if (!audit) {
            return ctx.fail(audit.error());
        }
        store.emplace(**db, **audit);
    }

    const bool asJson = parser.isSet(json);
    const lab::LabOptions options =
        parser.isSet(quick) ? lab::LabOptions::quickOptions() : lab::LabOptions::fullOptions();
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
    auto runs = runner.runBlocking(experiments, options);
    if (showProgress) {
        ctx.err() << "\r\x1b[K" << Qt::flush;
    }
    if (!runs) {
        return ctx.fail(runs.error(), ExitRefused);
    }
    QJsonArray all;
    for (const lab::LabRun& run : *runs) {
        const lab::LabTable table = lab::tableOf(run.experiment, run.result);
        if (!csvDir.isEmpty()) {
            QFile file(QDir(csvDir).filePath(lab::experimentId(run.experiment) + QStringLiteral(".csv")));
            if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(table.toCsv().toUtf8()) < 0) {
                return ctx.fail(QStringLiteral("cannot write %1: %2").arg(file.fileName(), file.errorString()),
                                ExitRefused);
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
        ctx.out() << QString::fromUtf8(
            QJsonDocument(QJsonObject{{QStringLiteral("runs"), all}}).toJson(QJsonDocument::Indented));
    }
    return ExitOk;
}

const CliRegistrar registrar{
    {QStringLiteral("lab"), QStringLiteral("Session-versus-JWT experiments: cost, revocation, bytes, scale"), &runLab}};

} // namespace

} // namespace authscope::cli
