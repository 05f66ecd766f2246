// What Database::open refuses before SQLite touches a path, and the file modes it gives (F-FOREIGN-DB,
// F-FILE-MODES): real files, FIFOs and devices, real SQLite databases of "another application".
#include "core/storage/Database.h"
#include "core/storage/SqliteFileGuard.h"
#include "tests/support/DataColumns.h"
#include "tests/support/TestSupport.h"

#include <QElapsedTimer>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>
#include <unistd.h>

using namespace authscope;

class tst_SqliteFileGuard final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void foreignDatabaseIsRefusedUntouched_data();
    void foreignDatabaseIsRefusedUntouched();
    void otherApplicationIdIsRefused();
    void emptyFilesAndTablelessDatabasesOpen();
    void newDatabaseIsMarked();
    void fifoIsRefusedAtOnce();
    void deviceIsRefusedWithoutSideFiles();
    void specialSideFileIsRefused();
    void newFilesAndFoldersArePrivate();
    void existingFilesAreMadePrivateWithWarning();
    void chosenFolderIsLeftAlone();
};

void tst_SqliteFileGuard::foreignDatabaseIsRefusedUntouched_data()
{
    authscope::test::addColumns<int, bool>("userVersion", "wal");
    QTest::newRow("user_version 0") << 0 << false;
    QTest::newRow("user_version 3") << 3 << false;
    QTest::newRow("user_version 3, WAL") << 3 << true;
}

void tst_SqliteFileGuard::foreignDatabaseIsRefusedUntouched()
{
    QFETCH(int, userVersion);
    QFETCH(bool, wal);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("notes.sqlite"));
    QVERIFY(test::rawSqlite(path, QByteArray(wal ? "PRAGMA journal_mode=WAL; " : "") +
                                      "CREATE TABLE notes(id INTEGER PRIMARY KEY, text TEXT); "
                                      "CREATE TABLE users(id INTEGER PRIMARY KEY, mail TEXT); "
                                      "INSERT INTO notes(text) VALUES('keep me'); PRAGMA user_version=" +
                                      QByteArray::number(userVersion) + "; PRAGMA wal_checkpoint(TRUNCATE);"));
    const QByteArray before = test::fileHash(path);
    const mode_t modeBefore = test::modeOf(path);
    auto db = Database::open(path);
    QVERIFY(!db.has_value());
    QCOMPARE(db.error().code, QStringLiteral("storage.foreign-database"));
    QVERIFY2(db.error().message.contains(QStringLiteral("another application")), qPrintable(db.error().message));
    QVERIFY(db.error().message.contains(QStringLiteral("notes")));
    QCOMPARE(test::fileHash(path), before);
    QCOMPARE(test::modeOf(path), modeBefore);
    if (!wal) {
        QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
        QVERIFY(!QFile::exists(path + QStringLiteral("-journal")));
    }
}

void tst_SqliteFileGuard::otherApplicationIdIsRefused()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("other.db"));
    QVERIFY(
        test::rawSqlite(path, "PRAGMA application_id=1234; CREATE TABLE meta(key, value); CREATE TABLE audit_log(x);"));
    const QByteArray before = test::fileHash(path);
    auto db = Database::open(path);
    QVERIFY(!db.has_value());
    QCOMPARE(db.error().code, QStringLiteral("storage.foreign-database"));
    QVERIFY(db.error().message.contains(QStringLiteral("application_id")));
    QCOMPARE(test::fileHash(path), before);
}

void tst_SqliteFileGuard::emptyFilesAndTablelessDatabasesOpen()
{
    QTemporaryDir dir;
    const QString empty = dir.filePath(QStringLiteral("empty.db"));
    QFile f(empty);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.close();
    auto a = Database::open(empty);
    QVERIFY2(a.has_value(), a ? "" : qPrintable(a.error().message));
    QCOMPARE((*a)->schemaVersion(), Database::latestSchemaVersion());

    const QString tableless = dir.filePath(QStringLiteral("tableless.db"));
    QVERIFY(test::rawSqlite(tableless, "PRAGMA user_version=0; VACUUM;"));
    auto b = Database::open(tableless);
    QVERIFY2(b.has_value(), b ? "" : qPrintable(b.error().message));
}

void tst_SqliteFileGuard::newDatabaseIsMarked()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("new.db"));
    {
        auto db = Database::open(path);
        QVERIFY(db.has_value());
        QSqlQuery q((*db)->connection());
        QVERIFY(q.exec(QStringLiteral("PRAGMA application_id")) && q.next());
        QCOMPARE(q.value(0).toInt(), SqliteFileGuard::ApplicationId);
    }
    auto again = Database::open(path); // marked: opens although it has many tables
    QVERIFY2(again.has_value(), again ? "" : qPrintable(again.error().message));
}

