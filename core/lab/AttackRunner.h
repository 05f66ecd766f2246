#pragma once

#include "core/common/Error.h"
#include "core/jose/Jwk.h"
#include "core/server/TestServer.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

namespace authscope {
class AuditLog;
class Database;
class KeyStore;
class KeyVault;
} // namespace authscope

namespace authscope::lab {

// One attack of the self-attack check: what it is, where the rule comes from, and what counts as the
// right answer. The catalogue is fixed and ordered; `id` is stable (scripts, tests and the GUI match it).
struct AttackSpec
{
    QString id;          // "alg-none", "key-confusion-pem", ... (lower-case, dashes)
    QString name;        // a short title for the table: "alg: none"
    QString category;    // "token", "claims", "keys", "session", "refresh" or "dpop"
    QString reference;   // "T-ALG-NONE; RFC 8725 §2.1; CVE-2022-23540"
    QString description; // one sentence: what is sent
    QString expected;    // the refusal shown in the table: "401", "401/413/431"
    // Claim-level attacks are signed with the target's real signing key, so that only the claim check can refuse
    // them; without AttackTarget::signingKey they are Skipped.
    bool needsSigningKey = false;
    // Needs AttackTarget::rotateAndRevoke (only the built-in target can revoke a key); else Skipped.
    bool needsKeyRevocation = false;
};

// What happened to one attack.
//
// What counts as refused: the target answered with one of the attack's refusal statuses — 401 (and 400 or 403,
// which also refuse the request) for every token, claims, session and refresh attack; for the oversized token also
// 413 and 431 (the right answers for a request that is too large) or closing the connection without an answer.
// A 2xx is Accepted (the attack worked: FAIL). Anything else — no connection, a timeout, 404/405 (the endpoint is
// missing), 429 (rate limited, so nothing was decided), 5xx (the parser fell over: D-PARSERS) — is Error. An
// attack whose precondition cannot be met is Skipped with the reason in `detail`. Some rows are Accepted whatever
// the status: jku/x5u when the target fetched the URL in the header (a fetch is already the SSRF), the CR LF kid
// when it shows up as a response header, the session rows when a login kept the session ID the client brought.
struct AttackResult
{
    enum class Outcome
    {
        Refused,  // pass
        Accepted, // FAIL: the target let the attack through
        Skipped,  // precondition not met (detail says which)
        Error     // the attack could not be judged (detail says why)
    };

    AttackSpec spec;
    Outcome outcome = Outcome::Error;
    int status = 0; // the HTTP status of the deciding request (0: none was answered)
    QString got;    // "401 invalid_token: The signature does not verify." (never a token or session ID)
    QString detail; // why it passed/failed/was skipped; extra facts ("bait server fetched: no")
    qint64 elapsedMs = 0;

    [[nodiscard]] bool passed() const { return outcome == Outcome::Refused; }
    // "pass", "FAIL", "skipped", "error": the last column of the table and "result" in JSON.
    [[nodiscard]] static QString outcomeName(Outcome outcome);
};

// Counts over a run; exit code 0 of `authscope-cli attack` is allRefused().
struct AttackSummary
{
    int total = 0;
    int refused = 0;
    int accepted = 0;
    int skipped = 0;
    int errors = 0;
    [[nodiscard]] bool allRefused() const { return accepted == 0 && errors == 0; }
};

// Where and how to attack. The target must offer the endpoints of the built-in server: POST /login (JSON
// {username, password, mode: "session"|"jwt"}; a session cookie in Set-Cookie), GET /api/me (cookie or bearer),
// POST /logout, POST /token/refresh ({refresh_token}) and GET /.well-known/jwks.json.
struct AttackTarget
{
    QString baseUrl; // "http://127.0.0.1:8080"; only http:// (https is refused with a clear message)
    QString username;
    QByteArray password;
    // The target's private signing key, when known (built-in target, or --key). Then the claim-level attacks are
    // signed with it; the runner first checks that a well-formed token signed with it is accepted (else run()
    // fails with lab.key-not-accepted, because every claim row would pass for the wrong reason).
    std::optional<jose::Jwk> signingKey;
    // The claims the target expects; empty: taken from a token the target issues at login.
    QString issuer;
    QString audience;
    // In-process only: rotates the signing key with "revoke the old one" and returns the new private signing key.
    // The "token of a revoked key" attack signs a token with `signingKey`, checks it is accepted, calls this, and
    // sends the token again. Unset: that row is Skipped.
    std::function<Result<jose::Jwk>()> rotateAndRevoke;
    int timeoutMs = 10'000; // per request
    // A second server of the same issuer and keys that issues and requires nested JWTs (E-SERVER-NESTED), for the JWE
    // rows; empty: those rows are Skipped. The built-in target runs one.
    QString encryptedBaseUrl;
};

// Runs the attack set of docs/security.md against a target: every attack is a real HTTP request (HttpProbe), only to
// the target and to a bait JWKS server the runner starts on 127.0.0.1 for the jku/x5u rows. Before the attacks it
// checks that the target works at all (a JWT login, and GET /api/me with the token it issued, succeed): a target
// that refuses everything would otherwise pass every row (lab.target-unusable).
//
// Blocking; call it from a worker thread in the GUI (it needs no event loop in the calling thread). Not reentrant
// per instance; separate instances may run at once.
class AttackRunner final
{
public:
    // (done, total, the row just finished); returning false cancels: run() returns the rows finished so far.
    // Called in the thread that calls run(), after every row (a row takes one to four requests).
    using Progress = std::function<bool(int done, int total, const AttackResult& result)>;

