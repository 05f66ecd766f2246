#pragma once

#include "core/common/Error.h"
#include "core/sessions/NewSessionRow.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

namespace authscope {

class Database;
class Transaction;

// Loading sessions in bulk (the seeder), whichever backend holds them: SessionBulkRepository writes a SQLite file
// through the C API, PostgresSessionBulkRepository streams rows into PostgreSQL with COPY. open() picks the one the
// database needs.
class SessionBulkLoader
{
public:
    struct SeededUser
    {
        qint64 id = 0;
        bool disabled = false;
    };

    // One seeded session; views must stay valid until insertSession returns.
    struct Row : NewSessionRow
    {
        QByteArrayView ip;
        QByteArrayView ipKey;
        bool jwt = false;
        std::optional<qint64> revokedMs;
        QByteArrayView revokedBy;
        QByteArrayView revokeReason;
    };

    static Result<std::unique_ptr<SessionBulkLoader>> open(Database& database);

    SessionBulkLoader() = default;
    virtual ~SessionBulkLoader() = default;
    SessionBulkLoader(const SessionBulkLoader&) = delete;
    SessionBulkLoader& operator=(const SessionBulkLoader&) = delete;

    // Settings for a big load (SQLite: a large page cache, no row-by-row foreign key checks).
    virtual Result<void> prepareForLoad() = 0;
    // One write transaction around `work`; `work` writes its audit row through the Transaction.
    virtual Result<void> writeTransaction(const std::function<Result<void>(Transaction&)>& work) = 0;

    // Inside writeTransaction:
    virtual Result<qint64> userAgent(QByteArrayView text, const QString& label) = 0;
    // Inserts the user unless the name is taken; either way returns the row's id and disabled flag.
    virtual Result<SeededUser> user(QByteArrayView name, const QString& displayName, QByteArrayView roles,
                                    bool disabled, qint64 createdMs, qint64 updatedMs) = 0;
    struct NewUser
    {
        QByteArray name;
        QString displayName;
        QByteArray roles;
        bool disabled = false;
        qint64 createdMs = 0;
        qint64 updatedMs = 0;
    };
    // Many users at once, in order (PostgreSQL: one statement rather than a round trip each); by default user() for
    // each.
    virtual Result<QList<SeededUser>> users(const QList<NewUser>& batch);
    virtual Result<qint64> sessionCount() = 0;
    // Drops the sessions table's secondary indexes and returns their definitions, for createIndexes().
    virtual Result<QList<QByteArray>> dropSessionIndexes() = 0;
    virtual Result<void> createIndexes(const QList<QByteArray>& definitions) = 0;
    // The new row's id; a loader that streams rows may return 0 for all but the first row of a transaction.
    virtual Result<qint64> insertSession(const Row& row) = 0;

    // After the load (SQLite: fold the write-ahead log back into the file; PostgreSQL: refresh the statistics and
    // the visibility map, so the first page and the count use index-only scans at once).
    virtual Result<void> checkpoint() = 0;

    // A staged load (PostgreSQL): one transaction in which the rows go to a private staging table first, without
    // the write lock (nobody waits while they are generated and streamed), and moveStaged() moves them into the
    // sessions table under the write lock, rebuilding the indexes, so a big load pays no index maintenance per row.
    // Whether a load of `count` rows is staged: on PostgreSQL when the table holds no more sessions than the load
    // brings (a fresh or demo database, where rebuilding the indexes once pays); a top-up of a bigger table goes in
    // short batches, so its write lock is never held for long (S-REVOKE-RETRY).
    virtual Result<bool> stages(qint64 count);
    // Like writeTransaction, but without the write lock until moveStaged(); insertSession() writes to the staging
    // table (and returns 0) until then.
    virtual Result<void> stagedTransaction(const std::function<Result<void>(Transaction&)>& work);
    // Inside stagedTransaction, after the rows: takes the write lock and moves the staged rows into sessions, with
    // the secondary indexes dropped and rebuilt when the table holds no more rows than the load. The sessions get
    // consecutive ids; returns the first.
    virtual Result<qint64> moveStaged();
};

} // namespace authscope
