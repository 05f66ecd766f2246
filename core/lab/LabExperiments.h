#pragma once

// The Lab's trade-off experiments: "session cookies or JWTs?" answered with numbers from the user's own
// machine. Everything here is plain data: the options, the typed result of each experiment (what the charts of
// the Lab page draw), their JSON form (what the database keeps), and a generic table per result (what the CLI
// prints and what CSV export writes). The experiments themselves run through LabRunner (LabRunner.h) and are
// kept by LabResultStore (LabResultStore.h).
//
// Speeds are always shown beside a baseline measured in the same run (no authentication for the HTTP costs, a
// raw SQLite point lookup for the session table), so that the numbers are ratios rather than facts about one
// machine. The experiments run on a scratch database in a temporary folder, never on the user's sessions, keys
// or users; only the results are saved.

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <optional>

namespace authscope::lab {

enum class Experiment
{
    CostPerRequest,   // id "cost"
    RevocationWindow, // id "revocation"
    BytesOnWire,      // id "bytes"
    Scale,            // id "scale"
    StolenCredential, // id "stolen"
    NodeRevocation,   // id "nodes"
};

// Stable ids (database, JSON, CLI --only, file names): "cost", "revocation", "bytes", "scale", "stolen", "nodes".
[[nodiscard]] QString experimentId(Experiment experiment);
[[nodiscard]] std::optional<Experiment> experimentFromId(const QString& id);
// A short English title ("Cost per request"); the GUI translates its own.
[[nodiscard]] QString experimentTitle(Experiment experiment);
// All of them, in the order they run.
[[nodiscard]] QList<Experiment> allExperiments();

// How long and how big. quickOptions() keeps a run of all four under a minute on two cores (Release build);
// fullOptions() takes a few minutes and seeds up to a million sessions.
struct LabOptions
{
    bool quick = false;
    double secondsPerMode = 2.0; // cost per request: measuring time per mode (after warmupSeconds)
    double warmupSeconds = 0.3;
    int connections = 4;       // keep-alive connections of the load generator
    int histogramBuckets = 30; // latency histogram: log-spaced buckets from the fastest request to the largest p99
    // JWT algorithms measured by the cost experiment (ids as in JOSE: HS256, RS256, ES256, EdDSA).
    QStringList jwtAlgorithms{QStringLiteral("HS256"), QStringLiteral("RS256"), QStringLiteral("ES256"),
                              QStringLiteral("EdDSA")};
    int revocationTokenLifetimeSecs = 10;                 // lifetime of the JWTs of the revocation experiment
    int revocationPollIntervalMs = 50;                    // each client asks /api/me this often
    int revocationAfterMs = 1000;                         // polling before the revocation
    QList<qint64> scaleSizes{10'000, 100'000, 1'000'000}; // session table sizes of the scale experiment
    qint64 scaleOperations = 100'000;                     // validations per measurement, the same at every size
    double scaleJwtSeconds = 0.15;   // JWT verification: seconds per measurement (4 per algorithm) at each size
    int stolenObserveMs = 3000;      // stolen credential: how long each replay is watched after the victim's logout
    int stolenTokenLifetimeSecs = 5; // lifetime of the stolen JWTs (the plain bearer one lives until exp)
    int nodeRepetitions = 100;       // revocation across nodes: revocations per credential and revoker
    // Revocation across nodes on PostgreSQL: kill node B's database connections (pg_terminate_backend) once, in the
    // middle of the run, just before a revocation.
    bool nodeKillConnection = false;

    [[nodiscard]] static LabOptions quickOptions();
    [[nodiscard]] static LabOptions fullOptions();
    [[nodiscard]] QJsonObject toJson() const;
    [[nodiscard]] static LabOptions fromJson(const QJsonObject& o); // missing keys keep fullOptions() values
};

// A PostgreSQL server the revocation-across-nodes experiment may also run on (the one the console or --db is
// connected to): it creates a scratch database there and drops it afterwards. Never saved: it holds the password.
struct LabPostgresServer
{
    QString url;      // postgresql://USER@HOST[:PORT]/DBNAME (the database named is not touched)
    QString password; // empty: libpq's own sources
};

// A plain table: what the CLI prints and CSV export writes. Cells are already formatted (C locale numbers).
struct LabTable
{
    QStringList headers;
    QList<QStringList> rows;

