#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QVariant>

class QTemporaryDir;

namespace authscope::test {

// The backend a test run uses, from AUTHSCOPE_TEST_BACKEND ("sqlite", the default, or "postgresql"). CTest
// registers each storage-facing test twice, the second time with AUTHSCOPE_TEST_BACKEND=postgresql (labelled
// "postgres"); scripts/test.sh starts the throwaway cluster and exports AUTHSCOPE_TEST_PG_URL.
[[nodiscard]] bool testUsesPostgres();

// A fresh, empty database for one test: on SQLite the file `name` in `dir`; on PostgreSQL a new database created
// on the server of AUTHSCOPE_TEST_PG_URL, so tests stay independent and may run in parallel. A PostgreSQL run
// without a server fails the test (qFatal with the reason), it never falls back to SQLite.
[[nodiscard]] QString testDatabase(const QTemporaryDir& dir, const QString& name);

// Statements that make every later INSERT into audit_log fail (a trigger that raises), in the backend's dialect;
// "DROP TRIGGER refuse_audit ..." as the last one's inverse is dropAuditRefusalSql().
[[nodiscard]] QStringList refuseAuditSql(bool postgres);
[[nodiscard]] QString dropAuditRefusalSql(bool postgres);

// A fresh PostgreSQL database whatever the backend parameter says (for the PostgreSQL-only tests that end
// connections by database).
[[nodiscard]] QString testPostgresDatabase();
// A fresh schema in the shared test database (what testDatabase() gives on PostgreSQL: a URL whose
// options=-csearch_path=SCHEMA puts every table there).
[[nodiscard]] QString testPostgresSchema();

// The first column of the first row `sql` gives on `db`; an invalid QVariant when it fails or gives no row.
[[nodiscard]] QVariant scalar(QSqlDatabase db, const QString& sql);

// PostgreSQL runs: the server's maintenance URL (AUTHSCOPE_TEST_PG_URL); fails the test when it is not set.
[[nodiscard]] QString testServerUrl();

} // namespace authscope::test
