#pragma once

#include <QString>

#include <optional>

namespace authscope {

// A JWT the test server issued, as recorded when it was issued (never the token itself).
struct IssuedToken
{
    qint64 id = 0;
    QString issuer;
    QString jti;
    std::optional<qint64> sessionId; // the `sid` claim; empty for tokens outside any session
    qint64 userId = 0;
    QString userName;
    QString kid;
    qint64 issuedMs = 0;
    qint64 expiresMs = 0;
    std::optional<qint64> revokedMs;
    bool denied = false; // on the deny-list

    [[nodiscard]] bool isLive(qint64 nowMs) const { return !revokedMs && !denied && expiresMs > nowMs; }
};

struct NewIssuedToken
{
    QString issuer;
    QString jti;
    std::optional<qint64> sessionId;
    qint64 userId = 0;
    QString kid;
    qint64 issuedMs = 0;
    qint64 expiresMs = 0;
};

// What a verifier knows about a JWT whose signature and claims it has already checked.
struct TokenReference
{
    QString issuer;
    QString jti;
    QString subject;       // the user name in `sub`
    qint64 issuedAtMs = 0; // `iat` in milliseconds
    std::optional<qint64> sessionId;
};

enum class TokenVerdict
{
    Allowed,
    Denied,                // (iss, jti) is on the deny-list
    IssuedBeforeNotBefore, // issued before the user's not-before
    SessionRevoked,        // its `sid` names a revoked session
    UserDisabled,
    UnknownUser,
};

[[nodiscard]] QString tokenVerdictName(TokenVerdict verdict);

} // namespace authscope
