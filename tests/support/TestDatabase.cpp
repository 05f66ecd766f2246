#include "tests/support/TestDatabase.h"

#include "core/storage/PostgresBackend.h"
#include "core/storage/PostgresUrl.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDateTime>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

namespace authscope::test {

bool testUsesPostgres()
{
    const QByteArray backend = qgetenv("AUTHSCOPE_TEST_BACKEND").toLower();
    return backend == "postgresql" || backend == "postgres" || backend == "pg";
}

QString testServerUrl()
{
    const QString url = qEnvironmentVariable("AUTHSCOPE_TEST_PG_URL");
    if (url.isEmpty()) {
        qFatal("This test runs against PostgreSQL (AUTHSCOPE_TEST_BACKEND=postgresql) but AUTHSCOPE_TEST_PG_URL is "
               "not set. Run it through scripts/test.sh, which starts a throwaway cluster, or point "
               "AUTHSCOPE_TEST_PG_URL at a server where this user may CREATE DATABASE.");
    }
    return url;
}

QStringList refuseAuditSql(bool postgres)
{
    if (postgres) {
        return {QStringLiteral("CREATE OR REPLACE FUNCTION refuse_audit() RETURNS trigger LANGUAGE plpgsql AS "
                               "$$ BEGIN RAISE EXCEPTION 'audit refused'; END $$"),
                QStringLiteral("CREATE TRIGGER refuse_audit BEFORE INSERT ON audit_log FOR EACH ROW "
                               "EXECUTE FUNCTION refuse_audit()")};
    }
    return {QStringLiteral("CREATE TRIGGER refuse_audit BEFORE INSERT ON audit_log "
                           "BEGIN SELECT RAISE(ABORT, 'audit refused'); END;")};
}

QString dropAuditRefusalSql(bool postgres)
{
    return postgres ? QStringLiteral("DROP TRIGGER refuse_audit ON audit_log")
                    : QStringLiteral("DROP TRIGGER refuse_audit");
}

QString testDatabase(const QTemporaryDir& dir, const QString& name)
{
    return testUsesPostgres() ? testPostgresSchema() : dir.filePath(name);
}

namespace {

// The server AUTHSCOPE_TEST_PG_URL names; an unusable URL ends the run.
PostgresUrl testServer()
{
    auto server = PostgresUrl::parse(testServerUrl());
    if (!server) {
        qFatal("AUTHSCOPE_TEST_PG_URL is not usable: %s", qPrintable(server.error().toString()));
    }
    return *server;
}

// A fresh name for a test database or schema: lower case, no quoting needed; the pid, a counter and a random part
// keep parallel tests apart.
QString uniqueTestName()
{
    static QAtomicInteger<quint32> s_counter;
    return QStringLiteral("t_%1_%2_%3")
        .arg(QCoreApplication::applicationPid())
        .arg(++s_counter)
        .arg(QRandomGenerator::global()->generate() & 0xffffff, 6, 16, QLatin1Char('0'));
}

// Runs one administrative statement on `url` over a connection of its own (named `connection`, removed
// afterwards). A failure ends the run with `failure` (%1 the object's name, %2 the server's message) unless its
// SQLSTATE is `tolerated`.
void adminExec(const QString& connection, const PostgresUrl& url, const QString& sql, const QString& failure,
               const QString& object, const QStringList& tolerated = {})
{
    {
        auto admin = PostgresBackend::connect(connection, url, {});
        if (!admin) {
            qFatal("Cannot reach the test PostgreSQL server %s: %s", qPrintable(url.toString()),
                   qPrintable(admin.error().toString()));
        }
        QSqlQuery q(*admin);
        if (!q.exec(sql) && !tolerated.contains(q.lastError().nativeErrorCode())) {
            qFatal("%s", qPrintable(failure.arg(object, q.lastError().text())));
        }
        q = QSqlQuery();
        admin->close();
    }
    QSqlDatabase::removeDatabase(connection);
}

} // namespace

QString testPostgresSchema()
{
    const PostgresUrl server = testServer();
    // One database for all the tests' schemas: CREATE DATABASE costs about a second, CREATE SCHEMA nothing.
    const QString shared = QStringLiteral("authscope_tests");
    const QString schema = uniqueTestName();
    const QString connection = QStringLiteral("authscope-test-schema-") + schema;
    // Parallel tests race to make it: "already exists" (42P04) or a concurrent duplicate (23505) is fine.
    adminExec(connection, server, QStringLiteral("CREATE DATABASE ") + shared,
              QStringLiteral("Cannot create the test database %1: %2"), shared,
              {QStringLiteral("42P04"), QStringLiteral("23505")});
    PostgresUrl url = server.withDatabase(shared);
    adminExec(connection, url, QStringLiteral("CREATE SCHEMA ") + schema,
              QStringLiteral("Cannot create the test schema %1: %2"), schema);
    url.parameters.insert(QStringLiteral("options"), QStringLiteral("-csearch_path=") + schema);
    return url.toString();
}

QString testPostgresDatabase()
{
    const PostgresUrl server = testServer();
    const QString database = uniqueTestName();
    const QString connection = QStringLiteral("authscope-test-admin-") + database;
    adminExec(connection, server, QStringLiteral("CREATE DATABASE ") + database,
              QStringLiteral("Cannot create the test database %1: %2"), database);
    return server.withDatabase(database).toString();
}

QVariant scalar(QSqlDatabase db, const QString& sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql) || !q.next()) {
        return {};
    }
    return q.value(0);
}

} // namespace authscope::test
