#pragma once

#include "core/common/Error.h"
#include "core/storage/PostgresUrl.h"

#include <QString>
#include <QtGlobal>

namespace authscope {

// A database of its own on a PostgreSQL server for a run that must not touch the user's tables (the Lab's nodes
// experiment): created by create(), dropped WITH (FORCE) when this object goes. The role needs CREATEDB.
class PostgresScratchDatabase final
{
public:
    PostgresScratchDatabase() = default;
    ~PostgresScratchDatabase();
    Q_DISABLE_COPY_MOVE(PostgresScratchDatabase)

    // Creates <prefix>_<pid>_<random> on the server of `serverUrl` (connecting to the database that URL names) and
    // returns the new database's URL. `password`: PostgreSQL's, empty for libpq's own sources.
    Result<QString> create(const QString& serverUrl, const QString& password, const QString& prefix);
    [[nodiscard]] const QString& name() const { return m_name; }

    // A name for a scratch database or schema: lower case letters, digits and '_' (no quoting needed), the pid and a
    // random part keeping parallel runs apart.
    [[nodiscard]] static QString uniqueName(const QString& prefix);

private:
    PostgresUrl m_server;
    QString m_password;
    QString m_name;
};

} // namespace authscope
