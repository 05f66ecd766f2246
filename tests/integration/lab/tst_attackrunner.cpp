#include "tests/support/DataColumns.h"
#include "tests/support/LabSupport.h"
#include "tests/support/TestSupport.h"

#include "core/http/HttpRouter.h"
#include "core/jose/Base64Url.h"
#include "core/jose/Jws.h"
#include "core/keys/KeyStore.h"
#include "core/lab/AttackRunner.h"
#include "core/lab/HttpProbe.h"
#include "core/server/AuthService.h"
#include "core/storage/Database.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace authscope;
using namespace authscope::http;
using namespace authscope::lab;
using namespace authscope::test;

namespace {

// The ways the test weakens the server; each one must show up as exactly its rows failing.
enum class Weakness
{
    None,
    UnverifiedSignature, // /api/me decodes the bearer's claims and checks only exp: no signature, no key
    UncheckedClaims,     // /api/me verifies the signature with the key store, then trusts every claim
    AnyCookie,           // /api/me accepts any session cookie; /token/refresh accepts any refresh token again
    RefusesEverything,   // /api/me refuses every caller (a target that cannot be judged)
    IgnoresDpopProof,    // /api/me takes the token of "DPoP" or "Bearer" and never looks at the proof
};

HttpResponse accepted(const QString& user, const QString& method)
{
    return HttpResponse::json(200,
                              QJsonObject{{QStringLiteral("user"), user}, {QStringLiteral("recognised_by"), method}});
}

HttpResponse refused(const QString& why)
{
    return HttpResponse::error(401, QStringLiteral("invalid_token"), why);
}

// Registered after the real routes: /api/me (and for AnyCookie /token/refresh) replaced by deliberately broken
// ones; every other endpoint stays real.
class WeakRoutes final : public RouteGroup
{
public:
    WeakRoutes(const ServerContext& context, KeyStore* keys, Weakness weakness)
        : m_real(context.database, context.audit, keys, context.config), m_keys(keys), m_weakness(weakness)
    {}

    void registerRoutes(HttpRouter& router) override
    {
        router.add(QByteArrayLiteral("GET"), QStringLiteral("/api/me"), [this](const HttpRequest& r) { return me(r); });
        if (m_weakness == Weakness::AnyCookie) {
            router.add(QByteArrayLiteral("POST"), QStringLiteral("/token/refresh"), [](const HttpRequest& r) {
                // Any refresh token, however often: a fresh pair every time.
                if (r.body.isEmpty()) {
                    return HttpResponse::error(400, QStringLiteral("invalid_request"), QStringLiteral("no body"));
                }
                return HttpResponse::json(
                    200, QJsonObject{{QStringLiteral("access_token"), QStringLiteral("weak.weak.weak")},
                                     {QStringLiteral("refresh_token"),
                                      QStringLiteral("weak-%1").arg(QDateTime::currentMSecsSinceEpoch())}});
            });
        }
    }

private:
    HttpResponse me(const HttpRequest& request)
    {
        const QByteArray cookie = request.cookie("sid");
        const QByteArray bearer = request.bearerToken();
        if (m_weakness == Weakness::RefusesEverything) {
            return refused(QStringLiteral("nobody gets in"));
        }
        if (!cookie.isEmpty()) {
            if (m_weakness == Weakness::AnyCookie) {
                return accepted(QStringLiteral("whoever"), QStringLiteral("cookie"));
            }
            auto caller = m_real.checkSession(cookie);
            return caller ? accepted(caller->username, QStringLiteral("cookie")) : refused(caller.error().description);
        }
        if (m_weakness == Weakness::IgnoresDpopProof) {
            const QByteArray authorization = request.header("authorization");
            const QByteArray token = authorization.startsWith("DPoP ") ? authorization.mid(5) : bearer;
            auto caller = m_real.checkBearer(token);
            return caller ? accepted(caller->username, QStringLiteral("dpop")) : refused(caller.error().description);
        }
        if (bearer.isEmpty()) {
            return refused(QStringLiteral("no credentials"));
        }
        if (m_weakness == Weakness::AnyCookie) {
            auto caller = m_real.checkBearer(bearer);
            return caller ? accepted(caller->username, QStringLiteral("bearer")) : refused(caller.error().description);
        }
        QJsonObject claims;
        if (m_weakness == Weakness::UnverifiedSignature) {
            const QList<QByteArray> parts = bearer.split('.');
            auto payload = parts.size() == 3 ? jose::Base64Url::decode(parts.at(1)) : Result<QByteArray>();
            if (!payload) {
                return refused(QStringLiteral("not a JWT"));
            }
            claims = QJsonDocument::fromJson(*payload).object();
            // The only check: not expired.
            if (!claims.value(QStringLiteral("exp")).isDouble() ||
                claims.value(QStringLiteral("exp")).toDouble() < QDateTime::currentSecsSinceEpoch()) {
                return refused(QStringLiteral("expired"));
            }
        } else {
            // UncheckedClaims: the signature with a pinned algorithm and a key of the store, then trust.
            auto jws = jose::Jws::parse(bearer);
            if (!jws || !jws->header().algorithm) {
                return refused(QStringLiteral("not a JWS"));
            }
            auto keys = m_keys->verificationKeys();
            const jose::Jwk* key = keys ? keys->findByKid(jws->header().kid) : nullptr;
            if (key == nullptr || !key->isPinned(*jws->header().algorithm) ||
                !key->verify(*jws->header().algorithm, jws->signingInput(), jws->signature())) {
                return refused(QStringLiteral("bad signature"));
            }
            claims = QJsonDocument::fromJson(jws->payload()).object();
        }
        const QString sub = claims.value(QStringLiteral("sub")).toString();
        return sub.isEmpty() ? refused(QStringLiteral("no sub")) : accepted(sub, QStringLiteral("bearer"));
    }

