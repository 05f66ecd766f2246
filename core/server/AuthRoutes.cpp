#include "core/server/AuthRoutes.h"

#include "core/http/HttpRouter.h"
#include "core/keys/KeyStore.h"
#include "core/server/TestServer.h"

#include <QJsonDocument>
#include <QUrlQuery>

namespace authscope {

using http::HttpRequest;
using http::HttpResponse;
using http::HttpRouter;

namespace {

// A request body as fields: JSON objects and application/x-www-form-urlencoded are both accepted.
struct Fields
{
    QJsonObject values;
    QString error; // non-empty: the body could not be read
};

Fields readFields(const HttpRequest& request)
{
    Fields f;
    const QByteArray type = request.contentType();
    if (request.body.isEmpty()) {
        return f;
    }
    if (type == "application/json" || type.endsWith("+json")) {
        QJsonParseError error{};
        const QJsonDocument doc = QJsonDocument::fromJson(request.body, &error);
        if (error.error != QJsonParseError::NoError || !doc.isObject()) {
            f.error = QStringLiteral("The body is not a JSON object: %1.")
                          .arg(error.error != QJsonParseError::NoError ? error.errorString()
                                                                       : QStringLiteral("not an object"));
        } else {
            f.values = doc.object();
        }
        return f;
    }
    if (type == "application/x-www-form-urlencoded" || type.isEmpty()) {
        QByteArray body = request.body;
        body.replace('+', ' ');
        const QUrlQuery query(QString::fromUtf8(body));
        for (const auto& [key, value] : query.queryItems(QUrl::FullyDecoded)) {
            f.values.insert(key, value);
        }
        return f;
    }
    f.error = QStringLiteral("Send JSON or application/x-www-form-urlencoded, not %1.")
                  .arg(QString::fromLatin1(type.left(64)));
    return f;
}

QString field(const Fields& f, const QString& name)
{
    const QJsonValue v = f.values.value(name);
    return v.isString() ? v.toString() : QString();
}

HttpResponse badBody(const Fields& f)
{
    const bool media = f.error.startsWith(QStringLiteral("Send JSON"));
    return HttpResponse::error(media ? 415 : 400, QStringLiteral("invalid_request"), f.error);
}

// Introspection and revocation read a form with a token (RFC 7662 §2.1, RFC 7009 §2.1): the body's error, or 400
// when the token is missing.
std::optional<HttpResponse> refuseTokenForm(const Fields& f)
{
    if (!f.error.isEmpty()) {
        return badBody(f);
    }
    if (field(f, QStringLiteral("token")).isEmpty()) {
        return HttpResponse::error(400, QStringLiteral("invalid_request"), QStringLiteral("Send token."));
    }
    return std::nullopt;
}

// A JSON string literal (RFC 8259 §7) of `text`, for the hot /api/me answer that is built without a QJsonDocument.
void appendJsonString(QByteArray& out, const QString& text)
{
    out.append('"');
    const QByteArray utf8 = text.toUtf8();
    for (const char ch : utf8) {
        const auto c = static_cast<unsigned char>(ch);
        if (c == '"' || c == '\\') {
            out.append('\\').append(static_cast<char>(c));
        } else if (c < 0x20) {
            static constexpr char hex[] = "0123456789abcdef";
            out.append("\\u00").append(hex[c >> 4]).append(hex[c & 0xf]);
        } else {
            out.append(static_cast<char>(c));
        }
    }
    out.append('"');
}

} // namespace

AuthRoutes::AuthRoutes(const ServerContext& context, KeyStore* keys)
    : m_service(std::make_unique<AuthService>(context.database, context.audit, keys, context.config)),
      m_dpop(std::make_unique<DpopGate>(context.config, context.baseUrl)), m_baseUrl(context.baseUrl),
      m_origin(context.baseUrl, context.config.publicHosts)
{
    if (keys != nullptr) {
        if (auto policy = keys->policy(); policy) {
            m_jwksMaxAge = policy->jwksMaxAgeSecs;
        }
    }
    // Slid session expiries are written in batches; make sure they reach the file even when traffic stops.
    m_flushTimer.setInterval(1000);
    // A-FLOOD: refused logins are written once their minute is over.
    QObject::connect(&m_flushTimer, &QTimer::timeout, &m_flushTimer, [this] {
        (void)m_service->flushSlides();
        if (auto flushed = m_service->flushRefusedLogins(); !flushed) {
            qWarning("authscope: refused logins not audited yet: %s", qPrintable(flushed.error().message));
        }
    });
    m_flushTimer.start();
}

void AuthRoutes::registerRoutes(HttpRouter& router)
{
    // H-ORIGIN: every state-changing POST first passes the Origin check.
    const auto post = [this, &router](const QString& path, HttpResponse (AuthRoutes::*handler)(const HttpRequest&)) {
        router.add(QByteArrayLiteral("POST"), path, [this, handler](const HttpRequest& r) {
            if (const auto refused = m_origin.refusal(r)) {
                return HttpResponse::error(403, QStringLiteral("cross_origin"), *refused);
            }
            return (this->*handler)(r);
        });
    };
    post(QStringLiteral("/login"), &AuthRoutes::login);
    router.add(QByteArrayLiteral("GET"), QStringLiteral("/api/me"), [this](const HttpRequest& r) { return me(r); });
    post(QStringLiteral("/logout"), &AuthRoutes::logout);
    post(QStringLiteral("/token/refresh"), &AuthRoutes::refresh);
    post(QStringLiteral("/introspect"), &AuthRoutes::introspect);
    post(QStringLiteral("/revoke"), &AuthRoutes::revoke);
    post(QStringLiteral("/account/password"), &AuthRoutes::changePassword);
    router.add(QByteArrayLiteral("GET"), QStringLiteral("/.well-known/jwks.json"),
               [this](const HttpRequest& r) { return jwks(r); });
    router.add(QByteArrayLiteral("GET"), QStringLiteral("/.well-known/openid-configuration"),
               [this](const HttpRequest& r) { return discovery(r); });
}

void AuthRoutes::configChanged(const ServerConfig& config)
{
    m_service->setDenyListEnabled(config.denyListEnabled);
}

QByteArray AuthRoutes::sessionCookie(const QByteArray& value, qint64 maxAgeSecs) const
{
    // S-COOKIE: HttpOnly, SameSite=Strict, Path=/; Secure (and the __Host- name) only over TLS, since
    // clients do not send Secure cookies to plain http://127.0.0.1.
    QByteArray cookie = m_service->cookieName().toLatin1() + '=' + value + "; Path=/; HttpOnly; SameSite=Strict";
    cookie += "; Max-Age=" + QByteArray::number(std::max<qint64>(0, maxAgeSecs));
    if (m_service->config().tls) {
        cookie += "; Secure";
    }
    return cookie;
}

HttpResponse AuthRoutes::unauthorized(const AuthService::Refusal& refusal, const QString& scheme) const
{
    HttpResponse r = HttpResponse::error(
        refusal.status, refusal.error.isEmpty() ? QStringLiteral("unauthorized") : refusal.error, refusal.description);
    if (refusal.status == 401) {
        // RFC 6750 §3: say which scheme, and why the token failed. error_description may only hold printable
        // ASCII without quote and backslash (§3: %x20-21 / %x23-5B / %x5D-7E); the sentence can quote what the
        // token carried (a kid with CR LF, non-ASCII), so everything else becomes '?'.
        QString challenge = scheme + QStringLiteral(" realm=\"authscope\"");
        if (!refusal.error.isEmpty()) {
            QString description = refusal.description;
            description.replace(u'"', u'\'').replace(u'\\', u'/');
            for (QChar& ch : description) {
                if (ch.unicode() < 0x20 || ch.unicode() > 0x7e) {
                    ch = u'?';
                }
            }
            challenge +=
                QStringLiteral(", error=\"%1\", error_description=\"%2\"").arg(refusal.error, description.left(300));
        }
        r.setHeader(QByteArrayLiteral("WWW-Authenticate"), challenge.toUtf8());
    }
    if (refusal.retryAfterSecs > 0) {
        r.setHeader(QByteArrayLiteral("Retry-After"), QByteArray::number(refusal.retryAfterSecs));
    }
    return r;
}

HttpResponse AuthRoutes::tokenResponse(const AuthService::LoginResult& result) const
{
    // RFC 6749 §5.1.
    HttpResponse r = HttpResponse::json(
        200, QJsonObject{{QStringLiteral("access_token"), QString::fromLatin1(result.accessToken)},
                         {QStringLiteral("token_type"),
                          result.jkt.isEmpty() ? QStringLiteral("Bearer") : QStringLiteral("DPoP")},
                         {QStringLiteral("expires_in"), result.expiresInSecs},
                         {QStringLiteral("refresh_token"), QString::fromLatin1(result.refreshToken)}});
    r.setHeader(QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-store"));
    r.setHeader(QByteArrayLiteral("Pragma"), QByteArrayLiteral("no-cache"));
    m_dpop->addNonce(r);
    return r;
}

std::optional<HttpResponse> AuthRoutes::dpopRefusal(const HttpRequest& request, const DpopGate::Credential& credential,
                                                    const AuthService::Caller& caller)
{
    if (caller.method == QStringLiteral("cookie")) {
        return std::nullopt;
    }
    if (auto refused = m_dpop->checkResourceRequest(request, credential, caller.claims)) {
        HttpResponse r = m_dpop->resourceError(*refused);
        r.authMethod = credential.dpop ? QStringLiteral("dpop") : QStringLiteral("bearer");
        return r;
    }
    return std::nullopt;
}

HttpResponse AuthRoutes::login(const HttpRequest& request)
{
    const Fields f = readFields(request);
    if (!f.error.isEmpty()) {
        return badBody(f);
    }
    const QString username = field(f, QStringLiteral("username"));
    const QString password = field(f, QStringLiteral("password"));
    QString mode = field(f, QStringLiteral("mode"));
    if (mode.isEmpty()) {
        mode = QStringLiteral("session");
    }
    if (username.isEmpty() || password.isEmpty()) {
        return HttpResponse::error(400, QStringLiteral("invalid_request"),
                                   QStringLiteral("Send username and password (and mode: session or jwt)."));
    }
    if (mode != QStringLiteral("session") && mode != QStringLiteral("jwt")) {
        return HttpResponse::error(400, QStringLiteral("invalid_request"),
                                   QStringLiteral("mode must be \"session\" or \"jwt\"."));
    }
    const AuthService::Mode m = mode == QStringLiteral("jwt") ? AuthService::Mode::Jwt : AuthService::Mode::Session;
    const AuthService::ClientInfo client{request.remoteAddress.toString(),
                                         QString::fromUtf8(request.header("user-agent"))};
    // DP-BIND: a JWT login with a DPoP proof gets tokens bound to the proof's key.
    auto proof = m == AuthService::Mode::Jwt ? m_dpop->checkTokenRequest(request) : QString();
    if (!proof) {
        return m_dpop->tokenEndpointError(proof.error());
    }
    auto result = m_service->login(username, password.toUtf8(), m, client,
                                   request.cookie(m_service->cookieName().toLatin1()), *proof);
    if (!result) {
        HttpResponse r = unauthorized(result.error(), QStringLiteral("Basic"));
        r.headers.removeIf([](const auto& h) { return h.first == "WWW-Authenticate"; });
        return r;
    }
    if (m == AuthService::Mode::Jwt) {
        HttpResponse r = tokenResponse(*result);
        r.authMethod = QStringLiteral("password");
        return r;
    }
    HttpResponse r = HttpResponse::json(200, QJsonObject{{QStringLiteral("user"), result->username},
                                                         {QStringLiteral("mode"), QStringLiteral("session")},
                                                         {QStringLiteral("session"), result->sessionId},
                                                         {QStringLiteral("expires_in"), result->sessionMaxAgeSecs}});
    r.setHeader(QByteArrayLiteral("Set-Cookie"), sessionCookie(result->sessionToken, result->sessionMaxAgeSecs));
    r.authMethod = QStringLiteral("password");
    return r;
}

HttpResponse AuthRoutes::me(const HttpRequest& request)
{
    const QByteArray cookie = request.cookie(m_service->cookieName().toLatin1());
    const DpopGate::Credential credential = DpopGate::credential(request);
    const QByteArray& bearer = credential.token;
    auto caller = m_service->recognise(cookie, bearer);
    if (!caller) {
        const QString scheme = !cookie.isEmpty() ? QStringLiteral("Cookie")
                               : credential.dpop ? QStringLiteral("DPoP")
                                                 : QStringLiteral("Bearer");
        HttpResponse r = unauthorized(caller.error(), scheme);
        r.authMethod = !cookie.isEmpty()   ? QStringLiteral("cookie")
                       : !bearer.isEmpty() ? QStringLiteral("bearer")
                                           : QString();
        return r;
    }
    if (auto refused = dpopRefusal(request, credential, *caller)) {
        return *refused;
    }
    if (credential.dpop && caller->method != QStringLiteral("cookie")) {
        caller->method = QStringLiteral("dpop");
    }
    // The answer of the hottest route is written directly (same members, in the order QJsonObject would use):
    // the verified claims go out as the token's own payload bytes, which were parsed strictly (UTF-8, no
    // duplicate members) before they were accepted.
    QByteArray body;
    body.reserve(256 + caller->rawClaims.size());
    body.append("{\"check_us\":").append(QByteArray::number(caller->checkMicros));
    const bool bearerCaller = caller->method != QStringLiteral("cookie");
    if (bearerCaller) {
        body.append(",\"claims\":");
        if (caller->rawClaims.isEmpty()) {
            body.append(QJsonDocument(caller->claims).toJson(QJsonDocument::Compact));
        } else {
            body.append(caller->rawClaims);
        }
        body.append(",\"deny_list_checked\":").append(m_service->denyListEnabled() ? "true" : "false");
    }
    body.append(",\"recognised_by\":");
    appendJsonString(body, caller->method);
    if (caller->sessionId) {
        body.append(",\"session\":").append(QByteArray::number(*caller->sessionId));
    }
    if (!bearerCaller) {
        // Members in key order, as QJsonObject writes them.
        body.append(",\"session_record\":{\"absolute_expires\":")
            .append(QByteArray::number(caller->session.absoluteExpiresSecs))
            .append(",\"from_cache\":")
            .append(caller->session.fromCache ? "true" : "false")
            .append(",\"id\":")
            .append(QByteArray::number(caller->sessionId.value_or(0)))
            .append(",\"idle_expires\":")
            .append(QByteArray::number(caller->session.idleExpiresSecs));
        body.append('}');
    }
    body.append(",\"user\":");
    appendJsonString(body, caller->username);
    if (bearerCaller) {
        body.append(",\"verified_from_cache\":").append(caller->fromCache ? "true" : "false");
    }
    body.append('}');
    HttpResponse r;
    r.status = 200;
    r.body = std::move(body);
    r.setHeader(QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json"));
    r.authMethod = caller->method;
    r.authMicros = caller->checkMicros;
    if (credential.dpop) {
        m_dpop->addNonce(r);
    }
    return r;
}

HttpResponse AuthRoutes::logout(const HttpRequest& request)
{
    const QByteArray cookie = request.cookie(m_service->cookieName().toLatin1());
    const DpopGate::Credential credential = DpopGate::credential(request);
    const QByteArray& bearer = credential.token;
    if (cookie.isEmpty() && !bearer.isEmpty()) {
        // DP-BIND: a stolen bound token cannot log its owner out without the key either.
        if (auto caller = m_service->checkBearer(bearer, true); caller) {
            if (auto refused = dpopRefusal(request, credential, *caller)) {
                return *refused;
            }
        }
    }
    auto done = m_service->logout(cookie, bearer);
    if (!done) {
        HttpResponse r =
            unauthorized(done.error(), cookie.isEmpty() ? QStringLiteral("Bearer") : QStringLiteral("Cookie"));
        if (!cookie.isEmpty()) {
            r.setHeader(QByteArrayLiteral("Set-Cookie"), sessionCookie(QByteArray(), 0));
        }
        return r;
    }
    HttpResponse r = HttpResponse::json(200, QJsonObject{{QStringLiteral("logged_out"), true}});
    if (!cookie.isEmpty()) {
        r.setHeader(QByteArrayLiteral("Set-Cookie"), sessionCookie(QByteArray(), 0));
        r.authMethod = QStringLiteral("cookie");
    } else {
        r.authMethod = QStringLiteral("bearer");
    }
    return r;
}

HttpResponse AuthRoutes::refresh(const HttpRequest& request)
{
    const Fields f = readFields(request);
    if (!f.error.isEmpty()) {
        return badBody(f);
    }
    const QString grant = field(f, QStringLiteral("grant_type"));
    if (!grant.isEmpty() && grant != QStringLiteral("refresh_token")) {
        return HttpResponse::error(400, QStringLiteral("unsupported_grant_type"),
                                   QStringLiteral("Only grant_type=refresh_token is supported here."));
    }
    const QString token = field(f, QStringLiteral("refresh_token"));
    if (token.isEmpty()) {
        return HttpResponse::error(400, QStringLiteral("invalid_request"), QStringLiteral("Send refresh_token."));
    }
    // DP-BIND: with a proof the new tokens are bound to its key; a bound refresh token needs a proof of that key.
    auto proof = m_dpop->checkTokenRequest(request);
    if (!proof) {
        return m_dpop->tokenEndpointError(proof.error());
    }
    auto result = m_service->refresh(token.toLatin1(), *proof);
    if (!result) {
        HttpResponse r = HttpResponse::error(result.error().status, result.error().error, result.error().description);
        r.setHeader(QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-store"));
        return r;
    }
    HttpResponse r = tokenResponse(*result);
    r.authMethod = QStringLiteral("refresh");
    return r;
}

HttpResponse AuthRoutes::introspect(const HttpRequest& request)
{
    // RFC 7662 §2.1, §4: the caller must be authorised. H-INTROSPECT: a logged-in caller may read its own tokens;
    // another user's only with the introspect or admin role, else 403.
    const QByteArray cookie = request.cookie(m_service->cookieName().toLatin1());
    const DpopGate::Credential credential = DpopGate::credential(request);
    auto caller = m_service->recognise(cookie, credential.token);
    if (!caller) {
        return unauthorized(caller.error(), credential.dpop ? QStringLiteral("DPoP") : QStringLiteral("Bearer"));
    }
    if (auto refused = dpopRefusal(request, credential, *caller)) {
        return *refused;
    }
    const Fields f = readFields(request);
    if (auto refused = refuseTokenForm(f)) {
        return *refused;
    }
    const QString token = field(f, QStringLiteral("token"));
    const QJsonObject answer = m_service->introspect(token.toLatin1(), field(f, QStringLiteral("token_type_hint")));
    HttpResponse r = m_service->mayIntrospect(*caller, answer)
                         ? HttpResponse::json(200, answer)
                         : HttpResponse::error(403, QStringLiteral("insufficient_scope"),
                                               QStringLiteral("Only the token's owner, or a user with the role "
                                                              "'introspect' or 'admin', may introspect it."));
    r.setHeader(QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-store"));
    r.authMethod = caller->method;
    r.authMicros = caller->checkMicros;
    return r;
}

HttpResponse AuthRoutes::revoke(const HttpRequest& request)
{
    const Fields f = readFields(request);
    if (auto refused = refuseTokenForm(f)) {
        return *refused;
    }
    const QString token = field(f, QStringLiteral("token"));
    const QString hint = field(f, QStringLiteral("token_type_hint"));
    if (!hint.isEmpty() && hint != QStringLiteral("access_token") && hint != QStringLiteral("refresh_token") &&
        hint != QStringLiteral("session")) {
        return HttpResponse::error(400, QStringLiteral("unsupported_token_type"),
                                   QStringLiteral("token_type_hint must be access_token, refresh_token or session."));
    }
    // RFC 7009 §2.2: 200 whether or not the token was valid, so the answer tells an attacker nothing.
    if (auto done = m_service->revoke(token.toLatin1(), hint); !done) {
        return HttpResponse::error(503, QStringLiteral("temporarily_unavailable"), done.error().message);
    }
    HttpResponse r;
    r.status = 200;
    return r;
}

HttpResponse AuthRoutes::changePassword(const HttpRequest& request)
{
    const QByteArray cookie = request.cookie(m_service->cookieName().toLatin1());
    const DpopGate::Credential credential = DpopGate::credential(request);
    auto caller = m_service->recognise(cookie, credential.token);
    if (!caller) {
        return unauthorized(caller.error(), cookie.isEmpty() ? QStringLiteral("Bearer") : QStringLiteral("Cookie"));
    }
    if (auto refused = dpopRefusal(request, credential, *caller)) {
        return *refused;
    }
    const Fields f = readFields(request);
    if (!f.error.isEmpty()) {
        return badBody(f);
    }
    const QString current = field(f, QStringLiteral("current_password"));
    const QString next = field(f, QStringLiteral("new_password"));
    if (current.isEmpty() || next.isEmpty()) {
        return HttpResponse::error(400, QStringLiteral("invalid_request"),
                                   QStringLiteral("Send current_password and new_password."));
    }
    // S-PASSWORD-ENDS-SESSIONS: the user's other sessions, JWTs and refresh tokens end with the change.
    auto done = m_service->changePassword(*caller, current.toUtf8(), next.toUtf8());
    if (!done) {
        return HttpResponse::error(done.error().status, done.error().error, done.error().description);
    }
    const bool kept = caller->method == QStringLiteral("cookie");
    HttpResponse r = HttpResponse::json(
        200, QJsonObject{{QStringLiteral("password_changed"), true}, {QStringLiteral("session_kept"), kept}});
    r.authMethod = caller->method;
    return r;
}

HttpResponse AuthRoutes::jwks(const HttpRequest&)
{
    auto set = m_service->jwks();
    if (!set) {
        return HttpResponse::error(503, QStringLiteral("temporarily_unavailable"), set.error().message);
    }
    HttpResponse r = HttpResponse::json(200, *set);
    r.setHeader(QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/jwk-set+json"));
    r.setHeader(QByteArrayLiteral("Cache-Control"),
                QByteArrayLiteral("public, max-age=") + QByteArray::number(m_jwksMaxAge));
    return r;
}

HttpResponse AuthRoutes::discovery(const HttpRequest&)
{
    QJsonObject document = m_service->discovery(m_baseUrl);
    document.insert(QStringLiteral("dpop_signing_alg_values_supported"), m_dpop->signingAlgorithms()); // RFC 9449 §5.1
    HttpResponse r = HttpResponse::json(200, document);
    r.setHeader(QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("public, max-age=300"));
    return r;
}

} // namespace authscope
