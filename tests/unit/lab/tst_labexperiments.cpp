// The Lab's experiments at a tiny scale: shapes, completeness and the relations that must hold (a revoked session
// is refused at once, a JWT without a deny-list is not). Never a time or a speed.
#include "core/audit/AuditLog.h"
#include "core/lab/LabExperiments.h"
#include "core/lab/LabResultStore.h"
#include "core/lab/LabRunner.h"
#include "core/storage/Database.h"
#include "tests/unit/lab/TinyLabOptions.h"

#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <memory>
#include <optional>

using namespace authscope;
using namespace authscope::lab;

namespace {

LabOptions tinyOptions()
{
    LabOptions o = test::tinyLabOptions();
    o.histogramBuckets = 10;
    o.revocationPollIntervalMs = 50;
    o.scaleSizes = {1000, 2000};
    o.scaleOperations = 1000;
    o.scaleJwtSeconds = 0.03;
    return o;
}

QJsonObject runOne(Experiment experiment, const LabOptions& options)
{
    LabRunner runner;
    auto runs = runner.runBlocking({experiment}, options);
    if (!runs) {
        qWarning("%s", qPrintable(runs.error().message));
        return {};
    }
    if (runs->size() != 1 || runs->constFirst().cancelled) {
        return {};
    }
    return runs->constFirst().result;
}

QByteArray compact(const QJsonObject& o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

// Runs `experiment` with `options` and reads its result as `Parsed`, whose JSON must round-trip unchanged; nothing
// (with a warning saying why) when the run gives no result or the round trip changes it.
template <typename Parsed>
std::optional<Parsed> runAndRead(Experiment experiment, const LabOptions& options)
{
    const QJsonObject json = runOne(experiment, options);
    if (json.isEmpty()) {
        qWarning("the experiment gave no result");
        return std::nullopt;
    }
    Parsed parsed = Parsed::fromJson(json);
    if (compact(parsed.toJson()) != compact(json)) {
        qWarning("the result does not round-trip:\n%s\n%s", compact(parsed.toJson()).constData(),
                 compact(json).constData());
        return std::nullopt;
    }
    return parsed;
}

// A runner in the worker thread, as the console runs it, saving into a result store on a real SQLite file, with
// spies on every signal the tests read.
struct SavingRunner
{
    QTemporaryDir dir;
    std::unique_ptr<Database> db;
    std::unique_ptr<AuditLog> audit;
    std::unique_ptr<LabResultStore> store;
    LabRunner runner;
    QSignalSpy progress{&runner, &LabRunner::progress};
    QSignalSpy finishedExperiment{&runner, &LabRunner::experimentFinished};
    QSignalSpy saved{&runner, &LabRunner::experimentSaved};
    QSignalSpy finished{&runner, &LabRunner::finished};
    QSignalSpy failed{&runner, &LabRunner::failed};

    [[nodiscard]] bool open()
    {
        auto opened = Database::open(dir.filePath(QStringLiteral("app.db")));
        if (!opened) {
            qWarning("%s", qPrintable(opened.error().toString()));
            return false;
        }
        db = std::move(*opened);
        audit = std::make_unique<AuditLog>(*db);
        store = std::make_unique<LabResultStore>(*db, *audit);
        runner.setResultStore(store.get());
        return true;
    }

    // The cost-per-request experiment has begun its measured requests.
    [[nodiscard]] bool measuringCost() const
    {
        return std::any_of(progress.cbegin(), progress.cend(), [](const QList<QVariant>& p) {
            return p.at(1).toString().startsWith(QStringLiteral("Cost per request: measuring"));
        });
    }
};

} // namespace

class tst_LabExperiments final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void experimentIds();
    void optionsRoundTrip();
    void csvQuoting();
    void costPerRequest();
    void revocationWindow();
    void bytesOnWire();
    void scale();
    void resultStore();
    void runnerSavesAndSignals();
    void cancel();
    void cancelDuringWarmup();
};

