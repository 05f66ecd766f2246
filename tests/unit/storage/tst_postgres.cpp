// The PostgreSQL backend against a real server (the throwaway cluster of scripts/test.sh): opening by URL, the
// errors a person must understand (unreachable, wrong password, no password, missing database, a newer schema),
// reconnecting after the server dropped the connection, the schema, the write lock and the change feed that
// tells other nodes what changed.
#include "core/storage/ChangeDetector.h"
#include "core/storage/Database.h"
#include "core/storage/Migrations.h"
#include "core/storage/PostgresBackend.h"
#include "core/storage/PostgresChangeListener.h"
#include "core/storage/PostgresMigrations.h"
#include "core/storage/PostgresUrl.h"
#include "tests/support/DataColumns.h"
#include "tests/support/TestDatabase.h"

#include <QSqlQuery>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace authscope;
using namespace authscope::test;

namespace {

// Two Database objects on one database stand for two nodes, each with its own listener connection; the tests
// watch B's change detector.
struct TwoNodes
{
    std::unique_ptr<Database> a;
    std::unique_ptr<Database> b;
    std::unique_ptr<ChangeDetector> detector;

    // False (with a warning saying why) when either node or the detector does not open.
    [[nodiscard]] bool open(const QString& url)
    {
        for (std::unique_ptr<Database>* node : {&a, &b}) {
            auto opened = Database::open(url);
            if (!opened) {
                qWarning("%s", qPrintable(opened.error().toString()));
                return false;
            }
            *node = std::move(*opened);
        }
        auto opened = b->openChangeDetector();
        if (!opened) {
            qWarning("%s", qPrintable(opened.error().toString()));
            return false;
        }
        detector = std::move(*opened);
        return true;
    }
};

// A user row written straight into `db` (a change the caches depend on), in a write transaction.
Result<void> insertUser(Database& db, const QString& username)
{
    return db.writeTransaction([&username](QSqlDatabase& conn) -> Result<void> {
        QSqlQuery q(conn);
        q.prepare(QStringLiteral("INSERT INTO users(username, created_ms, updated_ms) VALUES(?, 1, 1)"));
        q.addBindValue(username);
        if (!q.exec()) {
            return fail(QStringLiteral("test"), q.lastError().text());
        }
        return {};
    });
}

// Ends every other session on `database` from an administrator connection (what a server restart or a DBA's
// pg_terminate_backend does to a node).
int terminateOthers(const QString& database)
{
    auto server = PostgresUrl::parse(testServerUrl());
    int killed = 0;
    {
        auto admin = PostgresBackend::connect(QStringLiteral("tst-admin"), *server, {});
        if (!admin) {
            return -1;
        }
        QSqlQuery q(*admin);
        q.prepare(QStringLiteral("SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE datname = ? "
                                 "AND pid <> pg_backend_pid()"));
        q.addBindValue(database);
        if (q.exec() && q.next()) {
            killed = q.value(0).toInt();
        }
        q = QSqlQuery();
        admin->close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("tst-admin"));
    return killed;
}

QString databaseName(const QString& url)
{
    return PostgresUrl::parse(url)->database;
}

} // namespace

class tst_Postgres final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void urlParsing_data();
    void urlParsing();
    void passwordInUrlIsRefused();
    void migrationListsMatch();
    void freshDatabaseIsMigrated();
    void unreachableServer();
    void wrongPassword();
    void missingPassword();
    void missingDatabase();
    void newerSchemaIsRefusedAndUntouched();
    void reconnectsAfterTheServerDroppedUs();
    void writeTransactionRollsBack();
    void changeFeedReachesAnotherDatabaseObject();
    void listenerCatchesUpAfterItsConnectionDied();

private:
    QTemporaryDir m_dir;
};

void tst_Postgres::initTestCase()
{
    // This suite is about PostgreSQL: without a server it fails (testServerUrl() says why), never skips.
    QVERIFY(!testServerUrl().isEmpty());
}