    AuthService m_real;
    KeyStore* m_keys;
    Weakness m_weakness;
};

SelfAttackEnvironment::Options cheapOptions(Weakness weakness = Weakness::None)
{
    SelfAttackEnvironment::Options options = test::cheapAttackOptions();
    if (weakness != Weakness::None) {
        options.extraRoutes = [weakness](const ServerContext& context, KeyStore* keys) {
            std::vector<std::unique_ptr<RouteGroup>> groups;
            groups.push_back(std::make_unique<WeakRoutes>(context, keys, weakness));
            return groups;
        };
    }
    return options;
}

QStringList allIds()
{
    return memberList(AttackRunner::catalogue(), &AttackSpec::id);
}

QStringList idsWith(const QList<AttackResult>& results, AttackResult::Outcome outcome)
{
    QStringList ids;
    for (const AttackResult& r : results) {
        if (r.outcome == outcome) {
            ids.append(r.spec.id);
        }
    }
    ids.sort();
    return ids;
}

// Answers every request with `reply` byte for byte, then closes: responses no well-behaved server sends.
class CannedServer final
{
public:
    explicit CannedServer(QByteArray reply) : m_reply(std::move(reply))
    {
        m_thread.start();
        m_server = new QTcpServer;
        m_server->moveToThread(&m_thread);
        QMetaObject::invokeMethod(
            m_server,
            [this] {
                m_server->listen(QHostAddress::LocalHost, 0);
                m_port = m_server->serverPort();
                QObject::connect(m_server, &QTcpServer::newConnection, m_server, [this] {
                    while (QTcpSocket* socket = m_server->nextPendingConnection()) {
                        auto seen = std::make_shared<QByteArray>();
                        QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
                        QObject::connect(socket, &QTcpSocket::readyRead, socket, [this, socket, seen] {
                            *seen += socket->readAll();
                            if (seen->contains("\r\n\r\n")) {
                                socket->write(m_reply);
                                socket->disconnectFromHost();
                            }
                        });
                    }
                });
            },
            Qt::BlockingQueuedConnection);
    }
    ~CannedServer()
    {
        QMetaObject::invokeMethod(
            m_server, [this] { m_server->close(); }, Qt::BlockingQueuedConnection);
        QObject::connect(&m_thread, &QThread::finished, m_server, &QObject::deleteLater);
        m_thread.quit();
        m_thread.wait();
    }
    Q_DISABLE_COPY_MOVE(CannedServer)

