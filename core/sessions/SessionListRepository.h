#pragma once

#include "core/common/Error.h"
#include "core/sessions/SessionQuery.h"

#include <QSqlDatabase>

namespace authscope {

// Lists sessions in pages straight from SQL, at any size of table (the read side of the sessions repository;
// SessionListRepositorySql holds the pieces of SQL it combines). For each page it first asks how selective
// each indexed filter is (an index-only count, capped at probeCap rows): when one filter narrows the table to
// that few rows it drives the query and SQLite sorts that small set; otherwise the query walks the index of
// the sort column (or a few walks, for sorts on computed columns) and checks the filters row by row, stopping
// after one page. Paging is by key (the cursor holds the last row's sort key), never by OFFSET, so page 1,000
// costs what page 1 costs. Both ways give the same order, so pages join up whichever way each one was found.
class SessionListRepository final
{
public:
    SessionListRepository(QSqlDatabase db, qint64 nowMs, int probeCap = 20000);

    Result<SessionPage> list(const SessionFilter& filter, const SessionSort& sort, int limit,
                             const SessionCursor& after = {});
    // Rows matching the filter, counting at most `cap` (cap < 0: exact).
    Result<qint64> count(const SessionFilter& filter, qint64 cap = -1);
    // Sessions by row id, in the order given; ids that do not exist are left out.
    Result<QList<Session>> fetch(const QList<qint64>& ids);
    Result<SessionCounters> counters(qint64 revokedSinceMs, qint64 expiringWindowMs);

private:
    class Planner;

    QSqlDatabase m_db;
    qint64 m_now;
    int m_probeCap;
};

} // namespace authscope
