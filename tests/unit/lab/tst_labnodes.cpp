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

Result<NodeRevocationResult> runNodes(const std::optional<LabPostgresServer>& postgres, qsizetype* partials = nullptr)
{
    LabOptions options = LabOptions::quickOptions();
    options.nodeRepetitions = kRepetitions;
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
        QVERIFY(row.minMs <= row.medianMs && row.medianMs <= row.p95Ms && row.p95Ms <= row.maxMs);
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
    QCOMPARE(row.maxMs, 4.0);
    QCOMPARE(row.mechanisms.value(QStringLiteral("wal")), 4);
    const QJsonObject json = r.toJson();
    QCOMPARE(NodeRevocationResult::fromJson(json).toJson(), json);
    const LabTable table = tableOf(Experiment::NodeRevocation, json);
    QCOMPARE(table.rows.size(), 1);
    QCOMPARE(table.rows.at(0).at(8), QStringLiteral("1"));
}

QTEST_GUILESS_MAIN(tst_LabNodes)
#include "tst_labnodes.moc"