void tst_Postgres::urlParsing_data()
{
    addColumns<QString, bool, QString>("url", "ok", "code");
    QTest::newRow("full") << QStringLiteral("postgresql://app@db.example:6432/auth?sslmode=require") << true
                          << QString();
    QTest::newRow("short scheme") << QStringLiteral("postgres://app@127.0.0.1/auth") << true << QString();
    QTest::newRow("no user") << QStringLiteral("postgresql://127.0.0.1/auth") << false
                             << QStringLiteral("storage.bad-url");
    QTest::newRow("no database") << QStringLiteral("postgresql://app@127.0.0.1/") << false
                                 << QStringLiteral("storage.bad-url");
    QTest::newRow("unknown parameter") << QStringLiteral("postgresql://app@127.0.0.1/auth?host=evil") << false
                                       << QStringLiteral("storage.bad-url");
    QTest::newRow("bad timeout") << QStringLiteral("postgresql://app@127.0.0.1/auth?connect_timeout=0") << false
                                 << QStringLiteral("storage.bad-url");
    QTest::newRow("option injection") << QStringLiteral("postgresql://app@127.0.0.1/auth?sslmode=require%20host=x")
                                      << false << QStringLiteral("storage.bad-url");
}

void tst_Postgres::urlParsing()
{
    QFETCH(QString, url);
    QFETCH(bool, ok);
    QFETCH(QString, code);
    auto parsed = PostgresUrl::parse(url);
    QCOMPARE(parsed.has_value(), ok);
    if (!ok) {
        QCOMPARE(parsed.error().code, code);
        return;
    }
    QVERIFY(PostgresUrl::isPostgresUrl(url));
    auto again = PostgresUrl::parse(parsed->toString());
    QVERIFY(again.has_value());
    QCOMPARE(again->toString(), parsed->toString());
    QVERIFY(parsed->connectOptions().contains(QStringLiteral("connect_timeout=5")));
}

void tst_Postgres::passwordInUrlIsRefused()
{
    auto db = Database::open(QStringLiteral("postgresql://app:s3cret@127.0.0.1/auth"));
    QVERIFY(!db.has_value());
    QCOMPARE(db.error().code, QStringLiteral("storage.password-in-url"));
    QVERIFY(!db.error().message.contains(QStringLiteral("s3cret")));
}

void tst_Postgres::migrationListsMatch()
{
    // Same versions on both backends, in the same order: a step added to one needs its spelling in the other.
    QCOMPARE(PostgresMigrations::latestVersion(), Migrations::latestVersion());
    QCOMPARE(PostgresMigrations::all().size(), Migrations::all().size());
    for (qsizetype i = 0; i < Migrations::all().size(); ++i) {
        QCOMPARE(PostgresMigrations::all().at(i).version, Migrations::all().at(i).version);
    }
}

void tst_Postgres::freshDatabaseIsMigrated()
{
    const QString url = testPostgresDatabase();
    auto db = Database::open(url);
    QVERIFY2(db.has_value(), db ? "" : qPrintable(db.error().toString()));
    QCOMPARE((*db)->backend(), Database::Backend::PostgreSql);
    QCOMPARE((*db)->schemaVersion(), Database::latestSchemaVersion());
    QVERIFY((*db)->nativeHandle() == nullptr);
    QVERIFY((*db)->ping().has_value());
    QVERIFY((*db)->setMetaValue(QStringLiteral("k"), QStringLiteral("v")).has_value());
    QCOMPARE((*db)->metaValue(QStringLiteral("k")).value(), QStringLiteral("v"));
    // The user name is unique whatever its case, as with SQLite's COLLATE NOCASE.
    QSqlQuery q((*db)->connection());
    QVERIFY(q.exec(QStringLiteral("INSERT INTO users(username, created_ms, updated_ms) VALUES('Alice', 1, 1)")));
    QVERIFY(!q.exec(QStringLiteral("INSERT INTO users(username, created_ms, updated_ms) VALUES('alice', 1, 1)")));
    // Opening again migrates nothing and keeps the data.
    db->reset();
    auto again = Database::open(url);
    QVERIFY(again.has_value());
    QCOMPARE(scalar((*again)->connection(), QStringLiteral("SELECT count(*) FROM users")).toInt(), 1);
}

