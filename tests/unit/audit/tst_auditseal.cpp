// A-SEAL, A-CHECKPOINT: the audit log edited with raw SQL on a real SQLite file by someone without the audit key.
#include "core/audit/AuditCheckpoint.h"
#include "core/audit/AuditLog.h"
#include "core/audit/AuditSealer.h"
#include "core/keys/KeyStore.h"
#include "core/keys/KeyVault.h"
#include "core/sessions/UserStore.h"
#include "core/storage/Database.h"
#include "tests/support/TestDatabase.h"
#include "tests/support/TestSupport.h"
#include "tests/unit/audit/AuditFilters.h"

#include <QFile>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace authscope;
using namespace authscope::test;

namespace {

const QString kPassphrase = QStringLiteral("audit seal passphrase");

crypto::KeyDerivation::ScryptParameters cheapKdf()
{
    crypto::KeyDerivation::ScryptParameters kdf;
    kdf.logN = 10;
    return kdf;
}

// The engine's parts on one file, as a process holds them.
struct World
{
    std::unique_ptr<Database> db;
    std::unique_ptr<AuditLog> log;
    std::unique_ptr<KeyVault> vault;
    std::unique_ptr<AuditSealer> sealer;

    explicit World(const QString& path)
    {
        auto opened = Database::open(path);
        if (!opened) {
            qFatal("cannot open %s: %s", qPrintable(path), qPrintable(opened.error().message));
        }
        db = std::move(*opened);
        log = std::make_unique<AuditLog>(*db, Clock::system(), QStringLiteral("admin"));
        vault = std::make_unique<KeyVault>(*db, *log);
        sealer = std::make_unique<AuditSealer>(*db, *log, *vault);
    }
    ~World()
    {
        sealer.reset();
        vault.reset();
        log.reset();
        db.reset();
    }
    Q_DISABLE_COPY_MOVE(World)

    // What `audit verify` does with the passphrase: opens the key without sealing anything first.
    bool unlockForVerify()
    {
        log->setSealingPaused(true);
        return vault->unlock(kPassphrase).has_value() && log->seal() != nullptr;
    }
    AuditVerifyReport verify(const AuditCheckpoint* checkpoint = nullptr) const
    {
        auto report = log->verify(checkpoint);
        if (!report) {
            qFatal("verify failed: %s", qPrintable(report.error().message));
        }
        return *report;
    }
};

QByteArray quoted(const QString& text)
{
    QString q = text;
    q.replace(u'\'', QStringLiteral("''"));
    return "'" + q.toUtf8() + "'";
}

} // namespace

class tst_AuditSeal final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void sealedLogVerifies();
    void deleteNewestRowsAndMoveHead();
    void deleteNewestRowsAndMoveHeadAndSeal();
    void rechainAfterEdit();
    void rechainAndStripSeals();
    void appendForgedRow();
    void appendUnsealedRowIsReported();
    void emptyTableOnDatabaseWithHistory();
    void truncateBelowCheckpoint();
    void rewriteBeforeCheckpoint();
    void checkpointFileEdited();
    void lockedRowsSealedAtNextUnlock();
    void brokenUnsealedTailIsNotSealed();
    void deletedAuditKeyIsReported();
    void strippedKeyAndSealsFoundWithPassphrase();
    void passphraseChangeKeepsTheBinding();
    void vaultFromBeforeBindingIsBoundAtNextUnlock();

private:
    QString path() const { return m_dir->filePath(QStringLiteral("seal.db")); }
    // Rows 1..n of a log written with the vault unlocked, next to a user and a signing key.
    void build(int appended = 8);
    // Re-chains rows from..last after they were edited, as an attacker without the key can.
    void rechainFrom(qint64 from, bool keepSeals);
    // A checkpoint of the log as it is now, taken with the vault unlocked (as `audit checkpoint` does).
    [[nodiscard]] Result<AuditCheckpoint> takeCheckpoint() const;
    // The attack A-SEAL-BOUND answers: a row edited, the chain recomputed, and the audit key, every seal and the
    // seal record deleted, so that the log looks like one written before sealing existed.
    void editAndStripEverySeal();
    // `audit verify` with the passphrase on the file as it is now.
    [[nodiscard]] AuditVerifyReport verifyWithPassphrase(const QString& passphrase = kPassphrase) const;

    QTemporaryDir* m_dir = nullptr;
    qint64 m_rows = 0;
};