    // RFC 4180: comma separated, CRLF line ends, fields with a comma, quote, CR or LF quoted, quotes doubled.
    [[nodiscard]] QString toCsv() const;
    [[nodiscard]] bool isEmpty() const { return rows.isEmpty(); }
};

// --- Cost per request -------------------------------------------------------------------------------------------

// One authentication mode driven with GET /api/me (or /healthz for "none") by N keep-alive connections.
struct CostRow
{
    // Stable ids: "none" (GET /healthz, no credentials: the baseline), "cookie" (session cookie, validation cache
    // on, sliding renewal throttled as by default), "cookie-nocache" (every request reads SQLite),
    // "cookie-slide-every" (sliding renewal written on every request, no throttle), "jwt-<ALG>" (bearer JWT signed
    // with ALG, deny-list check off, signature verified on every request), "jwt-HS256-denylist" (bearer JWT with the
    // deny-list check), "jwt-RS256-cached" (the server's default: a token verified once is then recognised by its
    // bytes; RS256 or the first algorithm measured).
    QString mode;
    QString label; // English, for tables ("Session cookie (cache off)")
    double requestsPerSec = 0;
    double meanMs = 0;
    double p50Ms = 0;
    double p90Ms = 0;
    double p99Ms = 0;
    qint64 requests = 0;     // completed requests in the measuring window (errors included)
    qint64 errors = 0;       // answers other than 200, and failed connections
    double vsBaseline = 0;   // requestsPerSec / the "none" row's requestsPerSec (1 for the baseline itself)
    double addedMs = 0;      // meanMs minus the baseline's meanMs: what authentication adds per request
    QList<qint64> histogram; // counts per bucket of CostResult::histogramEdgesMs (size = edges - 1)
};

struct CostResult
{
    QList<CostRow> rows; // "none" first
    // Ascending bucket edges, shared by every row: 0, then log-spaced from just below the fastest request to
    // above the largest p99; the last bucket is open.
    QList<double> histogramEdgesMs;
    int connections = 0;
    double secondsPerMode = 0;
    QString summary;

    [[nodiscard]] QJsonObject toJson() const;
    [[nodiscard]] static CostResult fromJson(const QJsonObject& o);
    [[nodiscard]] LabTable toTable() const;
    [[nodiscard]] const CostRow* row(const QString& mode) const; // nullptr when absent
};

// --- Revocation window ------------------------------------------------------------------------------------------

// Method ids: "cookie" (session cookie), "jwt" (JWT, deny-list check off), "jwt-denylist" (JWT, deny-list on).
struct RevocationRow
{
    QString method;
    QString label;
    qint64 requestsBefore = 0;          // polls answered before the revocation
    qint64 acceptedAfterRevocation = 0; // polls still answered 200 after it
    qint64 refusedAfterRevocation = 0;
    qint64 windowMs = 0;        // revocation to the first refusal (0: the very next request); -1: accepted at the end
    qint64 tokenLifetimeMs = 0; // JWT lifetime (0 for the cookie)
};

struct RevocationSample
{
    QString method;
    qint64 atMs = 0; // since polling started
    int status = 0;  // HTTP status; 0 when the request failed
};

struct RevocationResult
{
    QList<RevocationRow> rows;       // cookie, jwt, jwt-denylist
    QList<RevocationSample> samples; // in time order, all methods interleaved: the timeline
    qint64 revokedAtMs = 0;          // since polling started
    qint64 endedAtMs = 0;
    int pollIntervalMs = 0;
    QString summary;

