// `authscope-cli lab` as a user runs it: exit codes, JSON, CSV, and results saved in --db.
#include "tests/support/TestSupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace authscope::test;

class tst_LabCommand final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void usageErrors();
    void jsonSavesRuns();
    void tableAndCsv();
    void nodesExperiment();

private:
    CliRun lab(const QStringList& args)
    {
        return runCli(
            QStringList{QStringLiteral("--db"), m_dir.filePath(QStringLiteral("app.db")), QStringLiteral("lab")} + args,
            {}, 120000);
    }

    QTemporaryDir m_dir;
};

void tst_LabCommand::usageErrors()
{
    QCOMPARE(lab({QStringLiteral("--only"), QStringLiteral("speed")}).exitCode, 2);
    QCOMPARE(lab({QStringLiteral("--only"), QStringLiteral(",")}).exitCode, 2);
    QCOMPARE(lab({QStringLiteral("extra")}).exitCode, 2);
    QCOMPARE(lab({QStringLiteral("--bogus")}).exitCode, 2);
    const CliRun help = lab({QStringLiteral("--help")});
    QCOMPARE(help.exitCode, 0);
    QCOMPARE(lab({QStringLiteral("--repeat"), QStringLiteral("0")}).exitCode, 2);
    QCOMPARE(lab({QStringLiteral("--repeat"), QStringLiteral("many")}).exitCode, 2);
    // An id from outside is shown escaped, never as raw control characters.
    const CliRun control = lab({QStringLiteral("--only"), QStringLiteral("no\x1b"
                                                                         "de")});
    QCOMPARE(control.exitCode, 2);
    QVERIFY(!control.err.contains('\x1b'));
    // Killing node B's connections needs the nodes experiment on PostgreSQL: on an SQLite --db it is a usage error.
    const CliRun kill = lab({QStringLiteral("--only"), QStringLiteral("nodes"), QStringLiteral("--kill-connection")});
    QCOMPARE(kill.exitCode, 2);
    QVERIFY(kill.err.contains("--kill-connection"));
    for (const char* option : {"--quick", "--json", "--only", "--csv", "--no-save", "--repeat", "--kill-connection"}) {
        QVERIFY2(help.out.contains(option), option);
    }
}

void tst_LabCommand::jsonSavesRuns()
{
    const CliRun run =
        lab({QStringLiteral("--quick"), QStringLiteral("--only"), QStringLiteral("bytes"), QStringLiteral("--json")});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QJsonArray runs = QJsonDocument::fromJson(run.out).object().value(QStringLiteral("runs")).toArray();
    QCOMPARE(runs.size(), 1);
    const QJsonObject first = runs.at(0).toObject();
    QCOMPARE(first.value(QStringLiteral("experiment")).toString(), QStringLiteral("bytes"));
    QVERIFY(first.value(QStringLiteral("id")).toInteger() > 0); // saved in --db
    QVERIFY(first.value(QStringLiteral("quick")).toBool());
    QVERIFY(!first.value(QStringLiteral("result")).toObject().value(QStringLiteral("summary")).toString().isEmpty());

    const CliRun unsaved = lab({QStringLiteral("--quick"), QStringLiteral("--only"), QStringLiteral("bytes"),
                                QStringLiteral("--json"), QStringLiteral("--no-save")});
    QCOMPARE(unsaved.exitCode, 0);
    const QJsonObject second =
        QJsonDocument::fromJson(unsaved.out).object().value(QStringLiteral("runs")).toArray().at(0).toObject();
    QCOMPARE(second.value(QStringLiteral("id")).toInteger(), 0);
}

void tst_LabCommand::tableAndCsv()
{
    const QString csvDir = m_dir.filePath(QStringLiteral("csv"));
    const CliRun run = lab({QStringLiteral("--quick"), QStringLiteral("--only"), QStringLiteral("bytes"),
                            QStringLiteral("--csv"), csvDir, QStringLiteral("--no-save")});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY(run.out.contains("== Bytes on the wire =="));
    QVERIFY(run.out.contains("request header"));
    QFile csv(csvDir + QStringLiteral("/bytes.csv"));
    QVERIFY(csv.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = csv.readAll().split('\n');
    QVERIFY(lines.size() > 2);
    QVERIFY(lines.at(0).startsWith("credential,alg,claims,bytes,"));
    QVERIFY(lines.at(1).startsWith("cookie,"));
}

void tst_LabCommand::nodesExperiment()
{
    // Two real server processes on one SQLite file; --db is SQLite, so PostgreSQL is named as not measured.
    const CliRun run =
        lab({QStringLiteral("--quick"), QStringLiteral("--only"), QStringLiteral("nodes"), QStringLiteral("--repeat"),
             QStringLiteral("1"), QStringLiteral("--json"), QStringLiteral("--no-save")});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QJsonObject result = QJsonDocument::fromJson(run.out)
                                   .object()
                                   .value(QStringLiteral("runs"))
                                   .toArray()
                                   .at(0)
                                   .toObject()
                                   .value(QStringLiteral("result"))
                                   .toObject();
    QCOMPARE(result.value(QStringLiteral("experiment")).toString(), QStringLiteral("nodes"));
    QCOMPARE(result.value(QStringLiteral("backends")).toArray(), QJsonArray{QStringLiteral("sqlite")});
    const QJsonArray rows = result.value(QStringLiteral("rows")).toArray();
    QCOMPARE(rows.size(), 4);
    for (const QJsonValue& row : rows) {
        QCOMPARE(row.toObject().value(QStringLiteral("lost")).toInt(), 0);
        QCOMPARE(row.toObject().value(QStringLiteral("revocations")).toInt(), 1);
    }
    QVERIFY(result.value(QStringLiteral("notes")).toString().contains(QStringLiteral("PostgreSQL")));
}

QTEST_GUILESS_MAIN(tst_LabCommand)
#include "tst_labcommand.moc"