Result<AuditCheckpoint> tst_AuditSeal::takeCheckpoint() const
{
    World w(path());
    if (auto unlocked = w.vault->unlock(kPassphrase); !unlocked) {
        return std::unexpected(unlocked.error());
    }
    return w.log->checkpoint();
}

void tst_AuditSeal::init()
{
    m_dir = new QTemporaryDir;
    m_rows = 0;
}

void tst_AuditSeal::cleanup()
{
    delete m_dir;
    m_dir = nullptr;
}

void tst_AuditSeal::build(int appended)
{
    World w(path());
    QVERIFY(w.vault->initialise(kPassphrase, cheapKdf()).has_value());
    QVERIFY(w.log->seal() != nullptr);
    UserStore users(*w.db, *w.log);
    NewUser alice;
    alice.username = QStringLiteral("alice");
    QVERIFY(users.add(alice).has_value());
    KeyStore keys(*w.db, *w.log, *w.vault);
    KeyStore::GenerateRequest request;
    request.kty = QStringLiteral("EC");
    request.state = KeyState::Active;
    QVERIFY(keys.generate(request).has_value());
    for (int i = 1; i <= appended; ++i) {
        QVERIFY(w.log->append(QStringLiteral("test.step"), QStringLiteral("step %1").arg(i)).has_value());
    }
    const AuditVerifyReport report = w.verify();
    QVERIFY2(report.intact, qPrintable(report.reason));
    QVERIFY(report.sealed && report.sealsChecked);
    QCOMPARE(report.unsealedRows, 0);
    m_rows = report.rowsChecked;
    QCOMPARE(report.sealedThrough, m_rows);
}

void tst_AuditSeal::rechainFrom(qint64 from, bool keepSeals)
{
    World w(path());
    auto rows = w.log->list(oldestFirst());
    QVERIFY(rows.has_value());
    QString prev = from == 1 ? AuditLog::genesisHash() : rows->at(from - 2).hash;
    QByteArray sql;
    for (AuditEntry e : *rows) {
        if (e.id < from) {
            continue;
        }
        e.prevHash = prev;
        e.hash = AuditLog::computeHash(prev, e);
        sql += "UPDATE audit_log SET prev_hash='" + e.prevHash.toLatin1() + "', hash='" + e.hash.toLatin1() + "'" +
               (keepSeals ? QByteArray() : QByteArray(", mac=NULL")) + " WHERE id=" + QByteArray::number(e.id) + ";";
        prev = e.hash;
    }
    const QByteArray last = QByteArray::number(rows->size());
    sql += "UPDATE meta SET value='" + last + ":" + prev.toLatin1() + "' WHERE key='audit.head';";
    // The seal record keeps its old tag: a new one needs the audit key.
    const QString oldSeal = w.db->metaValue(QStringLiteral("audit.seal")).value_or(QString());
    sql += "UPDATE meta SET value='" + last + ":" + prev.toLatin1() + ":" + oldSeal.section(u':', 2, 2).toLatin1() +
           "' WHERE key='audit.seal';";
    w.log.reset();
    w.vault.reset();
    w.sealer.reset();
    w.db.reset();
    rawSql(path(), sql);
}

void tst_AuditSeal::sealedLogVerifies()
{
    build();
    World w(path());
    AuditVerifyReport keyless = w.verify();
    QVERIFY2(keyless.intact, qPrintable(keyless.reason));
    QVERIFY(keyless.sealed);
    QVERIFY(!keyless.sealsChecked);
    QVERIFY(w.unlockForVerify());
    const AuditVerifyReport keyed = w.verify();
    QVERIFY2(keyed.intact, qPrintable(keyed.reason));
    QVERIFY(keyed.sealsChecked);
    QCOMPARE(keyed.rowsChecked, m_rows);
}

void tst_AuditSeal::deleteNewestRowsAndMoveHead()
{
    build();
    // The attack of the issue: cut the newest rows and point audit.head at the new last row.
    rawSql(path(), "DELETE FROM audit_log WHERE id > " + QByteArray::number(m_rows - 3) +
                       "; UPDATE meta SET value = (SELECT id || ':' || hash FROM audit_log ORDER BY id DESC LIMIT 1) "
                       "WHERE key = 'audit.head';");
    World w(path());
    const AuditVerifyReport r = w.verify(); // the seal record still names the old newest row: no key needed
    QVERIFY(!r.intact);
    QCOMPARE(r.kind, QStringLiteral("truncated"));
    QCOMPARE(r.firstBadId, m_rows - 2);
    QVERIFY2(r.reason.contains(QStringLiteral("sealed through row %1").arg(m_rows)), qPrintable(r.reason));
}

