#include "Migrations.h"

namespace authscope {

namespace {

// A new step takes the next version number and goes at the end; released steps are never edited.
QList<Migration> buildMigrations()
{
    QList<Migration> list;

    list.append({1,
                 QStringLiteral("meta and audit log"),
                 {
                     QStringLiteral("CREATE TABLE meta ("
                                    " key TEXT PRIMARY KEY NOT NULL,"
                                    " value TEXT NOT NULL) WITHOUT ROWID"),
                     QStringLiteral("CREATE TABLE audit_log ("
                                    " id INTEGER PRIMARY KEY,"
                                    " ts_ms INTEGER NOT NULL,"
                                    " actor TEXT NOT NULL,"
                                    " action TEXT NOT NULL,"
                                    " target TEXT NOT NULL DEFAULT '',"
                                    " details TEXT NOT NULL DEFAULT '{}',"
                                    " prev_hash TEXT NOT NULL,"
                                    " hash TEXT NOT NULL)"),
                     QStringLiteral("CREATE INDEX audit_log_action ON audit_log(action, id)"),
                     QStringLiteral("CREATE INDEX audit_log_ts ON audit_log(ts_ms)"),
                 }});

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
