#pragma once

#include "core/audit/RefusedLoginLog.h"
#include "core/common/Clock.h"
#include "core/common/Error.h"
#include "core/jose/TokenValidator.h"
#include "core/server/LoginRateLimiter.h"
#include "core/server/RefreshTokenStore.h"
#include "core/server/ServerConfig.h"
#include "core/sessions/IssuedTokenRegistry.h"
#include "core/sessions/SessionStore.h"
#include "core/sessions/ThreadChangeDetector.h"
#include "core/sessions/UserStore.h"

#include <QHash>
#include <QJsonObject>
#include <QMutex>

#include <atomic>
#include <memory>
#include <optional>

namespace authscope {

class AuditLog;
class TokenEncryption;
class Database;
class KeyStore;

// The login state machinery of the test server, without HTTP: password login into a cookie session or a JWT
// with a rotating refresh token, recognising a caller by cookie or bearer token, logout, refresh, and the
// RFC 7662 / RFC 7009 introspection and revocation. Every decision comes with a reason the HTTP layer turns into
// a status and a WWW-Authenticate header.
class AuthService final
{
public:
    enum class Mode
    {
        Session,
        Jwt
    };

    struct ClientInfo
    {
        QString address;
        QString userAgent;
    };

    struct LoginResult
    {
        Mode mode = Mode::Session;
        QString username;
        qint64 sessionId = 0;
        QByteArray sessionToken; // Session mode: the cookie value
        QByteArray accessToken;  // Jwt mode
        QByteArray refreshToken; // Jwt mode
        qint64 expiresInSecs = 0;
        qint64 sessionMaxAgeSecs = 0;
        QString jkt; // Jwt mode with a DPoP proof: the key the tokens are bound to (DP-BIND); token_type DPoP
    };

    // Why a login or a check failed, for the status code and the client.
    struct Refusal
    {
        int status = 401;
        QString error;       // OAuth error code: invalid_grant, invalid_token, invalid_request, ...
        QString description; // a sentence
        int retryAfterSecs = 0;
    };

    // Who is calling, and how we know.
    struct Caller
    {
        QString method; // "cookie" or "bearer"
        QString username;
        qint64 userId = 0;
        std::optional<qint64> sessionId;
        QJsonObject claims;     // bearer: the verified claims
        QByteArray rawClaims;   // bearer: the verified payload bytes (strict JSON, duplicates refused)
        bool fromCache = false; // bearer: the signature was verified on an earlier request with the same bytes
        // cookie: what the session row says
        struct SessionRecord
        {
            qint64 idleExpiresSecs = 0;
            qint64 absoluteExpiresSecs = 0;
            bool fromCache = false;
        } session;
        qint64 checkMicros = 0;
    };

    AuthService(Database& database, AuditLog& audit, KeyStore* keys, const ServerConfig& config,
                const Clock& clock = Clock::system());
    ~AuthService();
    Q_DISABLE_COPY_MOVE(AuthService)

    [[nodiscard]] const ServerConfig& config() const { return m_config; }
    [[nodiscard]] QString cookieName() const;
    [[nodiscard]] bool denyListEnabled() const { return m_denyList.load(); }
    void setDenyListEnabled(bool enabled) { m_denyList.store(enabled); }

