#pragma once

#include "core/lab/AttackCatalogue.h"

namespace authscope::lab {

// Credentials that should no longer (or never) work: made-up and fixed session IDs, IDs and tokens used again
// after a new login or a logout, and refresh tokens replayed after rotation.
class SessionAttacks final
{
public:
    SessionAttacks() = delete;

    // GET /api/me with a session cookie the target never issued: random, or an SQL injection.
    static AttackHandler forgedSessionId;
    static AttackHandler sqlInjectionSessionId;
    // A login carrying an attacker-chosen ID must not adopt it.
    static AttackHandler sessionFixation;
    // Logging in again with a live session ID; the old ID must stop working.
    static AttackHandler sessionAfterRelogin;
    static AttackHandler sessionAfterLogout;
    static AttackHandler jwtAfterLogout;
    // A rotated refresh token used again; then the legitimately rotated one after such a replay.
    static AttackHandler refreshReplay;
    static AttackHandler refreshFamilyAfterReuse;
};

} // namespace authscope::lab
