// Revocation window: three clients poll /api/me (session cookie; JWT without the deny-list; JWT with it), the
// administrator revokes their sessions, and the timeline shows how long each kept being accepted.
#include "core/lab/LabScratch.h"
#include "core/lab/LabSteps.h"
#include "core/server/TestServer.h"
#include "core/sessions/SessionStore.h"

#include <QElapsedTimer>
#include <QThread>

namespace authscope::lab {

namespace {

struct Client
{
    QString method;
    QString label;
    std::unique_ptr<LabHttpClient> http;
    QByteArray header;
    qint64 sessionId = 0;
    qint64 firstRefusalMs = -1;
};

QString seconds(qint64 ms)
{
    return QString::number(static_cast<double>(ms) / 1000.0, 'f', 1);
}

// Three short bullets: what was refused at once, what was not, and the trade-off.
QString summarise(const RevocationResult& r)
{
    const RevocationRow* cookie = r.row(QStringLiteral("cookie"));
    const RevocationRow* jwt = r.row(QStringLiteral("jwt"));
    const RevocationRow* deny = r.row(QStringLiteral("jwt-denylist"));
    if (cookie == nullptr || jwt == nullptr || deny == nullptr || r.revokedAtMs <= 0) {
        return QStringLiteral("The run ended before the revocation; nothing to compare.");
    }
    auto refusedLine = [](const RevocationRow& row, const QString& what) {
        if (row.acceptedAfterRevocation == 0 && row.windowMs >= 0) {
            return QStringLiteral("%1 was refused on the very next request").arg(what);
        }
        if (row.windowMs < 0) {
            return QStringLiteral("%1 was still accepted at the end (%L2 requests)")
                .arg(what)
                .arg(row.acceptedAfterRevocation);
        }
        return QStringLiteral("%1 was accepted %L2 more times, for %3 s")
            .arg(what)
            .arg(row.acceptedAfterRevocation)
            .arg(seconds(row.windowMs));
    };
    const QString first = QStringLiteral("• Revoked %1 s into the run: %2; %3.")
                              .arg(seconds(r.revokedAtMs), refusedLine(*cookie, QStringLiteral("the session cookie")),
                                   refusedLine(*deny, QStringLiteral("the JWT checked against the revocation list")));
    const QString second =
        jwt->windowMs >= 0
            ? QStringLiteral("• The JWT without a revocation list kept working for %1 s (%L2 requests), until it "
                             "expired: with a %3 s lifetime, that is how long a stolen or revoked token works.")
                  .arg(seconds(jwt->windowMs))
                  .arg(jwt->acceptedAfterRevocation)
                  .arg(seconds(jwt->tokenLifetimeMs))
            : QStringLiteral("• The JWT without a revocation list was still accepted at the end (%L1 requests): it "
                             "works until it expires.")
                  .arg(jwt->acceptedAfterRevocation);
    const QString third = QStringLiteral("• Sessions and checked JWTs end at once but need a server lookup per "
                                         "request; plain JWTs need none and cannot be taken back, so keep them short.");
    return first + u'\n' + second + u'\n' + third;
}

// The two scratch servers (one checks the deny-list, one does not; both share the scratch database, as two
// processes would) and the three clients polling them.
struct Setup
{
    std::unique_ptr<LabScratch> scratch;
    std::unique_ptr<TestServer> checking;
    std::unique_ptr<TestServer> stateless;
    std::vector<Client> clients;
};

Result<void> startServers(Setup& setup, const LabOptions& options)
{
    if (auto kept = keep(setup.scratch, LabScratch::createSigningWith(QStringLiteral("ES256"))); !kept) {
        return kept;
    }
    ServerConfig config = LabScratch::serverConfig();
    config.accessTokenLifetimeSecs = options.revocationTokenLifetimeSecs;
    config.denyListEnabled = true;
    if (auto kept = keep(setup.checking, setup.scratch->startServer(config)); !kept) {
        return kept;
    }
    config.denyListEnabled = false;
    return keep(setup.stateless, setup.scratch->startServer(config));
}

// Logs each client in (cookie, JWT, JWT against the checking server) and adds its row.
Result<void> loginClients(Setup& setup, RevocationResult& result, qint64 lifetimeMs)
{
    struct Spec
    {
        QString method;
        QString label;
        TestServer* server;
        bool jwt;
    };
    const QList<Spec> specs{
        {QStringLiteral("cookie"), QStringLiteral("Session cookie"), setup.checking.get(), false},
        {QStringLiteral("jwt"), QStringLiteral("JWT without deny-list"), setup.stateless.get(), true},
        {QStringLiteral("jwt-denylist"), QStringLiteral("JWT with deny-list"), setup.checking.get(), true},
    };
    for (const Spec& spec : specs) {
        auto login = setup.scratch->login(spec.server->port(), spec.jwt);
        if (!login) {
            return std::unexpected(login.error());
        }
        Client c;
        c.method = spec.method;
        c.label = spec.label;
        c.http = std::make_unique<LabHttpClient>(QHostAddress::LocalHost, spec.server->port());
        c.header = login->requestHeader();
        c.sessionId = login->sessionId;
        setup.clients.push_back(std::move(c));
        RevocationRow row;
        row.method = spec.method;
        row.label = spec.label;
        row.tokenLifetimeMs = spec.jwt ? lifetimeMs : 0;
        result.rows.append(row);
    }
    return {};
}

// One GET /api/me per client, counted before or after the revocation.
void pollOnce(std::vector<Client>& clients, RevocationResult& result, bool revoked, const QElapsedTimer& clock)
{
    for (size_t i = 0; i < clients.size(); ++i) {
        Client& c = clients[i];
        RevocationRow& row = result.rows[static_cast<qsizetype>(i)];
        auto response = c.http->request("GET", "/api/me", {c.header}, {}, 2000);
        const int status = response ? response->status : 0;
        const qint64 at = clock.elapsed();
        result.samples.append(RevocationSample{c.method, at, status});
        if (!revoked) {
            row.requestsBefore += status == 200 ? 1 : 0;
        } else if (status == 200) {
            ++row.acceptedAfterRevocation;
        } else {
            ++row.refusedAfterRevocation;
            if (c.firstRefusalMs < 0) {
                c.firstRefusalMs = at;
            }
        }
    }
}

// Every client refused at least twice since the revocation: the outcome will not change any more.
bool settled(const std::vector<Client>& clients, const RevocationResult& result)
{
    const bool allRefused =
        std::all_of(clients.cbegin(), clients.cend(), [](const Client& c) { return c.firstRefusalMs >= 0; });
    return allRefused && std::all_of(result.rows.cbegin(), result.rows.cend(),
                                     [](const RevocationRow& r) { return r.refusedAfterRevocation >= 2; });
}

void closeWindows(RevocationResult& result, const std::vector<Client>& clients, bool revoked)
{
    for (size_t i = 0; i < clients.size(); ++i) {
        RevocationRow& row = result.rows[static_cast<qsizetype>(i)];
        const qint64 first = clients[i].firstRefusalMs;
        row.windowMs = !revoked                           ? 0
                       : first < 0                        ? -1
                       : row.acceptedAfterRevocation == 0 ? 0
                                                          : first - result.revokedAtMs;
    }
}

} // namespace

Result<RevocationResult> runRevocationExperiment(const LabOptions& options, const LabProgress& progress)
{
    RevocationResult result;
    result.pollIntervalMs = std::max(5, options.revocationPollIntervalMs);
    const qint64 lifetimeMs = qint64(std::max(1, options.revocationTokenLifetimeSecs)) * 1000;
    progress(0, QStringLiteral("Revocation window: starting two scratch servers"));
    Setup setup;
    if (auto started = startServers(setup, options); !started) {
        return std::unexpected(started.error());
    }
    if (auto logins = loginClients(setup, result, lifetimeMs); !logins) {
        return std::unexpected(logins.error());
    }
    SessionStore admin(setup.scratch->database(), setup.scratch->audit());
    QElapsedTimer clock;
    clock.start();
    const qint64 revokeAt = std::max(0, options.revocationAfterMs);
    // The stateless JWT lives until exp; after that a little more to see it refused.
    const qint64 deadline = revokeAt + lifetimeMs + 2000;
    qint64 nextPoll = 0;
    qint64 lastUpdate = 0;
    bool revoked = false;
    while (!progress.cancelled()) {
        if (!revoked && clock.elapsed() >= revokeAt) {
            QList<qint64> ids;
            for (const Client& c : setup.clients) {
                ids << c.sessionId;
            }
            if (auto done = admin.revoke(ids, QStringLiteral("Lab: revocation window")); !done) {
                return std::unexpected(done.error());
            }
            revoked = true;
            result.revokedAtMs = clock.elapsed();
            progress(0.05, QStringLiteral("Revocation window: revoked, watching who is still accepted"));
        }
        pollOnce(setup.clients, result, revoked, clock);
        const qint64 after = clock.elapsed();
        if (after - lastUpdate >= 250) { // the timeline fills in as the polls come back
            lastUpdate = after;
            result.endedAtMs = after;
            closeWindows(result, setup.clients, revoked);
            progress.update(result.toJson());
        }
        if (revoked) {
            progress(0.05 + 0.95 * std::min(1.0, static_cast<double>(after - revokeAt) /
                                                     static_cast<double>(deadline - revokeAt)),
                     QStringLiteral("Revocation window: waiting for the JWT to expire"));
            if (settled(setup.clients, result) || after >= deadline) {
                break;
            }
        }
        nextPoll += result.pollIntervalMs;
        if (nextPoll > after) {
            QThread::msleep(static_cast<unsigned long>(nextPoll - after));
        } else {
            nextPoll = after;
        }
    }
    result.endedAtMs = clock.elapsed();
    closeWindows(result, setup.clients, revoked);
    result.summary = summarise(result);
    setup.stateless.reset();
    setup.checking.reset();
    progress(1, QStringLiteral("Revocation window: done"));
    return result;
}

} // namespace authscope::lab