void tst_Postgres::unreachableServer()
{
    // A port nobody listens on: bind one, note it, close it.
    quint16 port = 0;
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        port = probe.serverPort();
    }
    auto db = Database::open(QStringLiteral("postgresql://nobody@127.0.0.1:%1/none?connect_timeout=2").arg(port));
    QVERIFY(!db.has_value());
    QCOMPARE(db.error().code, QStringLiteral("storage.unreachable"));
    QVERIFY(db.error().message.contains(QString::number(port)));
}

void tst_Postgres::wrongPassword()
{
    Database::Options options;
    options.password = QStringLiteral("certainly-not-the-password");
    auto db = Database::open(testServerUrl(), options);
    QVERIFY(!db.has_value());
    QCOMPARE(db.error().code, QStringLiteral("storage.auth-failed"));
    QVERIFY(!db.error().message.contains(options.password));
}

void tst_Postgres::missingPassword()
{
    // Neither PGPASSWORD nor a password file: libpq has nothing to send.
    const QByteArray passfile = qgetenv("PGPASSFILE");
    const QByteArray password = qgetenv("PGPASSWORD");
    qputenv("PGPASSFILE", m_dir.filePath(QStringLiteral("no-such-pgpass")).toLocal8Bit());
    qunsetenv("PGPASSWORD");
    auto db = Database::open(testServerUrl());
    qputenv("PGPASSFILE", passfile);
    if (!password.isNull()) {
        qputenv("PGPASSWORD", password);
    }
    QVERIFY(!db.has_value());
    QCOMPARE(db.error().code, QStringLiteral("storage.password-needed"));
}

void tst_Postgres::missingDatabase()
{
    auto server = PostgresUrl::parse(testServerUrl());
    auto db = Database::open(server->withDatabase(QStringLiteral("no_such_database_here")).toString());
    QVERIFY(!db.has_value());
    QCOMPARE(db.error().code, QStringLiteral("storage.no-database"));
    QVERIFY(db.error().message.contains(QStringLiteral("no_such_database_here")));
}

void tst_Postgres::newerSchemaIsRefusedAndUntouched()
{
    const QString url = testPostgresDatabase();
    {
        auto db = Database::open(url);
        QVERIFY(db.has_value());
        QSqlQuery q((*db)->connection());
        QVERIFY(q.exec(
            QStringLiteral("UPDATE authscope_schema SET version = %1").arg(Database::latestSchemaVersion() + 5)));
        QVERIFY(q.exec(QStringLiteral("CREATE TABLE from_the_future(x INTEGER)")));
    }
    auto db = Database::open(url);
    QVERIFY(!db.has_value());
    QCOMPARE(db.error().code, QStringLiteral("storage.newer-version"));
    Database::Options look;
    look.migrate = false;
    // The refusal wrote nothing: the version is still the newer one.
    auto server = PostgresUrl::parse(url);
    {
        auto raw = PostgresBackend::connect(QStringLiteral("tst-raw"), *server, {});
        QVERIFY(raw.has_value());
        QCOMPARE(scalar(*raw, QStringLiteral("SELECT version FROM authscope_schema")).toInt(),
                 Database::latestSchemaVersion() + 5);
        QCOMPARE(scalar(*raw, QStringLiteral("SELECT count(*) FROM from_the_future")).toInt(), 0);
        raw->close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("tst-raw"));
}

