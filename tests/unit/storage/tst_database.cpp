#include "core/storage/Database.h"
#include "core/storage/Migrations.h"
#include "tests/support/TestDatabase.h"
#include "tests/support/TestSupport.h"

#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <sqlite3.h>
#include <unistd.h>

using namespace authscope;
using authscope::test::scalar;

namespace {

// Makes an SQLite file with the given user_version and the first schema step's tables (meta, audit_log), as an
// AuthScope from before the application_id marker left it, plus a table of its own.
void makeRawDatabase(const QString& path, int userVersion)
{
    const QByteArray sql =
        "CREATE TABLE meta(key TEXT PRIMARY KEY NOT NULL, value TEXT NOT NULL) WITHOUT ROWID; "
        "CREATE TABLE audit_log(id INTEGER PRIMARY KEY, ts_ms INTEGER NOT NULL, actor TEXT NOT NULL, "
        "action TEXT NOT NULL, target TEXT NOT NULL DEFAULT '', details TEXT NOT NULL DEFAULT '{}', "
        "prev_hash TEXT NOT NULL, hash TEXT NOT NULL); "
        "CREATE TABLE foreign_table(x); INSERT INTO foreign_table VALUES(42); PRAGMA user_version=" +
        QByteArray::number(userVersion) + ";";
    test::rawSql(path, sql);
}

} // namespace

class tst_Database final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void freshDatabaseIsMigrated();
    void reopenKeepsData();
    void upgradeFromOlderVersion();
    void newerVersionIsRefusedAndUntouched();
    void notADatabaseIsRefusedAndUntouched();
    void directoryIsRefused();
    void readOnlyFileIsRefused();
    void missingFolderIsCreated();
    void fullDiskGivesCleanError();
    void failedTransactionRollsBack();
    void memoryDatabaseIsSharedAcrossThreads();
    void eachThreadHasItsOwnConnection();
    void migrationsAreOrdered();
    void metaValues();
    void nativeHandleIsSqlite();
};

void tst_Database::freshDatabaseIsMigrated()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("fresh.db"));
    auto db = Database::open(path);
    QVERIFY2(db.has_value(), db ? "" : qPrintable(db.error().message));
    QCOMPARE((*db)->schemaVersion(), Database::latestSchemaVersion());
    QVERIFY(Database::latestSchemaVersion() >= 1);
    QSqlDatabase conn = (*db)->connection();
    QCOMPARE(scalar(conn, QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));
    QCOMPARE(scalar(conn, QStringLiteral("PRAGMA foreign_keys")).toInt(), 1);
    QVERIFY(scalar(conn, QStringLiteral("PRAGMA busy_timeout")).toInt() >= 1000);
    QCOMPARE(scalar(conn, QStringLiteral("SELECT count(*) FROM audit_log")).toInt(), 0);
    QCOMPARE((*db)->path(), QFileInfo(path).absoluteFilePath());
}

void tst_Database::reopenKeepsData()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("again.db"));
    {
        auto db = Database::open(path);
        QVERIFY(db.has_value());
        QVERIFY((*db)->setMetaValue(QStringLiteral("k"), QStringLiteral("v")).has_value());
    }
    auto db = Database::open(path);
    QVERIFY(db.has_value());
    QCOMPARE((*db)->metaValue(QStringLiteral("k")).value(), QStringLiteral("v"));
    QCOMPARE((*db)->schemaVersion(), Database::latestSchemaVersion());
}

void tst_Database::upgradeFromOlderVersion()
{
    // An AuthScope database from before the application_id marker (F-FOREIGN-DB) is upgraded step by step and
    // marked; its data stays.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.db"));
    makeRawDatabase(path, 1);
    auto db = Database::open(path);
    QVERIFY2(db.has_value(), db ? "" : qPrintable(db.error().message));
    QCOMPARE((*db)->schemaVersion(), Database::latestSchemaVersion());
    QCOMPARE(scalar((*db)->connection(), QStringLiteral("SELECT x FROM foreign_table")).toInt(), 42);
    QCOMPARE(scalar((*db)->connection(), QStringLiteral("PRAGMA application_id")).toInt(), 0x41755363);
}

void tst_Database::newerVersionIsRefusedAndUntouched()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("newer.db"));
    makeRawDatabase(path, Database::latestSchemaVersion() + 7);
    const QByteArray before = test::fileHash(path);
    auto db = Database::open(path);
    QVERIFY(!db.has_value());
    QCOMPARE(db.error().code, QStringLiteral("storage.newer-version"));
    QVERIFY(db.error().message.contains(QStringLiteral("newer AuthScope")));
    QCOMPARE(test::fileHash(path), before);
    QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
}

void tst_Database::notADatabaseIsRefusedAndUntouched()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("text.db"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(QByteArray("this is not a database, just some text that someone saved with a .db name\n").repeated(50));
    f.close();
    const QByteArray before = test::fileHash(path);
    auto db = Database::open(path);
    QVERIFY(!db.has_value());
    QCOMPARE(db.error().code, QStringLiteral("storage.not-a-database"));
    QVERIFY(db.error().message.contains(path));
    QCOMPARE(test::fileHash(path), before);
}

void tst_Database::directoryIsRefused()
{
    QTemporaryDir dir;
    auto db = Database::open(dir.path());
    QVERIFY(!db.has_value());
    QCOMPARE(db.error().code, QStringLiteral("storage.not-a-database"));
}

void tst_Database::readOnlyFileIsRefused()
{
    if (geteuid() == 0) {
        QSKIP("running as root: file permissions do not stop root, so a read-only file cannot be made here");
    }
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("ro.db"));
    {
        auto db = Database::open(path);
        QVERIFY(db.has_value());
    }
    QFile::setPermissions(path, QFileDevice::ReadOwner);
    auto db = Database::open(path);
    QVERIFY(!db.has_value());
    QCOMPARE(db.error().code, QStringLiteral("storage.read-only"));
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}

