#include "core/audit/AuditLog.h"
#include "core/storage/Database.h"
#include "tests/support/DataColumns.h"
#include "tests/support/TestDatabase.h"

#include <QJsonObject>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace authscope;

namespace {

void exec(Database& db, const QString& sql)
{
    QSqlQuery q(db.connection());
    QVERIFY2(q.exec(sql), qPrintable(q.lastError().text()));
}

std::unique_ptr<Database> openDb(const QString& path)
{
    auto db = Database::open(path);
    if (!db) {
        qFatal("cannot open %s: %s", qPrintable(path), qPrintable(db.error().message));
    }
    return std::move(*db);
}

} // namespace

class tst_AuditLog final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void appendAndList();
    void appendSignals();
    void emptyActionRefused();
    void filters();
    void keysetPaging();
    void intactChainVerifies();
    void emptyLogVerifies();
    void tamper_data();
    void tamper();
    void twoConnectionsKeepOneChain();
    void concurrentThreadsKeepOneChain();
    void hashIsStable();

private:
    void fill(int n);

    QTemporaryDir* m_dir = nullptr;
    std::unique_ptr<Database> m_db;
    FakeClock m_clock{1'764'150'000'000};
    std::unique_ptr<AuditLog> m_log;
};

void tst_AuditLog::init()
{
    m_dir = new QTemporaryDir;
    m_db = openDb(test::testDatabase(*m_dir, QStringLiteral("audit.db")));
    m_log = std::make_unique<AuditLog>(*m_db, m_clock, QStringLiteral("alice"));
}

void tst_AuditLog::cleanup()
{
    m_log.reset();
    m_db.reset();
    delete m_dir;
    m_dir = nullptr;
}

void tst_AuditLog::fill(int n)
{
    for (int i = 1; i <= n; ++i) {
        m_clock.advanceSecs(60);
        const QString action = i % 3 == 0   ? QStringLiteral("key.rotate")
                               : i % 2 == 0 ? QStringLiteral("session.revoke")
                                            : QStringLiteral("session.revoke-user");
        auto id = m_log->append(
            action, QStringLiteral("target-%1").arg(i),
            QJsonObject{{QStringLiteral("n"), i}, {QStringLiteral("reason"), QStringLiteral("r%1").arg(i)}});
        QVERIFY(id.has_value());
        QCOMPARE(*id, qint64(i));
    }
}

void tst_AuditLog::appendAndList()
{
    auto id = m_log->append(QStringLiteral("server.start"), QStringLiteral("127.0.0.1:8080"),
                            QJsonObject{{QStringLiteral("tls"), false}});
    QVERIFY(id.has_value());
    auto rows = m_log->list();
    QVERIFY(rows.has_value());
    QCOMPARE(rows->size(), 1);
    const AuditEntry& e = rows->first();
    QCOMPARE(e.id, *id);
    QCOMPARE(e.actor, QStringLiteral("alice"));
    QCOMPARE(e.action, QStringLiteral("server.start"));
    QCOMPARE(e.target, QStringLiteral("127.0.0.1:8080"));
    QCOMPARE(e.details.value(QStringLiteral("tls")).toBool(), false);
    QCOMPARE(e.timeMs, m_clock.nowMs());
    QCOMPARE(e.prevHash, AuditLog::genesisHash());
    QCOMPARE(e.hash.size(), 64);
    QCOMPARE(e.hash, AuditLog::computeHash(e.prevHash, e));
}

void tst_AuditLog::appendSignals()
{
    QSignalSpy spy(m_log.get(), &AuditLog::entryAppended);
    QVERIFY(m_log->append(QStringLiteral("a.b"), {}).has_value());
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(0).toLongLong(), 1);
}

void tst_AuditLog::emptyActionRefused()
{
    auto id = m_log->append(QString(), QStringLiteral("x"));
    QVERIFY(!id.has_value());
    QCOMPARE(id.error().code, QStringLiteral("audit.no-action"));
    QCOMPARE(m_log->count().value(), 0);
}