    [[nodiscard]] QString url() const { return QStringLiteral("http://127.0.0.1:%1").arg(m_port); }

private:
    QByteArray m_reply;
    QThread m_thread;
    QTcpServer* m_server = nullptr;
    quint16 m_port = 0;
};

} // namespace

class tst_AttackRunner final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void catalogueIsWellFormed();
    void probeReadsWhatServersSend_data();
    void probeReadsWhatServersSend();
    void probeTimesOut();
    void builtInServerRefusesEveryAttack();
    void weakenedServerFails_data();
    void weakenedServerFails();
    void unusableTargets();
    void wrongSigningKeyIsRefusedUpFront();
    void progressCanCancel();
    void cliExitCodes();

private:
    static QList<AttackResult> runAgainst(const AttackTarget& target);
};

QList<AttackResult> tst_AttackRunner::runAgainst(const AttackTarget& target)
{
    AttackRunner runner;
    auto results = runner.run(target);
    if (!results) {
        qWarning("run failed: %s", qPrintable(results.error().toString()));
        return {};
    }
    return *results;
}

void tst_AttackRunner::catalogueIsWellFormed()
{
    const QList<AttackSpec> catalogue = AttackRunner::catalogue();
    QSet<QString> ids;
    const QSet<QString> categories{QStringLiteral("token"),   QStringLiteral("claims"),  QStringLiteral("keys"),
                                   QStringLiteral("session"), QStringLiteral("refresh"), QStringLiteral("dpop")};
    for (const AttackSpec& spec : catalogue) {
        QVERIFY2(!ids.contains(spec.id), qPrintable(spec.id));
        ids.insert(spec.id);
        QVERIFY(!spec.name.isEmpty());
        QVERIFY(!spec.description.isEmpty());
        QVERIFY(!spec.expected.isEmpty());
        // Every attack cites its source: a rule id of docs/security.md (T-ALG-NONE, K-SOURCE, ...) or an RFC.
        static const QRegularExpression ruleId(QStringLiteral("\\b[TKSDAH]-[A-Z][A-Z-]+"));
        QVERIFY2(spec.reference.contains(ruleId) || spec.reference.contains(QStringLiteral("RFC")),
                 qPrintable(spec.id));
        QVERIFY2(categories.contains(spec.category), qPrintable(spec.id));
    }
    // The list, by id.
    for (const char* id :
         {"alg-none",         "key-confusion-pem",   "key-confusion-jwk", "embedded-jwk",         "jku-bait",
          "x5u-bait",         "kid-path-traversal",  "kid-sql-injection", "ecdsa-zero-signature", "crit-unknown",
          "b64-false",        "duplicate-claims",    "expired",           "not-yet-valid",        "wrong-aud",
          "wrong-iss",        "oversized-token",     "deeply-nested",     "revoked-key",          "refresh-replay",
          "session-fixation", "session-after-logout"}) {
        QVERIFY2(ids.contains(QString::fromLatin1(id)), id);
    }
}

void tst_AttackRunner::probeReadsWhatServersSend_data()
{
    addColumns<QByteArray, int, QByteArray, QString>("reply", "status", "body", "error");
    QTest::newRow("content-length") << QByteArray("HTTP/1.1 401 Unauthorized\r\nContent-Length: 5\r\n\r\nnope!trailing")
                                    << 401 << QByteArray("nope!") << QString();
    QTest::newRow("chunked") << QByteArray("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n"
                                           "5\r\nhello\r\n6;ext=1\r\n world\r\n0\r\n\r\n")
                             << 200 << QByteArray("hello world") << QString();
    QTest::newRow("until close") << QByteArray("HTTP/1.0 403 Forbidden\r\nX-A: b\r\n\r\nall of it") << 403
                                 << QByteArray("all of it") << QString();
    QTest::newRow("no response") << QByteArray() << 0 << QByteArray() << QStringLiteral("lab.io");
    QTest::newRow("not http") << QByteArray("SSH-2.0-OpenSSH\r\n\r\n") << 0 << QByteArray()
                              << QStringLiteral("lab.bad-response");
    QTest::newRow("short body") << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\nabc") << 0 << QByteArray()
                                << QStringLiteral("lab.bad-response");
    QTest::newRow("huge length") << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 99999999999\r\n\r\n") << 0
                                 << QByteArray() << QStringLiteral("lab.bad-response");
    QTest::newRow("bad chunk") << QByteArray("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n") << 0
                               << QByteArray() << QStringLiteral("lab.bad-response");
    QTest::newRow("headers cut") << QByteArray("HTTP/1.1 200 OK\r\nContent-") << 0 << QByteArray()
                                 << QStringLiteral("lab.bad-response");
}

