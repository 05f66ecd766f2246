#pragma once

#include <QString>
#include <QStringList>

namespace authscope {

// What one run of RotationScheduler::runMaintenance() did (checked at start and on a timer).
struct MaintenanceReport
{
    QStringList retired;     // retiring keys whose retire-after passed, now recorded as retired
    QStringList rotatedFrom; // scheduled rotations: the keys that stopped signing
    QStringList rotatedTo;   // ... and the keys that sign now
    QStringList generated;   // next keys pre-generated
    QStringList notes;       // rotations postponed or impossible, with the reason
    qint64 nextCheckMs = 0;  // when something is due next (0: nothing scheduled)

    [[nodiscard]] bool changedAnything() const
    {
        return !retired.isEmpty() || !rotatedTo.isEmpty() || !generated.isEmpty();
    }
};

} // namespace authscope
