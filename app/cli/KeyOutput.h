#pragma once

#include "core/keys/KeyRecord.h"
#include "core/keys/RotationPolicy.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace authscope {
class KeyStore;
}

namespace authscope::cli {

// How the keys commands print keys and the rotation policy, and read the kids given to them.

// The keys a kid given on the command line names: the key with exactly that kid, else every key of `rows` whose
// kid starts with it (thumbprints are long) and that `eligible` accepts.
template <typename Eligible>
[[nodiscard]] QStringList kidCandidates(const QList<KeyRecord>& rows, const QString& given, Eligible eligible)
{
    QStringList matches;
    for (const KeyRecord& r : rows) {
        if (r.kid == given) {
            return {r.kid};
        }
        if (r.kid.startsWith(given) && eligible(r)) {
            matches << r.kid;
        }
    }
    return matches;
}

// The table of `keys list`: each key with its age and what happens to it next.
[[nodiscard]] QString keyTable(const QList<KeyRecord>& rows, const KeyStore& store, qint64 nowMs);
// `keys policy` without --json; `nextRotationMs` 0: no rotation scheduled.
[[nodiscard]] QString policyText(const RotationPolicy& policy, qint64 nextRotationMs);

} // namespace authscope::cli