void tst_LabExperiments::experimentIds()
{
    QCOMPARE(allExperiments().size(), 6);
    for (const Experiment e : allExperiments()) {
        QCOMPARE(experimentFromId(experimentId(e)), std::optional<Experiment>(e));
        QVERIFY(!experimentTitle(e).isEmpty());
    }
    QCOMPARE(experimentId(Experiment::CostPerRequest), QStringLiteral("cost"));
    QCOMPARE(experimentId(Experiment::RevocationWindow), QStringLiteral("revocation"));
    QCOMPARE(experimentId(Experiment::BytesOnWire), QStringLiteral("bytes"));
    QCOMPARE(experimentId(Experiment::Scale), QStringLiteral("scale"));
    QCOMPARE(experimentId(Experiment::StolenCredential), QStringLiteral("stolen"));
    QCOMPARE(experimentId(Experiment::NodeRevocation), QStringLiteral("nodes"));
    QVERIFY(!experimentFromId(QStringLiteral("Cost")).has_value());
    QVERIFY(!experimentFromId(QString()).has_value());
}

void tst_LabExperiments::optionsRoundTrip()
{
    const LabOptions quick = LabOptions::quickOptions();
    QVERIFY(quick.quick);
    QVERIFY(!LabOptions::fullOptions().quick);
    QVERIFY(quick.scaleSizes.size() < LabOptions::fullOptions().scaleSizes.size());
    const LabOptions back = LabOptions::fromJson(tinyOptions().toJson());
    QCOMPARE(back.toJson(), tinyOptions().toJson());
}

void tst_LabExperiments::csvQuoting()
{
    LabTable t;
    t.headers = {QStringLiteral("name"), QStringLiteral("value")};
    t.rows = {{QStringLiteral("plain"), QStringLiteral("1")},
              {QStringLiteral("a,b"), QStringLiteral("say \"hi\"")},
              {QStringLiteral("two\nlines"), QString()}};
    QCOMPARE(t.toCsv(), QStringLiteral("name,value\r\nplain,1\r\n\"a,b\",\"say \"\"hi\"\"\"\r\n\"two\nlines\",\r\n"));
}

void tst_LabExperiments::costPerRequest()
{
    const LabOptions options = tinyOptions();
    const auto read = runAndRead<CostResult>(Experiment::CostPerRequest, options);
    QVERIFY(read);
    const CostResult& r = *read;

    const QStringList expected{QStringLiteral("none"),
                               QStringLiteral("cookie"),
                               QStringLiteral("jwt-HS256"),
                               QStringLiteral("jwt-ES256"),
                               QStringLiteral("jwt-HS256-denylist"),
                               QStringLiteral("jwt-HS256-cached"),
                               QStringLiteral("cookie-nocache"),
                               QStringLiteral("cookie-slide-every")};
    QStringList modes;
    for (const CostRow& row : r.rows) {
        modes << row.mode;
    }
    QCOMPARE(modes, expected);
    QCOMPARE(r.histogramEdgesMs.size(), options.histogramBuckets + 1);
    QVERIFY(std::is_sorted(r.histogramEdgesMs.cbegin(), r.histogramEdgesMs.cend()));
    // Log-spaced from just below the fastest request: 0, then a constant ratio between neighbouring edges, the
    // first bucket empty, and the top edge above every mode's p99.
    QCOMPARE(r.histogramEdgesMs.constFirst(), 0.0);
    const double ratio = r.histogramEdgesMs.at(2) / r.histogramEdgesMs.at(1);
    QVERIFY(ratio > 1);
    for (qsizetype e = 2; e < r.histogramEdgesMs.size(); ++e) {
        QVERIFY(qAbs(r.histogramEdgesMs.at(e) / r.histogramEdgesMs.at(e - 1) - ratio) < 1e-6);
    }
    for (const CostRow& row : r.rows) {
        QCOMPARE(row.histogram.constFirst(), qint64(0));
        QVERIFY(row.p99Ms <= r.histogramEdgesMs.constLast());
    }
    for (const CostRow& row : r.rows) {
        QVERIFY2(row.requests > 0, qPrintable(row.mode));
        QVERIFY2(row.errors == 0, qPrintable(row.mode));
        QVERIFY(!row.label.isEmpty());
        QVERIFY(row.p50Ms > 0);
        QVERIFY(row.p50Ms <= row.p90Ms && row.p90Ms <= row.p99Ms);
        QVERIFY(row.requestsPerSec > 0 && row.vsBaseline > 0);
        QCOMPARE(row.histogram.size(), options.histogramBuckets);
        QCOMPARE(std::accumulate(row.histogram.cbegin(), row.histogram.cend(), qint64(0)), row.requests);
    }
    QCOMPARE(r.row(QStringLiteral("none"))->vsBaseline, 1.0);
    QCOMPARE(r.connections, options.connections);
    QVERIFY(r.summary.contains(QStringLiteral("cookie")));
    const LabTable table = r.toTable();
    QCOMPARE(table.rows.size(), expected.size());
    for (const QStringList& row : table.rows) {
        QCOMPARE(row.size(), table.headers.size());
    }
}