void tst_SqliteFileGuard::fifoIsRefusedAtOnce()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("pipe.db"));
    QCOMPARE(::mkfifo(QFile::encodeName(path).constData(), 0600), 0);
    auto db = Database::open(path); // SQLite's open() of a FIFO would wait for a writer forever
    QVERIFY(!db.has_value());
    QCOMPARE(db.error().code, QStringLiteral("storage.not-a-database"));
    QVERIFY2(db.error().message.contains(QStringLiteral("FIFO")), qPrintable(db.error().message));
}

void tst_SqliteFileGuard::deviceIsRefusedWithoutSideFiles()
{
    const bool journalBefore = QFile::exists(QStringLiteral("/dev/null-journal"));
    auto db = Database::open(QStringLiteral("/dev/null"));
    QVERIFY(!db.has_value());
    QCOMPARE(db.error().code, QStringLiteral("storage.not-a-database"));
    QVERIFY(db.error().message.contains(QStringLiteral("character device")));
    QCOMPARE(QFile::exists(QStringLiteral("/dev/null-journal")), journalBefore);
    QCOMPARE(QFile::exists(QStringLiteral("/dev/null-wal")), false);
}

void tst_SqliteFileGuard::specialSideFileIsRefused()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("a.db"));
    QVERIFY(Database::open(path).has_value());
    QFile::remove(path + QStringLiteral("-wal"));
    QCOMPARE(::mkfifo(QFile::encodeName(path + QStringLiteral("-wal")).constData(), 0600), 0);
    auto db = Database::open(path);
    QVERIFY(!db.has_value());
    QVERIFY(db.error().message.contains(QStringLiteral("-wal")));
}

void tst_SqliteFileGuard::newFilesAndFoldersArePrivate()
{
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("made/by/authscope"));
    const QString path = folder + QStringLiteral("/auth.db");
    const mode_t old = ::umask(022); // the usual umask, which leaves new files readable by everybody
    auto db = Database::open(path);
    ::umask(old);
    QVERIFY2(db.has_value(), db ? "" : qPrintable(db.error().message));
    QVERIFY((*db)->setMetaValue(QStringLiteral("k"), QStringLiteral("v")).has_value());
    QCOMPARE(test::modeOf(path), mode_t(0600));
    QCOMPARE(test::modeOf(path + QStringLiteral("-wal")), mode_t(0600));
    QCOMPARE(test::modeOf(path + QStringLiteral("-shm")), mode_t(0600));
    QCOMPARE(test::modeOf(folder), mode_t(0700));
    QCOMPARE(test::modeOf(dir.filePath(QStringLiteral("made/by"))), mode_t(0700));
    QCOMPARE(test::modeOf(dir.filePath(QStringLiteral("made"))), mode_t(0700));
}

void tst_SqliteFileGuard::existingFilesAreMadePrivateWithWarning()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.db"));
    {
        auto db = Database::open(path);
        QVERIFY(db.has_value());
        QVERIFY((*db)->setMetaValue(QStringLiteral("k"), QStringLiteral("v")).has_value());
    }
    // As an older AuthScope left them.
    for (const QString& p : QStringList{path, path + QStringLiteral("-wal"), path + QStringLiteral("-shm")}) {
        if (QFile::exists(p)) {
            QCOMPARE(::chmod(QFile::encodeName(p).constData(), 0644), 0);
        }
    }
    (void)SqliteFileGuard::takeWarnings();
    auto db = Database::open(path);
    QVERIFY(db.has_value());
    QCOMPARE(test::modeOf(path), mode_t(0600));
    const QStringList warnings = SqliteFileGuard::takeWarnings();
    QVERIFY(!warnings.isEmpty());
    QVERIFY2(warnings.first().contains(path) && warnings.first().contains(QStringLiteral("0644")),
             qPrintable(warnings.join(u'\n')));
    if (QFile::exists(path + QStringLiteral("-wal"))) {
        QCOMPARE(test::modeOf(path + QStringLiteral("-wal")), mode_t(0600));
    }
    QVERIFY(SqliteFileGuard::takeWarnings().isEmpty()); // taken once
}

void tst_SqliteFileGuard::chosenFolderIsLeftAlone()
{
    QTemporaryDir dir;
    QCOMPARE(::chmod(QFile::encodeName(dir.path()).constData(), 0755), 0);
    auto db = Database::open(dir.filePath(QStringLiteral("x.db")));
    QVERIFY(db.has_value());
    QCOMPARE(test::modeOf(dir.path()), mode_t(0755)); // a folder the user picked (it may be /tmp) is not changed
}

QTEST_GUILESS_MAIN(tst_SqliteFileGuard)
#include "tst_sqlitefileguard.moc"
