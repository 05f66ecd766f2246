#pragma once

#include "core/keys/KeyRecord.h"
#include "core/keys/KeyState.h"
#include "core/keys/RotationPolicy.h"

#include <QHash>
#include <QList>
#include <QString>

namespace authscope {

// The keys and policies as they were read at one moment: what KeyPlanner works on. Plain data, so that a plan is
// worked out without touching the database and can be checked against it again when it is applied.
struct KeySnapshot
{
    qint64 nowMs = 0;
    QList<KeyRecord> keys;                   // every key, effective states at nowMs, in KeyStore::list() order
    QHash<QString, RotationPolicy> policies; // the stored policies, by purpose

    // The stored policy of `purpose`, or the defaults for it.
    [[nodiscard]] RotationPolicy policyFor(const QString& purpose) const;
    [[nodiscard]] const KeyRecord* find(const QString& kid) const;
    // The key of `purpose` in `state` (at most one active and one next key per purpose).
    [[nodiscard]] const KeyRecord* inState(const QString& purpose, KeyState state) const;
};

} // namespace authscope