void tst_AttackRunner::probeReadsWhatServersSend()
{
    QFETCH(QByteArray, reply);
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(QString, error);
    CannedServer server(reply);
    auto probe = HttpProbe::forUrl(server.url(), 5000);
    QVERIFY(probe.has_value());
    const auto response = probe->get(QStringLiteral("/api/me"));
    if (!error.isEmpty()) {
        QVERIFY(!response);
        QCOMPARE(response.error().code, error);
        return;
    }
    QVERIFY2(response.has_value(), response ? "" : qPrintable(response.error().toString()));
    QCOMPARE(response->status, status);
    QCOMPARE(response->body, body);
}

void tst_AttackRunner::probeTimesOut()
{
    // Listening but never answering (nobody accepts in this thread): the probe gives up after its timeout.
    QTcpServer silent;
    QVERIFY(silent.listen(QHostAddress::LocalHost, 0));
    auto probe = HttpProbe::forUrl(QStringLiteral("http://127.0.0.1:%1").arg(silent.serverPort()), 300);
    QVERIFY(probe.has_value());
    QElapsedTimer timer;
    timer.start();
    const auto response = probe->get(QStringLiteral("/"));
    QVERIFY(!response);
    QCOMPARE(response.error().code, QStringLiteral("lab.io"));
    QVERIFY(timer.elapsed() < 5000);

    // Cookies and URLs.
    HttpClientResponse r;
    r.headers = {{"set-cookie", "a=1; Path=/"}, {"set-cookie", "sid=abc; HttpOnly"}};
    QCOMPARE(r.setCookieValue("sid"), QByteArray("abc"));
    QCOMPARE(r.setCookieValue("a"), QByteArray("1"));
    QVERIFY(r.setCookieValue("b").isEmpty());
    auto prefixed = HttpProbe::forUrl(QStringLiteral("http://localhost:8080/auth/"));
    QVERIFY(prefixed.has_value());
    QVERIFY(prefixed->isLoopback());
    QCOMPARE(prefixed->baseUrl(), QStringLiteral("http://localhost:8080/auth"));
    QVERIFY(!HttpProbe::forUrl(QStringLiteral("http://user:pw@127.0.0.1/")).has_value());
    QVERIFY(!HttpProbe::forUrl(QStringLiteral("not a url")).has_value());
}