void tst_AuditSeal::deleteNewestRowsAndMoveHeadAndSeal()
{
    build();
    // A better attacker also moves the seal record, with the row's own tag as the head's tag.
    rawSql(path(), "DELETE FROM audit_log WHERE id > " + QByteArray::number(m_rows - 3) +
                       "; UPDATE meta SET value = (SELECT id || ':' || hash FROM audit_log ORDER BY id DESC LIMIT 1) "
                       "WHERE key = 'audit.head'; UPDATE meta SET value = (SELECT id || ':' || hash || ':' || mac "
                       "FROM audit_log ORDER BY id DESC LIMIT 1) WHERE key = 'audit.seal';");
    World w(path());
    QVERIFY(w.unlockForVerify());
    const AuditVerifyReport r = w.verify();
    QVERIFY(!r.intact);
    QCOMPARE(r.kind, QStringLiteral("seal"));
    QCOMPARE(r.firstBadId, m_rows - 3);
    QVERIFY(r.sealsChecked);
}

void tst_AuditSeal::rechainAfterEdit()
{
    build();
    rawSql(path(), "UPDATE audit_log SET target = 'nothing happened' WHERE id = 4;");
    rechainFrom(4, true);
    World w(path());
    QVERIFY(w.unlockForVerify());
    const AuditVerifyReport r = w.verify();
    QVERIFY(!r.intact);
    QCOMPARE(r.kind, QStringLiteral("row-seal"));
    QCOMPARE(r.firstBadId, 4);
}

void tst_AuditSeal::rechainAndStripSeals()
{
    build();
    rawSql(path(), "UPDATE audit_log SET target = 'nothing happened' WHERE id = 4;");
    rechainFrom(4, false);
    World w(path());
    const AuditVerifyReport r = w.verify(); // rows without a seal below the seal record: found without the key
    QVERIFY(!r.intact);
    QCOMPARE(r.kind, QStringLiteral("row-seal"));
    QCOMPARE(r.firstBadId, 4);
}

void tst_AuditSeal::appendForgedRow()
{
    build();
    QString lastHash;
    QString lastMac;
    {
        World w(path());
        auto last = w.log->list(newestOnly());
        QVERIFY(last.has_value() && last->size() == 1);
        lastHash = last->first().hash;
        lastMac = last->first().mac;
    }
    AuditEntry forged;
    forged.id = m_rows + 1;
    forged.timeMs = QDateTime::currentMSecsSinceEpoch();
    forged.actor = QStringLiteral("admin");
    forged.action = QStringLiteral("user.add");
    forged.target = QStringLiteral("user:mallory");
    forged.hash = AuditLog::computeHash(lastHash, forged);
    const QByteArray id = QByteArray::number(forged.id);
    // A row that looks sealed (a tag copied from another row), with both heads moved to it.
    rawSql(path(), "INSERT INTO audit_log(id, ts_ms, actor, action, target, details, prev_hash, hash, mac) VALUES(" +
                       id + ", " + QByteArray::number(forged.timeMs) + ", 'admin', 'user.add', 'user:mallory', '{}', " +
                       quoted(lastHash) + ", " + quoted(forged.hash) + ", " + quoted(lastMac) +
                       "); UPDATE meta SET value = '" + id + ":" + forged.hash.toLatin1() +
                       "' WHERE key = 'audit.head'; UPDATE meta SET value = '" + id + ":" + forged.hash.toLatin1() +
                       ":" + lastMac.toLatin1() + "' WHERE key = 'audit.seal';");
    World w(path());
    QVERIFY(w.unlockForVerify());
    const AuditVerifyReport r = w.verify();
    QVERIFY(!r.intact);
    QCOMPARE(r.kind, QStringLiteral("row-seal"));
    QCOMPARE(r.firstBadId, forged.id);
}