    AttackRunner();
    ~AttackRunner();
    Q_DISABLE_COPY_MOVE(AttackRunner)

    // Every attack, in the order run() performs them.
    [[nodiscard]] static QList<AttackSpec> catalogue();

    // Errors: lab.bad-url / lab.https-unsupported (unusable URL), lab.target-unusable (preflight failed),
    // lab.key-not-accepted (signingKey does not sign tokens the target accepts), lab.bait-failed (no loopback
    // port for the bait server). Attack outcomes, including Accepted, are rows, not errors.
    [[nodiscard]] Result<QList<AttackResult>> run(const AttackTarget& target, const Progress& progress = {});

    // Restricts run() to these attack ids (empty: all). Unknown ids are ignored.
    void setOnly(const QStringList& ids) { m_only = ids; }

    [[nodiscard]] static AttackSummary summarise(const QList<AttackResult>& results);
    // {"target": ..., "summary": {...}, "attacks": [{id, name, category, reference, expected, status, got, result,
    // detail, elapsed_ms}]}; no token or secret in it.
    [[nodiscard]] static QJsonObject toJson(const QList<AttackResult>& results, const QString& baseUrl = {});
    // The table of the CLI: attack, expected, got, result; then one line per non-passing row with its detail,
    // then a summary line ("17 of 29 attacks refused, 1 accepted, 0 errors, 11 skipped").
    [[nodiscard]] static QString formatTable(const QList<AttackResult>& results);
    [[nodiscard]] static QString summaryLine(const AttackSummary& summary);
    // The target's private signing key from the contents of a JWK, JWK Set or PEM file: the first private key in
    // it (for AttackTarget::signingKey). Errors: the parser's, or lab.not-private when it holds public keys only.
    [[nodiscard]] static Result<jose::Jwk> signingKeyFromFile(const QByteArray& contents);

private:
    QStringList m_only;
};

// The built-in target: a scratch database in a QTemporaryDir (never the user's data), a vault with a random
// passphrase, an RS256 signing key (active) plus an ES256 key published as "next" and an HS256 secret under a
// separate purpose, an RSA-OAEP-256 encryption key (active) and an ECDH-ES one (next), an attack user with a random
// password, and the TestServer with AuthRoutes on 127.0.0.1 port 0; beside it a second server of the same issuer
// with encrypted tokens on (nested JWTs to the RSA encryption key). Removed again by stop() or the destructor.
//
// Thread: create, start, use and destroy it in one thread (a worker thread is fine: the server runs in its own
// thread). The rotateAndRevoke hook of the target may be called from that thread.
class SelfAttackEnvironment final
{
public:
    struct Options
    {
        // scrypt cost of the attack user's password and of the server's decoy hash (tests lower it; 0: default).
        int passwordLogN = 0;
        // scrypt cost of the scratch vault's passphrase (0: default).
        int vaultLogN = 0;
        int accessTokenLifetimeSecs = 300;
        // For tests: route groups registered after AuthRoutes, made in the server thread with the environment's
        // key store. A later route replaces an earlier one on the same path, so a test can swap in a deliberately
        // weakened /api/me or /token/refresh.
        std::function<std::vector<std::unique_ptr<RouteGroup>>(const ServerContext&, KeyStore*)> extraRoutes;
        // The same for the second server, the one with encrypted tokens on (AttackTarget::encryptedBaseUrl).
        std::function<std::vector<std::unique_ptr<RouteGroup>>(const ServerContext&, KeyStore*)> encryptedExtraRoutes;
    };

    SelfAttackEnvironment();
    ~SelfAttackEnvironment();
    Q_DISABLE_COPY_MOVE(SelfAttackEnvironment)

    // Builds everything and starts the server; returns the target to hand to AttackRunner::run (with the signing
    // key and the rotate-and-revoke hook set; the hook is valid while this environment runs). Errors:
    // lab.environment (with what failed).
    [[nodiscard]] Result<AttackTarget> start(const Options& options);
    [[nodiscard]] Result<AttackTarget> start(); // with the default Options
    void stop();

    [[nodiscard]] bool isRunning() const;
    [[nodiscard]] QString baseUrl() const;
    // For tests and the GUI's details; null before start().
    [[nodiscard]] Database* database() const;
    [[nodiscard]] KeyStore* keys() const;
    [[nodiscard]] TestServer* server() const;

private:
    // The encryption keys of the scratch store; returns the kid of the active one.
    [[nodiscard]] static Result<QString> generateEncryptionKeys(KeyStore& keys);
    [[nodiscard]] Result<void> startEncryptedServer(const Options& options, const ServerConfig& plain,
                                                    const QString& kid);

    struct Data;
    std::unique_ptr<Data> d;
};

} // namespace authscope::lab
