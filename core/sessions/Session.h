#pragma once

#include <QByteArray>
#include <QString>

#include <algorithm>
#include <optional>

namespace authscope {

// How the client holds the session: a cookie, or a JWT whose `sid` names the session.
enum class AuthMethod
{
    Cookie = 0,
    Jwt = 1
};

// Revoked wins over expired: a revoked session is listed as revoked even after its expiry passed.
enum class SessionState
{
    Active,
    Expired,
    Revoked
};

// One row of the session store, as the administrator sees it. The secret session ID is never here: the store
// keeps only its SHA-256, and `id` is the public row number used on the command line and in the audit log.
struct Session
{
    qint64 id = 0;
    qint64 userId = 0;
    QString userName;
    qint64 createdMs = 0;
    qint64 lastSeenMs = 0;
    int idleTimeoutSecs = 0;
    qint64 idleExpiresMs = 0;
    qint64 absoluteExpiresMs = 0;
    QString ip;
    QString userAgent;      // as the client sent it
    QString userAgentLabel; // "Firefox 121 · Windows"
    AuthMethod method = AuthMethod::Cookie;
    std::optional<qint64> revokedMs;
    QString revokedBy;
    QString revokeReason;
    int liveTokens = 0; // JWTs issued for the session, not expired, not revoked

    [[nodiscard]] qint64 expiresMs() const { return std::min(idleExpiresMs, absoluteExpiresMs); }
    [[nodiscard]] SessionState state(qint64 nowMs) const
    {
        if (revokedMs) {
            return SessionState::Revoked;
        }
        return expiresMs() <= nowMs ? SessionState::Expired : SessionState::Active;
    }
};

// The result of creating a session: the record and the secret ID, which exists only here and in the client.
struct CreatedSession
{
    Session session;
    QByteArray token; // base64url of 32 random bytes
};

// What the test server hands over when a user has authenticated.
struct NewSession
{
    qint64 userId = 0;
    QString ip;
    QString userAgent;
    AuthMethod method = AuthMethod::Cookie;
    std::optional<int> idleTimeoutSecs;     // default: the policy's
    std::optional<int> absoluteTimeoutSecs; // default: the policy's
    QString auditActor;                     // who the session.create row names; empty: the audit log's actor
};

[[nodiscard]] QString authMethodName(AuthMethod method); // "cookie", "jwt"
[[nodiscard]] std::optional<AuthMethod> authMethodFromName(const QString& name);
[[nodiscard]] QString sessionStateName(SessionState state); // "active", "expired", "revoked"
[[nodiscard]] std::optional<SessionState> sessionStateFromName(const QString& name);

} // namespace authscope