void tst_LabExperiments::revocationWindow()
{
    const LabOptions options = tinyOptions();
    const auto read = runAndRead<RevocationResult>(Experiment::RevocationWindow, options);
    QVERIFY(read);
    const RevocationResult& r = *read;
    QCOMPARE(r.rows.size(), 3);
    QVERIFY(r.revokedAtMs > 0);
    QVERIFY(r.endedAtMs > r.revokedAtMs);

    const RevocationRow* cookie = r.row(QStringLiteral("cookie"));
    const RevocationRow* jwt = r.row(QStringLiteral("jwt"));
    const RevocationRow* deny = r.row(QStringLiteral("jwt-denylist"));
    QVERIFY(cookie != nullptr && jwt != nullptr && deny != nullptr);
    for (const RevocationRow* row : {cookie, jwt, deny}) {
        QVERIFY2(row->requestsBefore > 0, qPrintable(row->method)); // it worked before the revocation
        QVERIFY2(row->refusedAfterRevocation > 0, qPrintable(row->method));
    }
    // Revocation takes effect on the very next request for sessions and deny-listed JWTs...
    QCOMPARE(cookie->acceptedAfterRevocation, 0);
    QCOMPARE(cookie->windowMs, 0);
    QCOMPARE(deny->acceptedAfterRevocation, 0);
    QCOMPARE(deny->windowMs, 0);
    // ...while a JWT without the deny-list lives on until it expires (and is refused after).
    QVERIFY(jwt->acceptedAfterRevocation > 0);
    QVERIFY(jwt->windowMs > 0);
    QCOMPARE(jwt->tokenLifetimeMs, qint64(options.revocationTokenLifetimeSecs) * 1000);
    QCOMPARE(cookie->tokenLifetimeMs, 0);

    QSet<QString> methods;
    qint64 previous = -1;
    for (const RevocationSample& s : r.samples) {
        methods << s.method;
        QVERIFY(s.atMs >= previous);
        previous = s.atMs;
        QVERIFY(s.status == 200 || s.status == 401);
    }
    QCOMPARE(methods, (QSet<QString>{QStringLiteral("cookie"), QStringLiteral("jwt"), QStringLiteral("jwt-denylist")}));
    QVERIFY(r.summary.contains(QStringLiteral("very next request")));
}

void tst_LabExperiments::bytesOnWire()
{
    LabOptions options = tinyOptions();
    options.jwtAlgorithms = {QStringLiteral("HS256"), QStringLiteral("RS256"), QStringLiteral("ES256"),
                             QStringLiteral("EdDSA")};
    const auto read = runAndRead<BytesResult>(Experiment::BytesOnWire, options);
    QVERIFY(read);
    const BytesResult& r = *read;
    QCOMPARE(r.rows.size(), 1 + 3 * 4);

    const BytesRow& cookie = r.rows.constFirst();
    QCOMPARE(cookie.credential, QStringLiteral("cookie"));
    QCOMPARE(cookie.credentialBytes, 43); // 32 random bytes, base64url
    QVERIFY(cookie.requestHeaderBytes > cookie.credentialBytes);
    QVERIFY(cookie.responseHeaderBytes > cookie.requestHeaderBytes); // Set-Cookie carries the attributes
    QVERIFY(cookie.decodedPayload.isEmpty());

    QHash<QString, QHash<QString, qint64>> size; // claim set -> alg -> header bytes
    for (const BytesRow& row : r.rows.mid(1)) {
        QCOMPARE(row.credential, QStringLiteral("bearer"));
        QVERIFY(options.jwtAlgorithms.contains(row.algorithm));
        QVERIFY(row.requestHeaderBytes > row.credentialBytes);
        QVERIFY(row.credentialBytes > cookie.credentialBytes);
        QCOMPARE(row.responseHeaderBytes, 0);
        const QJsonObject header = QJsonDocument::fromJson(row.decodedHeader.toUtf8()).object();
        QCOMPARE(header.value(QStringLiteral("alg")).toString(), row.algorithm);
        const QJsonObject payload = QJsonDocument::fromJson(row.decodedPayload.toUtf8()).object();
        QVERIFY2(payload.contains(QStringLiteral("sub")), qPrintable(row.decodedPayload));
        size[row.claimSet][row.algorithm] = row.requestHeaderBytes;
    }
    QCOMPARE(size.keys().size(), 3);
    for (const QString& alg : options.jwtAlgorithms) {
        QVERIFY(size[QStringLiteral("minimal")][alg] < size[QStringLiteral("typical")][alg]);
        QVERIFY(size[QStringLiteral("typical")][alg] < size[QStringLiteral("rich")][alg]);
    }
    // An RSA-2048 signature is 256 bytes, an ES256 one 64.
    QVERIFY(size[QStringLiteral("typical")][QStringLiteral("RS256")] >
            size[QStringLiteral("typical")][QStringLiteral("ES256")]);
    QVERIFY(!r.summary.isEmpty());
}

