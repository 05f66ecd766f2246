#include "core/keys/KeySnapshot.h"

namespace authscope {

RotationPolicy KeySnapshot::policyFor(const QString& purpose) const
{
    const auto it = policies.constFind(purpose);
    if (it != policies.constEnd()) {
        return it.value();
    }
    return RotationPolicy::defaultsFor(purpose);
}

const KeyRecord* KeySnapshot::find(const QString& kid) const
{
    for (const KeyRecord& r : keys) {
        if (r.kid == kid) {
            return &r;
        }
    }
    return nullptr;
}

const KeyRecord* KeySnapshot::inState(const QString& purpose, KeyState state) const
{
    // The last match, as the planners always took it (there is at most one).
    const KeyRecord* found = nullptr;
    for (const KeyRecord& r : keys) {
        if (r.purpose == purpose && r.state == state) {
            found = &r;
        }
    }
    return found;
}

} // namespace authscope
