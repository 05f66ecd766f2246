#pragma once

#include "core/common/Error.h"

#include <QString>
#include <QtGlobal>

#include <memory>

namespace authscope {

class Database;

// A schema of its own in a PostgreSQL database for a run that must not touch the user's tables (the session
// benchmark): created by create(), dropped with everything in it (CASCADE) when this object goes. Whatever uses the
// schema must be closed before that.
class PostgresScratchSchema final
{
public:
    PostgresScratchSchema();
    ~PostgresScratchSchema();
    Q_DISABLE_COPY_MOVE(PostgresScratchSchema)

    // Creates <prefix>_<pid>_<random> in the database of `url` and returns that URL with the schema as its
    // search_path (what Database::open takes). `password`: PostgreSQL's, empty for libpq's own sources.
    Result<QString> create(const QString& url, const QString& password, const QString& prefix);
    [[nodiscard]] const QString& name() const { return m_name; }

private:
    std::unique_ptr<Database> m_server; // the connection that made (and drops) the schema
    QString m_name;
};

} // namespace authscope