void tst_AttackRunner::builtInServerRefusesEveryAttack()
{
    SelfAttackEnvironment environment;
    auto target = environment.start(cheapOptions());
    QVERIFY2(target.has_value(), target ? "" : qPrintable(target.error().toString()));
    QVERIFY(environment.isRunning());
    QVERIFY(target->baseUrl.startsWith(QStringLiteral("http://127.0.0.1:")));
    // A scratch database, never the user's.
    QVERIFY(!environment.database()->path().contains(QStringLiteral("/.local/share/")));

    int progressCalls = 0;
    AttackRunner runner;
    auto results = runner.run(*target, [&](int done, int total, const AttackResult&) {
        ++progressCalls;
        return done <= total;
    });
    QVERIFY2(results.has_value(), results ? "" : qPrintable(results.error().toString()));
    const QString table = AttackRunner::formatTable(*results);
    QCOMPARE(results->size(), AttackRunner::catalogue().size());
    QCOMPARE(progressCalls, results->size());
    QVERIFY2(idsWith(*results, AttackResult::Outcome::Accepted).isEmpty(), qPrintable(table));
    QVERIFY2(idsWith(*results, AttackResult::Outcome::Error).isEmpty(), qPrintable(table));
    QVERIFY2(idsWith(*results, AttackResult::Outcome::Skipped).isEmpty(), qPrintable(table));
    for (const AttackResult& r : std::as_const(*results)) {
        QVERIFY2(r.passed(), qPrintable(r.spec.id));
        QVERIFY2(r.status >= 400 && r.status < 500, qPrintable(r.spec.id + u' ' + r.got));
    }
    const AttackSummary summary = AttackRunner::summarise(*results);
    QVERIFY(summary.allRefused());
    QCOMPARE(summary.refused, summary.total);

    // The bait server was never fetched, and the rows say so.
    for (const AttackResult& r : std::as_const(*results)) {
        if (r.spec.id.endsWith(QStringLiteral("-bait"))) {
            QVERIFY2(r.detail.contains(QStringLiteral("Bait server fetched: no")), qPrintable(r.detail));
        }
    }

    // Table and JSON: every attack, and never a token, the password or a session ID.
    const QJsonObject json = AttackRunner::toJson(*results, target->baseUrl);
    const QByteArray jsonText = QJsonDocument(json).toJson();
    QCOMPARE(json.value(QStringLiteral("attacks")).toArray().size(), results->size());
    QCOMPARE(json.value(QStringLiteral("summary")).toObject().value(QStringLiteral("all_refused")).toBool(), true);
    for (const QString& id : allIds()) {
        QVERIFY2(table.contains(id), qPrintable(id));
    }
    QVERIFY(table.contains(AttackRunner::summaryLine(summary)));
    QVERIFY(!table.contains(QStringLiteral("eyJ")));
    QVERIFY(!jsonText.contains("eyJ"));
    QVERIFY(!table.contains(QString::fromLatin1(target->password)));
    QVERIFY(!jsonText.contains(target->password));

    // The revoked-key row really revoked the key that signed before.
    auto revoked = environment.keys()->find(target->signingKey->kid());
    QVERIFY(revoked.has_value() && revoked->has_value());
    QCOMPARE((*revoked)->state, KeyState::Revoked);
}

void tst_AttackRunner::weakenedServerFails_data()
{
    addColumns<int, QStringList>("weakness", "mustFail");

    // /api/me reads the claims without checking the signature: every forged signature, key trick and header trick
    // gets in, and so do the claim attacks it does not check (only exp is). The size cap sits in front of the
    // route (431), and session and refresh handling are still the real ones.
    QStringList unverified{QStringLiteral("alg-none"),
                           QStringLiteral("alg-none-case"),
                           QStringLiteral("signature-stripped"),
                           QStringLiteral("tampered-payload"),
                           QStringLiteral("key-confusion-pem"),
                           QStringLiteral("key-confusion-jwk"),
                           QStringLiteral("embedded-jwk"),
                           QStringLiteral("jku-bait"),
                           QStringLiteral("x5u-bait"),
                           QStringLiteral("kid-path-traversal"),
                           QStringLiteral("kid-sql-injection"),
                           QStringLiteral("kid-header-injection"),
                           QStringLiteral("ecdsa-zero-signature"),
                           QStringLiteral("crit-unknown"),
                           QStringLiteral("b64-false"),
                           QStringLiteral("duplicate-header"),
                           QStringLiteral("duplicate-claims"),
                           QStringLiteral("not-yet-valid"),
                           QStringLiteral("wrong-aud"),
                           QStringLiteral("wrong-iss"),
                           QStringLiteral("deeply-nested"),
                           QStringLiteral("revoked-key"),
                           QStringLiteral("jwt-after-logout")};
    QTest::newRow("signature not verified") << int(Weakness::UnverifiedSignature) << unverified;

    // The signature is verified with a pinned algorithm and the current keys, so every forgery and the revoked key
    // are refused; what is left is everything the claim checks and the header rules would have caught.
    QStringList unchecked{
        QStringLiteral("crit-unknown"),  QStringLiteral("duplicate-claims"), QStringLiteral("expired"),
        QStringLiteral("not-yet-valid"), QStringLiteral("no-exp"),           QStringLiteral("wrong-aud"),
        QStringLiteral("wrong-iss"),     QStringLiteral("deeply-nested"),    QStringLiteral("jwt-after-logout")};
    QTest::newRow("claims not checked") << int(Weakness::UncheckedClaims) << unchecked;

    // Any cookie is a session and refresh tokens are never used up: the session and refresh rows fail, the token
    // rows (real bearer checks) still pass.
    QStringList cookies{QStringLiteral("session-forged-id"),         QStringLiteral("session-sql-injection"),
                        QStringLiteral("session-fixation"),          QStringLiteral("session-old-id-after-login"),
                        QStringLiteral("session-after-logout"),      QStringLiteral("refresh-replay"),
                        QStringLiteral("refresh-family-after-reuse")};
    QTest::newRow("any cookie, replayable refresh") << int(Weakness::AnyCookie) << cookies;

    // The token is checked but the DPoP proof never is: every proof attack gets in. (Stale nonce is skipped: this
    // /api/me hands out no nonces to watch rotating.)
    QStringList proofs{QStringLiteral("dpop-proof-replay"), QStringLiteral("dpop-htu-swap"),
                       QStringLiteral("dpop-htm-swap"), QStringLiteral("dpop-missing-ath"),
                       QStringLiteral("dpop-foreign-key")};
    QTest::newRow("DPoP proof ignored") << int(Weakness::IgnoresDpopProof) << proofs;
}

