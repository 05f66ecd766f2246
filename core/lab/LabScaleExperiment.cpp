// Scale: the cost of a session check as the session table grows, beside a raw SQLite lookup on the same table
// (SessionBenchmark), and JWT verification (JoseBenchmark), which reads no table at all.
#include "core/bench/JoseBenchmark.h"
#include "core/bench/SessionBenchmark.h"
#include "core/lab/LabSteps.h"

#include <QElapsedTimer>

namespace authscope::lab {

namespace {

QString rate(double perSec)
{
    return QStringLiteral("%L1").arg(qRound64(perSec));
}

// "about 23,000" for one measurement, "15,093 to 22,872" for several.
QString range(const QList<ScaleRow>& rows, double ScaleRow::*member)
{
    double low = 0;
    double high = 0;
    for (const ScaleRow& row : rows) {
        const double v = row.*member;
        low = low == 0 ? v : std::min(low, v);
        high = std::max(high, v);
    }
    if (qRound64(low) == qRound64(high)) {
        return QStringLiteral("about ") + rate(high);
    }
    return rate(low) + QStringLiteral(" to ") + rate(high);
}

QString summarise(const ScaleResult& r)
{
    if (r.rows.isEmpty()) {
        return QStringLiteral("No measurement finished.");
    }
    const ScaleRow& first = r.rows.constFirst();
    const ScaleRow& last = r.rows.constLast();
    // Three short bullets: the small table, the large one, JWT verification.
    const QString small =
        QStringLiteral("• With %L1 sessions a cached session check ran at %2/s, an uncached one at "
                       "%3/s (%4x a bare SQLite lookup on the same table).")
            .arg(first.sessionRows)
            .arg(rate(first.sessionValidatePerSec), rate(first.sessionValidateNoCachePerSec))
            .arg(QString::number(
                first.rawSqliteLookupPerSec > 0 ? first.sessionValidateNoCachePerSec / first.rawSqliteLookupPerSec : 0,
                'f', 2));
    QString large = QStringLiteral("• Only one table size was measured.");
    if (r.rows.size() > 1 && first.sessionValidateNoCachePerSec > 0 && first.sessionValidatePerSec > 0) {
        large = QStringLiteral("• At %L1 sessions they ran at %2/s and %3/s (%4% and %5% of the small table): an index "
                               "lookup grows slowly with the table, but the table is memory and disk you run.")
                    .arg(last.sessionRows)
                    .arg(rate(last.sessionValidatePerSec), rate(last.sessionValidateNoCachePerSec))
                    .arg(qRound(100.0 * last.sessionValidatePerSec / first.sessionValidatePerSec))
                    .arg(qRound(100.0 * last.sessionValidateNoCachePerSec / first.sessionValidateNoCachePerSec));
    }
    QString jwt =
        QStringLiteral("• JWT verification reads no table: HS256 ran at %1/s and ES256 at %2/s at every size.")
            .arg(range(r.rows, &ScaleRow::jwtHs256VerifyPerSec), range(r.rows, &ScaleRow::jwtEs256VerifyPerSec));
    if (last.jwtEs256VerifyPerSec > 0 && last.sessionValidatePerSec > 0) {
        const double ratio = last.sessionValidatePerSec / last.jwtEs256VerifyPerSec;
        jwt += QStringLiteral(" A cached session check was %1x %2 an ES256 verification.")
                   .arg(QString::number(ratio >= 1 ? ratio : 1 / ratio, 'f', 1),
                        ratio >= 1 ? QStringLiteral("faster than") : QStringLiteral("slower than"));
    }
    return small + u'\n' + large + u'\n' + jwt;
}

} // namespace

Result<ScaleResult> runScaleExperiment(const LabOptions& options, const LabProgress& progress)
{
    ScaleResult result;
    const QList<qint64> sizes = options.scaleSizes;
    for (qsizetype i = 0; i < sizes.size() && !progress.cancelled(); ++i) {
        const qint64 size = sizes.at(i);
        const double base = static_cast<double>(i) / static_cast<double>(sizes.size());
        const double span = 1.0 / static_cast<double>(sizes.size());
        ScaleRow row;
        row.sessionRows = size;
        SessionBenchmark::Options bench;
        bench.sessions = size;
        bench.operations = std::max<qint64>(100, options.scaleOperations); // the same work at every size
        bench.lookupsOnly = true;
        bench.cancelled = [&progress] { return progress.cancelled(); };
        QElapsedTimer timer;
        timer.start();
        bool seeded = false;
        bench.progress = [&](const QString& phase) {
            if (!seeded && !phase.startsWith(QStringLiteral("seeding"))) {
                seeded = true;
                row.seedMs = timer.elapsed();
            }
            progress(base + span * (seeded ? 0.5 : 0.0),
                     QStringLiteral("Scale: %L1 sessions, %2").arg(size).arg(phase));
        };
        auto report = SessionBenchmark::run(bench);
        if (!report) {
            if (report.error().code == QStringLiteral("bench.cancelled")) {
                break;
            }
            return std::unexpected(report.error());
        }
        for (const SessionBenchmark::Row& r : report->rows) {
            if (r.name == SessionBenchmark::RawLookupRow) {
                row.rawSqliteLookupPerSec = r.perSecond;
            } else if (r.name == SessionBenchmark::ValidateRow) {
                row.sessionValidatePerSec = r.perSecond;
            } else if (r.name == SessionBenchmark::NoCacheRow) {
                row.sessionValidateNoCachePerSec = r.perSecond;
            }
        }
        progress(base + span * 0.8, QStringLiteral("Scale: %L1 sessions, verifying JWTs").arg(size));
        JoseBenchmark::Options jose;
        jose.secondsPerMeasurement = std::max(0.02, options.scaleJwtSeconds);
        jose.algorithms = {jose::JwsAlgorithm::HS256, jose::JwsAlgorithm::ES256};
        auto verified = JoseBenchmark(jose).run([&progress](int, int) { return !progress.cancelled(); });
        if (!verified) {
            return std::unexpected(verified.error());
        }
        if (progress.cancelled() || verified->size() < 2) {
            break;
        }
        for (const JoseBenchRow& j : *verified) {
            if (j.algorithm == jose::JwsAlgorithm::HS256) {
                row.jwtHs256VerifyPerSec = j.verifyPerSec;
                row.rawHs256VerifyPerSec = j.rawVerifyPerSec;
            } else if (j.algorithm == jose::JwsAlgorithm::ES256) {
                row.jwtEs256VerifyPerSec = j.verifyPerSec;
                row.rawEs256VerifyPerSec = j.rawVerifyPerSec;
            }
        }
        result.rows.append(row);
        progress.update(result.toJson()); // the lines grow size by size
    }
    result.summary = summarise(result);
    progress(1, QStringLiteral("Scale: done"));
    return result;
}

} // namespace authscope::lab
