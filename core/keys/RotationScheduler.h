#pragma once

#include "core/common/Error.h"
#include "core/keys/MaintenanceReport.h"

#include <QObject>
#include <QTimer>

namespace authscope {

struct KeyRecord;
class KeyStore;
struct RotationPolicy;

// The key store's scheduled work, and when it runs. runMaintenance() records retirements that are due, rotates
// when a purpose's schedule says so (promoting the pre-generated next key once it has been published for the
// JWKS cache time) and pre-generates next keys (vault unlocked); it is safe to run from several processes at once.
// Once started, the scheduler runs it at once, on a timer, at the moment the next thing is due, and again when
// the vault is unlocked (a next key may be waiting to be generated).
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
    // The due work, once, without touching the timers (the CLI's `keys maintain --if-due`).
    Result<MaintenanceReport> runMaintenance();
    // runMaintenance(), then plans the next check and reports it with maintenanceRan().
    Result<MaintenanceReport> checkNow();
    [[nodiscard]] const MaintenanceReport& lastReport() const { return m_last; }

Q_SIGNALS:
    void maintenanceRan(const authscope::MaintenanceReport& report);

private:
    // One purpose: pre-generates its next key when needed and rotates when due.
    Result<void> maintainPurpose(const QString& purpose, qint64 nowMs, MaintenanceReport& report);
    void pregenerateNext(const QString& purpose, const KeyRecord& current, MaintenanceReport& report);
    void rotateNow(const QString& purpose, const RotationPolicy& policy, qint64 nowMs, MaintenanceReport& report);
    void scheduleDue(qint64 dueMs);

    KeyStore& m_store;
    QTimer m_timer;
    QTimer m_dueTimer;
    MaintenanceReport m_last;
};

} // namespace authscope
