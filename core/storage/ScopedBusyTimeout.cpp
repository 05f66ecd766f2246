#include "core/storage/ScopedBusyTimeout.h"

#include "core/storage/Database.h"

#include <QSqlQuery>

namespace authscope {

namespace {

int busyTimeout(QSqlDatabase& db)
{
    QSqlQuery q(db);
    return q.exec(QStringLiteral("PRAGMA busy_timeout")) && q.next() ? q.value(0).toInt() : -1;
}

void setBusyTimeout(QSqlDatabase& db, int ms)
{
    QSqlQuery q(db);
    // PRAGMA takes no bound parameters; the value is an integer of ours.
    q.exec(QStringLiteral("PRAGMA busy_timeout = %1").arg(ms));
}

} // namespace

ScopedBusyTimeout::ScopedBusyTimeout(Database& database, int ms)
{
    if (database.isPostgres()) {
        return;
    }
    m_db = database.connection();
    m_before = m_db.isOpen() ? busyTimeout(m_db) : -1;
    if (m_before >= 0) {
        setBusyTimeout(m_db, ms);
    }
}

ScopedBusyTimeout::~ScopedBusyTimeout()
{
    if (m_before >= 0) {
        setBusyTimeout(m_db, m_before);
    }
}

} // namespace authscope
