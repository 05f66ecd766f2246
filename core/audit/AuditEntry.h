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
};

} // namespace authscope
