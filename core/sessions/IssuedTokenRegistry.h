#pragma once

#include "core/common/Clock.h"
#include "core/common/Error.h"
#include "core/sessions/IssuedToken.h"

#include <QList>

namespace authscope {

class AuditLog;
class Database;

// The JWTs the test server issued and how they can be taken back. A JWT is valid on its own until `exp`, so
// revocation needs state: revoking a session deny-lists its tokens by (iss, jti) until their expiry
// (T-DENY-JTI: never by the token's hash, signatures are malleable), and a per-user "not before" refuses
// every token issued to that user before a moment (Keycloak's not-before push) without listing them.
class IssuedTokenRegistry final
{
public:
    IssuedTokenRegistry(Database& database, AuditLog& audit, const Clock& clock = Clock::system());

    Result<IssuedToken> record(const NewIssuedToken& token);
    // The stateful half of JWT validation, after signature and claims were checked.
    Result<TokenVerdict> check(const TokenReference& token);
    // Deny-lists any (iss, jti) until `expiresMs`, also tokens this registry did not issue; false when it was
    // already listed.
    Result<bool> deny(const QString& issuer, const QString& jti, qint64 expiresMs, const QString& reason);
    // Every token issued to the user before `notBeforeMs` is refused from now on.
    Result<void> setNotBefore(qint64 userId, qint64 notBeforeMs);

    Result<QList<IssuedToken>> forSession(qint64 sessionId);
    Result<QList<IssuedToken>> forUser(qint64 userId, int limit = 200);
    Result<qint64> denyListSize();

private:
    Database& m_db;
    AuditLog& m_audit;
    const Clock& m_clock;
};

} // namespace authscope
