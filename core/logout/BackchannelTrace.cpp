#include "core/logout/BackchannelTrace.h"

#include <QMutexLocker>

namespace authscope::logout {

BackchannelTrace::BackchannelTrace(qsizetype capacity, QObject* parent)
    : QObject(parent), m_capacity(std::max<qsizetype>(1, capacity))
{
    qRegisterMetaType<authscope::logout::BackchannelDelivery>();
}

void BackchannelTrace::record(const BackchannelDelivery& delivery)
{
    {
        QMutexLocker lock(&m_mutex);
        m_entries.push_back(delivery);
        while (static_cast<qsizetype>(m_entries.size()) > m_capacity) {
            m_entries.pop_front();
        }
    }
    Q_EMIT deliveryRecorded(delivery);
}

QList<BackchannelDelivery> BackchannelTrace::entries() const
{
    QMutexLocker lock(&m_mutex);
    return QList<BackchannelDelivery>(m_entries.begin(), m_entries.end());
}

qsizetype BackchannelTrace::size() const
{
    QMutexLocker lock(&m_mutex);
    return static_cast<qsizetype>(m_entries.size());
}

void BackchannelTrace::clear()
{
    QMutexLocker lock(&m_mutex);
    m_entries.clear();
}

} // namespace authscope::logout