    // dpopJkt: the thumbprint of a valid DPoP proof's key; the JWT and its refresh tokens are bound to it (DP-BIND).
    std::expected<LoginResult, Refusal> login(const QString& username, const QByteArray& password, Mode mode,
                                              const ClientInfo& client, QByteArrayView previousSessionToken = {},
                                              const QString& dpopJkt = {});
    // Cookie first, then bearer; a request with neither is refused with error "" (no credentials).
    std::expected<Caller, Refusal> recognise(QByteArrayView cookie, QByteArrayView bearer);
    std::expected<Caller, Refusal> checkSession(QByteArrayView token);
    std::expected<Caller, Refusal> checkBearer(QByteArrayView token, bool allowExpired = false);
    // Ends what the credentials name: the cookie session, or the JWT's session, deny-listing the JWT.
    std::expected<void, Refusal> logout(QByteArrayView cookie, QByteArrayView bearer);
    // A refresh token bound to a key needs a proof of that key (dpopJkt), checked before the token is used up.
    std::expected<LoginResult, Refusal> refresh(QByteArrayView refreshToken, const QString& dpopJkt = {});
    // RFC 7662: {"active": false} for anything not currently valid.
    QJsonObject introspect(QByteArrayView token, const QString& hint);
    // S-PASSWORD-ENDS-SESSIONS: the caller's new password, checked against the current one. Every other session,
    // JWT and refresh token of the user ends; a cookie caller's own session stays, a bearer caller's token ends too.
    std::expected<void, Refusal> changePassword(const Caller& caller, const QByteArray& currentPassword,
                                                const QByteArray& newPassword);
    // H-INTROSPECT: who may read an introspection answer: anyone when the token is not active, else its owner or a
    // caller whose current roles hold IntrospectRole or AdminRole.
    static constexpr QLatin1StringView IntrospectRole{"introspect"};
    static constexpr QLatin1StringView AdminRole{"admin"};
    [[nodiscard]] bool mayIntrospect(const Caller& caller, const QJsonObject& introspection);
    // RFC 7009: revokes what the token names; unknown tokens are not an error.
    Result<void> revoke(QByteArrayView token, const QString& hint);

    [[nodiscard]] Result<QJsonObject> jwks();
    Result<void> flushSlides() { return m_sessions.flushSlides(); }
    // Writes the rows of refused logins whose minute is over (A-FLOOD); the routes call it every second.
    Result<int> flushRefusedLogins() { return m_refusedLogins.flush(m_clock.nowMs()); }
    [[nodiscard]] QJsonObject discovery(const QString& baseUrl);

private:
    // A token whose signature and claims held, remembered by its exact bytes: the next request with the same
    // bytes skips the signature (its time claims and the deny-list are still checked on every request). Emptied
    // whenever the key set changes; bounded in size.
    struct VerifiedToken
    {
        jose::ClaimSet claims;
        QByteArray rawClaims;
        qint64 expSecs = 0;
        std::optional<qint64> nbfSecs;
    };

    Result<LoginResult> issueJwt(const User& user, const ClientInfo& client, std::optional<qint64> sessionId,
                                 const QString& family, const QString& jkt = {});
    // Must hold m_validatorMutex. True when any connection committed since the last call (or on a new thread).
    [[nodiscard]] bool databaseChanged();
    void refreshKeysLocked();
    std::optional<TokenVerdict> cachedVerdict(const QString& key) const;
    // A bearer or introspected token of the shape this server issues: a JWS, or with encryption on a JWE too.
    [[nodiscard]] bool looksLikeJwt(QByteArrayView token) const;

    Database& m_db;
    AuditLog& m_audit;
    KeyStore* m_keys;
    ServerConfig m_config;
    const Clock& m_clock;
    UserStore m_users;
    SessionStore m_sessions;
    IssuedTokenRegistry m_tokens;
    RefreshTokenStore m_refresh;
    LoginRateLimiter m_limiter;
    RefusedLoginLog m_refusedLogins;

    mutable QMutex m_validatorMutex;
    std::unique_ptr<jose::TokenValidator> m_validator;
    std::unique_ptr<TokenEncryption> m_encryption; // E-SERVER-NESTED; null: plain signed tokens
    qint64 m_keyRevision = -1;
    ThreadChangeDetector m_changes;              // for the thread that serves requests
    QHash<QByteArray, VerifiedToken> m_verified; // guarded by m_validatorMutex
    QHash<QString, TokenVerdict> m_verdicts;     // deny-list answers while the database is unchanged
    std::atomic<bool> m_denyList;
};

} // namespace authscope