void tst_AuditSeal::appendUnsealedRowIsReported()
{
    build();
    QString lastHash;
    {
        World w(path());
        lastHash = w.log->list(newestOnly())->first().hash;
    }
    AuditEntry forged;
    forged.id = m_rows + 1;
    forged.timeMs = 1;
    forged.actor = QStringLiteral("admin");
    forged.action = QStringLiteral("user.add");
    forged.hash = AuditLog::computeHash(lastHash, forged);
    const QByteArray id = QByteArray::number(forged.id);
    rawSql(path(), "INSERT INTO audit_log(id, ts_ms, actor, action, target, details, prev_hash, hash) VALUES(" + id +
                       ", 1, 'admin', 'user.add', '', '{}', " + quoted(lastHash) + ", " + quoted(forged.hash) +
                       "); UPDATE meta SET value = '" + id + ":" + forged.hash.toLatin1() +
                       "' WHERE key = 'audit.head';");
    // An unsealed row cannot be told from one written while the vault was locked; it is never called sealed.
    World w(path());
    QVERIFY(w.unlockForVerify());
    const AuditVerifyReport r = w.verify();
    QVERIFY(r.intact);
    QCOMPARE(r.sealedThrough, m_rows);
    QCOMPARE(r.unsealedRows, 1);
}

void tst_AuditSeal::emptyTableOnDatabaseWithHistory()
{
    build();
    rawSql(path(), "DELETE FROM audit_log; DELETE FROM meta WHERE key LIKE 'audit.%';");
    World w(path());
    const AuditVerifyReport r = w.verify();
    QVERIFY(!r.intact);
    QCOMPARE(r.kind, QStringLiteral("emptied"));
    QCOMPARE(r.rowsChecked, 0);
    QVERIFY2(r.reason.contains(QStringLiteral("1 user(s)")), qPrintable(r.reason));
    QVERIFY2(r.reason.contains(QStringLiteral("1 signing key(s)")), qPrintable(r.reason));

    // Keeping the meta rows does not help either.
    rawSql(path(), "INSERT INTO meta(key, value) VALUES('audit.head', '0:x');");
    World again(path());
    QCOMPARE(again.verify().kind, QStringLiteral("emptied"));
}

void tst_AuditSeal::truncateBelowCheckpoint()
{
    build(4);
    AuditCheckpoint checkpoint;
    {
        World w(path());
        QVERIFY(w.vault->unlock(kPassphrase).has_value());
        auto c = w.log->checkpoint();
        QVERIFY2(c.has_value(), c ? "" : qPrintable(c.error().message));
        checkpoint = *c;
        QCOMPARE(checkpoint.headId, m_rows);
        for (int i = 0; i < 3; ++i) {
            QVERIFY(w.log->append(QStringLiteral("test.after"), QString()).has_value());
        }
    }
    auto parsed = AuditCheckpoint::fromJson(checkpoint.toJson());
    QVERIFY(parsed.has_value());
    const qint64 keep = m_rows - 2;
    rawSql(path(), "DELETE FROM audit_log WHERE id > " + QByteArray::number(keep) +
                       "; UPDATE meta SET value = (SELECT id || ':' || hash FROM audit_log ORDER BY id DESC LIMIT 1) "
                       "WHERE key = 'audit.head'; UPDATE meta SET value = (SELECT id || ':' || hash || ':' || mac "
                       "FROM audit_log ORDER BY id DESC LIMIT 1) WHERE key = 'audit.seal';");
    World w(path());
    const AuditVerifyReport r = w.verify(&*parsed); // the checkpoint alone proves it, without the key
    QVERIFY(!r.intact);
    QCOMPARE(r.kind, QStringLiteral("truncated"));
    QCOMPARE(r.firstBadId, keep + 1);
    QVERIFY(r.checkpointChecked);
    QVERIFY(!r.checkpointMacChecked);
}

void tst_AuditSeal::rewriteBeforeCheckpoint()
{
    build(4);
    auto taken = takeCheckpoint();
    QVERIFY2(taken.has_value(), taken ? "" : qPrintable(taken.error().message));
    AuditCheckpoint checkpoint = *taken;
    // Someone who holds the passphrase too can re-seal a rewritten log; a checkpoint kept elsewhere still holds.
    rawSql(path(), "UPDATE audit_log SET target = 'nothing happened' WHERE id = 2;");
    rechainFrom(2, false);
    rawSql(path(), "DELETE FROM meta WHERE key = 'audit.seal';");
    World w(path());
    const AuditVerifyReport r = w.verify(&checkpoint);
    QVERIFY(!r.intact);
    QCOMPARE(r.kind, QStringLiteral("checkpoint"));
    QCOMPARE(r.firstBadId, checkpoint.headId);
}

