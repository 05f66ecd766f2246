#include "core/sessions/SessionStore.h"

namespace authscope {

SessionStore::SessionStore(Database& database, AuditLog& audit, const Clock& clock, const SessionPolicy& policy)
    : m_validator(database, audit, clock, policy), m_admin(database, audit, clock, &m_validator.cache())
{}

} // namespace authscope
