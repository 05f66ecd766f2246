// Revocation across nodes: node A runs in this process on a scratch database, node B in a process of its own on the
// same database (an SQLite file; a scratch PostgreSQL database when a server is given). A session cookie and a JWT
// are issued by node A and accepted by node B (so that node B's caches hold them), then revoked on node A (its
// logout) or by the administrator (the session store), and node B is asked again and again until it refuses: the
// time from the committed revocation to that refusal, and what told node B (its /healthz change-feed counters).
#include "core/common/DisplayText.h"
#include "core/lab/LabNodeProcess.h"
#include "core/lab/LabScratch.h"
#include "core/lab/LabSteps.h"
#include "core/server/TestServer.h"
#include "core/sessions/SessionStore.h"
#include "core/storage/Database.h"
#include "core/storage/PostgresBackend.h"
#include "core/storage/PostgresScratchDatabase.h"
#include "core/storage/PostgresUrl.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHash>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSqlDatabase>

namespace authscope::lab {

namespace {

constexpr int kRefuseWaitMs = 10000; // a revocation node B has not refused by then is counted as never refused
const QString kIssuer = QStringLiteral("https://nodes.lab.authscope.test");

// Node B's change-feed counters (HealthRoutes: /healthz "change_feed").
struct Feed
{
    QString mechanism;
    bool healthy = true;
    qint64 notifications = 0;
    qint64 polled = 0;
    qint64 reconnects = 0;
};

Result<Feed> feedOf(LabHttpClient& node)
{
    auto r = node.request("GET", "/healthz");
    if (!r) {
        return std::unexpected(r.error());
    }
    const QJsonObject f = r->json().value(QStringLiteral("change_feed")).toObject();
    if (r->status != 200 || f.isEmpty()) {
        return fail(QStringLiteral("lab.node"), QStringLiteral("Node B's /healthz does not describe its change feed."));
    }
    return Feed{f.value(QStringLiteral("mechanism")).toString(), f.value(QStringLiteral("healthy")).toBool(true),
                f.value(QStringLiteral("notifications")).toInteger(),
                f.value(QStringLiteral("polled_changes")).toInteger(),
                f.value(QStringLiteral("reconnects")).toInteger()};
}

// What told node B of the change, from its counters before the revocation and after its refusal.
QString deliveredBy(const Feed& before, const Feed& after)
{
    if (after.mechanism == QStringLiteral("wal")) {
        return QStringLiteral("wal");
    }
    if (!after.healthy || after.reconnects > before.reconnects) {
        return QStringLiteral("reconnect");
    }
    if (after.polled > before.polled) {
        return QStringLiteral("poll");
    }
    if (after.notifications > before.notifications) {
        return QStringLiteral("notify");
    }
    return QStringLiteral("other"); // node B read the database without being told (its cache did not hold it)
}

// One backend's two nodes.
struct Nodes
{
    std::unique_ptr<LabScratch> scratch;
    std::unique_ptr<TestServer> a;
    std::unique_ptr<LabNodeProcess> b;
    QString applicationB; // PostgreSQL: the application_name of node B's connections (what the kill looks for)
};

// Node B's database address: on PostgreSQL with an application_name of its own, so that its connections (and only
// its, never node A's) can be found in pg_stat_activity.
Result<QString> nodeBDatabase(const QString& path, QString& application)
{
    if (!PostgresUrl::isPostgresUrl(path)) {
        return path;
    }
    auto url = PostgresUrl::parse(path);
    if (!url) {
        return std::unexpected(url.error());
    }
    application = QStringLiteral("authscope-lab-b-%1-%2")
                      .arg(QCoreApplication::applicationPid())
                      .arg(QRandomGenerator::global()->generate() & 0xffffff, 6, 16, QLatin1Char('0'));
    url->parameters.insert(QStringLiteral("application_name"), application);
    return url->toString();
}

// Kills node B's database connections (its change listener, its validator's and its request threads'), waiting up to
// 5 s for each backend to end. Returns how many there were: node B always holds some, so none is an error.
Result<int> killConnections(Database& database, const QString& application)
{
    QSqlDatabase db = database.connection();
    auto killed = PostgresBackend::terminateConnections(db, application);
    if (!killed) {
        return fail(QStringLiteral("lab.node"),
                    QStringLiteral("Cannot kill node B's database connections: %1").arg(killed.error().message));
    }
    if (*killed == 0) {
        return fail(QStringLiteral("lab.node"), QStringLiteral("Node B holds no database connection to kill."));
    }
    return *killed;
}

Result<Nodes> startNodes(const QString& databasePath, const QString& password, const LabProgress& progress)
{
    Nodes n;
    LabScratch::Options world;
    world.actor = QStringLiteral("lab");
    world.fileName = QStringLiteral("lab-nodes.db");
    world.username = QStringLiteral("lab-user");
    world.databasePath = databasePath;
    world.databasePassword = password;
    if (auto kept = keep(n.scratch, LabScratch::createSigningWith(world, QStringLiteral("ES256"))); !kept) {
        return std::unexpected(kept.error());
    }
    ServerConfig config = LabScratch::serverConfig();
    config.issuer = kIssuer;
    config.nodeName = QStringLiteral("lab-a");
    config.accessTokenLifetimeSecs = 600;
    if (auto kept = keep(n.a, n.scratch->startServer(config)); !kept) {
        return std::unexpected(kept.error());
    }
    auto pathB = nodeBDatabase(n.scratch->database().path(), n.applicationB);
    if (!pathB) {
        return std::unexpected(pathB.error());
    }
    if (auto kept = keep(n.b, LabNodeProcess::start(
                                  {*pathB, QStringLiteral("lab-b"), kIssuer, n.scratch->vaultPassphrase(), password},
                                  progress.cancel));
        !kept) {
        return std::unexpected(kept.error());
    }
    return n;
}

// Node B's HTTP 5xx answers while one credential was checked: how many, and what the first one said.
struct NodeErrors
{
    int count = 0;
    QString first;

