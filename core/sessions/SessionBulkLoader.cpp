#include "core/sessions/SessionBulkLoader.h"

#include "core/sessions/PostgresSessionBulkLoader.h"
#include "core/sessions/SessionBulkRepository.h"
#include "core/storage/Database.h"

namespace authscope {

Result<std::unique_ptr<SessionBulkLoader>> SessionBulkLoader::open(Database& database)
{
    if (database.isPostgres()) {
        return std::unique_ptr<SessionBulkLoader>(new PostgresSessionBulkLoader(database));
    }
    auto sqlite = SessionBulkRepository::open(database);
    if (!sqlite) {
        return std::unexpected(sqlite.error());
    }
    return std::unique_ptr<SessionBulkLoader>(std::move(*sqlite));
}

} // namespace authscope
