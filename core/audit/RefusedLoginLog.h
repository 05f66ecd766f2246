#pragma once

#include "core/common/Error.h"

#include <QHash>
#include <QMap>
#include <QMutex>
#include <QString>

#include <optional>

namespace authscope {

class AuditLog;
class Database;

// What unauthenticated clients may write to the audit log (A-FLOOD). Refused logins (a wrong password, an
// unknown or disabled user, a rate-limited attempt) are counted per (user name, client address) and per minute,
// and each such pair becomes one row with the exact count when its minute is over; at most `maxRowsPerWindow`
// pairs get a row of their own per minute, and the refusals beyond that share one overflow row. So a flood
// writes at most maxRowsPerWindow + 1 rows a minute, however fast it is, and still every refusal is counted.
// A successful login is not counted here: it keeps its own rows (session.create, token.issue).
class RefusedLoginLog final
{
public:
    struct Limits
    {
        int windowSecs = 60;
        int maxRowsPerWindow = 100;
    };

    RefusedLoginLog(Database& database, AuditLog& audit, const Limits& limits);
    RefusedLoginLog(Database& database, AuditLog& audit) : RefusedLoginLog(database, audit, Limits{}) {}
    ~RefusedLoginLog(); // writes what is still counted
    Q_DISABLE_COPY_MOVE(RefusedLoginLog)

    // Counts one refusal; `reason` is a short phrase ("bad credentials", "disabled", "rate-limited").
    void record(const QString& user, const QString& address, const QString& reason, qint64 nowMs);
    // Writes the rows of every minute that ended before `nowMs` (every minute when nothing is given), in one
    // transaction; how many rows were written. What could not be written stays counted for the next try.
    Result<int> flush(std::optional<qint64> nowMs = std::nullopt);
    [[nodiscard]] qint64 pendingRefusals() const;

private:
    struct Bucket
    {
        QString user;
        QString address;
        qint64 windowStartMs = 0;
        qint64 firstMs = 0;
        qint64 lastMs = 0;
        qint64 count = 0;
        QMap<QString, qint64> reasons;
        QMap<QString, qint64> addresses; // overflow rows only: a few of the addresses it covers
    };
    static void count(Bucket& bucket, const QString& reason, qint64 nowMs);

    Database& m_db;
    AuditLog& m_audit;
    Limits m_limits;
    mutable QMutex m_mutex;
    QHash<QString, Bucket> m_buckets;      // "window|user|address"
    QHash<qint64, Bucket> m_overflow;      // per window start
    QHash<qint64, int> m_bucketsPerWindow; // pairs with a row of their own, per window start
};

} // namespace authscope
