// `bench jose`: JOSE throughput against raw OpenSSL, as a table or JSON.

#include "app/cli/CliCommand.h"
#include "app/cli/CliFormat.h"

#include "core/lab/JoseBenchmark.h"

#include <QCommandLineParser>
#include <QJsonDocument>
#include <QLocale>

namespace authscope::cli {

namespace {

QString rate(double perSec)
{
    return QLocale::c().toString(qRound64(perSec));
}

int runBenchJose(CliContext& ctx, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Measures decode/s, sign/s and verify/s of a ~300-byte access token per algorithm, and the raw OpenSSL "
        "verify rate on the same input in the same run (ratio = verify / raw). Use a Release build."));
    parser.addOption({QStringLiteral("json"), QStringLiteral("Print JSON instead of a table.")});
    parser.addOption(
        {QStringLiteral("seconds"), QStringLiteral("Seconds per measurement (default 0.5)."), QStringLiteral("N")});
    parser.addOption(
        {QStringLiteral("alg"), QStringLiteral("Only this algorithm (repeatable)."), QStringLiteral("ALG")});
    int exitCode = ExitOk;
    if (!parseCommandLine(ctx, parser, arguments, exitCode)) {
        return exitCode;
    }
    lab::JoseBenchmark::Options options;
    if (parser.isSet(QStringLiteral("seconds"))) {
        bool ok = false;
        options.secondsPerMeasurement = parser.value(QStringLiteral("seconds")).toDouble(&ok);
        if (!ok || options.secondsPerMeasurement <= 0 || options.secondsPerMeasurement > 60) {
            return ctx.fail(QStringLiteral("--seconds must be a number of seconds between 0 and 60"));
        }
    }
    if (parser.isSet(QStringLiteral("alg"))) {
        options.algorithms.clear();
        for (const QString& name : parser.values(QStringLiteral("alg"))) {
            const auto alg = jose::JwsAlgorithms::fromName(name);
            if (!alg) {
                return ctx.fail(QStringLiteral("unknown algorithm '%1'").arg(name));
            }
            options.algorithms.append(*alg);
        }
    }
    const bool json = parser.isSet(QStringLiteral("json"));
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
    if (json) {
        ctx.out() << QString::fromUtf8(
            QJsonDocument(lab::JoseBenchmark::toJson(*rows)).toJson(QJsonDocument::Indented));
        return ExitOk;
    }
    QList<QStringList> table;
    for (const lab::JoseBenchRow& r : *rows) {
        table.append({jose::JwsAlgorithms::name(r.algorithm), r.keyDescription, QString::number(r.tokenBytes),
                      rate(r.decodePerSec), rate(r.signPerSec), rate(r.verifyPerSec), rate(r.rawVerifyPerSec),
                      QString::number(r.ratio(), 'f', 2)});
    }
    ctx.out() << formatTable({QStringLiteral("alg"), QStringLiteral("key"), QStringLiteral("bytes"),
                              QStringLiteral("decode/s"), QStringLiteral("sign/s"), QStringLiteral("verify/s"),
                              QStringLiteral("raw verify/s"), QStringLiteral("verify/raw")},
                             table);
    ctx.out() << "raw = OpenSSL EVP_DigestVerify (EVP_MAC for HS*) with a pre-built key on the same signing input\n";
    return ExitOk;
}

const CliRegistrar registrar{{QStringLiteral("bench jose"),
                              QStringLiteral("JOSE decode/sign/verify throughput against raw OpenSSL"), &runBenchJose}};

} // namespace

} // namespace authscope::cli
