#pragma once

#include "core/sessions/SessionBulkLoader.h"

#include <QByteArray>
#include <QSqlDatabase>

struct pg_conn;

namespace authscope {

class Database;

// Loads sessions into PostgreSQL: users and user agents through QtSql (a few thousand rows), the sessions themselves
// streamed with COPY ... FROM STDIN on the same connection and in the same transaction (libpq under QPSQL), so a
// million rows arrive in one statement and the batch's audit row commits with them (A-SAME-TX). A big load is
// staged: streamed into a temporary table, then moved into sessions in one INSERT ... SELECT with the indexes
// rebuilt afterwards (maintaining eight indexes row by row is what made a million rows take minutes).
class PostgresSessionBulkRepository final : public SessionBulkLoader
{
public:
    explicit PostgresSessionBulkRepository(Database& database);
    ~PostgresSessionBulkRepository() override;

    Result<void> prepareForLoad() override;
    Result<void> writeTransaction(const std::function<Result<void>(Transaction&)>& work) override;
    Result<qint64> userAgent(QByteArrayView text, const QString& label) override;
    Result<SeededUser> user(QByteArrayView name, const QString& displayName, QByteArrayView roles, bool disabled,
                            qint64 createdMs, qint64 updatedMs) override;
    // One INSERT ... SELECT from a JSON array for the whole batch.
    Result<QList<SeededUser>> users(const QList<NewUser>& batch) override;
    Result<qint64> sessionCount() override;
    Result<QList<QByteArray>> dropSessionIndexes() override;
    Result<void> createIndexes(const QList<QByteArray>& definitions) override;
    // The first row of a transaction goes in with INSERT ... RETURNING (its id is the seeder's first id); the rest
    // are streamed and return 0.
    Result<qint64> insertSession(const Row& row) override;
    // VACUUM ANALYZE sessions: fresh statistics, and a visibility map for index-only counts.
    Result<void> checkpoint() override;

    Result<bool> stages(qint64 count) override;
    // BEGIN without the write lock, and a temporary staging table (dropped at the end of the transaction).
    Result<void> stagedTransaction(const std::function<Result<void>(Transaction&)>& work) override;
    Result<qint64> moveStaged() override;

    // Ends a running COPY: sends what is buffered and reads the server's verdict. Every other statement on the
    // connection must wait for it (the connection is in COPY mode until then).
    Result<void> finishCopy();

    // The session benchmark's libpq baseline (RawSessionBaseline): prepares on `pg` the server-side statements
    // "bench_lookup" (the session row that validation reads; $1 = id) and "bench_slide" (a slide's UPDATE;
    // $1 = last_seen_ms, $2 = idle_expires_ms, $3 = id). SessionBulkRepository::rawLookup/rawSlideUpdate are
    // SQLite's.
    static Result<void> prepareBaseline(pg_conn* pg);

private:
    Result<void> sendBuffered();
    Result<void> startCopy(const char* statement);
    void abandonCopy();
    // Runs `work` on `connection` (in a transaction the caller opened and ends), its rows streamed through COPY,
    // which is finished (or abandoned on failure) before this returns.
    Result<void> withCopy(QSqlDatabase& connection, const std::function<Result<void>(Transaction&)>& work);
    Result<QSqlDatabase*> inTransaction();

    Database& m_database;
    QSqlDatabase* m_connection = nullptr; // only inside writeTransaction
    pg_conn* m_pg = nullptr;
    bool m_copying = false;
    bool m_rowsInTransaction = false;
    bool m_staging = false; // insertSession() writes to the staging table
    qint64 m_staged = 0;    // rows in the staging table
    QByteArray m_buffer;
};

} // namespace authscope