void tst_AttackRunner::weakenedServerFails()
{
    QFETCH(int, weakness);
    QFETCH(QStringList, mustFail);
    SelfAttackEnvironment environment;
    auto target = environment.start(cheapOptions(static_cast<Weakness>(weakness)));
    QVERIFY2(target.has_value(), target ? "" : qPrintable(target.error().toString()));
    const QList<AttackResult> results = runAgainst(*target);
    QCOMPARE(results.size(), AttackRunner::catalogue().size());
    const QString table = AttackRunner::formatTable(results);
    // No weakened /api/me knows DPoP-bound tokens: one sent as Bearer gets in. Those that read only Bearer tokens
    // skip the other DPoP rows (their control, a correct DPoP request, is refused, so a refusal would prove nothing).
    mustFail.append(QStringLiteral("dpop-bound-as-bearer"));
    mustFail.sort();
    QStringList skipped{QStringLiteral("dpop-proof-replay"), QStringLiteral("dpop-htu-swap"),
                        QStringLiteral("dpop-htm-swap"),     QStringLiteral("dpop-missing-ath"),
                        QStringLiteral("dpop-foreign-key"),  QStringLiteral("dpop-stale-nonce")};
    if (static_cast<Weakness>(weakness) == Weakness::IgnoresDpopProof) {
        skipped = QStringList{QStringLiteral("dpop-stale-nonce")};
    }
    skipped.sort();
    QStringList mustPass = allIds();
    mustPass.removeIf([&](const QString& id) { return mustFail.contains(id) || skipped.contains(id); });
    mustPass.sort();
    QCOMPARE(idsWith(results, AttackResult::Outcome::Accepted), mustFail);
    QVERIFY2(idsWith(results, AttackResult::Outcome::Refused) == mustPass, qPrintable(table));
    QCOMPARE(idsWith(results, AttackResult::Outcome::Skipped), skipped);
    QVERIFY2(idsWith(results, AttackResult::Outcome::Error).isEmpty(), qPrintable(table));
    QVERIFY(!AttackRunner::summarise(results).allRefused());
    QVERIFY(table.contains(QStringLiteral("FAIL")));
}

