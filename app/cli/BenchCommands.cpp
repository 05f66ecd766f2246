// authscope-cli bench jose|sessions: the engine against the raw library it is built on, in one run.
#include "app/cli/CliArgs.h"
#include "app/cli/CliContext.h"
#include "app/cli/CliFormat.h"

#include "core/bench/JoseBenchmark.h"
#include "core/bench/JweBenchmark.h"
#include "core/bench/RemoteJwksBenchmark.h"
#include "core/bench/SessionBenchmark.h"
#include "core/services/Services.h"
#include "core/storage/PostgresUrl.h"

#include <QLocale>

#include <limits>

namespace authscope::cli {

namespace {

using namespace Qt::StringLiterals;

QString rate(double perSec)
{
    return QLocale::c().toString(qRound64(perSec));
}

Outcome runBenchJose(CliContext& ctx, const CliArgs& args)
{
    lab::JoseBenchmark::Options options;
    if (args.isSet(u"seconds"_s)) {
        bool ok = false;
        options.secondsPerMeasurement = args.value(u"seconds"_s).toDouble(&ok);
        if (!ok || options.secondsPerMeasurement <= 0 || options.secondsPerMeasurement > 60) {
            return ctx.fail(u"--seconds must be a number of seconds between 0 and 60"_s);
        }
    }
    if (args.isSet(u"alg"_s)) {
        options.algorithms.clear();
        for (const QString& name : args.values(u"alg"_s)) {
            const auto alg = jose::JwsAlgorithms::fromName(name);
            if (!alg) {
                return ctx.fail(u"unknown algorithm '%1'"_s.arg(name));
            }
            options.algorithms.append(*alg);
        }
    }
    const bool json = args.json();
    auto rows = lab::JoseBenchmark(options).run([&](int done, int total) {
        if (!json) {
            ctx.err() << "\r" << done << "/" << total << Qt::flush;
        }
        return true;
    });
    if (!json) {
        ctx.err() << "\r" << Qt::flush;
    }
    if (!rows) {
        return ctx.fail(rows.error());
    }
    auto jweRows = lab::JweBenchmark(options.secondsPerMeasurement).run();
    if (!jweRows) {
        return ctx.fail(jweRows.error());
    }
    // The same key through an issuer's cached remote JWKS against the key loaded locally (R-JWKS-PARSE-ONCE).
    QList<lab::RemoteJwksBenchRow> remote;
    for (const jose::JwsAlgorithm alg : std::as_const(options.algorithms)) {
        if (jose::JwsAlgorithms::family(alg) == jose::JwsFamily::Hmac) {
            continue;
        }
        auto row = lab::RemoteJwksBenchmark::run(alg, options.secondsPerMeasurement);
        if (!row) {
            return ctx.fail(row.error());
        }
        remote.append(*row);
    }
    if (json) {
        QJsonObject all = lab::JoseBenchmark::toJson(*rows);
        all.insert(u"jwe"_s, lab::JweBenchmark::toJson(*jweRows));
        all.insert(u"remoteJwks"_s, lab::RemoteJwksBenchmark::toJson(remote).value(u"results"_s));
        ctx.printJson(all);
        return Outcome::Ok;
    }
    QList<QStringList> table;
    for (const lab::JoseBenchRow& r : *rows) {
        table.append({jose::JwsAlgorithms::name(r.algorithm), r.keyDescription, QString::number(r.tokenBytes),
                      rate(r.decodePerSec), rate(r.signPerSec), rate(r.verifyPerSec), rate(r.rawVerifyPerSec),
                      QString::number(r.ratio(), 'f', 2)});
    }
    ctx.out() << formatTable(
        {u"alg"_s, u"key"_s, u"bytes"_s, u"decode/s"_s, u"sign/s"_s, u"verify/s"_s, u"raw verify/s"_s, u"verify/raw"_s},
        table);
    ctx.out() << "raw = OpenSSL EVP_DigestVerify (EVP_MAC for HS*) with a pre-built key on the same signing input\n";
    QList<QStringList> jweTable;
    for (const lab::JweBenchRow& r : *jweRows) {
        jweTable.append({r.name, r.key, QString::number(r.tokenBytes), rate(r.decryptPerSec),
                         r.rawPerSec > 0 ? rate(r.rawPerSec) : u"-"_s,
                         r.rawPerSec > 0 ? QString::number(r.ratio(), 'f', 2) : u"-"_s, r.baseline});
    }
    ctx.out() << '\n'
              << formatTable({u"JWE"_s, u"key"_s, u"bytes"_s, u"decrypt/s"_s, u"raw/s"_s, u"decrypt/raw"_s, u"raw"_s},
                             jweTable);
    QList<QStringList> remoteTable;
    for (const lab::RemoteJwksBenchRow& r : std::as_const(remote)) {
        remoteTable.append({jose::JwsAlgorithms::name(r.algorithm), QString::number(r.keysInSet), rate(r.localPerSec),
                            rate(r.remotePerSec), QString::number(r.ratio(), 'f', 2)});
    }
    if (!remoteTable.isEmpty()) {
        ctx.out() << '\n'
                  << formatTable({u"alg"_s, u"keys in JWKS"_s, u"local key verify/s"_s,
                                  u"cached remote JWKS verify/s"_s, u"remote/local"_s},
                                 remoteTable);
        ctx.out() << "remote = the issuer's stored JWKS, parsed once, key picked by kid, iss pinned (target >= 0.90)\n";
    }
    return Outcome::Ok;
}

void printSessionReport(CliContext& ctx, const SessionBenchmark::Report& report)
{
    const QLocale c(QLocale::English);
    QList<QStringList> rows;
    for (const SessionBenchmark::Row& r : std::as_const(report.rows)) {
        rows << QStringList{r.name, c.toString(static_cast<qint64>(r.perSecond)), c.toString(r.operations),
                            r.baseline.isEmpty() ? u"(baseline)"_s : r.baseline,
                            r.baseline.isEmpty() ? QString() : u"%1x"_s.arg(r.ratio, 0, 'f', 2)};
    }
    ctx.out() << u"bench sessions: %1 sessions, %2 validations per phase\n\n"_s.arg(c.toString(report.sessions),
                                                                                    c.toString(report.operations));
    ctx.out() << formatTable({u"OPERATION"_s, u"PER SECOND"_s, u"OPS"_s, u"COMPARED WITH"_s, u"RATIO"_s}, rows);
    ctx.out() << u'\n';
    for (const QString& note : std::as_const(report.notes)) {
        ctx.out() << u"- "_s << note << u'\n';
    }
}

Outcome runBenchSessions(CliContext& ctx, const CliArgs& args)
{
    SessionBenchmark::Options options;
    if (!args.number(u"sessions"_s, 100, 50'000'000, options.sessions)) {
        return ctx.fail(u"--sessions needs a number from 100 to 50000000"_s);
    }
    if (!args.number(u"operations"_s, 1, 100'000'000, options.operations)) {
        return ctx.fail(u"--operations needs a number from 1 to 100000000"_s);
    }
    qint64 seedValue = 0;
    if (!args.number(u"seed"_s, 1, std::numeric_limits<qint64>::max(), seedValue)) {
        return ctx.fail(u"--seed needs a positive number"_s);
    }
    options.seed = static_cast<quint64>(seedValue);
    options.directory = args.value(u"dir"_s);
    if (PostgresUrl::isPostgresUrl(ctx.databasePath())) {
        // The server of --db, in a schema of the benchmark's own; opening --db first asks for a password if needed.
        if (auto db = ctx.services().database(); !db) {
            return ctx.fail(db.error(), Outcome::Refused);
        }
        options.postgresUrl = ctx.databasePath();
        options.postgresPassword = ctx.services().databasePassword();
    }
    if (!args.isSet(u"quiet"_s)) {
        options.progress = [&ctx](const QString& phase) { ctx.err() << u"bench: "_s << phase << Qt::endl; };
    }
    auto report = SessionBenchmark::run(options);
    if (!report) {
        return ctx.fail(report.error(), Outcome::Refused);
    }
    if (args.json()) {
        ctx.printJson(report->toJson());
    } else {
        printSessionReport(ctx, *report);
    }
    return report->revocationsInstant ? Outcome::Ok : Outcome::Refused;
}

const CliRegistrar joseRegistrar{
    CliCommand(u"bench jose"_s,
               u"Measures decode/s, sign/s and verify/s of a ~300-byte access token per algorithm, and the raw "
               "OpenSSL verify rate on the same input in the same run (ratio = verify / raw). Use a Release build."_s,
               &runBenchJose)
        .listed(u"JOSE decode/sign/verify throughput against raw OpenSSL"_s)
        .with({jsonOption(u"Print JSON instead of a table."_s),
               CliOption(u"seconds"_s, u"Seconds per measurement (default 0.5)."_s, u"N"_s),
               CliOption(u"alg"_s, u"Only this algorithm (repeatable)."_s, u"ALG"_s).repeatable()})};

const CliRegistrar sessionsRegistrar{
    CliCommand(u"bench sessions"_s,
               u"Benchmark session validation on a private seeded database: validations per second (all hits in "
               "random order; with 1% revoked by a second connection in between; without the cache) and creations "
               "per second, beside the raw SQLite C API rates for a point lookup by primary key and an autocommit "
               "UPDATE measured in the same run. With --db postgresql://... it runs on that server instead, in a "
               "schema of its "
               "own that is dropped afterwards, beside raw libpq rates. Your data is not touched."_s,
               &runBenchSessions)
        .listed(u"Benchmark session validation against raw SQLite (or libpq)."_s)
        .with({CliOption(u"sessions"_s, u"Sessions in the database (default 1000000)."_s, u"N"_s),
               CliOption(u"operations"_s, u"Validations per phase (default: as many as sessions, at most 1000000)."_s,
                         u"N"_s),
               CliOption(u"dir"_s, u"Put the benchmark database in DIR (default: a temporary folder)."_s, u"DIR"_s),
               CliOption(u"seed"_s, u"Random seed, for repeatable orders."_s, u"S"_s),
               jsonOption(u"Print the results as JSON."_s), CliOption(u"quiet"_s, u"No progress on stderr."_s)})};

} // namespace

} // namespace authscope::cli