void tst_Database::missingFolderIsCreated()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("a/b/c/new.db"));
    auto db = Database::open(path);
    QVERIFY(db.has_value());
    QVERIFY(QFile::exists(path));
}

void tst_Database::fullDiskGivesCleanError()
{
    // SQLite's page limit gives the same SQLITE_FULL as a full disk, without filling one.
    QTemporaryDir dir;
    auto db = Database::open(dir.filePath(QStringLiteral("full.db")));
    QVERIFY(db.has_value());
    QVERIFY((*db)->setMetaValue(QStringLiteral("before"), QStringLiteral("kept")).has_value());
    QSqlDatabase conn = (*db)->connection();
    const int pages = scalar(conn, QStringLiteral("PRAGMA page_count")).toInt();
    QSqlQuery q(conn);
    QVERIFY(q.exec(QStringLiteral("PRAGMA max_page_count=%1").arg(pages)));
    Result<void> result;
    for (int i = 0; i < 200 && result; ++i) {
        result = (*db)->setMetaValue(QStringLiteral("big%1").arg(i), QString(4000, u'x'));
    }
    QVERIFY(!result.has_value());
    QCOMPARE(result.error().code, QStringLiteral("storage.disk-full"));
    QVERIFY(result.error().message.contains(QStringLiteral("full")));
    // What was there before is intact, and the failed write left nothing half-done.
    QCOMPARE((*db)->metaValue(QStringLiteral("before")).value(), QStringLiteral("kept"));
    QCOMPARE(scalar(conn, QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));
}

void tst_Database::failedTransactionRollsBack()
{
    auto db = Database::open(QStringLiteral(":memory:"));
    QVERIFY(db.has_value());
    auto r = (*db)->writeTransaction([](QSqlDatabase& conn) -> Result<void> {
        QSqlQuery q(conn);
        q.exec(QStringLiteral("INSERT INTO meta(key, value) VALUES('t', '1')"));
        return fail(QStringLiteral("test.abort"), QStringLiteral("abort on purpose"));
    });
    QVERIFY(!r.has_value());
    QCOMPARE(r.error().code, QStringLiteral("test.abort"));
    QCOMPARE((*db)->metaValue(QStringLiteral("t")).value(), QString());
}

void tst_Database::memoryDatabaseIsSharedAcrossThreads()
{
    auto db = Database::open(QStringLiteral(":memory:"));
    QVERIFY(db.has_value());
    QVERIFY((*db)->isMemory());
    QVERIFY((*db)->setMetaValue(QStringLiteral("main"), QStringLiteral("1")).has_value());
    QString seen;
    QThread* t = QThread::create([&] { seen = (*db)->metaValue(QStringLiteral("main")).value_or(QString()); });
    t->start();
    QVERIFY(t->wait(10000));
    delete t;
    QCOMPARE(seen, QStringLiteral("1"));
}

void tst_Database::eachThreadHasItsOwnConnection()
{
    QTemporaryDir dir;
    auto db = Database::open(dir.filePath(QStringLiteral("threads.db")));
    QVERIFY(db.has_value());
    const QString mainName = (*db)->connection().connectionName();
    QString otherName;
    bool otherOpen = false;
    QThread* t = QThread::create([&] {
        QSqlDatabase c = (*db)->connection();
        otherName = c.connectionName();
        otherOpen = c.isOpen();
        (void)(*db)->setMetaValue(QStringLiteral("thread"), QStringLiteral("yes"));
    });
    t->start();
    QVERIFY(t->wait(10000));
    delete t;
    QVERIFY(otherOpen);
    QVERIFY(!otherName.isEmpty());
    QVERIFY(otherName != mainName);
    // The thread's connection went with its thread.
    QVERIFY(!QSqlDatabase::contains(otherName));
    QCOMPARE((*db)->metaValue(QStringLiteral("thread")).value(), QStringLiteral("yes"));
}

void tst_Database::migrationsAreOrdered()
{
    int previous = 0;
    for (const Migration& m : Migrations::all()) {
        QVERIFY2(m.version == previous + 1,
                 qPrintable(QStringLiteral("step %1 after %2").arg(m.version).arg(previous)));
        QVERIFY(!m.statements.isEmpty());
        QVERIFY(!m.description.isEmpty());
        previous = m.version;
    }
    QCOMPARE(previous, Migrations::latestVersion());
}

void tst_Database::metaValues()
{
    auto db = Database::open(QStringLiteral(":memory:"));
    QVERIFY(db.has_value());
    QCOMPARE((*db)->metaValue(QStringLiteral("absent")).value(), QString());
    QVERIFY((*db)->setMetaValue(QStringLiteral("a"), QStringLiteral("1")).has_value());
    QVERIFY((*db)->setMetaValue(QStringLiteral("a"), QStringLiteral("2")).has_value());
    QCOMPARE((*db)->metaValue(QStringLiteral("a")).value(), QStringLiteral("2"));
}

void tst_Database::nativeHandleIsSqlite()
{
    auto db = Database::open(QStringLiteral(":memory:"));
    QVERIFY(db.has_value());
    sqlite3* h = (*db)->nativeHandle();
    QVERIFY(h != nullptr);
    sqlite3_stmt* stmt = nullptr;
    QCOMPARE(sqlite3_prepare_v2(h, "SELECT count(*) FROM audit_log", -1, &stmt, nullptr), SQLITE_OK);
    QCOMPARE(sqlite3_step(stmt), SQLITE_ROW);
    sqlite3_finalize(stmt);
}

QTEST_GUILESS_MAIN(tst_Database)
#include "tst_database.moc"