void tst_AttackRunner::unusableTargets()
{
    AttackRunner runner;
    AttackTarget target;
    target.username = QStringLiteral("nobody");
    target.password = "x";
    target.timeoutMs = 2000;

    target.baseUrl = QStringLiteral("https://127.0.0.1:8443");
    auto r = runner.run(target);
    QVERIFY(!r);
    QCOMPARE(r.error().code, QStringLiteral("lab.https-unsupported"));

    target.baseUrl = QStringLiteral("ftp://127.0.0.1/");
    r = runner.run(target);
    QVERIFY(!r);
    QCOMPARE(r.error().code, QStringLiteral("lab.bad-url"));

    // Nothing listens there: no login, nothing to judge.
    target.baseUrl = QStringLiteral("http://127.0.0.1:1");
    r = runner.run(target);
    QVERIFY(!r);
    QCOMPARE(r.error().code, QStringLiteral("lab.target-unusable"));

    // A server that refuses everyone would pass every row for the wrong reason: refused up front.
    SelfAttackEnvironment environment;
    auto weak = environment.start(cheapOptions(Weakness::RefusesEverything));
    QVERIFY(weak.has_value());
    r = runner.run(*weak);
    QVERIFY(!r);
    QCOMPARE(r.error().code, QStringLiteral("lab.target-unusable"));

    // Wrong credentials.
    AttackTarget wrongPassword = *weak;
    wrongPassword.password = "not-the-password";
    r = runner.run(wrongPassword);
    QVERIFY(!r);
    QCOMPARE(r.error().code, QStringLiteral("lab.target-unusable"));
}

void tst_AttackRunner::wrongSigningKeyIsRefusedUpFront()
{
    SelfAttackEnvironment environment;
    auto target = environment.start(cheapOptions());
    QVERIFY(target.has_value());
    // A key the target does not trust: the claim rows would all pass because of the signature, so the run stops.
    jose::Jwk::GenerateOptions options;
    options.type = jose::KeyType::Ec;
    auto stranger = jose::Jwk::generate(options);
    QVERIFY(stranger.has_value());
    AttackTarget wrongKey = *target;
    wrongKey.signingKey = *stranger;
    AttackRunner runner;
    auto r = runner.run(wrongKey);
    QVERIFY(!r);
    QCOMPARE(r.error().code, QStringLiteral("lab.key-not-accepted"));

    // Without a key and without the revocation hook (what --url without --key is), those rows are skipped, the
    // rest still run and pass.
    AttackTarget noKey = *target;
    noKey.signingKey.reset();
    noKey.rotateAndRevoke = {};
    const QList<AttackResult> results = runAgainst(noKey);
    QCOMPARE(results.size(), AttackRunner::catalogue().size());
    QStringList needKey;
    for (const AttackSpec& spec : AttackRunner::catalogue()) {
        if (spec.needsSigningKey || spec.needsKeyRevocation) {
            needKey.append(spec.id);
        }
    }
    needKey.sort();
    QCOMPARE(idsWith(results, AttackResult::Outcome::Skipped), needKey);
    QVERIFY(idsWith(results, AttackResult::Outcome::Accepted).isEmpty());
    QVERIFY(idsWith(results, AttackResult::Outcome::Error).isEmpty());
    QVERIFY(AttackRunner::summarise(results).allRefused());
}

void tst_AttackRunner::progressCanCancel()
{
    SelfAttackEnvironment environment;
    auto target = environment.start(cheapOptions());
    QVERIFY(target.has_value());
    AttackRunner runner;
    runner.setOnly({QStringLiteral("alg-none"), QStringLiteral("expired"), QStringLiteral("session-forged-id")});
    auto results = runner.run(*target, [](int done, int total, const AttackResult&) { return done < 2 && total == 3; });
    QVERIFY(results.has_value());
    QCOMPARE(results->size(), 2);
    QCOMPARE(results->at(0).spec.id, QStringLiteral("alg-none"));
    QCOMPARE(results->at(1).spec.id, QStringLiteral("expired"));
}

