#pragma once

#include "core/common/Clock.h"
#include "core/common/Error.h"
#include "core/sessions/SessionPolicy.h"

#include <QByteArray>
#include <QList>

#include <functional>

namespace authscope {

class AuditLog;
class Database;

// Fills the database with realistic sessions for demos, tests and the benchmark: named users with one to three
// devices each (a browser or an API client, a home, office or mobile address), logins spread over the last
// month with more of them recent, cookie sessions with standard or "remember me" timeouts and API sessions with
// JWTs, and the history a real store has: sessions that expired idle or at their absolute limit, logouts and
// administrator revocations. Addresses come from private, shared and documentation ranges only.
//
// Every session ID is 32 bytes from the CSPRNG, stored as its SHA-256 like any other. Rows go in through the
// SQLite C API on a connection of its own, in batches of short write transactions with a pause between them, so
// that a revocation issued meanwhile lands (S-REVOKE-RETRY); each batch writes its audit row, the last one
// ("session.seed") records the run. PostgreSQL follows the same shape for small loads; a big one is staged (see
// Options::rebuildIndexesFrom) and audited once.
class SessionSeeder final
{
public:
    struct Options
    {
        qint64 count = 1000;
        int users = 0;            // 0: about one per 100 sessions, 20 to 20,000
        quint64 seed = 0;         // fixes the shape of the data (not the IDs); 0 picks one
        bool freshLogins = false; // every session active and created within the slide throttle (the benchmark)
        bool keepTokens = false;  // hand back the secret IDs (the benchmark), in row order
        // Sessions per write transaction. 0: all in one transaction, which holds the write lock for the whole load
        // and so is only for a database nobody else uses (the benchmark's scratch database).
        qint64 batchRows = 10000;
        // With batchRows 0, loads at least this big (and at least the size of the table) drop the session indexes
        // and rebuild them. On PostgreSQL, loads at least this big (up to MaxStagedCount) into a table holding no
        // more sessions than they bring are staged whatever batchRows says: streamed into a temporary table, then
        // moved into sessions in one step under the write lock, with the indexes rebuilt.
        qint64 rebuildIndexesFrom = 50000;
        // Called every few thousand rows; returning false cancels: the batch being written is dropped, the batches
        // already committed stay (all of it is dropped with batchRows 0).
        std::function<bool(qint64 done, qint64 total)> progress;
    };

    struct Report
    {
        qint64 sessions = 0;
        qint64 users = 0;
        qint64 active = 0;
        qint64 expired = 0;
        qint64 revoked = 0;
        qint64 firstId = 0;      // sessions got ids firstId .. firstId + sessions - 1
        qint64 insertMs = 0;     // generating and committing the rows
        qint64 checkpointMs = 0; // folding the write-ahead log back into the file afterwards
        quint64 seed = 0;
        QList<QByteArray> tokens;
    };

    SessionSeeder(Database& database, AuditLog& audit, const Clock& clock = Clock::system(),
                  const SessionPolicy& policy = {});

    Result<Report> run(const Options& options);

    static constexpr qint64 MaxCount = 50'000'000;
    // The biggest staged load: its last step (the move and the index rebuild, under the write lock) stays well
    // inside the minute a waiting revocation allows (S-REVOKE-RETRY). Bigger loads go in batches.
    static constexpr qint64 MaxStagedCount = 2'000'000;

private:
    Database& m_db;
    AuditLog& m_audit;
    const Clock& m_clock;
    SessionPolicy m_policy;
};

} // namespace authscope