void tst_AuditLog::filters()
{
    fill(12);
    QCOMPARE(m_log->count().value(), 12);
    AuditFilter exact;
    exact.action = QStringLiteral("key.rotate");
    QCOMPARE(m_log->count(exact).value(), 4);
    AuditFilter prefix;
    prefix.action = QStringLiteral("session.");
    QCOMPARE(m_log->count(prefix).value(), 8);
    AuditFilter text;
    text.text = QStringLiteral("TARGET-1"); // case-insensitive: target-1, -10, -11, -12
    QCOMPARE(m_log->count(text).value(), 4);
    AuditFilter details;
    details.text = QStringLiteral("\"r7\"");
    QCOMPARE(m_log->count(details).value(), 1);
    AuditFilter since;
    since.sinceMs = m_clock.nowMs() - 2 * 60'000; // the last three rows
    QCOMPARE(m_log->count(since).value(), 3);
    AuditFilter combined;
    combined.action = QStringLiteral("session.");
    combined.text = QStringLiteral("target-1");
    QCOMPARE(m_log->count(combined).value(), 3); // 1, 10, 11 (12 is key.rotate)

    AuditFilter two;
    two.limit = 2;
    auto newest = m_log->list(two);
    QCOMPARE(newest->size(), 2);
    QCOMPARE(newest->at(0).id, 12);
    AuditFilter oldest;
    oldest.newestFirst = false;
    oldest.limit = 1;
    QCOMPARE(m_log->list(oldest)->at(0).id, 1);
    auto actions = m_log->actions();
    QCOMPARE(*actions, (QStringList{QStringLiteral("key.rotate"), QStringLiteral("session.revoke"),
                                    QStringLiteral("session.revoke-user")}));
}

void tst_AuditLog::keysetPaging()
{
    fill(25);
    AuditFilter f;
    f.limit = 10;
    QList<qint64> seen;
    while (true) {
        auto page = m_log->list(f);
        QVERIFY(page.has_value());
        if (page->isEmpty()) {
            break;
        }
        for (const AuditEntry& e : *page) {
            seen << e.id;
        }
        f.beforeId = page->constLast().id;
    }
    QCOMPARE(seen.size(), 25);
    QCOMPARE(seen.first(), 25);
    QCOMPARE(seen.last(), 1);
}

void tst_AuditLog::intactChainVerifies()
{
    fill(30);
    auto report = m_log->verify();
    QVERIFY(report.has_value());
    QVERIFY(report->intact);
    QCOMPARE(report->rowsChecked, 30);
    QCOMPARE(report->firstBadId, 0);
}

void tst_AuditLog::emptyLogVerifies()
{
    auto report = m_log->verify();
    QVERIFY(report->intact);
    QCOMPARE(report->rowsChecked, 0);
}

void tst_AuditLog::tamper_data()
{
    test::addColumns<QString, qint64, QString>("sql", "firstBad", "reasonContains");

    QTest::newRow("edit target") << QStringLiteral("UPDATE audit_log SET target='someone-else' WHERE id=4") << qint64(4)
                                 << QStringLiteral("edited");
    QTest::newRow("edit actor") << QStringLiteral("UPDATE audit_log SET actor='mallory' WHERE id=2") << qint64(2)
                                << QStringLiteral("edited");
    QTest::newRow("edit time") << QStringLiteral("UPDATE audit_log SET ts_ms=ts_ms+1 WHERE id=6") << qint64(6)
                               << QStringLiteral("edited");
    QTest::newRow("edit details text") << QStringLiteral(
                                              "UPDATE audit_log SET details=replace(details, 'r5', 'r0') WHERE id=5")
                                       << qint64(5) << QStringLiteral("edited");
    QTest::newRow("reformat details") << QStringLiteral(
                                             "UPDATE audit_log SET details=replace(details, ',', ', ') WHERE id=3")
                                      << qint64(3) << QStringLiteral("edited");
    QTest::newRow("delete middle") << QStringLiteral("DELETE FROM audit_log WHERE id=5") << qint64(6)
                                   << QStringLiteral("missing");
    QTest::newRow("delete first") << QStringLiteral("DELETE FROM audit_log WHERE id=1") << qint64(2)
                                  << QStringLiteral("missing");
    QTest::newRow("delete last") << QStringLiteral("DELETE FROM audit_log WHERE id=8") << qint64(8)
                                 << QStringLiteral("deleted");
    QTest::newRow("delete newest two") << QStringLiteral("DELETE FROM audit_log WHERE id>=7") << qint64(7)
                                       << QStringLiteral("deleted");
    QTest::newRow("rehash edited row")
        << QStringLiteral("UPDATE audit_log SET target='x', hash=(SELECT hash FROM audit_log WHERE id=3) WHERE id=3")
        << qint64(3) << QStringLiteral("edited");
    QTest::newRow("swap prev hash")
        << QStringLiteral("UPDATE audit_log SET prev_hash=(SELECT hash FROM audit_log WHERE id=1) WHERE id=3")
        << qint64(3) << QStringLiteral("chain");
    QTest::newRow("append forged row")
        << QStringLiteral("INSERT INTO audit_log(id, ts_ms, actor, action, target, details, prev_hash, hash) "
                          "SELECT 9, ts_ms, actor, 'key.export', 'k', '{}', hash, hash FROM audit_log WHERE id=8")
        << qint64(9) << QStringLiteral("edited");
    QTest::newRow("wipe everything") << QStringLiteral("DELETE FROM audit_log") << qint64(1)
                                     << QStringLiteral("deleted");
}

