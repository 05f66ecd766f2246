#pragma once

#include "core/common/Error.h"
#include "core/sessions/SessionBulkLoader.h"
#include "core/storage/SqliteStatement.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

#include <functional>
#include <memory>
#include <optional>

namespace authscope {

class Database;
class SqliteConnection;
class Transaction;

// The SQL of loading sessions in bulk (the seeder) and of the session benchmark's raw baselines, on a SQLite C API
// connection of its own: a million rows go in within seconds, and the baselines measure the bare C API on the
// same table. SQLite only: PostgresSessionBulkRepository loads PostgreSQL with COPY.
class SessionBulkRepository final : public SessionBulkLoader
{
public:
    static Result<std::unique_ptr<SessionBulkRepository>> open(Database& database);
    ~SessionBulkRepository() override;
    Q_DISABLE_COPY_MOVE(SessionBulkRepository)

    // For a big load: a large page cache, temporary data in memory, and no foreign key checks row by row (the
    // loader takes every user and user agent id from rows it just read).
    Result<void> prepareForLoad() override;
    // BEGIN IMMEDIATE ... COMMIT around `work`; `work` writes its audit row through the Transaction.
    Result<void> writeTransaction(const std::function<Result<void>(Transaction&)>& work) override;

    // Inside writeTransaction:
    Result<qint64> userAgent(QByteArrayView text, const QString& label) override;
    // Inserts the user unless the name is taken; either way returns the row's id and disabled flag.
    Result<SeededUser> user(QByteArrayView name, const QString& displayName, QByteArrayView roles, bool disabled,
                            qint64 createdMs, qint64 updatedMs) override;
    Result<qint64> sessionCount() override;
    // Drops the sessions table's indexes and returns their definitions, for createIndexes().
    Result<QList<QByteArray>> dropSessionIndexes() override;
    Result<void> createIndexes(const QList<QByteArray>& definitions) override;
    Result<qint64> insertSession(const Row& row) override;

    // Folds the write-ahead log back into the file.
    Result<void> checkpoint() override;

    // The benchmark's baselines, prepared on this connection: a point lookup by primary key (bind the id) and a
    // slide's UPDATE (bind last seen, idle expiry, id), each one statement of the bare C API.
    Result<SqliteStatement> rawLookup();
    Result<SqliteStatement> rawSlideUpdate();
    // Ids of users who may start sessions.
    Result<QList<qint64>> enabledUserIds(int limit);

private:
    explicit SessionBulkRepository(std::unique_ptr<SqliteConnection> connection);

    std::unique_ptr<SqliteConnection> m_connection; // declared first: the statements are finalised before it closes
    SqliteStatement m_uaInsert;
    SqliteStatement m_uaSelect;
    SqliteStatement m_userInsert;
    SqliteStatement m_userSelect;
    SqliteStatement m_insert;
};

} // namespace authscope
