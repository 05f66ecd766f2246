// Revocation across nodes with a real second `authscope-cli serve` process on the same database: an SQLite file,
// and on the PostgreSQL run (tst_labnodes_pg) also a scratch database on the test cluster. Node B must refuse
// every credential revoked on node A or by the administrator, and each latency and what delivered it must be
// measured. No time is asserted.
#include "core/lab/LabRunner.h"
#include "core/lab/NodeRevocationResult.h"
#include "core/storage/PostgresBackend.h"
#include "core/storage/PostgresUrl.h"
#include "tests/support/TestDatabase.h"

#include <QCoreApplication>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

using namespace authscope;
using namespace authscope::lab;
using namespace authscope::test;

namespace {

constexpr int kRepetitions = 3;

Result<NodeRevocationResult> runNodes(const std::optional<LabPostgresServer>& postgres, qsizetype* partials = nullptr,
                                      bool killConnection = false, int repetitions = kRepetitions)
{
    LabOptions options = LabOptions::quickOptions();
    options.nodeRepetitions = repetitions;
    options.nodeKillConnection = killConnection;
    LabRunner runner;
    runner.setPostgresServer(postgres);
    QSignalSpy updated(&runner, &LabRunner::experimentUpdated);
    auto runs = runner.runBlocking({Experiment::NodeRevocation}, options);
    if (!runs) {
        return std::unexpected(runs.error());
    }
    if (partials != nullptr) {
        *partials = updated.size();
    }
    return NodeRevocationResult::fromJson(runs->constFirst().result);
}

} // namespace

class tst_LabNodes final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void nodeBRefusesEveryRevocation();
    void killedConnectionLosesNoRevocation();
    void unreachablePostgresIsANoteNotAFailure();
    void resultRoundTrip();
};

void tst_LabNodes::nodeBRefusesEveryRevocation()
{
    std::optional<LabPostgresServer> postgres;
    if (testUsesPostgres()) {
        postgres = LabPostgresServer{testServerUrl(), {}}; // the password comes from PGPASSFILE
    }
    qsizetype partials = 0;
    auto result = runNodes(postgres, &partials);
    QVERIFY2(result.has_value(), result ? "" : qPrintable(result.error().message));
    QStringList expected{QStringLiteral("sqlite")};
    if (postgres) {
        expected << QStringLiteral("postgresql");
    }
    QCOMPARE(result->backends, expected);
    QVERIFY2(postgres || !result->notes.isEmpty(), "says that PostgreSQL was not measured");
    QVERIFY2(!postgres || result->notes.isEmpty(), qPrintable(result->notes));
    QCOMPARE(result->rows.size(), 4 * expected.size());
    for (const NodeRow& row : result->rows) {
        QVERIFY2(row.revocations == kRepetitions, qPrintable(row.key()));
        QVERIFY2(row.lost == 0, qPrintable(row.key())); // S-REVOKE-NOW: node B refused every one
        QVERIFY(row.minMs >= 0);
        QVERIFY(row.minMs <= row.medianMs && row.medianMs <= row.p95Ms && row.p95Ms <= row.p99Ms &&
                row.p99Ms <= row.maxMs);
        int delivered = 0;
        for (auto it = row.mechanisms.cbegin(); it != row.mechanisms.cend(); ++it) {
            delivered += it.value();
        }
        QCOMPARE(delivered, kRepetitions);
    }
    QCOMPARE(result->samples.size(), 4 * kRepetitions * expected.size());
    for (const NodeSample& s : result->samples) {
        QVERIFY(s.latencyMs >= 0);
        if (s.backend == QStringLiteral("sqlite")) {
            QCOMPARE(s.mechanism, QStringLiteral("wal"));
        } else {
            const QStringList known{QStringLiteral("notify"), QStringLiteral("poll"), QStringLiteral("reconnect"),
                                    QStringLiteral("other")};
            QVERIFY2(known.contains(s.mechanism), qPrintable(s.mechanism));
        }
    }
    QVERIFY(partials >= 1);
    QVERIFY(result->summary.startsWith(QStringLiteral("• ")));

    if (postgres) {
        // The scratch database is gone.
        auto server = PostgresUrl::parse(testServerUrl());
        QVERIFY(server.has_value());
        {
            auto admin = PostgresBackend::connect(QStringLiteral("tst-labnodes"), *server, {});
            QVERIFY(admin.has_value());
            QSqlQuery q(*admin);
            QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM pg_database WHERE datname LIKE 'authscope_lab_%1_%'")
                               .arg(QCoreApplication::applicationPid())));
            QVERIFY(q.next());
            QCOMPARE(q.value(0).toInt(), 0);
        }
        QSqlDatabase::removeDatabase(QStringLiteral("tst-labnodes"));
    }
}