void tst_LabExperiments::scale()
{
    const LabOptions options = tinyOptions();
    const auto read = runAndRead<ScaleResult>(Experiment::Scale, options);
    QVERIFY(read);
    const ScaleResult& r = *read;
    QCOMPARE(r.rows.size(), options.scaleSizes.size());
    for (qsizetype i = 0; i < r.rows.size(); ++i) {
        const ScaleRow& row = r.rows.at(i);
        QCOMPARE(row.sessionRows, options.scaleSizes.at(i));
        QVERIFY(row.sessionValidatePerSec > 0);
        QVERIFY(row.sessionValidateNoCachePerSec > 0);
        QVERIFY(row.rawSqliteLookupPerSec > 0);
        QVERIFY(row.jwtHs256VerifyPerSec > 0 && row.rawHs256VerifyPerSec > 0);
        QVERIFY(row.jwtEs256VerifyPerSec > 0 && row.rawEs256VerifyPerSec > 0);
        QVERIFY(row.seedMs >= 0);
    }
    QCOMPARE(r.toTable().rows.size(), r.rows.size());
    QVERIFY(!r.summary.isEmpty());
}

void tst_LabExperiments::resultStore()
{
    QTemporaryDir dir;
    auto db = Database::open(dir.filePath(QStringLiteral("app.db")));
    QVERIFY(db.has_value());
    QVERIFY((*db)->schemaVersion() >= 6);
    AuditLog audit(**db);
    LabResultStore store(**db, audit);

    LabRun older;
    older.experiment = Experiment::BytesOnWire;
    older.started = QDateTime::fromMSecsSinceEpoch(1'700'000'000'000, Qt::UTC);
    older.finished = older.started.addSecs(2);
    older.quick = true;
    older.options = LabOptions::quickOptions().toJson();
    older.machine = LabRun::currentMachine();
    older.result = QJsonObject{{QStringLiteral("summary"), QStringLiteral("old")}};
    LabRun newer = older;
    newer.experiment = Experiment::Scale;
    newer.started = older.started.addSecs(60);
    newer.finished = newer.started.addSecs(5);
    newer.cancelled = true;
    newer.result = QJsonObject{{QStringLiteral("summary"), QStringLiteral("new")}};

    auto first = store.save(older);
    auto second = store.save(newer);
    QVERIFY(first.has_value() && second.has_value());
    QVERIFY(*first != *second);

    auto all = store.list();
    QVERIFY(all.has_value());
    QCOMPARE(all->size(), 2);
    QCOMPARE(all->at(0).id, *second); // newest first
    QCOMPARE(all->at(1).id, *first);
    auto scaleOnly = store.list(Experiment::Scale);
    QVERIFY(scaleOnly.has_value());
    QCOMPARE(scaleOnly->size(), 1);
    QCOMPARE(store.list({}, 1)->size(), 1);

    auto loaded = store.load(*first);
    QVERIFY(loaded.has_value() && loaded->has_value());
    const LabRun& r = **loaded;
    QCOMPARE(r.experiment, Experiment::BytesOnWire);
    QCOMPARE(r.started, older.started);
    QCOMPARE(r.finished, older.finished);
    QVERIFY(r.quick);
    QVERIFY(!r.cancelled);
    QCOMPARE(r.options, older.options);
    QCOMPARE(r.machine, older.machine);
    QCOMPARE(r.result, older.result);
    QVERIFY((*store.load(*second))->cancelled);

    // The JSON form of a run round-trips too.
    const auto back = LabRun::fromJson(r.toJson());
    QVERIFY(back.has_value());
    QCOMPARE(back->toJson(), r.toJson());

    QCOMPARE(store.remove(*first).value_or(false), true);
    QCOMPARE(store.remove(*first).value_or(true), false);
    QVERIFY(!store.load(*first)->has_value());
    QCOMPARE(store.list()->size(), 1);

    AuditFilter saves;
    saves.action = QStringLiteral("lab.save");
    QCOMPARE(audit.count(saves).value_or(-1), 2);
    AuditFilter deletes;
    deletes.action = QStringLiteral("lab.delete");
    QCOMPARE(audit.count(deletes).value_or(-1), 1);
}