void tst_AuditSeal::checkpointFileEdited()
{
    build(2);
    auto taken = takeCheckpoint();
    QVERIFY2(taken.has_value(), taken ? "" : qPrintable(taken.error().message));
    AuditCheckpoint checkpoint = *taken;
    checkpoint.timeMs += 1000;
    World w(path());
    QVERIFY(w.unlockForVerify());
    const AuditVerifyReport r = w.verify(&checkpoint);
    QVERIFY(!r.intact);
    QCOMPARE(r.kind, QStringLiteral("checkpoint"));
    QVERIFY(r.checkpointMacChecked);
}

void tst_AuditSeal::lockedRowsSealedAtNextUnlock()
{
    build(2);
    {
        World w(path()); // locked: rows go in unsealed
        QVERIFY(w.log->append(QStringLiteral("test.locked"), QStringLiteral("a")).has_value());
        QVERIFY(w.log->append(QStringLiteral("test.locked"), QStringLiteral("b")).has_value());
        const AuditVerifyReport r = w.verify();
        QVERIFY(r.intact);
        QCOMPARE(r.unsealedRows, 2);
    }
    World w(path());
    QVERIFY(w.vault->unlock(kPassphrase).has_value());
    const AuditVerifyReport r = w.verify();
    QVERIFY2(r.intact, qPrintable(r.reason));
    QCOMPARE(r.unsealedRows, 0);
    QCOMPARE(r.rowsChecked, m_rows + 3); // the two rows and the audit.seal row that says they were sealed late
    auto last = w.log->list(newestOnly());
    QCOMPARE(last->first().action, QStringLiteral("audit.seal"));
    QCOMPARE(last->first().details.value(QStringLiteral("rows")).toInt(), 2);
}

void tst_AuditSeal::brokenUnsealedTailIsNotSealed()
{
    build(2);
    {
        World w(path());
        QVERIFY(w.log->append(QStringLiteral("test.locked"), QStringLiteral("a")).has_value());
    }
    rawSql(path(), "UPDATE audit_log SET target = 'b' WHERE id = " + QByteArray::number(m_rows + 1) + ";");
    World w(path());
    QVERIFY(w.vault->unlock(kPassphrase).has_value()); // the sealer refuses to vouch for the edited row
    QVERIFY(w.log->append(QStringLiteral("test.after"), QString()).has_value());
    const AuditVerifyReport r = w.verify();
    QVERIFY(!r.intact);
    QCOMPARE(r.kind, QStringLiteral("edited"));
    QCOMPARE(r.firstBadId, m_rows + 1);
    QCOMPARE(w.log->sealPending().error().code, QStringLiteral("audit.tail-broken"));
}

void tst_AuditSeal::deletedAuditKeyIsReported()
{
    build(2);
    rawSql(path(), "DELETE FROM meta WHERE key = 'audit.key';");
    World w(path());
    const AuditVerifyReport r = w.verify();
    QVERIFY(!r.intact);
    QCOMPARE(r.kind, QStringLiteral("audit-key"));
    // No new key over a sealed log: the unlock leaves it unsealed and the break stays visible.
    QVERIFY(w.vault->unlock(kPassphrase).has_value());
    QVERIFY(w.log->seal() == nullptr);
    QCOMPARE(w.sealer->activate().error().code, QStringLiteral("audit.key-missing"));
}

void tst_AuditSeal::editAndStripEverySeal()
{
    rawSql(path(), "UPDATE audit_log SET target = 'nothing happened' WHERE id = 4;");
    rechainFrom(4, false);
    rawSql(path(), "UPDATE audit_log SET mac = NULL; DELETE FROM meta WHERE key IN ('audit.key', 'audit.seal');");
}

AuditVerifyReport tst_AuditSeal::verifyWithPassphrase(const QString& passphrase) const
{
    World w(path());
    w.log->setSealingPaused(true);
    if (auto unlocked = w.vault->unlock(passphrase); !unlocked) {
        qFatal("unlock failed: %s", qPrintable(unlocked.error().message));
    }
    return w.verify();
}