void tst_Postgres::reconnectsAfterTheServerDroppedUs()
{
    const QString url = testPostgresDatabase();
    auto db = Database::open(url);
    QVERIFY(db.has_value());
    QVERIFY((*db)->ping().has_value());
    QVERIFY(terminateOthers(databaseName(url)) >= 1);
    // The operation that meets the dead connection fails with a clear error (or already reconnects when libpq
    // noticed in time); the next one works.
    auto first = (*db)->ping();
    if (!first) {
        QCOMPARE(first.error().code, QStringLiteral("storage.connection-lost"));
    }
    auto second = (*db)->ping();
    QVERIFY2(second.has_value(), second ? "" : qPrintable(second.error().toString()));
    QVERIFY((*db)->setMetaValue(QStringLiteral("after"), QStringLiteral("restart")).has_value());
}

void tst_Postgres::writeTransactionRollsBack()
{
    auto db = Database::open(testPostgresDatabase());
    QVERIFY(db.has_value());
    auto failed = (*db)->writeTransaction([](QSqlDatabase& conn) -> Result<void> {
        QSqlQuery q(conn);
        if (!q.exec(QStringLiteral("INSERT INTO meta(key, value) VALUES('gone', 'x')"))) {
            return fail(QStringLiteral("test"), q.lastError().text());
        }
        return fail(QStringLiteral("test.abort"), QStringLiteral("abort"));
    });
    QVERIFY(!failed.has_value());
    QCOMPARE((*db)->metaValue(QStringLiteral("gone")).value(), QString());
}

void tst_Postgres::changeFeedReachesAnotherDatabaseObject()
{
    const QString url = testPostgresDatabase();
    TwoNodes nodes;
    QVERIFY(nodes.open(url));
    QTRY_VERIFY(nodes.b->changeListener()->healthy());
    QVERIFY(nodes.detector->poll().value()); // the first look always says "changed"
    nodes.detector->accept();
    QCOMPARE(nodes.detector->poll().value(), false);
    // A change the caches depend on (a user) moves the feed; one they do not (meta) does not.
    const qint64 before = nodes.b->changeListener()->sequence();
    QVERIFY(nodes.a->setMetaValue(QStringLiteral("k"), QStringLiteral("v")).has_value());
    QTest::qWait(100);
    QCOMPARE(nodes.b->changeListener()->sequence(), before);
    nodes.detector->poll(); // this process committed: its own detectors see that at once
    nodes.detector->accept();
    auto added = insertUser(*nodes.a, QStringLiteral("bob"));
    QVERIFY(added.has_value());
    QTRY_VERIFY(nodes.detector->poll().value());
    nodes.detector->accept();
    QCOMPARE(nodes.detector->poll().value(), false);
    QTRY_VERIFY(nodes.b->changeListener()->notifications() >= 1); // and the notification came as well
}

void tst_Postgres::listenerCatchesUpAfterItsConnectionDied()
{
    const QString url = testPostgresDatabase();
    TwoNodes nodes;
    QVERIFY(nodes.open(url));
    PostgresChangeListener* listener = nodes.b->changeListener();
    QTRY_VERIFY(listener->healthy());
    nodes.detector->poll();
    nodes.detector->accept();
    // Kill every connection of the database (node A's included), then change something at once.
    QVERIFY(terminateOthers(databaseName(url)) >= 2);
    auto added = insertUser(*nodes.a, QStringLiteral("carol"));
    if (!added) {
        // The write met its own dead connection; the next one reconnects.
        added = insertUser(*nodes.a, QStringLiteral("carol"));
    }
    QVERIFY2(added.has_value(), added ? "" : qPrintable(added.error().toString()));
    // Whether the listener heard it or caught up after reconnecting, the detector reports the change, and the
    // listener is healthy again.
    QTRY_VERIFY(nodes.detector->poll().value());
    QTRY_VERIFY(listener->healthy());
    QTRY_VERIFY(listener->reconnects() >= 1);
}

QTEST_GUILESS_MAIN(tst_Postgres)
#include "tst_postgres.moc"
