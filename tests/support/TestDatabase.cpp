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

QString testPostgresSchema()
{
    auto server = PostgresUrl::parse(testServerUrl());
    if (!server) {
        qFatal("AUTHSCOPE_TEST_PG_URL is not usable: %s", qPrintable(server.error().toString()));
    }
    // One database for all the tests' schemas: CREATE DATABASE costs about a second, CREATE SCHEMA nothing.
    const QString shared = QStringLiteral("authscope_tests");
    static QAtomicInteger<quint32> s_counter;
    const QString schema = QStringLiteral("t_%1_%2_%3")
                               .arg(QCoreApplication::applicationPid())
                               .arg(++s_counter)
                               .arg(QRandomGenerator::global()->generate() & 0xffffff, 6, 16, QLatin1Char('0'));
    const QString connection = QStringLiteral("authscope-test-schema-") + schema;
    {
        auto admin = PostgresBackend::connect(connection, *server, {});
        if (!admin) {
            qFatal("Cannot reach the test PostgreSQL server %s: %s", qPrintable(server->toString()),
                   qPrintable(admin.error().toString()));
        }
        QSqlQuery q(*admin);
        // Parallel tests race to make it: "already exists" (42P04) or a concurrent duplicate (23505) is fine.
        if (!q.exec(QStringLiteral("CREATE DATABASE ") + shared) && q.lastError().nativeErrorCode() != u"42P04" &&
            q.lastError().nativeErrorCode() != u"23505") {
            qFatal("Cannot create the test database %s: %s", qPrintable(shared), qPrintable(q.lastError().text()));
        }
        q = QSqlQuery();
        admin->close();
    }
    QSqlDatabase::removeDatabase(connection);
    PostgresUrl url = server->withDatabase(shared);
    {
        auto admin = PostgresBackend::connect(connection, url, {});
        if (!admin) {
            qFatal("Cannot open %s: %s", qPrintable(url.toString()), qPrintable(admin.error().toString()));
        }
        QSqlQuery q(*admin);
        if (!q.exec(QStringLiteral("CREATE SCHEMA ") + schema)) {
            qFatal("Cannot create the test schema %s: %s", qPrintable(schema), qPrintable(q.lastError().text()));
        }
        q = QSqlQuery();
        admin->close();
    }
    QSqlDatabase::removeDatabase(connection);
    url.parameters.insert(QStringLiteral("options"), QStringLiteral("-csearch_path=") + schema);
    return url.toString();
}

QString testPostgresDatabase()
{
    auto server = PostgresUrl::parse(testServerUrl());
    if (!server) {
        qFatal("AUTHSCOPE_TEST_PG_URL is not usable: %s", qPrintable(server.error().toString()));
    }
    static QAtomicInteger<quint32> s_counter;
    // Lower case, no quoting needed; the pid and a random part keep parallel tests apart.
    const QString database = QStringLiteral("t_%1_%2_%3")
                                 .arg(QCoreApplication::applicationPid())
                                 .arg(++s_counter)
                                 .arg(QRandomGenerator::global()->generate() & 0xffffff, 6, 16, QLatin1Char('0'));
    const QString connection = QStringLiteral("authscope-test-admin-") + database;
    {
        auto admin = PostgresBackend::connect(connection, *server, {});
        if (!admin) {
            qFatal("Cannot reach the test PostgreSQL server %s: %s", qPrintable(server->toString()),
                   qPrintable(admin.error().toString()));
        }
        QSqlQuery q(*admin);
        if (!q.exec(QStringLiteral("CREATE DATABASE ") + database)) {
            qFatal("Cannot create the test database %s: %s", qPrintable(database), qPrintable(q.lastError().text()));
        }
        q = QSqlQuery();
        admin->close();
    }
    QSqlDatabase::removeDatabase(connection);
    return server->withDatabase(database).toString();
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
