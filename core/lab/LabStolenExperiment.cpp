// Stolen credential: a victim signs in to the scratch test server (the provider) with a session cookie, a bearer
// JWT and a DPoP-bound JWT (RFC 9449), and to a relying party through the provider; a thief replays a copy of each
// from another client. The replays go on after the victim logs out: once while the provider tells nobody (round
// "plain"), once with back-channel logout to the relying party (round "backchannel", OpenID Connect Back-Channel
// Logout 1.0). Every answer is the real server's, over 127.0.0.1.
#include "core/dpop/DpopProofBuilder.h"
#include "core/issuers/HttpFetcher.h"
#include "core/issuers/IssuerStore.h"
#include "core/jose/Jwk.h"
#include "core/lab/LabScratch.h"
#include "core/lab/LabSteps.h"
#include "core/logout/BackchannelLogoutRoutes.h"
#include "core/logout/BackchannelService.h"
#include "core/logout/BackchannelTrace.h"
#include "core/logout/LogoutToken.h"
#include "core/logout/OidcSessionRepository.h"
#include "core/server/TestServer.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QThread>

namespace authscope::lab {

namespace {

constexpr int kReplayIntervalMs = 50;
const QByteArray kThiefAgent = QByteArrayLiteral("User-Agent: lab-thief/1.0 (another client)");

// The scratch worlds: the provider (with an API beside it that checks signatures only, and, for the second
// round, a node that tells the relying party of ended sessions) and the relying party.
struct World
{
    std::unique_ptr<LabScratch> provider;
    std::unique_ptr<LabScratch> rp;
    std::unique_ptr<TestServer> p;        // the provider
    std::unique_ptr<TestServer> api;      // verifies JWT signatures, no deny-list
    std::unique_ptr<TestServer> r;        // the relying party
    std::unique_ptr<TestServer> notifier; // round "backchannel" only: back-channel logout to r
    jose::Jwk victimKey;
    jose::Jwk thiefKey;
};

// What the thief holds: one credential and how to present it.
struct Stolen
{
    QString caseId;
    quint16 port = 0;
    QList<QByteArray> headers; // fixed headers (the copied credential)
    QByteArray dpopToken;      // DPoP cases: the bound token, for a fresh proof of the thief's key
    bool thiefProof = false;   // make a fresh proof with the thief's key for each replay
    QByteArray replayedProof;  // the victim's proof, copied off the wire
};

Result<void> buildWorld(World& w, const LabOptions& options)
{
    if (auto kept = keep(w.provider, LabScratch::createSigningWith(QStringLiteral("ES256"))); !kept) {
        return kept;
    }
    ServerConfig config = LabScratch::serverConfig();
    config.accessTokenLifetimeSecs = std::max(1, options.stolenTokenLifetimeSecs);
    if (auto kept = keep(w.p, w.provider->startServer(config)); !kept) {
        return kept;
    }
    config.issuer = w.p->baseUrl(); // the API accepts the provider's tokens
    config.denyListEnabled = false;
    if (auto kept = keep(w.api, w.provider->startServer(config)); !kept) {
        return kept;
    }

    LabScratch::Options rpWorld;
    rpWorld.actor = QStringLiteral("lab");
    rpWorld.fileName = QStringLiteral("lab-rp.db");
    rpWorld.username = QStringLiteral("lab-rp-user");
    if (auto kept = keep(w.rp, LabScratch::create(rpWorld)); !kept) {
        return kept;
    }
    if (auto kept = keep(w.r, w.rp->startServer(LabScratch::serverConfig(),
                                                {logout::BackchannelLogoutRoutes::factory(nullptr, nullptr)}));
        !kept) {
        return kept;
    }
    // The relying party knows the provider as a saved issuer, as `issuers add` would save it.
    issuers::HttpFetcher fetcher(true);
    issuers::IssuerStore saved(w.rp->database(), w.rp->audit());
    issuers::IssuerStore::NewIssuer issuer;
    issuer.name = QStringLiteral("provider");
    issuer.url = w.p->baseUrl();
    issuer.clientId = QString(logout::LogoutToken::DefaultAudience);
    issuer.allowHttp = true; // loopback only (R-HTTPS-ONLY)
    if (auto added = saved.add(issuer, fetcher, nullptr); !added) {
        return std::unexpected(added.error());
    }
    jose::Jwk::GenerateOptions ec;
    auto victim = jose::Jwk::generate(ec);
    auto thief = jose::Jwk::generate(ec);
    if (!victim || !thief) {
        return fail(QStringLiteral("lab.key"), QStringLiteral("Cannot make the DPoP keys."));
    }
    w.victimKey = *victim;
    w.thiefKey = *thief;
    return {};
}

// The second round's node: on the provider's database, with the provider's issuer, telling the relying party.
Result<void> startNotifier(World& w)
{
    ServerConfig config = LabScratch::serverConfig();
    config.issuer = w.p->baseUrl();
    config.backchannelLogoutUris = {w.r->baseUrl() + QStringLiteral("/backchannel-logout")};
    return keep(w.notifier, w.provider->startServer(
                                config, {logout::BackchannelService::factory(
                                            &w.provider->keys(), std::make_shared<logout::BackchannelTrace>())}));
}

Result<QByteArray> proof(const jose::Jwk& key, const QByteArray& method, const QString& url, const QByteArray& token)
{
    dpop::DpopProofBuilder::Options o;
    o.method = method;
    o.url = url;
    o.accessToken = token;
    return dpop::DpopProofBuilder::build(key, o);
}

// The victim's sign-ins; `thieves` gets the copies, `logouts` what the victim sends to log out.
struct Victim
{
    QList<Stolen> thieves;
    QList<std::pair<quint16, QList<QByteArray>>> logouts;
};

Result<QByteArray> dpopLogin(World& w)
{
    LabHttpClient c(QHostAddress::LocalHost, w.p->port());
    auto login = proof(w.victimKey, "POST", w.p->baseUrl() + QStringLiteral("/login"), {});
    if (!login) {
        return std::unexpected(login.error());
    }
    const QJsonObject body{{QStringLiteral("username"), w.provider->username()},
                           {QStringLiteral("password"), QString::fromLatin1(w.provider->password())},
                           {QStringLiteral("mode"), QStringLiteral("jwt")}};
    auto r = c.request("POST", "/login", {QByteArray("DPoP: " + *login)},
                       QJsonDocument(body).toJson(QJsonDocument::Compact));
    if (!r) {
        return std::unexpected(r.error());
    }
    const QByteArray token = r->json().value(QStringLiteral("access_token")).toString().toLatin1();
    if (r->status != 200 || token.isEmpty() ||
        r->json().value(QStringLiteral("token_type")).toString() != QStringLiteral("DPoP")) {
        return fail(QStringLiteral("lab.login"),
                    QStringLiteral("The provider did not issue a DPoP-bound token (HTTP %1: %2).")
                        .arg(r->status)
                        .arg(r->json().value(QStringLiteral("error_description")).toString()));
    }
    return token;
}

// The victim signs in everywhere and uses the DPoP-bound token once (the proof the thief copies).
Result<Victim> signIn(World& w)
{
    Victim v;
    auto cookie = w.provider->login(w.p->port(), false);
    auto bearer = w.provider->login(w.p->port(), true);
    auto rpLogin = w.rp->login(w.r->port(), false);
    auto bound = dpopLogin(w);
    if (!cookie || !bearer || !rpLogin || !bound) {
        return fail(QStringLiteral("lab.login"), QStringLiteral("The victim could not sign in: %1")
                                                     .arg(!cookie    ? cookie.error().message
                                                          : !bearer  ? bearer.error().message
                                                          : !rpLogin ? rpLogin.error().message
                                                                     : bound.error().message));
    }
    // B-RP-MATCH: the relying party's session belongs to the provider's cookie session (its sid), as /login/oidc
    // links it after a code flow (the test server has no authorization endpoint to run one against).
    logout::OidcSessionRepository links(w.rp->database());
    if (auto linked = links.link(rpLogin->sessionId, w.p->baseUrl(), w.provider->username(),
                                 QString::number(cookie->sessionId), QDateTime::currentMSecsSinceEpoch());
        !linked) {
        return std::unexpected(linked.error());
    }
    const QString meUrl = w.p->baseUrl() + QStringLiteral("/api/me");
    auto used = proof(w.victimKey, "GET", meUrl, *bound);
    if (!used) {
        return std::unexpected(used.error());
    }
    LabHttpClient victim(QHostAddress::LocalHost, w.p->port());
    auto own =
        victim.request("GET", "/api/me", {QByteArray("Authorization: DPoP " + *bound), QByteArray("DPoP: " + *used)});
    if (!own || own->status != 200) {
        return fail(QStringLiteral("lab.login"), QStringLiteral("The victim's own DPoP request was refused."));
    }
    const QByteArray dpopHeader = "Authorization: DPoP " + *bound;
    v.thieves = {
        {QStringLiteral("cookie"), w.p->port(), {cookie->requestHeader()}, {}, false, {}},
        {QStringLiteral("bearer"), w.p->port(), {bearer->requestHeader()}, {}, false, {}},
        {QStringLiteral("bearer-api"), w.api->port(), {bearer->requestHeader()}, {}, false, {}},
        {QStringLiteral("dpop-as-bearer"), w.p->port(), {QByteArray("Authorization: Bearer " + *bound)}, {}, false, {}},
        {QStringLiteral("dpop-thief-key"), w.p->port(), {dpopHeader}, *bound, true, {}},
        {QStringLiteral("dpop-replayed-proof"), w.p->port(), {dpopHeader}, *bound, false, *used},
        {QStringLiteral("rp-cookie"), w.r->port(), {rpLogin->requestHeader()}, {}, false, {}},
    };
    auto logoutProof = proof(w.victimKey, "POST", w.p->baseUrl() + QStringLiteral("/logout"), *bound);
    if (!logoutProof) {
        return std::unexpected(logoutProof.error());
    }
    v.logouts = {{w.p->port(), {cookie->requestHeader()}},
                 {w.p->port(), {bearer->requestHeader()}},
                 {w.p->port(), {dpopHeader, QByteArray("DPoP: " + *logoutProof)}}};
    return v;
}

// One replay by the thief: the status and the server's reason for a refusal.
Result<std::pair<int, QString>> replay(World& w, const Stolen& s)
{
    QList<QByteArray> headers = s.headers;
    headers << kThiefAgent;
    const QString base = s.port == w.r->port()     ? w.r->baseUrl()
                         : s.port == w.api->port() ? w.api->baseUrl()
                                                   : w.p->baseUrl();
    if (s.thiefProof) {
        auto p = proof(w.thiefKey, "GET", base + QStringLiteral("/api/me"), s.dpopToken);
        if (!p) {
            return std::unexpected(p.error());
        }
        headers << QByteArray("DPoP: " + *p);
    } else if (!s.replayedProof.isEmpty()) {
        headers << QByteArray("DPoP: " + s.replayedProof);
    }
    LabHttpClient thief(QHostAddress::LocalHost, s.port); // another client: a connection of its own
    auto r = thief.request("GET", "/api/me", headers);
    if (!r) {
        return std::unexpected(r.error());
    }
    const QJsonObject body = r->json();
    QString reason = body.value(QStringLiteral("error")).toString();
    if (const QString d = body.value(QStringLiteral("error_description")).toString(); !d.isEmpty()) {
        reason += QStringLiteral(" (") + d + u')';
    }
    return std::make_pair(r->status, r->status == 200 ? QString() : reason);
}

void record(StolenOutcome& o, int status, const QString& reason, qint64 atMs, bool afterLogout)
{
    if (o.replays == 0) {
        o.status = status;
        o.reason = reason;
        o.acceptedForMs = afterLogout ? (status == 200 ? -1 : 0) : 0;
    }
    ++o.replays;
    if (status == 200) {
        ++o.accepted;
    } else if (afterLogout && o.acceptedForMs < 0) {
        o.acceptedForMs = atMs;
        o.reason = reason;
    }
}

StolenRow* rowOf(StolenCredentialResult& result, const QString& caseId)
{
    for (StolenRow& r : result.rows) {
        if (r.caseId == caseId) {
            return &r;
        }
    }
    return nullptr;
}

// One round: sign in, replay once, log out, replay until observeMs has passed.
Result<void> runRound(World& w, const QString& round, const LabOptions& options, StolenCredentialResult& result,
                      const LabProgress& progress, double from, double to)
{
    const bool first = round == QStringLiteral("plain");
    auto victim = signIn(w);
    if (!victim) {
        return std::unexpected(victim.error());
    }
    for (const Stolen& s : std::as_const(victim->thieves)) {
        auto answer = replay(w, s);
        if (!answer) {
            return std::unexpected(answer.error());
        }
        if (first) {
            record(rowOf(result, s.caseId)->stolen, answer->first, answer->second, 0, false);
        }
    }
    QElapsedTimer clock;
    clock.start();
    for (const auto& [port, headers] : std::as_const(victim->logouts)) {
        LabHttpClient c(QHostAddress::LocalHost, port);
        auto out = c.request("POST", "/logout", headers);
        if (!out || out->status != 200) {
            return fail(QStringLiteral("lab.logout"), QStringLiteral("The victim's logout failed."));
        }
    }
    qint64 lastUpdate = 0;
    while (clock.elapsed() < options.stolenObserveMs && !progress.cancelled()) {
        for (const Stolen& s : std::as_const(victim->thieves)) {
            auto answer = replay(w, s);
            if (!answer) {
                return std::unexpected(answer.error());
            }
            const qint64 at = clock.elapsed();
            StolenRow* row = rowOf(result, s.caseId);
            record(first ? row->afterLogout : row->afterLogoutBackchannel, answer->first, answer->second, at, true);
            result.samples.append(StolenSample{s.caseId, round, at, answer->first});
        }
        if (clock.elapsed() - lastUpdate >= 250) {
            lastUpdate = clock.elapsed();
            progress.update(result.toJson());
        }
        progress(from + (to - from) * std::min(1.0, double(clock.elapsed()) / options.stolenObserveMs),
                 first ? QStringLiteral("Stolen credential: replaying after the logout")
                       : QStringLiteral("Stolen credential: replaying after the logout, with back-channel logout"));
        QThread::msleep(kReplayIntervalMs);
    }
    return {};
}

QString summarise(const StolenCredentialResult& r)
{
    const StolenRow* rp = r.row(QStringLiteral("rp-cookie"));
    const StolenRow* api = r.row(QStringLiteral("bearer-api"));
    if (rp == nullptr || api == nullptr || rp->afterLogoutBackchannel.replays == 0) {
        return QStringLiteral("The run ended before both logouts were watched.");
    }
    int refusedStolen = 0;
    for (const StolenRow& row : r.rows) {
        refusedStolen += row.stolen.firstAccepted() ? 0 : 1;
    }
    const QString seconds = QString::number(double(r.observeMs) / 1000.0, 'f', 1);
    QStringList s;
    s << QStringLiteral("• A copied cookie or bearer token works for anyone: %1 of %2 stolen credentials were accepted "
                        "from another client; only the DPoP-bound token was refused without its key (%3 ways tried).")
             .arg(r.rows.size() - refusedStolen)
             .arg(r.rows.size())
             .arg(refusedStolen);
    s << (api->afterLogout.acceptedForMs < 0
              ? QStringLiteral("• After the logout the provider refused its cookie and tokens at once, but an API that "
                               "checks signatures only still took the JWT for all %1 s watched (it lives %2 s).")
                    .arg(seconds)
                    .arg(r.tokenLifetimeMs / 1000)
              : QStringLiteral("• After the logout the provider refused its cookie and tokens at once; the API that "
                               "checks signatures only took the JWT for %1 ms more.")
                    .arg(api->afterLogout.acceptedForMs));
    const qint64 bcl = rp->afterLogoutBackchannel.acceptedForMs;
    const QString withBcl = bcl < 0    ? QStringLiteral("still accepted it after %1 s").arg(seconds)
                            : bcl == 0 ? QStringLiteral("refused it from the first replay after the logout")
                                       : QStringLiteral("refused it %1 ms after the logout").arg(bcl);
    s << (rp->afterLogout.acceptedForMs < 0
              ? QStringLiteral("• The relying party's cookie outlived the logout (all %1 s) unless the provider told "
                               "it: with back-channel logout the relying party %2.")
                    .arg(seconds, withBcl)
              : QStringLiteral("• Without back-channel logout the relying party's cookie ended after %1 ms; with it "
                               "the relying party %2.")
                    .arg(rp->afterLogout.acceptedForMs)
                    .arg(withBcl));
    return s.join(u'\n');
}

void addRows(StolenCredentialResult& result)
{
    const std::pair<const char*, const char*> cases[] = {
        {"cookie", "Session cookie"},
        {"bearer", "Bearer JWT"},
        {"bearer-api", "Bearer JWT at an API that checks signatures only"},
        {"dpop-as-bearer", "DPoP-bound JWT sent as Bearer (no key)"},
        {"dpop-thief-key", "DPoP-bound JWT with a proof of the thief's key"},
        {"dpop-replayed-proof", "DPoP-bound JWT with the victim's proof replayed"},
        {"rp-cookie", "Relying party's session cookie"},
    };
    for (const auto& [id, label] : cases) {
        StolenRow row;
        row.caseId = QString::fromLatin1(id);
        row.label = QString::fromLatin1(label);
        row.where = row.caseId == QStringLiteral("bearer-api")  ? QStringLiteral("api")
                    : row.caseId == QStringLiteral("rp-cookie") ? QStringLiteral("relying party")
                                                                : QStringLiteral("provider");
        result.rows.append(row);
    }
}

} // namespace

Result<StolenCredentialResult> runStolenCredentialExperiment(const LabOptions& options, const LabProgress& progress)
{
    StolenCredentialResult result;
    result.observeMs = std::max(100, options.stolenObserveMs);
    result.tokenLifetimeMs = qint64(std::max(1, options.stolenTokenLifetimeSecs)) * 1000;
    addRows(result);
    LabOptions o = options;
    o.stolenObserveMs = static_cast<int>(result.observeMs);
    progress(0, QStringLiteral("Stolen credential: preparing a provider and a relying party"));
    World w;
    if (auto built = buildWorld(w, o); !built) {
        return std::unexpected(built.error());
    }
    if (auto ran = runRound(w, QStringLiteral("plain"), o, result, progress, 0.05, 0.5); !ran) {
        return std::unexpected(ran.error());
    }
    if (!progress.cancelled()) {
        if (auto notifier = startNotifier(w); !notifier) {
            return std::unexpected(notifier.error());
        }
        if (auto ran = runRound(w, QStringLiteral("backchannel"), o, result, progress, 0.5, 1.0); !ran) {
            return std::unexpected(ran.error());
        }
    }
    result.summary = summarise(result);
    progress.update(result.toJson());
    // Servers before their worlds: they use the stores.
    w.notifier.reset();
    w.r.reset();
    w.api.reset();
    w.p.reset();
    progress(1, QStringLiteral("Stolen credential: done"));
    return result;
}

} // namespace authscope::lab