void tst_LabNodes::killedConnectionLosesNoRevocation()
{
    // Node B's database connections are killed (pg_terminate_backend) in the middle of the PostgreSQL run, just
    // before a revocation whose NOTIFY then reaches nobody: node B must still refuse it and every later one.
    std::optional<LabPostgresServer> postgres;
    if (testUsesPostgres()) {
        postgres = LabPostgresServer{testServerUrl(), {}};
    }
    constexpr int kReps = 4;
    auto result = runNodes(postgres, nullptr, true, kReps);
    QVERIFY2(result.has_value(), result ? "" : qPrintable(result.error().message));
    if (!postgres) {
        QVERIFY(result->kills.isEmpty()); // nothing to kill on an SQLite file
        return;
    }
    QCOMPARE(result->kills.size(), 1);
    const NodeKill& kill = result->kills.constFirst();
    QCOMPARE(kill.backend, QStringLiteral("postgresql"));
    QCOMPARE(kill.index, kReps / 2);
    QVERIFY2(kill.terminated >= 2, "node B's listener and validator connections at least");
    QVERIFY(kill.reconnectsAfter > kill.reconnectsBefore);
    QVERIFY(kill.healthyAfter);
    int errors = 0;
    for (const NodeRow& row : result->rows) {
        QVERIFY2(row.lost == 0, qPrintable(row.key())); // S-REVOKE-NOW, connection killed or not
        QCOMPARE(row.revocations, kReps);
        errors += row.errors;
    }
    int killedSamples = 0;
    int sampleErrors = 0;
    for (const NodeSample& s : result->samples) {
        QVERIFY(s.latencyMs >= 0);
        sampleErrors += s.errors;
        if (s.killed) {
            ++killedSamples;
            QCOMPARE(s.backend, QStringLiteral("postgresql"));
            QCOMPARE(s.index, kReps / 2);
            QCOMPARE(s.mechanism, QStringLiteral("reconnect"));
        }
    }
    QCOMPARE(killedSamples, 1);
    QCOMPARE(sampleErrors, errors);
    // The kill waits until node B's backends are gone, so each of its connections finds the end of the stream on
    // its socket before its next statement and reconnects: no request fails.
    QVERIFY2(errors == 0, qPrintable(kill.firstError));
    QVERIFY2(result->summary.contains(QStringLiteral("were killed (pg_terminate_backend)")),
             qPrintable(result->summary));
    QVERIFY(result->summary.contains(QStringLiteral("no revocation was lost")));
    // What was killed and what happened survives the round trip through a saved run.
    const NodeRevocationResult again = NodeRevocationResult::fromJson(result->toJson());
    QCOMPARE(again.kills.size(), 1);
    QCOMPARE(again.kills.constFirst().terminated, kill.terminated);
    QCOMPARE(again.toJson(), result->toJson());
}

void tst_LabNodes::unreachablePostgresIsANoteNotAFailure()
{
    // Nothing listens on port 1: the PostgreSQL half is skipped with the reason, SQLite is still measured.
    LabOptions options = LabOptions::quickOptions();
    options.nodeRepetitions = 1;
    LabRunner runner;
    runner.setPostgresServer(LabPostgresServer{QStringLiteral("postgresql://nobody@127.0.0.1:1/none"), {}});
    auto runs = runner.runBlocking({Experiment::NodeRevocation}, options);
    QVERIFY2(runs.has_value(), runs ? "" : qPrintable(runs.error().message));
    const NodeRevocationResult r = NodeRevocationResult::fromJson(runs->constFirst().result);
    QCOMPARE(r.backends, QStringList{QStringLiteral("sqlite")});
    QVERIFY(r.notes.startsWith(QStringLiteral("PostgreSQL was not measured")));
    QVERIFY(r.summary.contains(r.notes));
}

void tst_LabNodes::resultRoundTrip()
{
    NodeRevocationResult r;
    r.repetitions = 4;
    r.backends = {QStringLiteral("sqlite")};
    const double latencies[] = {4.0, 1.0, 3.0, 2.0};
    for (int i = 0; i < 4; ++i) {
        r.samples.append(NodeSample{QStringLiteral("sqlite"), QStringLiteral("cookie"), QStringLiteral("node"), i,
                                    latencies[i], QStringLiteral("wal")});
    }
    r.samples.append(
        NodeSample{QStringLiteral("sqlite"), QStringLiteral("cookie"), QStringLiteral("node"), 4, -1, QString()});
    r.computeRows();
    QCOMPARE(r.rows.size(), 1);
    const NodeRow& row = r.rows.constFirst();
    QCOMPARE(row.revocations, 5);
    QCOMPARE(row.lost, 1);
    QCOMPARE(row.minMs, 1.0);
    QCOMPARE(row.medianMs, 2.0); // nearest rank over the four refused ones
    QCOMPARE(row.p95Ms, 4.0);
    QCOMPARE(row.p99Ms, 4.0);
    QCOMPARE(row.maxMs, 4.0);
    QCOMPARE(row.mechanisms.value(QStringLiteral("wal")), 4);
    const QJsonObject json = r.toJson();
    QCOMPARE(NodeRevocationResult::fromJson(json).toJson(), json);
    const LabTable table = tableOf(Experiment::NodeRevocation, json);
    QCOMPARE(table.rows.size(), 1);
    QCOMPARE(table.headers.at(9), QStringLiteral("never refused"));
    QCOMPARE(table.rows.at(0).at(9), QStringLiteral("1"));
    QCOMPARE(table.headers.at(10), QStringLiteral("HTTP 5xx"));
    QCOMPARE(table.rows.at(0).at(10), QStringLiteral("0"));
}

QTEST_GUILESS_MAIN(tst_LabNodes)
#include "tst_labnodes.moc"