void tst_AuditLog::tamper()
{
    QFETCH(QString, sql);
    QFETCH(qint64, firstBad);
    QFETCH(QString, reasonContains);
    fill(8);
    QVERIFY(m_log->verify()->intact);
    exec(*m_db, sql);
    auto report = m_log->verify();
    QVERIFY(report.has_value());
    QVERIFY(!report->intact);
    QCOMPARE(report->firstBadId, firstBad);
    QVERIFY2(report->reason.contains(reasonContains), qPrintable(report->reason));
}

void tst_AuditLog::twoConnectionsKeepOneChain()
{
    // Two processes sharing one file: simulated by two Database objects, each with its own connection.
    auto other = openDb(m_db->path());
    AuditLog second(*other, m_clock, QStringLiteral("bob"));
    for (int i = 0; i < 20; ++i) {
        QVERIFY(
            (i % 2 ? m_log->append(QStringLiteral("a.x"), {}) : second.append(QStringLiteral("b.x"), {})).has_value());
    }
    auto report = m_log->verify();
    QVERIFY(report->intact);
    QCOMPARE(report->rowsChecked, 20);
    QVERIFY(second.verify()->intact);
}

void tst_AuditLog::concurrentThreadsKeepOneChain()
{
    constexpr int perThread = 40;
    QList<QThread*> threads;
    std::atomic<int> failures{0};
    for (int t = 0; t < 4; ++t) {
        threads << QThread::create([this, t, &failures] {
            for (int i = 0; i < perThread; ++i) {
                if (!m_log->append(QStringLiteral("thread.write"), QString::number(t))) {
                    ++failures;
                }
            }
        });
    }
    for (QThread* t : threads) {
        t->start();
    }
    for (QThread* t : threads) {
        QVERIFY(t->wait(60000));
        delete t;
    }
    QCOMPARE(failures.load(), 0);
    auto report = m_log->verify();
    QVERIFY2(report->intact, qPrintable(report->reason));
    QCOMPARE(report->rowsChecked, 4 * perThread);
}

void tst_AuditLog::hashIsStable()
{
    // The hash format is part of the file format: a change would break verification of old logs.
    AuditEntry e;
    e.id = 1;
    e.timeMs = 1'764'150'000'000;
    e.actor = QStringLiteral("root");
    e.action = QStringLiteral("demo.seed");
    e.target = QStringLiteral("t");
    e.details = QJsonObject{{QStringLiteral("a"), 1}};
    const QString h = AuditLog::computeHash(AuditLog::genesisHash(), e);
    QCOMPARE(h.size(), 64);
    QCOMPARE(AuditLog::computeHash(AuditLog::genesisHash(), e), h);
    e.target = QStringLiteral("u");
    QVERIFY(AuditLog::computeHash(AuditLog::genesisHash(), e) != h);
}

QTEST_GUILESS_MAIN(tst_AuditLog)
#include "tst_auditlog.moc"
