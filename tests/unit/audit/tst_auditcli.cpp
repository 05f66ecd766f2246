// `authscope-cli audit verify|seal|checkpoint|list` on a real SQLite file edited with raw SQL (A-SEAL,
// A-CHECKPOINT, D-DISPLAY).
#include "core/audit/AuditLog.h"
#include "core/audit/AuditSealer.h"
#include "core/keys/KeyVault.h"
#include "core/sessions/UserStore.h"
#include "core/storage/Database.h"
#include "tests/support/TestSupport.h"
#include "tests/unit/audit/AuditFilters.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace authscope;
using namespace authscope::test;

namespace {

const QString kPassphrase = QStringLiteral("cli audit passphrase");

} // namespace

class tst_AuditCli final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();

    void intactSealedLogVerifies();
    void deleteNewestRowsAndMoveHead();
    void rechainAfterEdit();
    void appendForgedRow();
    void emptyTableWithUsersAndKeys();
    void truncateBelowCheckpoint();
    void sealCommandSealsLockedRows();
    void listEscapesControlCharacters();
    void strippedSealsFoundWithPassphrase();

private:
    QString db() const { return m_dir.filePath(QStringLiteral("cli.db")); }
    QString passFile() const { return m_dir.filePath(QStringLiteral("pass.txt")); }
    CliRun cli(QStringList args, bool withPassphrase = false) const;
    void build(int rows = 6);
    [[nodiscard]] static QJsonObject json(const CliRun& run) { return QJsonDocument::fromJson(run.out).object(); }

    QTemporaryDir m_dir;
    qint64 m_rows = 0;
};

void tst_AuditCli::init()
{
    for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        QFile::remove(db() + suffix);
    }
    QFile pass(passFile());
    QVERIFY(pass.open(QIODevice::WriteOnly));
    pass.write(kPassphrase.toUtf8() + '\n');
}

CliRun tst_AuditCli::cli(QStringList args, bool withPassphrase) const
{
    args.prepend(db());
    args.prepend(QStringLiteral("--db"));
    if (withPassphrase) {
        args << QStringLiteral("--passphrase-file") << passFile();
    }
    return runCli(args);
}

void tst_AuditCli::build(int rows)
{
    auto opened = Database::open(db());
    QVERIFY(opened.has_value());
    std::unique_ptr<Database> database = std::move(*opened);
    {
        AuditLog log(*database, Clock::system(), QStringLiteral("admin"));
        KeyVault vault(*database, log);
        AuditSealer sealer(*database, log, vault);
        crypto::KeyDerivation::ScryptParameters kdf;
        kdf.logN = 10;
        QVERIFY(vault.initialise(kPassphrase, kdf).has_value());
        UserStore users(*database, log);
        NewUser alice;
        alice.username = QStringLiteral("alice");
        QVERIFY(users.add(alice).has_value());
        for (int i = 0; i < rows; ++i) {
            QVERIFY(log.append(QStringLiteral("test.step"), QStringLiteral("step %1").arg(i)).has_value());
        }
        m_rows = log.count().value();
    }
    database.reset();
}

