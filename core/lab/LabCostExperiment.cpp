// Cost per request: GET /api/me with each way of authenticating, against GET /healthz (no authentication) as the
// baseline of the same run.
#include "core/lab/LabScratch.h"
#include "core/lab/LabSteps.h"
#include "core/lab/LoadGenerator.h"
#include "core/server/TestServer.h"

#include <QHash>

#include <algorithm>
#include <cmath>
#include <limits>
#include <memory>
#include <optional>

namespace authscope::lab {

namespace {

enum class Kind
{
    None,
    Cookie,
    Jwt
};

enum class Policy
{
    Default,
    NoCache,
    SlideEvery
};

struct Mode
{
    QString id;
    QString label;
    Kind kind = Kind::None;
    QString alg;
    bool denyList = false;
    Policy policy = Policy::Default;
    // The server remembers verified tokens by their bytes (its default). Off for the per-algorithm rows, so that
    // they show what verifying the signature costs; on for the one "-cached" row.
    bool tokenCache = false;
};

// A mode that sends no token: the bare endpoint (Kind::None) or a session cookie, under `policy`.
Mode withoutToken(const QString& id, const QString& label, Kind kind, Policy policy = Policy::Default)
{
    return Mode{id, label, kind, {}, false, policy};
}

// `wanted` when the run measures it (or measures no JWT at all), else the first algorithm it measures.
QString measuredOr(const QStringList& measured, const QString& wanted)
{
    return measured.contains(wanted) || measured.isEmpty() ? wanted : measured.constFirst();
}

QList<Mode> modesFor(const LabOptions& options)
{
    QList<Mode> modes;
    modes.append(withoutToken(QStringLiteral("none"), QStringLiteral("No authentication (GET /healthz)"), Kind::None));
    modes.append(withoutToken(QStringLiteral("cookie"), QStringLiteral("Session cookie (cache on, renewal throttled)"),
                              Kind::Cookie));
    for (const QString& alg : options.jwtAlgorithms) {
        modes.append({QStringLiteral("jwt-") + alg,
                      QStringLiteral("JWT %1 (signature verified every request)").arg(alg), Kind::Jwt, alg, false,
                      Policy::Default});
    }
    const QString denyAlg = measuredOr(options.jwtAlgorithms, QStringLiteral("HS256"));
    modes.append({QStringLiteral("jwt-%1-denylist").arg(denyAlg),
                  QStringLiteral("JWT %1 with deny-list check").arg(denyAlg), Kind::Jwt, denyAlg, true,
                  Policy::Default});
    // The server's default: a token verified once is recognised by its bytes until it expires.
    const QString cachedAlg = measuredOr(options.jwtAlgorithms, QStringLiteral("RS256"));
    modes.append({QStringLiteral("jwt-%1-cached").arg(cachedAlg),
                  QStringLiteral("JWT %1 (verified once, then recognised by its bytes)").arg(cachedAlg), Kind::Jwt,
                  cachedAlg, false, Policy::Default, true});
    modes.append(withoutToken(QStringLiteral("cookie-nocache"),
                              QStringLiteral("Session cookie (cache off: SQLite every time)"), Kind::Cookie,
                              Policy::NoCache));
    modes.append(withoutToken(QStringLiteral("cookie-slide-every"),
                              QStringLiteral("Session cookie (sliding renewal written on every request)"), Kind::Cookie,
                              Policy::SlideEvery));
    return modes;
}

SessionPolicy policyFor(Policy p)
{
    SessionPolicy policy;
    switch (p) {
    case Policy::Default:
        break;
    case Policy::NoCache:
        policy.cacheCapacity = 0;
        break;
    case Policy::SlideEvery:
        policy.slideThrottleSecs = 0;
        policy.slideBatchSize = 1;
        policy.slideFlushMs = 0;
        break;
    }
    return policy;
}

QString ms(double value)
{
    return QString::number(value, 'f', value < 0.1 && value > -0.1 ? 3 : 2);
}

QString signedMs(double value)
{
    return (value >= 0 ? QStringLiteral("+") : QString()) + ms(value) + QStringLiteral(" ms");
}

// A round upper edge for the histogram: 1, 2 or 5 times a power of ten.
double niceCeil(double value)
{
    if (value <= 0) {
        return 1;
    }
    const double exponent = std::floor(std::log10(value));
    const double base = std::pow(10.0, exponent);
    for (const double step : {1.0, 2.0, 2.5, 5.0, 10.0}) {
        if (step * base >= value) {
            return step * base;
        }
    }
    return 10 * base;
}

// The largest of 1, 2, 2.5, 5 × 10^k not above `value` (value > 0).
double niceFloor(double value)
{
    const double exponent = std::floor(std::log10(value));
    const double base = std::pow(10.0, exponent);
    for (const double step : {5.0, 2.5, 2.0, 1.0}) {
        if (step * base <= value) {
            return step * base;
        }
    }
    return base;
}

// Three short bullets: sessions against the baseline, JWTs, and the verdict.
QString summarise(const CostResult& r, const LabOptions& options)
{
    const CostRow* none = r.row(QStringLiteral("none"));
    if (none == nullptr || none->requests == 0) {
        return QStringLiteral("No measurement finished.");
    }
    const CostRow* cookie = r.row(QStringLiteral("cookie"));
    QStringList jwts;
    const CostRow* cheapestJwt = nullptr;
    const CostRow* dearestJwt = nullptr;
    QStringList jwtExtras;
    qint64 errors = 0;
    for (const CostRow& row : r.rows) {
        errors += row.errors;
        if (!row.mode.startsWith(QStringLiteral("jwt-")) || row.requests == 0) {
            continue;
        }
        if (row.mode.endsWith(QStringLiteral("-cached"))) {
            if (const CostRow* plain = r.row(row.mode.chopped(7)); plain != nullptr && plain->requests > 0) {
                jwtExtras << QStringLiteral("recognised once verified (the default) %1")
                                 .arg(signedMs(row.meanMs - plain->meanMs));
            }
        } else if (row.mode.endsWith(QStringLiteral("-denylist"))) {
            if (const CostRow* plain = r.row(row.mode.chopped(9)); plain != nullptr) {
                jwtExtras << QStringLiteral("checked against the revocation list %1")
                                 .arg(signedMs(row.meanMs - plain->meanMs));
            }
        } else {
            jwts << QStringLiteral("%1 %2").arg(row.mode.mid(4), signedMs(row.addedMs));
            if (cheapestJwt == nullptr || row.addedMs < cheapestJwt->addedMs) {
                cheapestJwt = &row;
            }
            if (dearestJwt == nullptr || row.addedMs > dearestJwt->addedMs) {
                dearestJwt = &row;
            }
        }
    }
    QString sessions = QStringLiteral("• No authentication: %1 ms median at %L2 requests/s (%3 connections, %4 s per "
                                      "mode).")
                           .arg(ms(none->p50Ms))
                           .arg(qRound64(none->requestsPerSec))
                           .arg(r.connections)
                           .arg(options.secondsPerMode);
    if (cookie != nullptr && cookie->requests > 0) {
        sessions += QStringLiteral(" A session cookie added %1 per request").arg(signedMs(cookie->addedMs));
        if (const CostRow* c = r.row(QStringLiteral("cookie-nocache")); c != nullptr && c->requests > 0) {
            sessions += QStringLiteral(", %1 more without its cache").arg(signedMs(c->meanMs - cookie->meanMs));
        }
        if (const CostRow* c = r.row(QStringLiteral("cookie-slide-every")); c != nullptr && c->requests > 0) {
            sessions +=
                QStringLiteral(", %1 more renewing it on every request").arg(signedMs(c->meanMs - cookie->meanMs));
        }
        sessions += u'.';
    }
    QString tokens =
        jwts.isEmpty()
            ? QStringLiteral("• No JWT was measured.")
            : QStringLiteral("• A JWT verified on every request added %1").arg(jwts.join(QStringLiteral(", ")));
    if (!jwtExtras.isEmpty()) {
        tokens += QStringLiteral("; ") + jwtExtras.join(QStringLiteral("; "));
    }
    tokens += u'.';
    QString verdict = QStringLiteral("• ");
    if (cookie != nullptr && cheapestJwt != nullptr) {
        const double diff = cookie->addedMs - cheapestJwt->addedMs;
        if (std::abs(diff) < 0.02) {
            verdict += QStringLiteral("A cached session and a %1 JWT cost about the same: choose by revocation and "
                                      "size, not speed.")
                           .arg(cheapestJwt->mode.mid(4));
        } else if (diff < 0) {
            verdict += QStringLiteral("The cached session check beat the cheapest JWT (%1) by %2 ms per request: "
                                      "stateless does not mean faster.")
                           .arg(cheapestJwt->mode.mid(4), ms(-diff));
        } else {
            verdict += QStringLiteral("The cheapest JWT (%1) beat the cached session check by %2 ms per request; %3 "
                                      "was the dearest. Either costs less than a network round trip.")
                           .arg(cheapestJwt->mode.mid(4), ms(diff), dearestJwt->mode.mid(4));
        }
        verdict += u' ';
    }
    verdict += QStringLiteral("A few hundredths of a millisecond are noise in a short run.");
    if (errors > 0) {
        verdict += QStringLiteral(" %L1 requests failed; their numbers are less reliable.").arg(errors);
    }
    return sessions + u'\n' + tokens + u'\n' + verdict;
}

// The scratch server of the current mode, restarted only when a setting it cannot change while running differs.
struct CostServer
{
    std::unique_ptr<TestServer> server;
    std::optional<Policy> policy;
    std::optional<bool> denyList;
    std::optional<bool> tokenCache;

