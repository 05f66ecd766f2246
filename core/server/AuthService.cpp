#include "core/server/AuthService.h"

#include "core/audit/AuditLog.h"
#include "core/crypto/Random.h"
#include "core/jose/Base64Url.h"
#include "core/jose/Jws.h"
#include "core/keys/KeyStore.h"
#include "core/server/AuthVerdictText.h"
#include "core/server/DiscoveryDocument.h"
#include "core/server/DpopBinding.h"
#include "core/server/TokenEncryption.h"
#include "core/storage/ChangeDetector.h"
#include "core/storage/Database.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QThread>

namespace authscope {

namespace {

constexpr auto kTokenType = "at+jwt"; // RFC 9068 access tokens

AuthService::Refusal refusal(int status, const QString& error, const QString& description, int retryAfter = 0)
{
    return AuthService::Refusal{status, error, description, retryAfter};
}

qint64 micros(const QElapsedTimer& t)
{
    return t.nsecsElapsed() / 1000;
}

} // namespace

AuthService::AuthService(Database& database, AuditLog& audit, KeyStore* keys, const ServerConfig& config,
                         const Clock& clock)
    : m_db(database), m_audit(audit), m_keys(keys), m_config(config), m_clock(clock),
      m_users(database, audit, clock, config.passwordHashing), m_sessions(database, audit, clock, config.sessionPolicy),
      m_tokens(database, audit, clock), m_refresh(database, audit, clock), m_refusedLogins(database, audit),
      m_denyList(config.denyListEnabled)
{
    if (keys != nullptr && !config.encryptTokensKid.isEmpty()) {
        m_encryption = std::make_unique<TokenEncryption>(*keys, config.encryptTokensKid);
    }
}

AuthService::~AuthService() = default;

QString AuthService::cookieName() const
{
    // The __Host- prefix makes browsers insist on Secure, Path=/ and no Domain: only possible over TLS.
    return m_config.tls ? QStringLiteral("__Host-sid") : QStringLiteral("sid");
}

std::expected<AuthService::LoginResult, AuthService::Refusal>
AuthService::login(const QString& username, const QByteArray& password, Mode mode, const ClientInfo& client,
                   QByteArrayView previousSessionToken, const QString& dpopJkt)
{
    const qint64 now = m_clock.nowMs();
    if (const int wait = m_limiter.retryAfter(username, client.address, now); wait > 0) {
        // A-FLOOD: counted, and written as one row per user, address and minute. The refusal holds whether or not
        // that row can be written: a broken audit log must not open the door to guessing.
        m_refusedLogins.record(username, client.address, QStringLiteral("rate-limited"), now);
        return std::unexpected(refusal(429, QStringLiteral("slow_down"),
                                       QStringLiteral("Too many failed logins; try again in %1 s.").arg(wait), wait));
    }
    auto user = m_users.authenticate(username, password, false);
    if (!user) {
        m_limiter.recordFailure(username, client.address, now);
        const QString& code = user.error().code;
        m_refusedLogins.record(username, client.address,
                               code == QStringLiteral("users.disabled")          ? QStringLiteral("disabled")
                               : code == QStringLiteral("users.bad-credentials") ? QStringLiteral("bad credentials")
                                                                                 : QStringLiteral("error"),
                               now);
        // One answer for unknown users, wrong passwords and disabled accounts: the audit log has the truth.
        return std::unexpected(
            refusal(401, QStringLiteral("invalid_grant"), QStringLiteral("Wrong user name or password.")));
    }
    m_limiter.recordSuccess(username);
    // A session ID the client already held is never carried over into the new login (fixation).
    if (!previousSessionToken.isEmpty()) {
        if (auto ended = m_sessions.logout(previousSessionToken); !ended) {
            return std::unexpected(refusal(500, QStringLiteral("server_error"), ended.error().message));
        }
    }
    QString family; // DP-BIND: the refresh tokens of a DPoP login carry the key in their family
    if (mode == Mode::Jwt && !dpopJkt.isEmpty()) {
        auto bound = DpopBinding::newFamily(dpopJkt);
        if (!bound) {
            return std::unexpected(refusal(503, QStringLiteral("temporarily_unavailable"), bound.error().message));
        }
        family = *bound;
    }
    NewSession spec;
    spec.userId = user->id;
    spec.ip = client.address;
    spec.userAgent = client.userAgent.left(512);
    spec.method = mode == Mode::Session ? AuthMethod::Cookie : AuthMethod::Jwt;
    // The login is the user's own act: the audit row names them and where they came from, not whoever started
    // the server (A-EVERY-ACTION).
    spec.auditActor =
        user->username + u'@' + (client.address.contains(u':') ? u'[' + client.address + u']' : client.address);
    auto created = m_sessions.create(spec);
    if (!created) {
        return std::unexpected(refusal(500, QStringLiteral("server_error"), created.error().message));
    }
    if (mode == Mode::Session) {
        LoginResult r;
        r.mode = Mode::Session;
        r.username = user->username;
        r.sessionId = created->session.id;
        r.sessionToken = created->token;
        r.sessionMaxAgeSecs = (created->session.absoluteExpiresMs - now) / 1000;
        return r;
    }
    auto issued = issueJwt(*user, client, created->session.id, family, dpopJkt);
    if (!issued) {
        // No key to sign with: do not leave a session nobody can use. The client hears why signing failed; a
        // failure to end the session as well only adds to the log.
        if (auto ended =
                m_sessions.revoke(created->session.id, QStringLiteral("login failed: ") + issued.error().message);
            !ended) {
            qWarning("authscope: session %lld of a failed login stays open: %s",
                     static_cast<long long>(created->session.id), qPrintable(ended.error().message));
        }
        return std::unexpected(refusal(503, QStringLiteral("temporarily_unavailable"), issued.error().message));
    }
    return *issued;
}

Result<AuthService::LoginResult> AuthService::issueJwt(const User& user, const ClientInfo&,
                                                       std::optional<qint64> sessionId, const QString& family,
                                                       const QString& jkt)
{
    if (m_keys == nullptr) {
        return fail(QStringLiteral("server.no-keys"), QStringLiteral("This server has no key store to sign with."));
    }
    auto key = m_keys->signingKey();
    if (!key) {
        return fail(key.error().code, QStringLiteral("Cannot sign a JWT: %1 (generate or unlock a signing key on "
                                                     "the Keys page, or with authscope-cli keys generate).")
                                          .arg(key.error().message));
    }
    auto jtiBytes = crypto::Random::bytes(16);
    if (!jtiBytes) {
        return std::unexpected(jtiBytes.error());
    }
    const qint64 now = m_clock.nowMs();
    qint64 lifetime = m_config.accessTokenLifetimeSecs;
    // A token must not outlive the grace its key gets after rotation.
    if (auto policy = m_keys->policy(); policy && policy->tokenLifetimeSecs > 0) {
        lifetime = std::min<qint64>(lifetime, policy->tokenLifetimeSecs);
    }
    const qint64 iat = now / 1000;
    const QString jti = QString::fromLatin1(jose::Base64Url::encode(*jtiBytes));
    QJsonObject claims{{QStringLiteral("iss"), m_config.issuer},
                       {QStringLiteral("sub"), user.username},
                       {QStringLiteral("aud"), m_config.audience},
                       {QStringLiteral("iat"), iat},
                       {QStringLiteral("exp"), iat + lifetime},
                       {QStringLiteral("jti"), jti},
                       {QStringLiteral("client_id"), QStringLiteral("authscope-test-client")}};
    if (sessionId) {
        claims.insert(QStringLiteral("sid"), QString::number(*sessionId));
    }
    if (!user.roles.isEmpty()) {
        claims.insert(QStringLiteral("roles"), QJsonArray::fromStringList(user.roles));
    }
    if (!jkt.isEmpty()) {
        claims.insert(QStringLiteral("cnf"), QJsonObject{{QStringLiteral("jkt"), jkt}}); // RFC 9449 §6.1
    }
    const QJsonObject header{{QStringLiteral("alg"), key->alg()},
                             {QStringLiteral("kid"), key->kid()},
                             {QStringLiteral("typ"), QString::fromLatin1(kTokenType)}};
    auto token = jose::Jws::sign(header, QJsonDocument(claims).toJson(QJsonDocument::Compact), *key);
    if (token && m_encryption) {
        token = m_encryption->encrypt(*token); // E-SERVER-NESTED: the JWS travels inside a JWE
    }
    if (!token) {
        return std::unexpected(token.error());
    }
    NewIssuedToken record;
    record.issuer = m_config.issuer;
    record.jti = jti;
    record.sessionId = sessionId;
    record.userId = user.id;
    record.kid = key->kid();
    record.issuedMs = now; // to the millisecond: decides a not-before in the same second (S-NBF-PRECISION)
    record.expiresMs = (iat + lifetime) * 1000;
    if (auto recorded = m_tokens.record(record); !recorded) {
        return std::unexpected(recorded.error());
    }
    auto refresh = m_refresh.issue(user.id, sessionId, m_config.refreshTokenLifetimeSecs, family);
    if (!refresh) {
        return std::unexpected(refresh.error());
    }
    LoginResult r;
    r.mode = Mode::Jwt;
    r.username = user.username;
    r.sessionId = sessionId.value_or(0);
    r.accessToken = *token;
    r.refreshToken = refresh->token;
    r.expiresInSecs = lifetime;
    r.jkt = jkt;
    return r;
}

bool AuthService::databaseChanged()
{
    // Has any connection (this process or another: the console, the CLI) committed since the last look? Keys,
    // deny-list entries, revoked sessions and disabled users all change only through commits. The detector is
    // made for the thread that serves requests (and again if that thread changes).
    auto detector = m_changes.forCurrentThread(m_db);
    if (!detector) {
        return true;
    }
    // A detector that cannot tell counts as a change: the caches are emptied rather than trusted.
    auto changed = (*detector)->poll();
    (*detector)->accept();
    return !changed || *changed;
}

void AuthService::refreshKeysLocked()
{
    if (m_validator && !databaseChanged()) {
        return;
    }
    // Something was committed: the deny-list answers may be stale.
    m_verdicts.clear();
    if (m_keys == nullptr) {
        return;
    }
    auto revision = m_keys->revision();
    if (!revision || (m_validator && *revision == m_keyRevision)) {
        return;
    }
    auto keys = m_keys->verificationKeys();
    if (!keys) {
        return;
    }
    jose::ValidationPolicy policy;
    policy.issuer = m_config.issuer;
    policy.audience = m_config.audience;
    policy.typ = QString::fromLatin1(kTokenType);
    policy.requiredClaims = {QStringLiteral("exp"), QStringLiteral("iat"), QStringLiteral("jti"),
                             QStringLiteral("sub")};
    if (auto rotation = m_keys->policy(); rotation) {
        policy.leewaySecs = rotation->leewaySecs;
    }
    m_validator = std::make_unique<jose::TokenValidator>(*keys, policy, m_clock);
    if (m_encryption) {
        m_encryption->reload(); // a revoked encryption key decrypts nothing from the next request on
    }
    m_keyRevision = *revision;
    // Tokens verified with the old key set may be signed by a key that is now retired or revoked.
    m_verified.clear();
}

bool AuthService::looksLikeJwt(QByteArrayView token) const
{
    const qsizetype dots = token.count('.');
    return dots == 2 || (m_encryption && dots == 4);
}

std::optional<TokenVerdict> AuthService::cachedVerdict(const QString& key) const
{
    const auto it = m_verdicts.constFind(key);
    if (it == m_verdicts.constEnd()) {
        return std::nullopt;
    }
    return *it;
}

std::expected<AuthService::Caller, AuthService::Refusal> AuthService::checkSession(QByteArrayView token)
{
    QElapsedTimer timer;
    timer.start();
    auto checked = m_sessions.validate(token);
    if (!checked) {
        return std::unexpected(refusal(500, QStringLiteral("server_error"), checked.error().message));
    }
    if (!checked->isValid()) {
        Refusal r = refusal(401, QStringLiteral("invalid_session"), AuthVerdictText::session(checked->verdict));
        return std::unexpected(r);
    }
    Caller c;
    c.method = QStringLiteral("cookie");
    c.username = checked->userName;
    c.userId = checked->userId;
    c.sessionId = checked->sessionId;
    c.session.idleExpiresSecs = checked->idleExpiresMs / 1000;
    c.session.absoluteExpiresSecs = checked->absoluteExpiresMs / 1000;
    c.session.fromCache = checked->fromCache;
    c.checkMicros = micros(timer);
    return c;
}

std::expected<AuthService::Caller, AuthService::Refusal> AuthService::checkBearer(QByteArrayView token,
                                                                                  bool allowExpired)
{
    QElapsedTimer timer;
    timer.start();
    // One lock for the whole check: the validator, both caches and the change watcher belong together.
    QMutexLocker lock(&m_validatorMutex);
    refreshKeysLocked();
    if (!m_validator) {
        return std::unexpected(refusal(503, QStringLiteral("temporarily_unavailable"),
                                       QStringLiteral("This server has no keys to verify tokens with.")));
    }

    const VerifiedToken* verified = nullptr;
    bool fromCache = false;
    const bool useCache = m_config.verifiedTokenCache && !allowExpired && token.size() <= m_config.maxHeaderBytes;
    if (useCache) {
        const auto it = m_verified.constFind(QByteArray::fromRawData(token.data(), token.size()));
        if (it != m_verified.constEnd()) {
            // The signature held for these exact bytes under the current key set; the time claims may not hold
            // any more. A token that fails them goes through the full check below for the precise reason.
            const qint64 now = m_clock.nowSecs();
            const qint64 leeway = m_validator->policy().leewaySecs;
            if (now < it->expSecs + leeway && (!it->nbfSecs || now >= *it->nbfSecs - leeway)) {
                verified = &*it;
                fromCache = true;
            } else {
                m_verified.erase(it);
            }
        }
    }

    jose::ClaimSet fresh;
    QByteArray freshRaw;
    if (verified == nullptr) {
        // E-SERVER-NESTED: with encryption on, only the JWS inside a nested JWT is verified.
        auto signedToken = m_encryption ? m_encryption->unwrap(token) : Result<QByteArray>(token.toByteArray());
        if (!signedToken) {
            const bool noKeys = signedToken.error().code == QStringLiteral("server.encryption");
            return std::unexpected(
                refusal(noKeys ? 503 : 401,
                        noKeys ? QStringLiteral("temporarily_unavailable") : QStringLiteral("invalid_token"),
                        signedToken.error().message));
        }
        jose::ValidationResult result = m_validator->validate(*signedToken);
        bool acceptable = result.valid;
        if (!acceptable && allowExpired) {
            // Logging out with an expired token is fine: everything but the expiry must hold.
            acceptable = std::all_of(result.issues.cbegin(), result.issues.cend(),
                                     [](const Error& e) { return e.code == QStringLiteral("jose.expired"); });
        }
        if (!acceptable) {
            QStringList reasons;
            for (const Error& e : result.issues) {
                reasons << e.message;
            }
            return std::unexpected(refusal(401, QStringLiteral("invalid_token"), reasons.join(QStringLiteral("; "))));
        }
        fresh = std::move(result.claims);
        freshRaw = std::move(result.payload);
        if (useCache && result.valid) {
            if (m_verified.size() >= m_config.verifiedTokenCacheCapacity) {
                m_verified.clear(); // bounded: a flood of distinct tokens costs verification, never memory
            }
            VerifiedToken entry{fresh, freshRaw, fresh.expiresAt().value_or(0), fresh.notBefore()};
            m_verified.insert(token.toByteArray(), std::move(entry));
        }
    }
    const jose::ClaimSet& claims = verified != nullptr ? verified->claims : fresh;

    std::optional<qint64> sid;
    bool sidOk = false;
    const qint64 sidValue = claims.json().value(QLatin1StringView("sid")).toString().toLongLong(&sidOk);
    if (sidOk) {
        sid = sidValue;
    }
    if (m_denyList.load()) {
        TokenReference ref;
        ref.issuer = claims.issuer();
        ref.jti = claims.jwtId();
        ref.subject = claims.subject();
        ref.issuedAtMs = claims.issuedAt().value_or(0) * 1000;
        ref.sessionId = sid;
        // Every input of the verdict is in the key: the answer holds until the database changes.
        const QString key = ref.issuer + QLatin1Char('\n') + ref.jti + QLatin1Char('\n') + ref.subject +
                            QLatin1Char('\n') + QString::number(ref.issuedAtMs) + QLatin1Char('\n') +
                            (sid ? QString::number(*sid) : QString());
        std::optional<TokenVerdict> verdict = cachedVerdict(key);
        if (!verdict) {
            auto checked = m_tokens.check(ref);
            if (!checked) {
                return std::unexpected(refusal(500, QStringLiteral("server_error"), checked.error().message));
            }
            verdict = *checked;
            if (m_verdicts.size() >= m_config.verifiedTokenCacheCapacity) {
                m_verdicts.clear();
            }
            m_verdicts.insert(key, *verdict);
        }
        if (*verdict != TokenVerdict::Allowed) {
            return std::unexpected(refusal(401, QStringLiteral("invalid_token"), AuthVerdictText::token(*verdict)));
        }
    }
    Caller c;
    c.method = QStringLiteral("bearer");
    c.username = claims.subject();
    c.sessionId = sid;
    c.claims = claims.json();
    c.rawClaims = verified != nullptr ? verified->rawClaims : freshRaw;
    c.fromCache = fromCache;
    c.checkMicros = micros(timer);
    return c;
}

std::expected<AuthService::Caller, AuthService::Refusal> AuthService::recognise(QByteArrayView cookie,
                                                                                QByteArrayView bearer)
{
    if (!cookie.isEmpty()) {
        return checkSession(cookie);
    }
    if (!bearer.isEmpty()) {
        return checkBearer(bearer);
    }
    return std::unexpected(refusal(401, QString(), QStringLiteral("No session cookie and no bearer token.")));
}

std::expected<void, AuthService::Refusal> AuthService::logout(QByteArrayView cookie, QByteArrayView bearer)
{
    if (!cookie.isEmpty()) {
        auto done = m_sessions.logout(cookie);
        if (!done) {
            return std::unexpected(refusal(500, QStringLiteral("server_error"), done.error().message));
        }
        if (!*done) {
            return std::unexpected(refusal(401, QStringLiteral("invalid_session"),
                                           QStringLiteral("The session cookie names no live session.")));
        }
        return {};
    }
    if (!bearer.isEmpty()) {
        auto caller = checkBearer(bearer, true);
        if (!caller) {
            return std::unexpected(caller.error());
        }
        const jose::ClaimSet claims(caller->claims);
        const qint64 expMs = claims.expiresAt().value_or(0) * 1000;
        auto serverError = [](const Error& e) { return refusal(500, QStringLiteral("server_error"), e.message); };
        if (expMs > m_clock.nowMs()) {
            // T-DENY-JTI: deny-list (iss, jti) until exp, never the token's bytes.
            if (auto denied = m_tokens.deny(claims.issuer(), claims.jwtId(), expMs, QStringLiteral("logout"));
                !denied) {
                return std::unexpected(serverError(denied.error()));
            }
        }
        if (caller->sessionId) {
            if (auto ended = m_sessions.revoke(*caller->sessionId, QStringLiteral("logout")); !ended) {
                return std::unexpected(serverError(ended.error()));
            }
            if (auto ended = m_refresh.revokeSession(*caller->sessionId, QStringLiteral("logout")); !ended) {
                return std::unexpected(serverError(ended.error()));
            }
        }
        return {};
    }
    return std::unexpected(refusal(401, QString(), QStringLiteral("No session cookie and no bearer token.")));
}

std::expected<AuthService::LoginResult, AuthService::Refusal> AuthService::refresh(QByteArrayView refreshToken,
                                                                                   const QString& dpopJkt)
{
    // DP-BIND: a bound token with no proof or another key's proof is refused before it is used up.
    if (auto found = m_refresh.find(refreshToken); found && *found) {
        if (auto refused = DpopBinding::refreshRefusal((**found).family, dpopJkt)) {
            return std::unexpected(refusal(400, QStringLiteral("invalid_dpop_proof"), *refused));
        }
    }
    auto redeemed = m_refresh.redeem(refreshToken);
    if (!redeemed) {
        return std::unexpected(refusal(500, QStringLiteral("server_error"), redeemed.error().message));
    }
    const RefreshTokenStore::Record& record = redeemed->record;
    switch (redeemed->verdict) {
    case RefreshTokenStore::Verdict::Ok:
        break;
    case RefreshTokenStore::Verdict::Reused: {
        // Theft detection: whoever holds the family now, it ends here (redeem() revoked it, with its audit row),
        // with its session and access tokens.
        if (record.sessionId) {
            if (auto ended = m_sessions.revoke(*record.sessionId, QStringLiteral("refresh token reuse")); !ended) {
                return std::unexpected(refusal(500, QStringLiteral("server_error"), ended.error().message));
            }
        }
        return std::unexpected(refusal(400, QStringLiteral("invalid_grant"),
                                       QStringLiteral("This refresh token was already used: the token family and its "
                                                      "session were revoked.")));
    }
    case RefreshTokenStore::Verdict::Unknown:
        return std::unexpected(refusal(400, QStringLiteral("invalid_grant"), QStringLiteral("Unknown refresh token.")));
    case RefreshTokenStore::Verdict::Expired:
        return std::unexpected(
            refusal(400, QStringLiteral("invalid_grant"), QStringLiteral("The refresh token expired.")));
    case RefreshTokenStore::Verdict::Revoked:
        return std::unexpected(
            refusal(400, QStringLiteral("invalid_grant"), QStringLiteral("The refresh token was revoked.")));
    }
    auto user = m_users.find(record.userId);
    if (!user || user->disabled) {
        return std::unexpected(
            refusal(400, QStringLiteral("invalid_grant"), QStringLiteral("The user cannot log in.")));
    }
    if (record.sessionId) {
        auto session = m_sessions.find(*record.sessionId);
        if (!session || session->state(m_clock.nowMs()) != SessionState::Active) {
            return std::unexpected(refusal(400, QStringLiteral("invalid_grant"),
                                           QStringLiteral("The session of this refresh token ended.")));
        }
    }
    auto issued = issueJwt(*user, {}, record.sessionId, record.family, DpopBinding::tokenJkt(record.family, dpopJkt));
    if (!issued) {
        return std::unexpected(refusal(503, QStringLiteral("temporarily_unavailable"), issued.error().message));
    }
    return *issued;
}

QJsonObject AuthService::introspect(QByteArrayView token, const QString& hint)
{
    const QJsonObject inactive{{QStringLiteral("active"), false}};
    if (token.isEmpty()) {
        return inactive;
    }
    if (looksLikeJwt(token) && hint != QStringLiteral("refresh_token")) {
        auto caller = checkBearer(token);
        if (!caller) {
            return inactive;
        }
        QJsonObject o = caller->claims;
        o.insert(QStringLiteral("active"), true);
        // RFC 9449 §6.2: a bound token is a DPoP token, and its cnf (already among the claims) says to which key.
        o.insert(QStringLiteral("token_type"),
                 o.contains(QLatin1StringView("cnf")) ? QStringLiteral("DPoP") : QStringLiteral("Bearer"));
        o.insert(QStringLiteral("username"), caller->username);
        return o;
    }
    if (hint != QStringLiteral("session")) {
        auto record = m_refresh.find(token);
        if (record && record->has_value()) {
            const auto& r = **record;
            const bool active = !r.usedMs && !r.revokedMs && r.expiresMs > m_clock.nowMs();
            if (!active) {
                return inactive;
            }
            QJsonObject o{{QStringLiteral("active"), true},
                          {QStringLiteral("token_type"), QStringLiteral("refresh_token")},
                          {QStringLiteral("exp"), r.expiresMs / 1000},
                          {QStringLiteral("iat"), r.issuedMs / 1000}};
            if (auto user = m_users.find(r.userId); user) {
                o.insert(QStringLiteral("sub"), user->username);
                o.insert(QStringLiteral("username"), user->username);
            }
            return o;
        }
    }
    auto caller = checkSession(token);
    if (!caller) {
        return inactive;
    }
    return QJsonObject{{QStringLiteral("active"), true},
                       {QStringLiteral("token_type"), QStringLiteral("session")},
                       {QStringLiteral("sub"), caller->username},
                       {QStringLiteral("username"), caller->username},
                       {QStringLiteral("sid"), QString::number(caller->sessionId.value_or(0))},
                       {QStringLiteral("exp"), caller->session.idleExpiresSecs}};
}

std::expected<void, AuthService::Refusal>
AuthService::changePassword(const Caller& caller, const QByteArray& currentPassword, const QByteArray& newPassword)
{
    if (auto checked = m_users.authenticate(caller.username, currentPassword); !checked) {
        return std::unexpected(
            refusal(403, QStringLiteral("invalid_grant"), QStringLiteral("The current password is wrong.")));
    }
    const std::optional<qint64> keep =
        caller.method == QStringLiteral("cookie") ? caller.sessionId : std::optional<qint64>();
    if (auto changed = m_users.setPassword(caller.username, newPassword, keep); !changed) {
        const bool weak = changed.error().code == QStringLiteral("users.weak-password") ||
                          changed.error().code == QStringLiteral("users.bad-password");
        return std::unexpected(weak ? refusal(400, QStringLiteral("invalid_request"), changed.error().message)
                                    : refusal(500, QStringLiteral("server_error"), changed.error().message));
    }
    return {};
}

bool AuthService::mayIntrospect(const Caller& caller, const QJsonObject& introspection)
{
    if (!introspection.value(QLatin1StringView("active")).toBool()) {
        return true;
    }
    // User names are unique, and the answer names the owner for every kind of token.
    if (introspection.value(QLatin1StringView("username")).toString() == caller.username) {
        return true;
    }
    // The roles as they are now, not as a token issued earlier claims them (a bearer caller is known by name).
    auto user = caller.userId != 0 ? m_users.find(caller.userId) : m_users.find(caller.username);
    return user && !user->disabled && (user->roles.contains(IntrospectRole) || user->roles.contains(AdminRole));
}

Result<void> AuthService::revoke(QByteArrayView token, const QString& hint)
{
    if (token.isEmpty()) {
        return {};
    }
    if (looksLikeJwt(token) && hint != QStringLiteral("refresh_token")) {
        auto caller = checkBearer(token, true);
        if (caller) {
            const jose::ClaimSet claims(caller->claims);
            const qint64 expMs = claims.expiresAt().value_or(0) * 1000;
            if (expMs > m_clock.nowMs()) {
                if (auto denied =
                        m_tokens.deny(claims.issuer(), claims.jwtId(), expMs, QStringLiteral("RFC 7009 revocation"));
                    !denied) {
                    return std::unexpected(denied.error());
                }
            }
        }
        return {};
    }
    if (auto record = m_refresh.find(token); record && record->has_value()) {
        if (auto revoked = m_refresh.revokeFamily((*record)->family, QStringLiteral("RFC 7009 revocation")); !revoked) {
            return std::unexpected(revoked.error());
        }
        return {};
    }
    // A session ID: revoking it is a logout (an unknown one is not an error, RFC 7009 §2.2).
    if (auto ended = m_sessions.logout(token); !ended) {
        return std::unexpected(ended.error());
    }
    return {};
}

Result<QJsonObject> AuthService::jwks()
{
    if (m_keys == nullptr) {
        return QJsonObject{{QStringLiteral("keys"), QJsonArray()}};
    }
    auto keys = m_keys->publishedKeys();
    if (!keys) {
        return std::unexpected(keys.error());
    }
    return keys->toPublicJson();
}

QJsonObject AuthService::discovery(const QString& baseUrl)
{
    return DiscoveryDocument::build(m_config, m_keys, baseUrl);
}

} // namespace authscope
