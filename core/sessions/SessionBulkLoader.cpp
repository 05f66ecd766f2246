#include "core/sessions/SessionBulkLoader.h"

#include "core/sessions/PostgresSessionBulkRepository.h"
#include "core/sessions/SessionBulkRepository.h"
#include "core/storage/Database.h"

namespace authscope {

Result<std::unique_ptr<SessionBulkLoader>> SessionBulkLoader::open(Database& database)
{
    if (database.isPostgres()) {
        return std::unique_ptr<SessionBulkLoader>(new PostgresSessionBulkRepository(database));
    }
    auto sqlite = SessionBulkRepository::open(database);
    if (!sqlite) {
        return std::unexpected(sqlite.error());
    }
    return std::unique_ptr<SessionBulkLoader>(std::move(*sqlite));
}

Result<QList<SessionBulkLoader::SeededUser>> SessionBulkLoader::users(const QList<NewUser>& batch)
{
    QList<SeededUser> out;
    out.reserve(batch.size());
    for (const NewUser& u : batch) {
        auto row = user(u.name, u.displayName, u.roles, u.disabled, u.createdMs, u.updatedMs);
        if (!row) {
            return std::unexpected(row.error());
        }
        out << *row;
    }
    return out;
}

Result<bool> SessionBulkLoader::stages(qint64 /*count*/)
{
    return false;
}

Result<void> SessionBulkLoader::stagedTransaction(const std::function<Result<void>(Transaction&)>& /*work*/)
{
    return fail(QStringLiteral("sessions.seed"), QStringLiteral("This database does not stage bulk loads."));
}

Result<qint64> SessionBulkLoader::moveStaged()
{
    return fail(QStringLiteral("sessions.seed"), QStringLiteral("This database does not stage bulk loads."));
}

} // namespace authscope
