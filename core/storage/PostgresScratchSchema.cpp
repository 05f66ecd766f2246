#include "core/storage/PostgresScratchSchema.h"

#include "core/storage/Database.h"
#include "core/storage/PostgresScratchDatabase.h"
#include "core/storage/PostgresUrl.h"

#include <QSqlError>
#include <QSqlQuery>

namespace authscope {

PostgresScratchSchema::PostgresScratchSchema() = default;

PostgresScratchSchema::~PostgresScratchSchema()
{
    if (m_name.isEmpty() || !m_server) {
        return;
    }
    QSqlQuery q(m_server->connection());
    // Our own name (see PostgresScratchDatabase::uniqueName); DROP SCHEMA takes no bound parameters.
    if (!q.exec(QStringLiteral("DROP SCHEMA %1 CASCADE").arg(m_name))) {
        qWarning("authscope: could not drop the scratch schema %s: %s", qPrintable(m_name),
                 qPrintable(q.lastError().text()));
    }
}

Result<QString> PostgresScratchSchema::create(const QString& url, const QString& password, const QString& prefix)
{
    auto parsed = PostgresUrl::parse(url);
    if (!parsed) {
        return std::unexpected(parsed.error());
    }
    Database::Options withPassword;
    withPassword.password = password;
    auto server = Database::open(url, withPassword);
    if (!server) {
        return std::unexpected(server.error());
    }
    m_server = std::move(*server);
    const QString name = PostgresScratchDatabase::uniqueName(prefix);
    QSqlQuery q(m_server->connection());
    if (!q.exec(QStringLiteral("CREATE SCHEMA %1").arg(name))) {
        return fail(
            QStringLiteral("storage.postgres"),
            QStringLiteral("Cannot create a scratch schema in %1: %2").arg(parsed->toString(), q.lastError().text()));
    }
    m_name = name;
    parsed->parameters.insert(QStringLiteral("options"), QStringLiteral("-csearch_path=") + name);
    return parsed->toString();
}

} // namespace authscope
