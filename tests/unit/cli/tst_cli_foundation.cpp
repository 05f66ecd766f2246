#include "tests/support/TestSupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

using namespace authscope::test;

class tst_CliFoundation final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void help();
    void noArguments();
    void version();
    void unknownCommand();
    void unknownOption();
    void auditHelp();
    void auditUnknownSubcommand();
    void auditListEmpty();
    void demoThenList();
    void demoRefusesUsedDatabase();
    void auditListJsonAndFilters();
    void auditListBadSince();
    void auditVerifyIntact();
    void auditVerifyTampered();
    void newerDatabaseRefused();
    void notADatabaseRefused();
    void dbNeedsPath();
    void groupUsageIsGenerated();
    void strayArgumentsRefused();
    void pemPassphraseOption();
    void deprecatedSpellingWarns();

private:
    QString db() const { return m_dir.filePath(QStringLiteral("cli.db")); }
    QTemporaryDir m_dir;
};

void tst_CliFoundation::init()
{
    QFile::remove(db());
    QFile::remove(db() + QStringLiteral("-wal"));
    QFile::remove(db() + QStringLiteral("-shm"));
}

void tst_CliFoundation::help()
{
    const CliRun r = runCli({QStringLiteral("--help")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains("--db"));
    QVERIFY(r.out.contains("audit"));
    QVERIFY(r.out.contains("Exit codes"));
}

void tst_CliFoundation::noArguments()
{
    const CliRun r = runCli({});
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.out.contains("Commands:"));
}