void tst_LabExperiments::runnerSavesAndSignals()
{
    SavingRunner w;
    QVERIFY(w.open());
    LabRunner& runner = w.runner;
    const QSignalSpy& progress = w.progress;
    const QSignalSpy& finishedExperiment = w.finishedExperiment;
    const QSignalSpy& saved = w.saved;
    const QSignalSpy& finished = w.finished;
    const QSignalSpy& failed = w.failed;

    LabOptions options = tinyOptions();
    options.jwtAlgorithms = {QStringLiteral("HS256")};
    // In the worker thread, as the console runs it.
    QVERIFY(runner.run({Experiment::BytesOnWire}, options));
    QVERIFY(!runner.run({Experiment::BytesOnWire}, options)); // one run at a time
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 60000);
    QCOMPARE(failed.size(), 0);
    QCOMPARE(finished.at(0).at(0).toBool(), false);
    QCOMPARE(finishedExperiment.size(), 1);
    QCOMPARE(finishedExperiment.at(0).at(0).value<Experiment>(), Experiment::BytesOnWire);
    QCOMPARE(saved.size(), 1);
    const LabRun run = saved.at(0).at(0).value<LabRun>();
    QVERIFY(run.id > 0);
    QVERIFY(!progress.isEmpty());
    QCOMPARE(progress.constLast().at(0).toInt(), 100);
    int last = 0;
    for (const QList<QVariant>& p : progress) {
        QVERIFY(p.at(0).toInt() >= last); // never goes back
        last = p.at(0).toInt();
    }

    auto loaded = w.store->load(run.id);
    QVERIFY(loaded.has_value() && loaded->has_value());
    QCOMPARE((*loaded)->result, finishedExperiment.at(0).at(1).toJsonObject());
    QCOMPARE(tableOf(Experiment::BytesOnWire, (*loaded)->result).rows.size(), 4);
    QVERIFY(!summaryOf((*loaded)->result).isEmpty());
}

void tst_LabExperiments::cancel()
{
    SavingRunner w;
    QVERIFY(w.open());

    LabOptions options = tinyOptions();
    options.secondsPerMode = 600; // far longer than the test may take: only cancel ends it
    QVERIFY(w.runner.run({Experiment::CostPerRequest, Experiment::Scale}, options));
    QTRY_VERIFY_WITH_TIMEOUT(w.measuringCost(), 60000);
    QTest::qWait(300);
    w.runner.cancel();
    QTRY_COMPARE_WITH_TIMEOUT(w.finished.size(), 1, 30000);
    QCOMPARE(w.finished.at(0).at(0).toBool(), true);
    QVERIFY(!w.runner.isRunning());
    // The cancelled experiment is kept, marked; the next one never started.
    QCOMPARE(w.saved.size(), 1);
    const LabRun run = w.saved.at(0).at(0).value<LabRun>();
    QCOMPARE(run.experiment, Experiment::CostPerRequest);
    QVERIFY(run.cancelled);
    QCOMPARE(w.store->list()->size(), 1);
}

void tst_LabExperiments::cancelDuringWarmup()
{
    // Cancelling before the first measured request (during the warm-up) is a cancellation, not a failure.
    SavingRunner w;
    QVERIFY(w.open());

    LabOptions options = tinyOptions();
    options.warmupSeconds = 600;
    options.secondsPerMode = 600;
    QVERIFY(w.runner.run({Experiment::CostPerRequest}, options));
    QTRY_VERIFY_WITH_TIMEOUT(w.measuringCost(), 60000);
    QTest::qWait(50);
    w.runner.cancel();
    QTRY_VERIFY_WITH_TIMEOUT(w.finished.size() + w.failed.size() > 0, 30000);
    QVERIFY2(w.failed.isEmpty(), w.failed.isEmpty() ? "" : qPrintable(w.failed.at(0).at(0).toString()));
    QCOMPARE(w.finished.at(0).at(0).toBool(), true);
}

QTEST_GUILESS_MAIN(tst_LabExperiments)
#include "tst_labexperiments.moc"
