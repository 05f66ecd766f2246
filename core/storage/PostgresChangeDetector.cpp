#include "core/storage/PostgresChangeDetector.h"

#include "core/storage/Database.h"
#include "core/storage/PostgresChangeListener.h"

namespace authscope {

Result<std::unique_ptr<PostgresChangeDetector>> PostgresChangeDetector::open(Database& database)
{
    PostgresChangeListener* listener = database.changeListener();
    if (listener == nullptr) {
        return fail(QStringLiteral("storage.driver"), QStringLiteral("The change listener needs PostgreSQL."));
    }
    return std::unique_ptr<PostgresChangeDetector>(new PostgresChangeDetector(*listener));
}

Result<bool> PostgresChangeDetector::poll()
{
    if (!m_listener.healthy()) {
        m_polled = -2;
        return true;
    }
    m_polled = m_listener.sequence();
    m_polledLocal = PostgresChangeListener::localCommits();
    return m_polled != m_seen || m_polled < 0 || m_polledLocal != m_seenLocal;
}

void PostgresChangeDetector::accept()
{
    m_seen = m_polled;
    m_seenLocal = m_polledLocal;
}

Result<qint64> PostgresChangeDetector::stamp()
{
    return m_listener.sequence();
}

} // namespace authscope
