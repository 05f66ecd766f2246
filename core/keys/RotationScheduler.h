#pragma once

#include "core/common/Error.h"
#include "core/keys/MaintenanceReport.h"

#include <QObject>
#include <QTimer>

namespace authscope {

class KeyStore;

// Runs the key store's maintenance (due retirements, scheduled rotation, pre-generated next keys) when started,
// on a timer while running, at the moment the next thing is due, and again when the vault is unlocked (a next key
// may be waiting to be generated). The console and the test server each own one.
class RotationScheduler final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RotationScheduler)

public:
    static constexpr int DefaultIntervalMs = 60 * 1000;

    explicit RotationScheduler(KeyStore& store, QObject* parent = nullptr);

    // Checks at once, then every `intervalMs` and when something falls due.
    void start(int intervalMs = DefaultIntervalMs);
    void stop();
    [[nodiscard]] bool isRunning() const { return m_timer.isActive(); }
    Result<MaintenanceReport> checkNow();
    [[nodiscard]] const MaintenanceReport& lastReport() const { return m_last; }

Q_SIGNALS:
    void maintenanceRan(const authscope::MaintenanceReport& report);
    void maintenanceFailed(const QString& message);

private:
    void scheduleDue(qint64 dueMs);

    KeyStore& m_store;
    QTimer m_timer;
    QTimer m_dueTimer;
    MaintenanceReport m_last;
};

} // namespace authscope
