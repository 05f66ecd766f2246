#pragma once

#include "core/common/Error.h"

#include <QMap>
#include <QString>

namespace authscope {

// A libpq connection URI as AuthScope accepts it: postgresql://USER@HOST[:PORT]/DBNAME[?sslmode=...]. The password
// never comes from here (it would sit in argv, shell history and settings files): libpq finds it in PGPASSWORD,
// PGPASSFILE or ~/.pgpass, or the caller hands one over from the keychain or a prompt.
struct PostgresUrl
{
    QString user;
    QString host;
    int port = 5432;
    QString database;
    // sslmode, connect_timeout, application_name, sslrootcert/sslcert/sslkey, target_session_attrs, and
    // options=-csearch_path=SCHEMA (AuthScope's tables in a schema of their own).
    QMap<QString, QString> parameters;

    // True when the text is meant for PostgreSQL (postgresql:// or postgres://), whether it parses or not.
    [[nodiscard]] static bool isPostgresUrl(const QString& text);
    static Result<PostgresUrl> parse(const QString& text);

    // The URI back, without any password (for titles, logs and settings).
    [[nodiscard]] QString toString() const;
    // A URI naming another database on the same server (the test fixtures' per-test databases).
    [[nodiscard]] PostgresUrl withDatabase(const QString& name) const;
    // QPSQL's connect options ("key=value;key=value").
    [[nodiscard]] QString connectOptions() const;
};

} // namespace authscope
