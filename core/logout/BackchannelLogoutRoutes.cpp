#include "core/logout/BackchannelLogoutRoutes.h"

#include "core/http/HttpRouter.h"
#include "core/issuers/HttpFetcher.h"
#include "core/issuers/IssuerStore.h"
#include "core/issuers/IssuerVerifier.h"
#include "core/issuers/RemoteKeyCache.h"
#include "core/jose/ClaimSet.h"
#include "core/jose/Jwe.h"
#include "core/jose/Jws.h"
#include "core/keys/KeyStore.h"
#include "core/logout/BackchannelTrace.h"
#include "core/logout/IssuerCall.h"
#include "core/logout/LogoutTokenCheck.h"
#include "core/server/TokenEncryption.h"

#include <QDateTime>
#include <QUrlQuery>

namespace authscope::logout {

namespace {

using http::HttpRequest;
using http::HttpResponse;

// The claims of a token whose signature is not checked yet: only to find which saved issuer's keys check it.
QString claimedIssuer(const QByteArray& token)
{
    auto jws = jose::Jws::parse(token);
    if (!jws) {
        return {};
    }
    auto claims = jose::ClaimSet::parse(jws->payload());
    return claims ? claims->issuer() : QString();
}

} // namespace

BackchannelLogoutRoutes::BackchannelLogoutRoutes(const ServerContext& context, std::shared_ptr<BackchannelTrace> trace,
                                                 const KeyStore* keys)
    : m_db(context.database), m_audit(context.audit), m_trace(std::move(trace)), m_keys(keys),
      m_sessions(context.database, context.audit, Clock::system(), context.config.sessionPolicy),
      m_links(context.database)
{}

TestServer::RouteFactory BackchannelLogoutRoutes::factory(std::shared_ptr<BackchannelTrace> trace, const KeyStore* keys)
{
    return [trace, keys](const ServerContext& context) {
        std::vector<std::unique_ptr<RouteGroup>> groups;
        groups.push_back(std::make_unique<BackchannelLogoutRoutes>(context, trace, keys));
        return groups;
    };
}

void BackchannelLogoutRoutes::registerRoutes(http::HttpRouter& router)
{
    router.add(QByteArrayLiteral("POST"), QStringLiteral("/backchannel-logout"),
               [this](const HttpRequest& r) { return receive(r); });
}

HttpResponse BackchannelLogoutRoutes::reject(const Error& why, const QString& issuer)
{
    if (m_trace) {
        BackchannelDelivery entry;
        entry.timeMs = QDateTime::currentMSecsSinceEpoch();
        entry.rpUri = issuer;
        entry.status = 400;
        entry.reason = why.code + QStringLiteral(": ") + why.message;
        entry.outcome = BackchannelDelivery::Outcome::Rejected;
        m_trace->record(entry);
    }
    // Back-Channel Logout 1.0 §2.8: 400, with an OAuth error body; `reason` is our stable code of the rule.
    HttpResponse r = HttpResponse::json(400, QJsonObject{{QStringLiteral("error"), QStringLiteral("invalid_request")},
                                                         {QStringLiteral("error_description"), why.message},
                                                         {QStringLiteral("reason"), why.code}});
    r.setHeader(QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-store"));
    r.note = why.code;
    return r;
}

Result<QByteArray> BackchannelLogoutRoutes::decrypted(const QByteArray& token) const
{
    auto keys = m_keys != nullptr ? m_keys->decryptionKeys() : Result<jose::JwkSet>(jose::JwkSet());
    if (keys && keys->isEmpty()) {
        return fail(QStringLiteral("logout.encrypted"),
                    QStringLiteral("Encrypted logout tokens are not accepted: no decryption key is configured "
                                   "(authscope-cli keys generate --purpose encryption, and register its public key "
                                   "with the provider)."));
    }
    if (!keys) {
        return fail(QStringLiteral("logout.encrypted"),
                    QStringLiteral("The encrypted logout token cannot be decrypted now: %1").arg(keys.error().message));
    }
    // The E-* rules of the decrypter, then E-TYPE-CONFUSION: a signed logout token must be inside (cty JWT).
    auto inner = TokenEncryption(*m_keys, {}).unwrap(token);
    if (!inner) {
        const bool nested = inner.error().code == QStringLiteral("jose.not-jwt") ||
                            inner.error().code == QStringLiteral("jose.type-confusion");
        return fail(nested ? QStringLiteral("logout.nested") : QStringLiteral("logout.decrypt"),
                    (nested ? QStringLiteral("The encrypted logout token holds no signed logout token: %1")
                            : QStringLiteral("No encryption key of ours decrypts the logout token: %1"))
                        .arg(inner.error().message));
    }
    return inner;
}

HttpResponse BackchannelLogoutRoutes::receive(const HttpRequest& request)
{
    if (request.contentType() != "application/x-www-form-urlencoded") {
        return reject({QStringLiteral("logout.form"),
                       QStringLiteral("Send the logout token as application/x-www-form-urlencoded (logout_token).")},
                      {});
    }
    const QUrlQuery form(QString::fromLatin1(request.body));
    const QStringList values = form.allQueryItemValues(QStringLiteral("logout_token"), QUrl::FullyDecoded);
    if (values.size() != 1 || values.constFirst().isEmpty()) {
        return reject({QStringLiteral("logout.form"), QStringLiteral("Send exactly one logout_token.")}, {});
    }
    QByteArray token = values.constFirst().toLatin1();
    if (token.size() > MaxTokenBytes) {
        return reject({QStringLiteral("logout.size"), QStringLiteral("The logout token is too large.")}, {});
    }
    if (jose::Jwe::looksCompact(token)) {
        auto inner = decrypted(token);
        if (!inner) {
            return reject(inner.error(), {});
        }
        token = *inner;
    }
    const QString iss = claimedIssuer(token);
    issuers::IssuerStore store(m_db, m_audit);
    auto found = iss.isEmpty() ? Result<std::optional<issuers::Issuer>>(std::nullopt) : store.findByUrl(iss);
    if (!found || !*found) {
        return reject({QStringLiteral("logout.issuer"),
                       QStringLiteral("The token's iss is not a saved issuer (authscope-cli issuers add).")},
                      iss.left(200));
    }
    const issuers::Issuer issuer = **found;
    if (issuer.clientId.isEmpty()) {
        return reject({QStringLiteral("logout.client-id"),
                       QStringLiteral("The issuer %1 has no client ID to check aud against.").arg(issuer.name)},
                      issuer.url);
    }
    Result<jose::ValidationResult> verdict = fail(QStringLiteral("logout.verify"), QStringLiteral("not verified"));
    IssuerCall::run([&] {
        // R-ISS-PIN pins iss; R-NO-JKU: keys only from the issuer's jwks_uri (a kid miss refetches, R-KID-COOLDOWN).
        issuers::HttpFetcher fetcher(issuer.allowHttp);
        issuers::IssuerRepository repository(m_db);
        issuers::RemoteKeyCache cache(&repository, fetcher, issuer, {});
        jose::ValidationPolicy policy;
        policy.audience = issuer.clientId;
        policy.requiredClaims = {QStringLiteral("iat"), QStringLiteral("exp"), QStringLiteral("jti")};
        verdict = issuers::IssuerVerifier(cache, policy).verify(token);
    });
    if (!verdict) {
        return reject(verdict.error(), issuer.url);
    }
    if (!verdict->valid) {
        return reject({QStringLiteral("logout.invalid"),
                       QStringLiteral("The logout token does not verify: %1.")
                           .arg(verdict->issues.isEmpty() ? QString() : verdict->issues.constFirst().message)},
                      issuer.url);
    }
    const qint64 nowMs = QDateTime::currentMSecsSinceEpoch();
    auto subject = LogoutTokenCheck::check(*verdict, nowMs / 1000);
    if (!subject) {
        return reject(subject.error(), issuer.url);
    }
    if (!m_seen.remember(issuer.url, subject->jti, subject->expSecs * 1000, nowMs)) {
        return reject({QStringLiteral("logout.replay"), QStringLiteral("This logout token (its jti) was used before.")},
                      issuer.url);
    }
    auto ids = m_links.openSessions(issuer.url, subject->sid, subject->sub);
    if (!ids) {
        return HttpResponse::error(500, QStringLiteral("server_error"), ids.error().message);
    }
    qint64 ended = 0;
    if (!ids->isEmpty()) {
        auto revoked = m_sessions.revoke(*ids, QStringLiteral("back-channel logout from ") + issuer.name);
        if (!revoked) {
            // §2.8: the logout failed, so the provider must not think it happened.
            return reject(revoked.error(), issuer.url);
        }
        ended = *revoked;
    }
    if (m_trace) {
        BackchannelDelivery entry;
        entry.timeMs = nowMs;
        entry.rpUri = issuer.url;
        entry.sid = subject->sid;
        entry.sub = subject->sub;
        entry.jti = subject->jti;
        entry.cause = QStringLiteral("ended %1 local session(s)").arg(ended);
        entry.status = 200;
        entry.outcome = BackchannelDelivery::Outcome::Accepted;
        m_trace->record(entry);
    }
    HttpResponse r = HttpResponse::json(200, QJsonObject{{QStringLiteral("sessions_ended"), ended}});
    r.setHeader(QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-store"));
    return r;
}

} // namespace authscope::logout
