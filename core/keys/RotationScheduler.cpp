#include "core/keys/RotationScheduler.h"

#include "core/keys/KeyStore.h"
#include "core/keys/KeyVault.h"

#include <algorithm>

namespace authscope {

RotationScheduler::RotationScheduler(KeyStore& store, QObject* parent) : QObject(parent), m_store(store)
{
    m_timer.setTimerType(Qt::VeryCoarseTimer);
    m_dueTimer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this] { checkNow(); });
    connect(&m_dueTimer, &QTimer::timeout, this, [this] { checkNow(); });
    connect(&m_store.vault(), &KeyVault::unlocked, this, [this] {
        if (isRunning()) {
            checkNow();
        }
    });
}

void RotationScheduler::start(int intervalMs)
{
    m_timer.start(std::max(1000, intervalMs));
    checkNow();
}

void RotationScheduler::stop()
{
    m_timer.stop();
    m_dueTimer.stop();
}

Result<MaintenanceReport> RotationScheduler::checkNow()
{
    auto report = m_store.runMaintenance();
    if (!report) {
        Q_EMIT maintenanceFailed(report.error().message);
        return report;
    }
    m_last = *report;
    scheduleDue(report->nextCheckMs);
    Q_EMIT maintenanceRan(m_last);
    return report;
}

void RotationScheduler::scheduleDue(qint64 dueMs)
{
    m_dueTimer.stop();
    if (dueMs <= 0 || !isRunning()) {
        return;
    }
    // The periodic timer covers anything further away; QTimer takes an int of milliseconds.
    const qint64 wait = dueMs - m_store.clock().nowMs() + 500;
    if (wait < m_timer.interval()) {
        m_dueTimer.start(static_cast<int>(std::max<qint64>(0, wait)));
    }
}

} // namespace authscope