void tst_AttackRunner::cliExitCodes()
{
    // Built-in server: every attack refused, exit 0.
    CliRun run = runCli({QStringLiteral("attack")}, {}, 120000);
    QVERIFY2(run.exitCode == 0, run.out.constData());
    QVERIFY(run.out.contains("alg-none"));
    QVERIFY(run.out.contains("pass"));
    QVERIFY(!run.out.contains("FAIL"));
    QVERIFY(run.out.contains(" attacks refused, 0 accepted, 0 errors, 0 skipped"));
    QVERIFY(!run.out.contains("eyJ"));

    // JSON, a subset.
    run = runCli({QStringLiteral("attack"), QStringLiteral("--json"), QStringLiteral("--only"),
                  QStringLiteral("alg-none"), QStringLiteral("--only"), QStringLiteral("session-fixation")});
    QCOMPARE(run.exitCode, 0);
    const QJsonObject json = QJsonDocument::fromJson(run.out).object();
    QCOMPARE(json.value(QStringLiteral("attacks")).toArray().size(), 2);
    QCOMPARE(json.value(QStringLiteral("summary")).toObject().value(QStringLiteral("all_refused")).toBool(), true);

    // A weakened server given with --url: the accepted attacks make it exit 1.
    SelfAttackEnvironment environment;
    auto target = environment.start(cheapOptions(Weakness::AnyCookie));
    QVERIFY(target.has_value());
    QTemporaryDir dir;
    const QString passwordFile = dir.filePath(QStringLiteral("password"));
    {
        QFile f(passwordFile);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(target->password + '\n');
    }
    const QStringList remote{
        QStringLiteral("attack"), QStringLiteral("--url"),           target->baseUrl, QStringLiteral("--user"),
        target->username,         QStringLiteral("--password-file"), passwordFile};
    run = runCli(remote + QStringList{QStringLiteral("--only"), QStringLiteral("session-forged-id"),
                                      QStringLiteral("--only"), QStringLiteral("alg-none"), QStringLiteral("--only"),
                                      QStringLiteral("expired")});
    QVERIFY2(run.exitCode == 1, run.out.constData());
    QVERIFY(run.out.contains("session-forged-id"));
    QVERIFY(run.out.contains("FAIL"));
    // Without --key the claim rows are skipped, not failed.
    QVERIFY(run.out.contains("skipped"));
    QVERIFY(!run.out.contains(target->password));

    // With the key as a file (PEM), the claim rows run.
    auto pem = target->signingKey->toPem(crypto::PemFormat::PrivatePkcs8);
    QVERIFY(pem.has_value());
    const QString keyFile = dir.filePath(QStringLiteral("key.pem"));
    {
        QFile f(keyFile);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(*pem);
    }
    run =
        runCli(remote + QStringList{QStringLiteral("--key"), keyFile, QStringLiteral("--only"),
                                    QStringLiteral("expired"), QStringLiteral("--only"), QStringLiteral("wrong-aud")});
    QVERIFY2(run.exitCode == 0, QByteArray(run.out + run.err).constData());
    QVERIFY(!run.out.contains("skipped  "));
    QVERIFY(run.out.contains("2 of 2 attacks refused"));

    // Usage and unusable input: exit 2.
    QCOMPARE(runCli({QStringLiteral("attack"), QStringLiteral("--url"), QStringLiteral("https://127.0.0.1:1"),
                     QStringLiteral("--user"), QStringLiteral("u"), QStringLiteral("--password-file"), passwordFile})
                 .exitCode,
             2);
    QCOMPARE(runCli({QStringLiteral("attack"), QStringLiteral("--url"), QStringLiteral("http://127.0.0.1:1"),
                     QStringLiteral("--user"), QStringLiteral("u"), QStringLiteral("--password-file"), passwordFile})
                 .exitCode,
             2);
    QCOMPARE(runCli({QStringLiteral("attack"), QStringLiteral("--url"), target->baseUrl}).exitCode, 2);
    QCOMPARE(runCli({QStringLiteral("attack"), QStringLiteral("--user"), QStringLiteral("u")}).exitCode, 2);
    QCOMPARE(runCli({QStringLiteral("attack"), QStringLiteral("--only"), QStringLiteral("no-such-attack")}).exitCode,
             2);
    QCOMPARE(runCli({QStringLiteral("attack"), QStringLiteral("extra")}).exitCode, 2);
    run = runCli({QStringLiteral("attack"), QStringLiteral("--list")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.contains("kid-sql-injection"));
}

QTEST_GUILESS_MAIN(tst_AttackRunner)
#include "tst_attackrunner.moc"
