#pragma once

#include "core/keys/KeyRecord.h"
#include "core/keys/RotationPolicy.h"

#include <QList>
#include <QString>

namespace authscope {
class KeyStore;
}

namespace authscope::cli {

// How the keys commands print keys and the rotation policy.

// The table of `keys list`: each key with its age and what happens to it next.
[[nodiscard]] QString keyTable(const QList<KeyRecord>& rows, const KeyStore& store, qint64 nowMs);
// `keys policy` without --json; `nextRotationMs` 0: no rotation scheduled.
[[nodiscard]] QString policyText(const RotationPolicy& policy, qint64 nextRotationMs);

} // namespace authscope::cli
