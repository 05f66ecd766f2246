#pragma once

#include "core/sessions/SessionKey.h"

#include <QtGlobal>

namespace authscope {

// What a new row of `sessions` holds whoever writes it (a login through SessionValidatorRepository::insertSession, a
// seeded session through SessionBulkLoader::insertSession): the ID's hash, which is its only trace of the secret ID,
// the owner, the times and the user agent's row. Each writer adds the client's address and the method in its own form.
struct NewSessionRow
{
    SessionKey key;
    qint64 userId = 0;
    qint64 createdMs = 0;
    qint64 lastSeenMs = 0;
    qint64 idleTimeoutSecs = 0;
    qint64 idleExpiresMs = 0;
    qint64 absoluteExpiresMs = 0;
    qint64 userAgentId = 0;
};

} // namespace authscope
