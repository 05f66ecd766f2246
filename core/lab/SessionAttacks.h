#pragma once

#include "core/lab/AttackRunner.h"

namespace authscope::lab {

class AttackSession;

// Credentials that should no longer (or never) work: made-up and fixed session IDs, IDs and tokens used again
// after a new login or a logout, and refresh tokens replayed after rotation.
class SessionAttacks final
{
public:
    SessionAttacks() = delete;

    // GET /api/me with a session cookie the target never issued: random, or an SQL injection.
    static AttackResult forgedSessionId(AttackSession& session, const AttackSpec& attack);
    static AttackResult sqlInjectionSessionId(AttackSession& session, const AttackSpec& attack);
    // A login carrying an attacker-chosen ID must not adopt it.
    static AttackResult sessionFixation(AttackSession& session, const AttackSpec& attack);
    // Logging in again with a live session ID; the old ID must stop working.
    static AttackResult sessionAfterRelogin(AttackSession& session, const AttackSpec& attack);
    static AttackResult sessionAfterLogout(AttackSession& session, const AttackSpec& attack);
    static AttackResult jwtAfterLogout(AttackSession& session, const AttackSpec& attack);
    // A rotated refresh token used again; then the legitimately rotated one after such a replay.
    static AttackResult refreshReplay(AttackSession& session, const AttackSpec& attack);
    static AttackResult refreshFamilyAfterReuse(AttackSession& session, const AttackSpec& attack);
};

} // namespace authscope::lab
