#pragma once

// The revocation-across-nodes experiment's result (plain data, like the results in LabExperiments.h): two test
// server nodes on one database (two processes on one SQLite file; two processes on one PostgreSQL database), a
// session cookie and a JWT issued by node A, revoked on node A (its logout) or by the administrator, and the time
// until node B refuses each, repeated; with the change-feed mechanism that told node B.

#include "core/lab/LabExperiments.h"

#include <QMap>

namespace authscope::lab {

// One revocation. backend: "sqlite" or "postgresql"; credential: "cookie" or "jwt"; revoker: "node" (a logout
// at node A) or "admin" (the administrator's revocation in the store); mechanism: how node B learned of it, "wal"
// (SQLite's WAL change counter in shared memory), "notify" (PostgreSQL LISTEN/NOTIFY), "poll" (PostgreSQL's
// change sequence read when no notification came), "reconnect" (node B's listener was reconnecting and trusted no
// cache), or "" when node B never refused.
struct NodeSample
{
    QString backend;
    QString credential;
    QString revoker;
    int index = 0;
    double latencyMs = -1; // revocation committed to node B's first refusal; -1: node B never refused it
    QString mechanism;
    int errors = 0;      // HTTP 5xx answers of node B while this credential was checked there (counted, retried)
    bool killed = false; // node B's database connections were killed just before this revocation
};

// The connection kill of a PostgreSQL run (LabOptions::nodeKillConnection): node B's backends terminated with
// pg_terminate_backend (found by node B's own application_name), just before one revocation.
struct NodeKill
{
    QString backend;
    int index = 0;               // the repetition it happened in
    int terminated = 0;          // node B's connections that were terminated
    qint64 reconnectsBefore = 0; // node B's change-feed reconnect counter before the kill ...
    qint64 reconnectsAfter = 0;  // ... and at the end of the run
    bool healthyAfter = false;   // node B's change feed was healthy again at the end
    QString firstError;          // what node B's first HTTP 5xx after the kill said (empty: none)
};

// Latencies of one (backend, credential, revoker): over the revocations node B refused.
struct NodeRow
{
    QString backend;
    QString credential;
    QString revoker;
    int revocations = 0;
    int lost = 0; // node B still accepted the credential when the wait ended
    double minMs = 0;
    double medianMs = 0;
    double p95Ms = 0;
    double p99Ms = 0;
    double maxMs = 0;
    int errors = 0;                // HTTP 5xx answers of node B (after a killed connection), each retried
    QMap<QString, int> mechanisms; // mechanism -> how many revocations it delivered

    [[nodiscard]] QString key() const { return backend + u'/' + credential + u'/' + revoker; }
};

struct NodeRevocationResult
{
    QList<NodeRow> rows;
    QList<NodeSample> samples;
    QList<NodeKill> kills;
    int repetitions = 0;
    QStringList backends; // "sqlite", "postgresql": those that ran
    QString notes;        // why a backend did not run (no PostgreSQL server, no right to create a database)
    QString summary;

    // The rows from the samples (called as samples come in, so partial results have rows too).
    void computeRows();
    [[nodiscard]] QJsonObject toJson() const;
    [[nodiscard]] static NodeRevocationResult fromJson(const QJsonObject& o);
    [[nodiscard]] LabTable toTable() const;
    [[nodiscard]] const NodeRow* row(const QString& backend, const QString& credential, const QString& revoker) const;
};

} // namespace authscope::lab
