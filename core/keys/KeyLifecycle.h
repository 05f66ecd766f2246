#pragma once

#include "core/common/Error.h"
#include "core/keys/KeyState.h"

namespace authscope {

// The one state machine of a signing key:
//
//   next ──> active ──> retiring ──> retired
//     │        │           │            │
//     └────────┴───────────┴────────────┴──> revoked (final)
//   next ──> retired (a pre-generated key withdrawn before it ever signed)
//
// Everything else is refused with a reason that says why and what to do instead. A key is created as next or
// active (it can sign), or as retiring when it is a verify-only public key imported to keep old tokens valid.
class KeyLifecycle final
{
public:
    [[nodiscard]] static bool isAllowed(KeyState from, KeyState to);
    // Ok, or keys.illegal-transition with the reason.
    [[nodiscard]] static Result<void> check(KeyState from, KeyState to);
    [[nodiscard]] static Result<void> checkInitial(KeyState state, bool hasPrivateKey);
};

} // namespace authscope
