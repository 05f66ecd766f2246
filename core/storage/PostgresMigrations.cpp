#include "core/storage/PostgresMigrations.h"

#include "core/storage/SchemaSteps.h"

namespace authscope {

namespace {

// Statement-level trigger: one change_log row and one NOTIFY per statement that changes `table` (`events` is the
// trigger's event list, e.g. "INSERT OR DELETE OR UPDATE").
QString feedTrigger(const QString& table, const QString& events, const QString& area)
{
    return QStringLiteral("CREATE TRIGGER %1_changed AFTER %2 ON %1 FOR EACH STATEMENT "
                          "EXECUTE FUNCTION authscope_changed('%3')")
        .arg(table, events, area);
}

const QString kAll = QStringLiteral("INSERT OR DELETE OR UPDATE");

// The shared steps (SchemaSteps) spelled for PostgreSQL, and what only PostgreSQL has: the change feed.
QList<Migration> buildMigrations()
{
    QList<Migration> list = SchemaSteps::shared(SchemaSteps::Dialect::Postgres);

    Migration& first = SchemaSteps::step(list, 1);
    first.description = QStringLiteral("meta, audit log and the change feed");
    first.statements += {
        // The change sequence: a node that missed notifications (its connection dropped) catches up with
        // WHERE seq > last_seen. Old rows are pruned as new ones come; only the newest matter.
        QStringLiteral("CREATE TABLE change_log ("
                       " seq BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,"
                       " ts_ms BIGINT NOT NULL,"
                       " area TEXT NOT NULL)"),
        QStringLiteral("CREATE FUNCTION authscope_changed() RETURNS trigger LANGUAGE plpgsql AS $$\n"
                       "DECLARE s BIGINT;\n"
                       "BEGIN\n"
                       "  INSERT INTO change_log(ts_ms, area)\n"
                       "    VALUES ((extract(epoch FROM clock_timestamp()) * 1000)::BIGINT, TG_ARGV[0])\n"
                       "    RETURNING seq INTO s;\n"
                       "  IF s % 1000 = 0 THEN DELETE FROM change_log WHERE seq < s - 10000; END IF;\n"
                       "  PERFORM pg_notify('authscope_changes', TG_ARGV[0] || ':' || s);\n"
                       "  RETURN NULL;\n"
                       "END $$"),
    };

    // What the caches depend on. A session's slide (last_seen/idle expiry) is not a change others must
    // see at once: a node that finds a session idle-expired in its cache asks the database anyway.
    SchemaSteps::step(list, 2).statements += {
        feedTrigger(QStringLiteral("users"), kAll, QStringLiteral("users")),
        feedTrigger(QStringLiteral("session_changes"), kAll, QStringLiteral("sessions")),
        feedTrigger(QStringLiteral("sessions"),
                    QStringLiteral("INSERT OR DELETE OR UPDATE OF revoked_ms, user_id, absolute_expires_ms"),
                    QStringLiteral("sessions")),
        feedTrigger(QStringLiteral("issued_tokens"), kAll, QStringLiteral("tokens")),
        feedTrigger(QStringLiteral("token_denylist"), kAll, QStringLiteral("denylist")),
    };
    SchemaSteps::step(list, 4).statements += {
        feedTrigger(QStringLiteral("key_vault"), kAll, QStringLiteral("keys")),
        feedTrigger(QStringLiteral("signing_keys"), kAll, QStringLiteral("keys")),
        feedTrigger(QStringLiteral("key_policy"), kAll, QStringLiteral("keys")),
    };

    // F-FOREIGN-DB: SQLite marks its file header with PRAGMA application_id. A PostgreSQL database has no header:
    // the meta table marks it, and a comment on that table says whose it is to anyone browsing the schema.
    SchemaSteps::step(list, 7).statements = {
        QStringLiteral("COMMENT ON TABLE meta IS 'AuthScope database (application_id 0x41755363)'"),
    };

    // The CHECK is dropped and added again in place.
    SchemaSteps::step(list, 12).statements = {
        QStringLiteral("ALTER TABLE lab_runs DROP CONSTRAINT lab_runs_experiment_check"),
        QStringLiteral("ALTER TABLE lab_runs ADD CONSTRAINT lab_runs_experiment_check"
                       " CHECK (experiment IN ('cost', 'revocation', 'bytes', 'scale', 'stolen', 'nodes'))"),
    };
    return list;
}

} // namespace

const QList<Migration>& PostgresMigrations::all()
{
    static const QList<Migration> list = buildMigrations();
    return list;
}

// Both backends' steps are SchemaSteps' versions.
int PostgresMigrations::latestVersion()
{
    return Migrations::latestVersion();
}

QString PostgresMigrations::channel()
{
    return QStringLiteral("authscope_changes");
}

} // namespace authscope