    [[nodiscard]] QJsonObject toJson() const;
    [[nodiscard]] static RevocationResult fromJson(const QJsonObject& o);
    [[nodiscard]] LabTable toTable() const;
    [[nodiscard]] const RevocationRow* row(const QString& method) const;
};

// --- Bytes on the wire ------------------------------------------------------------------------------------------

struct BytesRow
{
    QString credential; // "cookie" or "bearer"
    QString label;
    QString algorithm;          // JWS alg for bearer rows; empty for the cookie
    QString claimSet;           // "minimal", "typical" (what the test server issues), "rich"; empty for the cookie
    qint64 credentialBytes = 0; // the cookie value or the compact JWT
    qint64 requestHeaderBytes =
        0; // the header line a client sends each time ("Cookie: sid=..." / "Authorization: Bearer ...")
    qint64 responseHeaderBytes =
        0;                  // the header that delivers it (Set-Cookie line; 0 for bearer, which comes in a body)
    QString decodedHeader;  // JOSE header as JSON (bearer)
    QString decodedPayload; // what anyone who reads the token sees (bearer: the claims as JSON; cookie: empty)
};

struct BytesResult
{
    QList<BytesRow> rows; // the cookie first, then by claim set and algorithm
    QString summary;

    [[nodiscard]] QJsonObject toJson() const;
    [[nodiscard]] static BytesResult fromJson(const QJsonObject& o);
    [[nodiscard]] LabTable toTable() const;
};

// --- Scale -----------------------------------------------------------------------------------------------------

struct ScaleRow
{
    qint64 sessionRows = 0;
    double sessionValidatePerSec = 0;        // SessionStore::validate, warm cache
    double sessionValidateNoCachePerSec = 0; // SessionStore::validate without a cache (SQLite lookup by ID hash)
    double rawSqliteLookupPerSec = 0;        // baseline: bare sqlite3 primary-key point lookup, same table, same run
    double jwtHs256VerifyPerSec = 0;         // TokenValidator::validate, measured at this size too
    double jwtEs256VerifyPerSec = 0;
    double rawHs256VerifyPerSec = 0; // baseline: raw OpenSSL on the same signing input
    double rawEs256VerifyPerSec = 0;
    qint64 seedMs = 0; // how long seeding the table took
};

struct ScaleResult
{
    QList<ScaleRow> rows; // ascending sessionRows
    QString summary;

    [[nodiscard]] QJsonObject toJson() const;
    [[nodiscard]] static ScaleResult fromJson(const QJsonObject& o);
    [[nodiscard]] LabTable toTable() const;
};

// The stolen-credential and revocation-across-nodes results live in StolenCredentialResult.h and
// NodeRevocationResult.h.

// --- Any result -------------------------------------------------------------------------------------------------

// The table and summary of a result in its JSON form, whichever experiment it is (CLI, CSV export, GUI lists).
[[nodiscard]] LabTable tableOf(Experiment experiment, const QJsonObject& result);
[[nodiscard]] QString summaryOf(const QJsonObject& result); // the "summary" member

// One finished (or cancelled) experiment as kept in the database (table lab_runs, migration 6).
struct LabRun
{
    qint64 id = 0; // 0 until saved
    Experiment experiment = Experiment::CostPerRequest;
    QDateTime started;
    QDateTime finished;
    bool quick = false;
    bool cancelled = false; // stopped early: the result holds what was measured until then
    QJsonObject options;    // LabOptions::toJson()
    QJsonObject machine;    // where it ran: {"cpus", "os", "qt", "build"}
    QJsonObject result;     // CostResult::toJson() etc.

    [[nodiscard]] QJsonObject toJson() const;
    [[nodiscard]] static std::optional<LabRun> fromJson(const QJsonObject& o);
    [[nodiscard]] static QJsonObject currentMachine();
};

} // namespace authscope::lab

Q_DECLARE_METATYPE(authscope::lab::Experiment)
Q_DECLARE_METATYPE(authscope::lab::LabRun)