void tst_AuditSeal::strippedKeyAndSealsFoundWithPassphrase()
{
    build();
    {
        World w(path());
        QVERIFY(w.vault->unlock(kPassphrase).has_value());
        QVERIFY(w.vault->auditLogBound()); // bound when the key was made, at the first unlock (initialise)
    }
    editAndStripEverySeal();
    {
        // Without the passphrase the stripped log looks like one from before sealing (docs/security.md says so).
        World w(path());
        const AuditVerifyReport keyless = w.verify();
        QVERIFY2(keyless.intact, qPrintable(keyless.reason));
        QVERIFY(!keyless.sealed);
    }
    const AuditVerifyReport r = verifyWithPassphrase();
    QVERIFY(!r.intact);
    QCOMPARE(r.kind, QStringLiteral("audit-key"));
    QCOMPARE(r.firstBadId, 1);
    QVERIFY(r.sealed);
    QVERIFY2(r.reason.contains(QStringLiteral("key vault vouches")), qPrintable(r.reason));

    // An ordinary unlock makes no new key over it: the break stays visible, and says why.
    World w(path());
    QVERIFY(w.vault->unlock(kPassphrase).has_value());
    QVERIFY(w.log->seal() == nullptr);
    QVERIFY(w.log->sealProblem().has_value());
    QCOMPARE(w.log->sealProblem()->code, QStringLiteral("audit.key-missing"));
    QCOMPARE(w.db->metaValue(QStringLiteral("audit.key")).value_or(QStringLiteral("?")), QString());
}

void tst_AuditSeal::passphraseChangeKeepsTheBinding()
{
    build(2);
    const QString next = QStringLiteral("the next passphrase");
    {
        World w(path());
        QVERIFY(w.vault->changePassphrase(kPassphrase, next, cheapKdf()).has_value());
        QVERIFY(w.vault->auditLogBound());
    }
    editAndStripEverySeal();
    const AuditVerifyReport r = verifyWithPassphrase(next);
    QVERIFY(!r.intact);
    QCOMPARE(r.kind, QStringLiteral("audit-key"));
}

void tst_AuditSeal::vaultFromBeforeBindingIsBoundAtNextUnlock()
{
    // A vault made by a process without the sealer (as an AuthScope before A-SEAL-BOUND did): wrapped under v1.
    QByteArray unbound;
    {
        auto db = Database::open(path());
        QVERIFY(db.has_value());
        AuditLog log(**db);
        KeyVault vault(**db, log);
        QVERIFY(vault.initialise(kPassphrase, cheapKdf()).has_value());
        QVERIFY(!vault.auditLogBound());
        QVERIFY(log.append(QStringLiteral("test.step"), QStringLiteral("before sealing")).has_value());
        unbound = scalar((*db)->connection(), QStringLiteral("SELECT wrapped_key FROM key_vault")).toByteArray();
    }
    QCOMPARE(unbound.size(), crypto::SecretBox::Overhead + crypto::SecretBox::KeySize);
    {
        World w(path());
        QVERIFY(w.vault->unlock(kPassphrase).has_value());
        QVERIFY(w.log->seal() != nullptr);
        QVERIFY(w.vault->auditLogBound());
        auto bound = w.log->list(oldestFirst());
        QVERIFY(bound.has_value());
        QCOMPARE(bound->last().action, QStringLiteral("key.vault-audit-bound"));
        const QByteArray now =
            scalar(w.db->connection(), QStringLiteral("SELECT wrapped_key FROM key_vault")).toByteArray();
        QVERIFY(now != unbound);
    }
    // The unbound wrapping is gone from the files: restored, it would take the promise back.
    for (const QString& file : QStringList{path(), path() + QStringLiteral("-wal")}) {
        QFile f(file);
        if (f.open(QIODevice::ReadOnly)) {
            QVERIFY2(!f.readAll().contains(unbound), qPrintable(file));
        }
    }
    editAndStripEverySeal();
    const AuditVerifyReport r = verifyWithPassphrase();
    QVERIFY(!r.intact);
    QCOMPARE(r.kind, QStringLiteral("audit-key"));
}

QTEST_GUILESS_MAIN(tst_AuditSeal)
#include "tst_auditseal.moc"
