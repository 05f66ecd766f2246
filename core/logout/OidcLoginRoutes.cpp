#include "core/logout/OidcLoginRoutes.h"

#include "core/crypto/Random.h"
#include "core/http/HttpRouter.h"
#include "core/issuers/HttpFetcher.h"
#include "core/issuers/IssuerStore.h"
#include "core/issuers/IssuerVerifier.h"
#include "core/issuers/OAuthClient.h"
#include "core/issuers/RemoteKeyCache.h"
#include "core/jose/Base64Url.h"
#include "core/keys/KeyStore.h"
#include "core/logout/IssuerCall.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QUrlQuery>

#include <openssl/crypto.h>

namespace authscope::logout {

namespace {

using http::HttpRequest;
using http::HttpResponse;

Result<QByteArray> randomText(qsizetype bytes)
{
    auto random = crypto::Random::bytes(bytes);
    if (!random) {
        return std::unexpected(random.error());
    }
    return jose::Base64Url::encode(*random);
}

// What the callback learnt from the provider: the ID token's verified claims, or why not.
struct SignIn
{
    Result<QJsonObject> claims = fail(QStringLiteral("logout.rp"), QStringLiteral("no answer"));
};

// In IssuerCall's thread: the code exchange and the ID token's validation (B-RP-LOGIN).
SignIn exchange(Database& db, const issuers::Issuer& issuer, const QByteArray& secret, const QByteArray& code,
                const QByteArray& verifier, const QString& redirectUri, const QString& nonce)
{
    SignIn out;
    issuers::HttpFetcher fetcher(issuer.allowHttp);
    issuers::OAuthClient client(fetcher, issuer, secret, issuers::OAuthClient::defaultAuth(issuer));
    issuers::OAuthClient::TokenRequest request;
    request.grant = QStringLiteral("authorization_code");
    request.code = code;
    request.codeVerifier = verifier;
    request.redirectUri = redirectUri;
    auto answer = client.token(request);
    if (!answer) {
        out.claims = std::unexpected(answer.error());
        return out;
    }
    const QByteArray idToken = answer->value(QStringLiteral("id_token")).toString().toLatin1();
    if (idToken.isEmpty()) {
        out.claims = fail(QStringLiteral("logout.rp-id-token"), QStringLiteral("The provider sent no id_token."));
        return out;
    }
    issuers::IssuerRepository repository(db);
    issuers::RemoteKeyCache cache(&repository, fetcher, issuer, {});
    jose::ValidationPolicy policy;
    policy.audience = issuer.clientId; // R-ISS-PIN pins iss to the issuer
    policy.requiredClaims = {QStringLiteral("exp"), QStringLiteral("iat"), QStringLiteral("sub")};
    issuers::IssuerVerifier verifier2(cache, policy);
    auto verdict = verifier2.verify(idToken);
    if (!verdict) {
        out.claims = std::unexpected(verdict.error());
        return out;
    }
    if (!verdict->valid) {
        out.claims = fail(QStringLiteral("logout.rp-id-token"),
                          QStringLiteral("The ID token is not valid: ") + verdict->codes().join(QStringLiteral(", ")));
        return out;
    }
    const QJsonObject claims = verdict->claims.json();
    // OpenID Connect Core §3.1.3.7: the nonce sent in the request must come back, exactly.
    const QByteArray got = claims.value(QStringLiteral("nonce")).toString().toUtf8();
    const QByteArray want = nonce.toUtf8();
    if (got.size() != want.size() || CRYPTO_memcmp(got.constData(), want.constData(), want.size()) != 0) {
        out.claims = fail(QStringLiteral("logout.rp-nonce"), QStringLiteral("The ID token's nonce is not ours."));
        return out;
    }
    const QStringList audience = verdict->claims.audience();
    if (audience.size() > 1 && claims.value(QStringLiteral("azp")).toString() != issuer.clientId) {
        out.claims = fail(QStringLiteral("logout.rp-azp"),
                          QStringLiteral("The ID token has several audiences and azp is not our client ID."));
        return out;
    }
    out.claims = claims;
    return out;
}

} // namespace

OidcLoginRoutes::OidcLoginRoutes(const ServerContext& context, const KeyStore* keys)
    : m_db(context.database), m_audit(context.audit), m_config(context.config), m_baseUrl(context.baseUrl),
      m_keys(keys), m_sessions(context.database, context.audit, Clock::system(), context.config.sessionPolicy),
      m_users(context.database, context.audit), m_links(context.database)
{}

TestServer::RouteFactory OidcLoginRoutes::factory(const KeyStore* keys)
{
    return [keys](const ServerContext& context) {
        std::vector<std::unique_ptr<RouteGroup>> groups;
        groups.push_back(std::make_unique<OidcLoginRoutes>(context, keys));
        return groups;
    };
}

void OidcLoginRoutes::registerRoutes(http::HttpRouter& router)
{
    router.add(QByteArrayLiteral("GET"), QStringLiteral("/login/oidc"),
               [this](const HttpRequest& r) { return start(r); });
    router.add(QByteArrayLiteral("GET"), QStringLiteral("/login/oidc/callback"),
               [this](const HttpRequest& r) { return callback(r); });
}

QString OidcLoginRoutes::redirectUri(const HttpRequest& request) const
{
    // The host the browser used (H-HOST already admitted it), so the binding cookie comes back to the callback.
    const QByteArray host = request.header("host");
    const QString scheme = m_config.tls ? QStringLiteral("https") : QStringLiteral("http");
    const QString authority = host.isEmpty() ? m_baseUrl.section(QStringLiteral("://"), 1) : QString::fromLatin1(host);
    return scheme + QStringLiteral("://") + authority + QStringLiteral("/login/oidc/callback");
}

QByteArray OidcLoginRoutes::cookie(const QByteArray& name, const QByteArray& value, qint64 maxAgeSecs,
                                   const QByteArray& sameSite) const
{
    // S-COOKIE, as AuthRoutes sets its session cookie.
    QByteArray out = (m_config.tls ? "__Host-" + name : name) + '=' + value +
                     "; Path=/; HttpOnly; SameSite=" + sameSite +
                     "; Max-Age=" + QByteArray::number(std::max<qint64>(0, maxAgeSecs));
    if (m_config.tls) {
        out += "; Secure";
    }
    return out;
}

HttpResponse OidcLoginRoutes::start(const HttpRequest& request)
{
    const QString name = request.query.queryItemValue(QStringLiteral("issuer"), QUrl::FullyDecoded);
    if (name.isEmpty() || !issuers::IssuerStore::validName(name)) {
        return HttpResponse::error(400, QStringLiteral("invalid_request"),
                                   QStringLiteral("Name a saved issuer: /login/oidc?issuer=NAME."));
    }
    issuers::IssuerStore store(m_db, m_audit);
    auto issuer = store.find(name);
    if (!issuer) {
        return HttpResponse::error(400, QStringLiteral("invalid_request"), issuer.error().message);
    }
    if (issuer->clientId.isEmpty()) {
        return HttpResponse::error(
            400, QStringLiteral("invalid_request"),
            QStringLiteral("The issuer %1 has no client ID (issuers add --client-id).").arg(issuer->name));
    }
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    m_pending.removeIf([now](const auto& p) { return now - p.value().createdMs > PendingLifetimeMs; });
    if (m_pending.size() >= MaxPending) {
        return HttpResponse::error(503, QStringLiteral("temporarily_unavailable"),
                                   QStringLiteral("Too many logins are under way; try again in a few minutes."));
    }
    auto state = randomText(32);
    auto nonce = randomText(32);
    auto binding = randomText(32);
    auto verifier = issuers::OAuthClient::newCodeVerifier();
    if (!state || !nonce || !binding || !verifier) {
        return HttpResponse::error(500, QStringLiteral("server_error"), QStringLiteral("No random bytes."));
    }
    issuers::HttpFetcher unused(issuer->allowHttp);
    issuers::OAuthClient client(unused, *issuer, {}, issuers::OAuthClient::defaultAuth(*issuer));
    auto url = client.authorizationUrl(redirectUri(request), QString::fromLatin1(*state),
                                       issuers::OAuthClient::codeChallenge(*verifier), QStringLiteral("openid"), {});
    if (!url) {
        return HttpResponse::error(400, QStringLiteral("invalid_request"), url.error().message);
    }
    QUrlQuery query(*url);
    query.addQueryItem(QStringLiteral("nonce"), QString::fromLatin1(*nonce));
    url->setQuery(query);
    m_pending.insert(QString::fromLatin1(*state),
                     Pending{issuer->name, *verifier, QString::fromLatin1(*nonce),
                             QCryptographicHash::hash(*binding, QCryptographicHash::Sha256), now});
    HttpResponse r;
    r.status = 302;
    r.setHeader(QByteArrayLiteral("Location"), url->toString(QUrl::FullyEncoded).toUtf8());
    r.setHeader(QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-store"));
    // Lax: the provider sends the browser back with a top-level GET from its own site (login CSRF defence).
    r.addHeader(QByteArrayLiteral("Set-Cookie"),
                cookie(QByteArrayLiteral("authscope_oidc"), *binding, PendingLifetimeMs / 1000, "Lax"));
    return r;
}

Result<qint64> OidcLoginRoutes::localUser(const QString& issuerName, const QString& sub)
{
    const QString username = sub + u'@' + issuerName;
    if (auto existing = m_users.find(username); existing) {
        if (existing->disabled) {
            return fail(QStringLiteral("users.disabled"),
                        QStringLiteral("The local user %1 is disabled.").arg(username));
        }
        return existing->id;
    }
    NewUser user;
    user.username = username; // no password: this user signs in only through the issuer
    auto added = m_users.add(user);
    if (!added) {
        return std::unexpected(added.error());
    }
    return added->id;
}

HttpResponse OidcLoginRoutes::callback(const HttpRequest& request)
{
    const QString state = request.query.queryItemValue(QStringLiteral("state"), QUrl::FullyDecoded);
    const auto it = m_pending.constFind(state);
    if (state.isEmpty() || it == m_pending.constEnd()) {
        return HttpResponse::error(400, QStringLiteral("invalid_request"),
                                   QStringLiteral("Unknown or used state: start again at /login/oidc."));
    }
    const Pending pending = it.value();
    m_pending.erase(it); // single use
    const QByteArray binding = QCryptographicHash::hash(
        request.cookie(m_config.tls ? "__Host-authscope_oidc" : "authscope_oidc"), QCryptographicHash::Sha256);
    if (CRYPTO_memcmp(binding.constData(), pending.binding.constData(), binding.size()) != 0 ||
        QDateTime::currentMSecsSinceEpoch() - pending.createdMs > PendingLifetimeMs) {
        return HttpResponse::error(400, QStringLiteral("invalid_request"),
                                   QStringLiteral("This login was not started by this browser, or too long ago."));
    }
    if (const QString error = request.query.queryItemValue(QStringLiteral("error"), QUrl::FullyDecoded);
        !error.isEmpty()) {
        return HttpResponse::error(
            400, QStringLiteral("access_denied"),
            QStringLiteral("The provider answered %1: %2")
                .arg(error.left(64),
                     request.query.queryItemValue(QStringLiteral("error_description"), QUrl::FullyDecoded).left(200)));
    }
    issuers::IssuerStore store(m_db, m_audit);
    auto issuer = store.find(pending.issuerName);
    if (!issuer) {
        return HttpResponse::error(400, QStringLiteral("invalid_request"), issuer.error().message);
    }
    // R-ISS-PIN (RFC 9207 §2.4): an authorization response that names its issuer must name ours.
    if (request.query.hasQueryItem(QStringLiteral("iss")) &&
        request.query.queryItemValue(QStringLiteral("iss"), QUrl::FullyDecoded) != issuer->url) {
        return HttpResponse::error(400, QStringLiteral("invalid_request"),
                                   QStringLiteral("The authorization response comes from another issuer."));
    }
    const QByteArray code = request.query.queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded).toUtf8();
    if (code.isEmpty()) {
        return HttpResponse::error(400, QStringLiteral("invalid_request"), QStringLiteral("No code."));
    }
    QByteArray secret;
    if (!issuer->sealedClientSecret.isEmpty()) {
        if (m_keys == nullptr) {
            return HttpResponse::error(503, QStringLiteral("temporarily_unavailable"),
                                       QStringLiteral("No key vault to open the client secret with."));
        }
        auto opened = store.clientSecret(*issuer, m_keys->vault());
        if (!opened) {
            return HttpResponse::error(503, QStringLiteral("temporarily_unavailable"), opened.error().message);
        }
        secret = *opened;
    }
    SignIn signIn;
    IssuerCall::run(
        [&] { signIn = exchange(m_db, *issuer, secret, code, pending.verifier, redirectUri(request), pending.nonce); });
    secret.fill('\0');
    if (!signIn.claims) {
        HttpResponse r = HttpResponse::error(400, QStringLiteral("invalid_grant"), signIn.claims.error().message);
        r.note = signIn.claims.error().code;
        return r;
    }
    const QString sub = signIn.claims->value(QStringLiteral("sub")).toString();
    const QString sid = signIn.claims->value(QStringLiteral("sid")).toString();
    auto userId = localUser(issuer->name, sub);
    if (!userId) {
        return HttpResponse::error(403, QStringLiteral("access_denied"), userId.error().message);
    }
    NewSession spec;
    spec.userId = *userId;
    spec.ip = request.remoteAddress.toString();
    spec.userAgent = QString::fromUtf8(request.header("user-agent")).left(512);
    auto created = m_sessions.create(spec);
    if (!created) {
        return HttpResponse::error(500, QStringLiteral("server_error"), created.error().message);
    }
    if (auto linked = m_links.link(created->session.id, issuer->url, sub, sid, QDateTime::currentMSecsSinceEpoch());
        !linked) {
        // Without the link the provider's logout could not reach this session: do not leave it open.
        if (auto ended =
                m_sessions.revoke(created->session.id, QStringLiteral("login failed: ") + linked.error().message);
            !ended) {
            qWarning("authscope: session %lld stays open: %s", static_cast<long long>(created->session.id),
                     qPrintable(ended.error().message));
        }
        return HttpResponse::error(500, QStringLiteral("server_error"), linked.error().message);
    }
    HttpResponse r =
        HttpResponse::json(200, QJsonObject{{QStringLiteral("mode"), QStringLiteral("session")},
                                            {QStringLiteral("session"), created->session.id},
                                            {QStringLiteral("username"), QString(sub + u'@' + issuer->name)},
                                            {QStringLiteral("issuer"), issuer->name},
                                            {QStringLiteral("sub"), sub},
                                            {QStringLiteral("sid"), sid}});
    r.setHeader(QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-store"));
    const qint64 maxAge = (created->session.absoluteExpiresMs - QDateTime::currentMSecsSinceEpoch()) / 1000;
    r.addHeader(QByteArrayLiteral("Set-Cookie"), cookie(QByteArrayLiteral("sid"), created->token, maxAge, "Strict"));
    r.addHeader(QByteArrayLiteral("Set-Cookie"), cookie(QByteArrayLiteral("authscope_oidc"), {}, 0, "Lax"));
    r.authMethod = QStringLiteral("oidc");
    return r;
}

} // namespace authscope::logout