void tst_CliFoundation::version()
{
    const CliRun r = runCli({QStringLiteral("--version")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.startsWith("AuthScope "));
    QVERIFY(r.out.contains("Qt 6."));
    QVERIFY(r.out.contains("OpenSSL 3"));
    QVERIFY(r.out.contains("SQLite 3"));
}

void tst_CliFoundation::unknownCommand()
{
    const CliRun r = runCli({QStringLiteral("frobnicate")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.err.contains("unknown command 'frobnicate'"));
}

void tst_CliFoundation::unknownOption()
{
    const CliRun r = runCli(
        {QStringLiteral("--db"), db(), QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--bogus")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.err.contains("bogus"));
}

void tst_CliFoundation::auditHelp()
{
    CliRun r = runCli({QStringLiteral("audit"), QStringLiteral("--help")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains("audit list"));
    QVERIFY(r.out.contains("audit verify"));
    r = runCli({QStringLiteral("--db"), db(), QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("-h")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains("authscope-cli audit list"));
    QVERIFY(r.out.contains("--since"));
    r = runCli({QStringLiteral("audit")});
    QCOMPARE(r.exitCode, 2);
}

void tst_CliFoundation::auditUnknownSubcommand()
{
    const CliRun r = runCli({QStringLiteral("--db"), db(), QStringLiteral("audit"), QStringLiteral("erase")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.err.contains("unknown subcommand 'erase'"));
}

void tst_CliFoundation::auditListEmpty()
{
    const CliRun r = runCli({QStringLiteral("--db"), db(), QStringLiteral("audit"), QStringLiteral("list")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains("0 row(s)"));
    QVERIFY(QFile::exists(db()));
}

void tst_CliFoundation::demoThenList()
{
    CliRun r = runCli({QStringLiteral("--db"), db(), QStringLiteral("demo")});
    QCOMPARE(r.exitCode, 0);
    r = runCli({QStringLiteral("--db"), db(), QStringLiteral("audit"), QStringLiteral("list")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains("demo.seed"));
    QVERIFY(r.out.contains("ACTION"));
}

void tst_CliFoundation::demoRefusesUsedDatabase()
{
    QCOMPARE(runCli({QStringLiteral("--db"), db(), QStringLiteral("demo")}).exitCode, 0);
    const CliRun r = runCli({QStringLiteral("--db"), db(), QStringLiteral("demo")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.err.contains("already holds data"));
}

void tst_CliFoundation::auditListJsonAndFilters()
{
    QCOMPARE(runCli({QStringLiteral("--db"), db(), QStringLiteral("demo")}).exitCode, 0);
    CliRun r = runCli(
        {QStringLiteral("--db"), db(), QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--json")});
    QCOMPARE(r.exitCode, 0);
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(r.out, &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    QVERIFY(doc.isArray());
    const QJsonArray rows = doc.array();
    QVERIFY(!rows.isEmpty());
    const QJsonObject first = rows.first().toObject();
    for (const char* key : {"id", "time", "actor", "action", "target", "details", "hash"}) {
        QVERIFY2(first.contains(QLatin1String(key)), key);
    }
    r = runCli({QStringLiteral("--db"), db(), QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--json"),
                QStringLiteral("--action"), QStringLiteral("no.such.action")});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(r.out).array().size(), 0);
    r = runCli({QStringLiteral("--db"), db(), QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--json"),
                QStringLiteral("--since"), QStringLiteral("1h"), QStringLiteral("--action"), QStringLiteral("demo.")});
    QCOMPARE(r.exitCode, 0);
    // The demo writes rows of several areas; the prefix filter keeps exactly the demo.* ones.
    qsizetype demoRows = 0;
    for (const QJsonValue& row : rows) {
        demoRows +=
            row.toObject().value(QStringLiteral("action")).toString().startsWith(QStringLiteral("demo.")) ? 1 : 0;
    }
    QVERIFY(demoRows >= 1);
    QCOMPARE(QJsonDocument::fromJson(r.out).array().size(), demoRows);
    r = runCli({QStringLiteral("--db"), db(), QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--json"),
                QStringLiteral("--since"), QStringLiteral("2999-01-01")});
    QCOMPARE(QJsonDocument::fromJson(r.out).array().size(), 0);
}

void tst_CliFoundation::auditListBadSince()
{
    const CliRun r = runCli({QStringLiteral("--db"), db(), QStringLiteral("audit"), QStringLiteral("list"),
                             QStringLiteral("--since"), QStringLiteral("yesterday-ish")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.err.contains("is not a time"));
}

void tst_CliFoundation::auditVerifyIntact()
{
    QCOMPARE(runCli({QStringLiteral("--db"), db(), QStringLiteral("demo")}).exitCode, 0);
    CliRun r = runCli({QStringLiteral("--db"), db(), QStringLiteral("audit"), QStringLiteral("verify")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains("intact"));
    r = runCli(
        {QStringLiteral("--db"), db(), QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--json")});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(r.out).object().value(QStringLiteral("intact")).toBool(), true);
}

void tst_CliFoundation::auditVerifyTampered()
{
    QCOMPARE(runCli({QStringLiteral("--db"), db(), QStringLiteral("demo")}).exitCode, 0);
    {
        sqlite3* raw = nullptr;
        QCOMPARE(sqlite3_open(db().toUtf8().constData(), &raw), SQLITE_OK);
        QCOMPARE(sqlite3_exec(raw, "UPDATE audit_log SET target='forged' WHERE id=1", nullptr, nullptr, nullptr),
                 SQLITE_OK);
        sqlite3_close(raw);
    }
    CliRun r = runCli({QStringLiteral("--db"), db(), QStringLiteral("audit"), QStringLiteral("verify")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.out.contains("BROKEN at row 1"));
    r = runCli(
        {QStringLiteral("--db"), db(), QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--json")});
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(QJsonDocument::fromJson(r.out).object().value(QStringLiteral("first_bad_id")).toInt(), 1);
}

void tst_CliFoundation::newerDatabaseRefused()
{
    {
        sqlite3* raw = nullptr;
        QCOMPARE(sqlite3_open(db().toUtf8().constData(), &raw), SQLITE_OK);
        // An AuthScope database (its application_id, F-FOREIGN-DB) from a newer version.
        QCOMPARE(sqlite3_exec(raw, "PRAGMA application_id=1098208099; CREATE TABLE t(x); PRAGMA user_version=999;",
                              nullptr, nullptr, nullptr),
                 SQLITE_OK);
        sqlite3_close(raw);
    }
    const CliRun r = runCli({QStringLiteral("--db"), db(), QStringLiteral("audit"), QStringLiteral("list")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.err.contains("newer AuthScope"));
    QVERIFY(r.err.contains("storage.newer-version"));
}

void tst_CliFoundation::notADatabaseRefused()
{
    QFile f(db());
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(QByteArray(4096, 'z'));
    f.close();
    const CliRun r = runCli({QStringLiteral("--db"), db(), QStringLiteral("audit"), QStringLiteral("verify")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.err.contains("not an AuthScope database"));
}

void tst_CliFoundation::dbNeedsPath()
{
    const CliRun r = runCli({QStringLiteral("--db")});
    QCOMPARE(r.exitCode, 2);
}

void tst_CliFoundation::groupUsageIsGenerated()
{
    // Every subcommand has a usage line in its group's help, and every option of its --help is on that line.
    static const QRegularExpression usageLine(
        QStringLiteral("^(?:Usage:)? +authscope-cli \\[--db PATH\\] (\\S+) (\\S+)"));
    static const QRegularExpression optionRow(QStringLiteral("^  (--[a-z][a-z-]*)"));
    for (const QString& group :
         {QStringLiteral("audit"), QStringLiteral("sessions"), QStringLiteral("keys"), QStringLiteral("users")}) {
        const CliRun help = runCli({group, QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        // A usage line and its continuation lines, by subcommand.
        QMap<QString, QString> lines;
        QString current;
        for (const QString& line : QString::fromUtf8(help.out).split(u'\n')) {
            const auto m = usageLine.match(line);
            if (m.hasMatch()) {
                QCOMPARE(m.captured(1), group);
                current = m.captured(2);
                lines[current] = line;
            } else if (!current.isEmpty() && line.startsWith(QStringLiteral("          "))) {
                lines[current] += line;
            } else {
                current.clear();
            }
        }
        QVERIFY2(lines.size() >= 2, qPrintable(group));
        for (auto it = lines.cbegin(); it != lines.cend(); ++it) {
            const CliRun sub = runCli({group, it.key(), QStringLiteral("--help")});
            QCOMPARE(sub.exitCode, 0);
            for (const QString& row : QString::fromUtf8(sub.out).split(u'\n')) {
                const auto m = optionRow.match(row);
                if (m.hasMatch() && m.captured(1) != QStringLiteral("--help")) {
                    QVERIFY2(it.value().contains(m.captured(1)),
                             qPrintable(group + u' ' + it.key() + u' ' + m.captured(1)));
                }
            }
        }
    }
}

void tst_CliFoundation::strayArgumentsRefused()
{
    for (const QStringList& args :
         {QStringList{QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("x")},
          QStringList{QStringLiteral("users"), QStringLiteral("list"), QStringLiteral("x")},
          QStringList{QStringLiteral("sessions"), QStringLiteral("stats"), QStringLiteral("x")},
          QStringList{QStringLiteral("demo"), QStringLiteral("x")}}) {
        const CliRun r = runCli(QStringList{QStringLiteral("--db"), db()} + args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("takes no arguments"), r.err.constData());
    }
    QVERIFY(!QFile::exists(db())); // refused before the database was opened
}

void tst_CliFoundation::pemPassphraseOption()
{
    const QString pass = writeFile(m_dir, QStringLiteral("pem-pass.txt"), "correct-horse\n");
    const CliRun r = runCli({QStringLiteral("thumbprint"), QStringLiteral("--pem-passphrase-file"), pass,
                             dataPath(QStringLiteral("keys/ed25519.enc.pem"))});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out.trimmed().count('\n'), 0);
    QVERIFY(r.err.isEmpty());
    const CliRun help = runCli({QStringLiteral("verify"), QStringLiteral("--help")});
    QVERIFY(help.out.contains("--pem-passphrase-file"));
    QVERIFY(!help.out.contains("  --passphrase-file"));
}

void tst_CliFoundation::deprecatedSpellingWarns()
{
    const QString pass = writeFile(m_dir, QStringLiteral("pem-pass.txt"), "correct-horse\n");
    const QString key = dataPath(QStringLiteral("keys/ed25519.enc.pem"));
    const CliRun current = runCli({QStringLiteral("thumbprint"), QStringLiteral("--pem-passphrase-file"), pass, key});
    const CliRun old = runCli({QStringLiteral("thumbprint"), QStringLiteral("--passphrase-file"), pass, key});
    QCOMPARE(old.exitCode, 0);
    QCOMPARE(old.out, current.out);
    QCOMPARE(old.err.trimmed().count('\n'), 0); // one line
    QVERIFY(old.err.contains("--passphrase-file is deprecated"));
    QVERIFY(old.err.contains("--pem-passphrase-file"));
}

QTEST_GUILESS_MAIN(tst_CliFoundation)
#include "tst_cli_foundation.moc"
