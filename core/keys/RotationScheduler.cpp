#include "core/keys/RotationScheduler.h"

#include "core/common/TimeFormat.h"
#include "core/keys/KeyStore.h"
#include "core/keys/KeyVault.h"

#include <algorithm>

namespace authscope {

namespace {

// Keeps the earliest moment something is due.
void noteNext(MaintenanceReport& report, qint64 ms)
{
    if (ms > 0 && (report.nextCheckMs == 0 || ms < report.nextCheckMs)) {
        report.nextCheckMs = ms;
    }
}

} // namespace

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
    auto report = runMaintenance();
    if (!report) {
        return report;
    }
    m_last = *report;
    scheduleDue(report->nextCheckMs);
    Q_EMIT maintenanceRan(m_last);
    return report;
}

Result<MaintenanceReport> RotationScheduler::runMaintenance()
{
    MaintenanceReport report;
    const qint64 now = m_store.clock().nowMs();
    auto retired = m_store.recordDueRetirements();
    if (!retired) {
        return std::unexpected(retired.error());
    }
    report.retired = *retired;
    auto purposes = m_store.purposes();
    if (!purposes) {
        return std::unexpected(purposes.error());
    }
    for (const QString& purpose : std::as_const(*purposes)) {
        if (auto ok = maintainPurpose(purpose, now, report); !ok) {
            return std::unexpected(ok.error());
        }
    }
    // Retirements still to come.
    if (auto rows = m_store.list(); rows) {
        for (const KeyRecord& r : std::as_const(*rows)) {
            if (r.state == KeyState::Retiring) {
                noteNext(report, r.retireAfterMs);
            }
        }
    }
    return report;
}

Result<void> RotationScheduler::maintainPurpose(const QString& purpose, qint64 nowMs, MaintenanceReport& report)
{
    auto policy = m_store.policy(purpose);
    if (!policy) {
        return std::unexpected(policy.error());
    }
    auto active = m_store.activeKey(purpose);
    if (!active) {
        return std::unexpected(active.error());
    }
    if (!policy->isScheduled() || !active->has_value()) {
        return {};
    }
    const qint64 due = (*active)->activatedMs + policy->rotationPeriodMs();
    const qint64 maxAgeMs = qint64(policy->jwksMaxAgeSecs) * 1000;
    auto next = m_store.nextKey(purpose);
    if (!next) {
        return std::unexpected(next.error());
    }
    if (!next->has_value() && (policy->preGenerateNext || nowMs >= due - maxAgeMs)) {
        pregenerateNext(purpose, **active, report);
        next = m_store.nextKey(purpose);
    }
    if (!next || !next->has_value()) {
        noteNext(report, std::max(due - maxAgeMs, nowMs + 60000));
        return {};
    }
    // Relying parties must have had the JWKS cache time to see the next key before it signs.
    const qint64 ready = std::max(due, (*next)->createdMs + maxAgeMs);
    if (nowMs < ready) {
        if (nowMs >= due) {
            report.notes << QStringLiteral("%1: rotation postponed until %2, so that relying parties have had %3 "
                                           "to cache the next key %4")
                                .arg(purpose, TimeFormat::utcMs(ready), TimeFormat::durationToMinute(maxAgeMs),
                                     (*next)->kid);
        }
        noteNext(report, ready);
        return {};
    }
    rotateNow(purpose, *policy, nowMs, report);
    return {};
}

void RotationScheduler::pregenerateNext(const QString& purpose, const KeyRecord& current, MaintenanceReport& report)
{
    if (!m_store.vault().isUnlocked()) {
        report.notes << QStringLiteral("%1: the next key could not be pre-generated because the key store is "
                                       "locked; unlock it so that the scheduled rotation can happen")
                            .arg(purpose);
        return;
    }
    KeyStore::GenerateRequest like;
    like.purpose = purpose;
    like.kty = current.kty;
    like.alg = current.alg;
    like.curve = current.curve;
    like.bits = current.bits;
    like.state = KeyState::Next;
    auto made = m_store.generate(like);
    if (!made) {
        report.notes << QStringLiteral("%1: pre-generating the next key failed: %2").arg(purpose, made.error().message);
        return;
    }
    report.generated << made->kid;
}

void RotationScheduler::rotateNow(const QString& purpose, const RotationPolicy& policy, qint64 nowMs,
                                  MaintenanceReport& report)
{
    KeyStore::RotateOptions options;
    options.purpose = purpose;
    const bool locked = !m_store.vault().isUnlocked();
    if (locked) {
        options.preGenerateNext = false;
    }
    auto rotated = m_store.rotate(options);
    if (!rotated) {
        report.notes << QStringLiteral("%1: the scheduled rotation failed: %2").arg(purpose, rotated.error().message);
        return;
    }
    report.rotatedFrom << rotated->oldActiveKid();
    report.rotatedTo << rotated->newActiveKid();
    for (const KeyChangePlan::NewKey& k : std::as_const(rotated->newKeys)) {
        if (k.state == KeyState::Next) {
            report.generated << k.key.kid();
        }
    }
    if (locked) {
        report.notes << QStringLiteral("%1: rotated; the following next key was not pre-generated because the key "
                                       "store is locked")
                            .arg(purpose);
    }
    noteNext(report, nowMs + policy.rotationPeriodMs());
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