void tst_AuditCli::intactSealedLogVerifies()
{
    build();
    CliRun r = cli({QStringLiteral("audit"), QStringLiteral("verify")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains("seals NOT checked"), r.out.constData());
    r = cli({QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--json")}, true);
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(json(r).value(QStringLiteral("seals_checked")).toBool(), true);
    QCOMPARE(json(r).value(QStringLiteral("sealed_through")).toInteger(), m_rows);
    // Verifying writes nothing: no audit.seal row, no new key.
    r = cli({QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--json")});
    QCOMPARE(QJsonDocument::fromJson(r.out).array().size(), m_rows);
}

void tst_AuditCli::deleteNewestRowsAndMoveHead()
{
    build();
    rawSql(db(), "DELETE FROM audit_log WHERE id > " + QByteArray::number(m_rows - 2) +
                     "; UPDATE meta SET value = (SELECT id || ':' || hash FROM audit_log ORDER BY id DESC LIMIT 1) "
                     "WHERE key = 'audit.head';");
    const CliRun r = cli({QStringLiteral("audit"), QStringLiteral("verify")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.out.contains(QByteArray("BROKEN at row " + QByteArray::number(m_rows - 1) + " (truncated)")),
             r.out.constData());
}

void tst_AuditCli::rechainAfterEdit()
{
    build();
    // Edit row 3 and recompute every hash after it, as sqlite3 and a few lines of script can.
    {
        auto opened = Database::open(db());
        QVERIFY(opened.has_value());
        AuditLog log(**opened);
        auto rows = log.list(oldestFirst()).value();
        QString prev = rows.at(1).hash;
        QByteArray sql;
        for (qsizetype i = 2; i < rows.size(); ++i) {
            AuditEntry e = rows.at(i);
            if (e.id == 3) {
                e.target = QStringLiteral("nothing to see");
                sql += "UPDATE audit_log SET target = 'nothing to see' WHERE id = 3;";
            }
            e.prevHash = prev;
            e.hash = AuditLog::computeHash(prev, e);
            sql += "UPDATE audit_log SET prev_hash = '" + e.prevHash.toLatin1() + "', hash = '" + e.hash.toLatin1() +
                   "' WHERE id = " + QByteArray::number(e.id) + ";";
            prev = e.hash;
        }
        sql += "UPDATE meta SET value = '" + QByteArray::number(rows.size()) + ":" + prev.toLatin1() +
               "' WHERE key = 'audit.head';";
        sql += "UPDATE meta SET value = '" + QByteArray::number(rows.size()) + ":" + prev.toLatin1() +
               ":' || "
               "(SELECT mac FROM audit_log ORDER BY id DESC LIMIT 1) WHERE key = 'audit.seal';";
        opened->reset();
        rawSql(db(), sql);
    }
    const CliRun r = cli({QStringLiteral("audit"), QStringLiteral("verify")}, true);
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.out.contains("BROKEN at row 3 (row-seal)"), r.out.constData());
    const CliRun j = cli({QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--json")}, true);
    QCOMPARE(json(j).value(QStringLiteral("kind")).toString(), QStringLiteral("row-seal"));
    QCOMPARE(json(j).value(QStringLiteral("first_bad_id")).toInteger(), 3);
}

void tst_AuditCli::appendForgedRow()
{
    build();
    {
        auto opened = Database::open(db());
        QVERIFY(opened.has_value());
        AuditLog log(**opened);
        const AuditEntry last = log.list(newestOnly()).value().first();
        AuditEntry forged;
        forged.id = last.id + 1;
        forged.timeMs = last.timeMs + 1;
        forged.actor = QStringLiteral("admin");
        forged.action = QStringLiteral("user.role");
        forged.target = QStringLiteral("user:mallory");
        forged.hash = AuditLog::computeHash(last.hash, forged);
        const QByteArray id = QByteArray::number(forged.id);
        opened->reset();
        rawSql(db(), "INSERT INTO audit_log(id, ts_ms, actor, action, target, details, prev_hash, hash, mac) VALUES(" +
                         id + ", " + QByteArray::number(forged.timeMs) +
                         ", 'admin', 'user.role', 'user:mallory', '{}', '" + last.hash.toLatin1() + "', '" +
                         forged.hash.toLatin1() + "', '" + last.mac.toLatin1() + "'); UPDATE meta SET value = '" + id +
                         ":" + forged.hash.toLatin1() + "' WHERE key = 'audit.head'; UPDATE meta SET value = '" + id +
                         ":" + forged.hash.toLatin1() + ":" + last.mac.toLatin1() + "' WHERE key = 'audit.seal';");
    }
    CliRun r = cli({QStringLiteral("audit"), QStringLiteral("verify")}, true);
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.out.contains(QByteArray("BROKEN at row " + QByteArray::number(m_rows + 1) + " (row-seal)")),
             r.out.constData());

    // Without a claimed seal, and the seal record put back on the last genuine row with that row's tag.
    rawSql(db(), "UPDATE audit_log SET mac = NULL WHERE id = " + QByteArray::number(m_rows + 1) +
                     "; UPDATE meta SET value = (SELECT id || ':' || hash || ':' || mac FROM audit_log WHERE id = " +
                     QByteArray::number(m_rows) + ") WHERE key = 'audit.seal';");
    // A row tag is not a head tag (each has its own label): still found.
    r = cli({QStringLiteral("audit"), QStringLiteral("verify")}, true);
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.out.contains("(seal)"), r.out.constData());
}

void tst_AuditCli::emptyTableWithUsersAndKeys()
{
    build();
    CliRun r =
        cli({QStringLiteral("keys"), QStringLiteral("generate"), QStringLiteral("--kty"), QStringLiteral("EC")}, true);
    QVERIFY2(r.exitCode == 0, r.err.constData());
    rawSql(db(), "DELETE FROM audit_log; DELETE FROM meta WHERE key LIKE 'audit.%';");
    r = cli({QStringLiteral("audit"), QStringLiteral("verify")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.out.contains("BROKEN at row 1 (emptied)"), r.out.constData());
    QVERIFY2(r.out.contains("1 user(s)") && r.out.contains("1 signing key(s)"), r.out.constData());
}

void tst_AuditCli::truncateBelowCheckpoint()
{
    build();
    const QString checkpoint = m_dir.filePath(QStringLiteral("checkpoint.json"));
    CliRun r = cli({QStringLiteral("audit"), QStringLiteral("checkpoint"), QStringLiteral("--out"), checkpoint}, true);
    QVERIFY2(r.exitCode == 0, r.err.constData());
    r = cli({QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--checkpoint"), checkpoint}, true);
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains("its prefix is unchanged and its tag checks out"), r.out.constData());
    // Cut below the checkpoint and make the database consistent again (both heads moved to the new last row).
    rawSql(db(), "DELETE FROM audit_log WHERE id > " + QByteArray::number(m_rows - 3) +
                     "; UPDATE meta SET value = (SELECT id || ':' || hash FROM audit_log ORDER BY id DESC LIMIT 1) "
                     "WHERE key = 'audit.head'; UPDATE meta SET value = (SELECT id || ':' || hash || ':' || mac FROM "
                     "audit_log ORDER BY id DESC LIMIT 1) WHERE key = 'audit.seal';");
    r = cli({QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--checkpoint"), checkpoint});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.out.contains(QByteArray("BROKEN at row " + QByteArray::number(m_rows - 2) + " (truncated)")),
             r.out.constData());
    QVERIFY2(r.out.contains("the checkpoint of"), r.out.constData());
    // A file that is not a checkpoint is a usage error.
    QFile bad(checkpoint);
    QVERIFY(bad.open(QIODevice::WriteOnly));
    bad.write("{\"format\": \"something else\"}");
    bad.close();
    r = cli({QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--checkpoint"), checkpoint});
    QCOMPARE(r.exitCode, 2);
}

void tst_AuditCli::sealCommandSealsLockedRows()
{
    build();
    // Rows written with the vault locked (a CLI command that needs no passphrase).
    CliRun r = cli({QStringLiteral("users"), QStringLiteral("disable"), QStringLiteral("alice")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    r = cli({QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--require-sealed")}, true);
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.out.contains("not sealed yet"), r.out.constData());
    r = cli({QStringLiteral("audit"), QStringLiteral("seal")}, true);
    QVERIFY2(r.exitCode == 0, r.out.constData());
    r = cli({QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--require-sealed")}, true);
    QCOMPARE(r.exitCode, 0);
}

void tst_AuditCli::listEscapesControlCharacters()
{
    build(0);
    {
        auto opened = Database::open(db());
        QVERIFY(opened.has_value());
        AuditLog log(**opened);
        QVERIFY(log.append(QStringLiteral("user.login-failed"), QStringLiteral("user:\x1b[2J\x1b[32mVALID\r\u202e"),
                           QJsonObject{{QStringLiteral("reason"), QStringLiteral("bad\ncredentials")}})
                    .has_value());
    }
    const CliRun r = cli({QStringLiteral("audit"), QStringLiteral("list")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(!r.out.contains('\x1b') && !r.out.contains('\r'), r.out.constData());
    QVERIFY2(r.out.contains("\\x1b[2J"), r.out.constData());
    QVERIFY2(r.out.contains("\\u202e"), r.out.constData());
}

void tst_AuditCli::strippedSealsFoundWithPassphrase()
{
    build();
    // The audit key, every row's seal and the seal record deleted: the keyless chain still holds (A-SEAL-BOUND).
    rawSql(db(), "UPDATE audit_log SET mac = NULL; DELETE FROM meta WHERE key IN ('audit.key', 'audit.seal');");
    CliRun r = cli({QStringLiteral("audit"), QStringLiteral("verify")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains("no seals found and seals NOT checked"), r.out.constData());
    r = cli({QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--require-sealed")});
    QCOMPARE(r.exitCode, 1);
    r = cli({QStringLiteral("audit"), QStringLiteral("verify")}, true);
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.out.contains("BROKEN at row 1 (audit-key)"), r.out.constData());
    // `audit seal` makes no new key over it, and says why.
    r = cli({QStringLiteral("audit"), QStringLiteral("seal")}, true);
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("key vault vouches"), r.err.constData());
    r = cli({QStringLiteral("audit"), QStringLiteral("verify")}, true);
    QVERIFY2(r.out.contains("BROKEN at row 1 (audit-key)"), r.out.constData());
}

QTEST_GUILESS_MAIN(tst_AuditCli)
#include "tst_auditcli.moc"
