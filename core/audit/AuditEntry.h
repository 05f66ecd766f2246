#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace authscope {

// One row of the audit log.
struct AuditEntry
{
    qint64 id = 0;
    qint64 timeMs = 0; // UTC milliseconds since the epoch
    QString actor;
    QString action; // dotted verb, e.g. "session.revoke", "key.rotate", "server.start"
    QString target;
    QJsonObject details;
    QString prevHash; // hex SHA-256
    QString hash;     // hex SHA-256
    QString mac;      // hex HMAC-SHA-256 of id and hash under the audit key; empty: not sealed yet (A-SEAL)
};

struct AuditFilter
{
    std::optional<qint64> sinceMs;  // only rows at or after this time
    QString action;                 // exact action, or a prefix ending in '.' ("session.")
    QString text;                   // substring of actor, action, target or details
    std::optional<qint64> beforeId; // keyset paging for newest-first lists: only rows with id < beforeId
    bool newestFirst = true;
    int limit = -1; // -1: all
    int offset = 0;
};

struct AuditVerifyReport
{
    bool intact = true;
    qint64 rowsChecked = 0;
    qint64 firstBadId = 0; // 0 when intact
    QString reason;        // what is wrong with that row
    // The kind of break, for scripts: "missing-rows", "chain", "edited", "head", "row-seal", "seal", "truncated",
    // "emptied", "audit-key", "checkpoint". Empty when intact.
    QString kind;

    bool sealed = false;       // the database has an audit key: its rows are sealed (A-SEAL)
    bool sealsChecked = false; // the audit key was at hand, so every seal was checked; else only the keyless chain
    qint64 sealedThrough = 0;  // the newest row the seal record names
    qint64 unsealedRows = 0;   // rows after it (written while the vault was locked; sealed at the next unlock)

    bool checkpointChecked = false;    // a checkpoint was given and its prefix compared
    bool checkpointMacChecked = false; // ... and its tag checked under the audit key
};

} // namespace authscope