    Result<void> prepareFor(LabScratch& scratch, const Mode& mode)
    {
        if (!server || policy != mode.policy || tokenCache != mode.tokenCache) {
            server.reset();
            ServerConfig config = LabScratch::serverConfig();
            config.sessionPolicy = policyFor(mode.policy);
            config.denyListEnabled = mode.denyList;
            config.verifiedTokenCache = mode.tokenCache;
            if (auto kept = keep(server, scratch.startServer(config)); !kept) {
                return kept;
            }
            policy = mode.policy;
            denyList = mode.denyList;
            tokenCache = mode.tokenCache;
        }
        if (denyList != mode.denyList) {
            server->setDenyListEnabled(mode.denyList);
            denyList = mode.denyList;
        }
        return {};
    }
};

// The load of one mode: GET /healthz, or GET /api/me with a fresh login of the mode's kind.
Result<LoadGenerator::Options> loadFor(LabScratch& scratch, quint16 port, const Mode& mode, const LabOptions& options,
                                       const LabProgress& progress, int connections)
{
    LoadGenerator::Options load;
    load.port = port;
    load.connections = connections;
    load.warmupSeconds = options.warmupSeconds;
    load.seconds = options.secondsPerMode;
    load.cancel = progress.cancel;
    if (mode.kind == Kind::None) {
        load.path = QByteArrayLiteral("/healthz");
        return load;
    }
    if (mode.kind == Kind::Jwt) {
        if (auto ok = scratch.useAlgorithm(mode.alg); !ok) {
            return std::unexpected(ok.error());
        }
    }
    auto login = scratch.login(port, mode.kind == Kind::Jwt);
    if (!login) {
        return std::unexpected(login.error());
    }
    load.path = QByteArrayLiteral("/api/me");
    load.headers = {login->requestHeader()};
    return load;
}

CostRow rowOf(const Mode& mode, const LoadGenerator::Report& report)
{
    CostRow row;
    row.mode = mode.id;
    row.label = mode.label;
    row.requests = report.requests;
    row.errors = report.errors;
    row.requestsPerSec = report.requestsPerSec();
    row.meanMs = report.meanMs();
    row.p50Ms = report.percentileMs(50);
    row.p90Ms = report.percentileMs(90);
    row.p99Ms = report.percentileMs(99);
    return row;
}

// Log-spaced buckets from just below the fastest request to above the slowest p99: the modes span two or three
// decades (a cached cookie at ~0.05 ms, a renewal written on every request at ~3 ms), and equal-width buckets put
// every fast mode into the first one or two. Bucket 0 is [0, lower); the last one is open.
void fillHistograms(CostResult& result, const QList<std::vector<qint64>>& latencies, int bucketCount)
{
    double top = 0;
    for (const CostRow& row : std::as_const(result.rows)) {
        top = std::max(top, row.p99Ms);
    }
    const int buckets = std::max(2, bucketCount);
    const double upper = niceCeil(top * 1.05);
    qint64 fastestNs = std::numeric_limits<qint64>::max();
    for (const auto& list : latencies) {
        for (const qint64 ns : list) {
            fastestNs = std::min(fastestNs, ns);
        }
    }
    double lower = fastestNs > 0 && fastestNs != std::numeric_limits<qint64>::max()
                       ? niceFloor(static_cast<double>(fastestNs) / 1e6 * 0.95)
                       : upper / 1000;
    lower = std::clamp(lower, 0.001, upper / 2);
    result.histogramEdgesMs.append(0);
    for (int k = 0; k < buckets; ++k) {
        result.histogramEdgesMs.append(lower * std::pow(upper / lower, double(k) / double(buckets - 1)));
    }
    for (qsizetype i = 0; i < result.rows.size(); ++i) {
        QList<qint64> counts(buckets, 0);
        for (const qint64 ns : latencies.at(i)) {
            const double v = static_cast<double>(ns) / 1e6;
            const auto above =
                std::upper_bound(result.histogramEdgesMs.cbegin() + 1, result.histogramEdgesMs.cend(), v);
            const int bucket =
                std::clamp(static_cast<int>(above - result.histogramEdgesMs.cbegin()) - 1, 0, buckets - 1);
            ++counts[bucket];
        }
        result.rows[i].histogram = counts;
    }
}

} // namespace

Result<CostResult> runCostExperiment(const LabOptions& options, const LabProgress& progress)
{
    CostResult result;
    result.connections = std::max(1, options.connections);
    result.secondsPerMode = options.secondsPerMode;
    progress(0, QStringLiteral("Cost per request: starting a scratch server"));
    auto scratch = LabScratch::create();
    if (!scratch) {
        return std::unexpected(scratch.error());
    }
    const QList<Mode> modes = modesFor(options);
    QList<std::vector<qint64>> latencies;
    CostServer server;
    for (qsizetype i = 0; i < modes.size(); ++i) {
        if (progress.cancelled()) {
            break;
        }
        const Mode& mode = modes.at(i);
        progress(static_cast<double>(i) / static_cast<double>(modes.size()),
                 QStringLiteral("Cost per request: measuring ") + mode.label);
        if (auto ready = server.prepareFor(**scratch, mode); !ready) {
            return std::unexpected(ready.error());
        }
        auto load = loadFor(**scratch, server.server->port(), mode, options, progress, result.connections);
        if (!load) {
            return std::unexpected(load.error());
        }
        auto report = LoadGenerator::run(*load);
        if (!report) {
            return std::unexpected(report.error());
        }
        if (report->cancelled) {
            break;
        }
        result.rows.append(rowOf(mode, *report));
        latencies.append(std::move(report->latenciesNs));
        // The bars fill in mode by mode (ratios against the baseline, measured first).
        CostResult partial = result;
        if (const CostRow* none = partial.row(QStringLiteral("none")); none != nullptr && none->requestsPerSec > 0) {
            const double rate = none->requestsPerSec;
            for (CostRow& row : partial.rows) {
                row.vsBaseline = row.requestsPerSec / rate;
            }
        }
        progress.update(partial.toJson());
    }
    server.server.reset();

    // Ratios against the baseline of this run, and one histogram scale for every mode.
    const CostRow* none = result.row(QStringLiteral("none"));
    const double baseRate = none != nullptr ? none->requestsPerSec : 0;
    const double baseMean = none != nullptr ? none->meanMs : 0;
    for (CostRow& row : result.rows) {
        row.vsBaseline = baseRate > 0 ? row.requestsPerSec / baseRate : 0;
        row.addedMs = row.meanMs - baseMean;
    }
    fillHistograms(result, latencies, options.histogramBuckets);
    result.summary = summarise(result, options);
    progress(1, QStringLiteral("Cost per request: done"));
    return result;
}

} // namespace authscope::lab