    void add(const http::HttpClientResponse& r)
    {
        if (count++ == 0) {
            const QJsonObject body = r.json();
            first = QStringLiteral("HTTP %1 %2")
                        .arg(r.status)
                        .arg(body.value(QStringLiteral("error_description"))
                                 .toString(body.value(QStringLiteral("error")).toString()));
        }
    }
};

struct Round
{
    QString backend;
    QString revoker;
    int index = 0;
    bool kill = false; // kill node B's database connections just before this revocation
};

// GET /api/me at node B with `header` until it is refused: the latency from `since`, or -1. An HTTP 5xx (node B lost
// its database connection) is neither an acceptance nor a refusal: it is counted in `errors` and asked again.
Result<double> waitForRefusal(LabHttpClient& b, const QByteArray& header, const QElapsedTimer& since,
                              const LabProgress& progress, NodeErrors& errors)
{
    while (since.elapsed() < kRefuseWaitMs && !progress.cancelled()) {
        auto r = b.request("GET", "/api/me", {header});
        if (!r) {
            return std::unexpected(r.error());
        }
        if (r->status == 401 || r->status == 403) {
            return static_cast<double>(since.nsecsElapsed()) / 1e6;
        }
        if (r->status >= 500) {
            errors.add(*r);
            continue;
        }
        if (r->status != 200) {
            return fail(QStringLiteral("lab.node"), QStringLiteral("Node B answered HTTP %1.").arg(r->status));
        }
    }
    return -1.0;
}

// Node B accepts a credential node A has just issued (twice: the second answer comes from its caches). A 5xx after a
// killed connection is counted and asked again, for up to kRefuseWaitMs.
Result<void> warmNodeB(LabHttpClient& b, const QByteArray& header, NodeErrors& errors)
{
    QElapsedTimer timer;
    timer.start();
    for (int accepted = 0; accepted < 2;) {
        auto warm = b.request("GET", "/api/me", {header});
        if (!warm) {
            return std::unexpected(warm.error());
        }
        if (warm->status >= 500 && timer.elapsed() < kRefuseWaitMs) {
            errors.add(*warm);
            continue;
        }
        if (warm->status != 200) {
            return fail(
                QStringLiteral("lab.node"),
                QStringLiteral("Node B refused a credential node A had just issued (HTTP %1).").arg(warm->status));
        }
        ++accepted;
    }
    return {};
}

// One credential: accepted by node B first, revoked, then node B asked until it refuses.
Result<NodeSample> measureOne(Nodes& n, SessionStore& admin, LabHttpClient& a, LabHttpClient& b, const Round& round,
                              bool jwt, const LabProgress& progress, NodeKill& kill)
{
    auto login = n.scratch->login(n.a->port(), jwt);
    if (!login) {
        return std::unexpected(login.error());
    }
    const QByteArray header = login->requestHeader();
    NodeErrors errors;
    if (auto warm = warmNodeB(b, header, errors); !warm) {
        return std::unexpected(warm.error());
    }
    auto before = feedOf(b);
    if (!before) {
        return std::unexpected(before.error());
    }
    if (round.kill) {
        // The hardest moment: node B's caches hold the credential, its listener is gone, and the revocation comes
        // before it is back; its NOTIFY reaches nobody, so node B must catch up from the change sequence.
        auto killed = killConnections(n.scratch->database(), n.applicationB);
        if (!killed) {
            return std::unexpected(killed.error());
        }
        kill.backend = round.backend;
        kill.index = round.index;
        kill.terminated = *killed;
        kill.reconnectsBefore = before->reconnects;
    }
    if (round.revoker == QStringLiteral("node")) {
        auto out = a.request("POST", "/logout", {header});
        if (!out || out->status != 200) {
            return fail(QStringLiteral("lab.node"), QStringLiteral("Node A's logout failed."));
        }
    } else {
        if (auto done = admin.revoke(login->sessionId, QStringLiteral("Lab: revocation across nodes")); !done) {
            return std::unexpected(done.error());
        }
    }
    QElapsedTimer since; // the revocation is committed: node A answered, or the store returned
    since.start();
    auto latency = waitForRefusal(b, header, since, progress, errors);
    if (!latency) {
        return std::unexpected(latency.error());
    }
    auto after = feedOf(b);
    if (!after) {
        return std::unexpected(after.error());
    }
    NodeSample s;
    s.backend = round.backend;
    s.credential = jwt ? QStringLiteral("jwt") : QStringLiteral("cookie");
    s.revoker = round.revoker;
    s.index = round.index;
    s.latencyMs = *latency;
    s.mechanism = *latency >= 0 ? deliveredBy(*before, *after) : QString();
    s.errors = errors.count;
    s.killed = round.kill;
    if (errors.count > 0 && kill.firstError.isEmpty() && !kill.backend.isEmpty()) {
        kill.firstError = errors.first; // after the kill: what node B said
    }
    return s;
}

Result<void> runBackend(Nodes& n, const QString& backend, const LabOptions& options, NodeRevocationResult& result,
                        const LabProgress& progress, double from, double to)
{
    LabHttpClient a(QHostAddress::LocalHost, n.a->port());
    LabHttpClient b(QHostAddress::LocalHost, n.b->port());
    SessionStore admin(n.scratch->database(), n.scratch->audit());
    const int reps = std::max(1, options.nodeRepetitions);
    // Once, in the middle of a PostgreSQL run, before its first revocation (a logout of a session cookie).
    const int killAt = options.nodeKillConnection && !n.applicationB.isEmpty() ? reps / 2 : -1;
    NodeKill kill;
    QElapsedTimer sinceUpdate;
    sinceUpdate.start();
    for (int i = 0; i < reps && !progress.cancelled(); ++i) {
        for (const QString& revoker : {QStringLiteral("node"), QStringLiteral("admin")}) {
            for (const bool jwt : {false, true}) {
                const bool killNow = i == killAt && revoker == QStringLiteral("node") && !jwt;
                auto sample = measureOne(n, admin, a, b, Round{backend, revoker, i, killNow}, jwt, progress, kill);
                if (!sample) {
                    return std::unexpected(sample.error());
                }
                if (killNow) {
                    result.kills.append(kill);
                }
                if (progress.cancelled()) {
                    return {};
                }
                result.samples.append(*sample);
            }
        }
        if (sinceUpdate.elapsed() >= 200 || i + 1 == reps) {
            sinceUpdate.restart();
            result.computeRows();
            progress.update(result.toJson());
        }
        progress(from + (to - from) * double(i + 1) / reps,
                 backend == QStringLiteral("sqlite")
                     ? QStringLiteral("Revocation across nodes: SQLite, revocation %1 of %2").arg(i + 1).arg(reps)
                     : QStringLiteral("Revocation across nodes: PostgreSQL, revocation %1 of %2").arg(i + 1).arg(reps));
    }
    if (!result.kills.isEmpty() && result.kills.constLast().backend == backend) {
        // What node B's change feed says at the end: reconnected, and caught up.
        auto after = feedOf(b);
        if (!after) {
            return std::unexpected(after.error());
        }
        result.kills.last().reconnectsAfter = after->reconnects;
        result.kills.last().healthyAfter = after->healthy;
        result.kills.last().firstError = kill.firstError;
    }
    return {};
}

QString mechanismWords(const QString& id)
{
    static const QHash<QString, QString> words{
        {QStringLiteral("wal"), QStringLiteral("the WAL change counter")},
        {QStringLiteral("notify"), QStringLiteral("LISTEN/NOTIFY")},
        {QStringLiteral("poll"), QStringLiteral("the once-a-second sequence poll")},
        {QStringLiteral("reconnect"), QStringLiteral("a listener reconnect")}};
    return words.value(id, QStringLiteral("a database read"));
}

// The connection kill in plain words: what was killed, and what node B did about it.
QString killWords(const NodeKill& k, int errors, int lost)
{
    const QString first = k.firstError.isEmpty()
                              ? QString()
                              : QStringLiteral(" The first said: %1.").arg(DisplayText::escape(k.firstError.left(200)));
    return QStringLiteral(" Node B's %1 database connections were killed (pg_terminate_backend) before revocation %2; "
                          "its change feed reconnected %3 time(s)%4, it answered HTTP 5xx %5 time(s) (each asked "
                          "again), and %6 revocation was lost.")
               .arg(k.terminated)
               .arg(k.index + 1)
               .arg(k.reconnectsAfter - k.reconnectsBefore)
               .arg(k.healthyAfter ? QStringLiteral(" and is healthy") : QStringLiteral(" but is not healthy"))
               .arg(errors)
               .arg(lost == 0 ? QStringLiteral("no") : QString::number(lost)) +
           first;
}

QString backendLine(const NodeRevocationResult& r, const QString& backend)
{
    const NodeRow* cookie = r.row(backend, QStringLiteral("cookie"), QStringLiteral("node"));
    const NodeRow* jwt = r.row(backend, QStringLiteral("jwt"), QStringLiteral("node"));
    if (cookie == nullptr || jwt == nullptr) {
        return {};
    }
    QMap<QString, int> mechanisms;
    int count = 0;
    int lost = 0;
    int errors = 0;
    double worst = 0;
    for (const NodeRow& row : r.rows) {
        if (row.backend != backend) {
            continue;
        }
        count += row.revocations;
        lost += row.lost;
        errors += row.errors;
        worst = std::max(worst, row.maxMs);
        for (auto it = row.mechanisms.cbegin(); it != row.mechanisms.cend(); ++it) {
            mechanisms[it.key()] += it.value();
        }
    }
    QStringList by;
    for (auto it = mechanisms.cbegin(); it != mechanisms.cend(); ++it) {
        by << QStringLiteral("%1 (%2)").arg(mechanismWords(it.key())).arg(it.value());
    }
    const QString where = backend == QStringLiteral("sqlite") ? QStringLiteral("SQLite, two processes on one file")
                                                              : QStringLiteral("PostgreSQL, two processes");
    QString line = QStringLiteral("• %1: node B refused a revoked session after %2 ms median (p99 %3 ms), a revoked "
                                  "JWT after %4 ms median (p99 %5 ms); slowest of %6: %7 ms. Told by %8.")
                       .arg(where)
                       .arg(cookie->medianMs, 0, 'f', 2)
                       .arg(cookie->p99Ms, 0, 'f', 2)
                       .arg(jwt->medianMs, 0, 'f', 2)
                       .arg(jwt->p99Ms, 0, 'f', 2)
                       .arg(count)
                       .arg(worst, 0, 'f', 2)
                       .arg(by.join(QStringLiteral(", ")));
    if (lost > 0) {
        line += QStringLiteral(" %1 revocations were still accepted after %2 s.").arg(lost).arg(kRefuseWaitMs / 1000);
    }
    for (const NodeKill& k : r.kills) {
        if (k.backend == backend) {
            line += killWords(k, errors, lost);
        }
    }
    return line;
}

QString summarise(const NodeRevocationResult& r)
{
    QStringList bullets;
    for (const QString& backend : r.backends) {
        if (const QString line = backendLine(r, backend); !line.isEmpty()) {
            bullets << line;
        }
    }
    if (bullets.isEmpty()) {
        return QStringLiteral("The run ended before a revocation was measured.");
    }
    bullets << (r.notes.isEmpty()
                    ? QStringLiteral("• A revocation on one node counts on every node at its next request: the nodes "
                                     "keep their caches and the change feed tells them what to drop.")
                    : QStringLiteral("• ") + r.notes);
    return bullets.join(u'\n');
}

Result<void> runOn(const QString& backend, const QString& path, const QString& password, const LabOptions& options,
                   NodeRevocationResult& result, const LabProgress& progress, double from, double to)
{
    progress(from, backend == QStringLiteral("sqlite")
                       ? QStringLiteral("Revocation across nodes: starting two nodes on an SQLite file")
                       : QStringLiteral("Revocation across nodes: starting two nodes on PostgreSQL"));
    auto nodes = startNodes(path, password, progress);
    if (!nodes) {
        return std::unexpected(nodes.error());
    }
    result.backends << backend;
    auto ran = runBackend(*nodes, backend, options, result, progress, from, to);
    nodes->b.reset(); // node B first, then node A, then the database
    nodes->a.reset();
    nodes->scratch.reset();
    return ran;
}

} // namespace

Result<NodeRevocationResult> runNodeRevocationExperiment(const LabOptions& options,
                                                         const std::optional<LabPostgresServer>& postgres,
                                                         const LabProgress& progress)
{
    NodeRevocationResult result;
    result.repetitions = std::max(1, options.nodeRepetitions);
    const double split = postgres ? 0.5 : 1.0;
    if (auto ran = runOn(QStringLiteral("sqlite"), {}, {}, options, result, progress, 0, split); !ran) {
        return std::unexpected(ran.error());
    }
    if (postgres && !progress.cancelled()) {
        PostgresScratchDatabase scratch;
        auto url = scratch.create(postgres->url, postgres->password, QStringLiteral("authscope_lab"));
        if (!url) {
            result.notes = QStringLiteral("PostgreSQL was not measured: %1").arg(url.error().message);
        } else if (auto ran = runOn(QStringLiteral("postgresql"), *url, postgres->password, options, result, progress,
                                    split, 1.0);
                   !ran) {
            return std::unexpected(ran.error());
        }
    } else if (!postgres) {
        result.notes = QStringLiteral("PostgreSQL was not measured: open a PostgreSQL database to compare.");
    }
    result.computeRows();
    result.summary = summarise(result);
    progress(1, QStringLiteral("Revocation across nodes: done"));
    return result;
}

} // namespace authscope::lab
