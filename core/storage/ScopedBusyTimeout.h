#pragma once

#include <QSqlDatabase>
#include <QtGlobal>

namespace authscope {

class Database;

// SQLite: how long this thread's connection waits for another writer, set for the lifetime of this object and put
// back afterwards. PostgreSQL has no busy handler (a writer waits on the server's own lock): a no-op there.
class ScopedBusyTimeout final
{
public:
    ScopedBusyTimeout(Database& database, int ms);
    ~ScopedBusyTimeout();
    Q_DISABLE_COPY_MOVE(ScopedBusyTimeout)

private:
    QSqlDatabase m_db;
    int m_before = -1; // -1: nothing to put back
};

} // namespace authscope
