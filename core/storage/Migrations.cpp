#include "core/storage/Migrations.h"

#include "core/storage/SchemaSteps.h"
#include "core/storage/SqliteFileGuard.h"

namespace authscope {

namespace {

// The shared steps (SchemaSteps) spelled for SQLite, and what only SQLite says.
QList<Migration> buildMigrations()
{
    QList<Migration> list = SchemaSteps::shared(SchemaSteps::Dialect::Sqlite);

    // F-FOREIGN-DB: AuthScope's marker in the SQLite header, for new databases and those made before it.
    SchemaSteps::step(list, 7).statements = {
        QStringLiteral("PRAGMA application_id = %1").arg(SqliteFileGuard::ApplicationId),
    };

    // SQLite cannot change a CHECK constraint in place: the table is rebuilt.
    SchemaSteps::step(list, 12).statements = {
        SchemaSteps::labRunsTable(SchemaSteps::Dialect::Sqlite, QStringLiteral("lab_runs_new"),
                                  QStringLiteral("'cost', 'revocation', 'bytes', 'scale', 'stolen', 'nodes'")),
        QStringLiteral("INSERT INTO lab_runs_new (id, experiment, started_ms, finished_ms, quick, cancelled,"
                       " options, machine, result) SELECT id, experiment, started_ms, finished_ms, quick,"
                       " cancelled, options, machine, result FROM lab_runs"),
        QStringLiteral("DROP TABLE lab_runs"),
        QStringLiteral("ALTER TABLE lab_runs_new RENAME TO lab_runs"),
        QStringLiteral("CREATE INDEX lab_runs_experiment ON lab_runs(experiment, started_ms)"),
    };
    return list;
}

} // namespace

const QList<Migration>& Migrations::all()
{
    static const QList<Migration> list = buildMigrations();
    return list;
}

int Migrations::latestVersion()
{
    return all().isEmpty() ? 0 : all().constLast().version;
}

} // namespace authscope
