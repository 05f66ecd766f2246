#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace authscope {

// One forward-only schema step. `version` is the PRAGMA user_version after the step; steps run in order, each
// in its own transaction, and are never edited once released: a change is a new step.
struct Migration
{
    int version;
    QString description;
    QStringList statements;
};

// The schema steps of the SQLite backend: SchemaSteps' shared description in SQLite's words, plus what only SQLite
// says. PostgresMigrations is the same for PostgreSQL (same versions), picked by Database::backend().
class Migrations final
{
public:
    [[nodiscard]] static const QList<Migration>& all();
    [[nodiscard]] static int latestVersion();
};

} // namespace authscope
