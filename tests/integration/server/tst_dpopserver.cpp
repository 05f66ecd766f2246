// DPoP at the real test server on 127.0.0.1 (RFC 9449; DP-BIND, DP-NONCE, DP-REPLAY): bound login and refresh,
// /api/me with a proof, a bound token refused as Bearer, replayed and mismatched proofs, nonces demanded and rotated,
// the discovery document. Every test runs with our own request parser and with Qt's.
#include "tests/support/HttpClient.h"
#include "tests/support/ServerLogin.h"
#include "tests/support/ServerWorld.h"

#include "core/audit/AuditLog.h"
#include "core/dpop/DpopProofBuilder.h"
#include "core/jose/Base64Url.h"
#include "core/jose/Jwk.h"
#include "core/jose/JwkSet.h"
#include "core/jose/TokenValidator.h"
#include "core/keys/KeyStore.h"
#include "core/keys/KeyVault.h"
#include "core/server/AuthRoutes.h"
#include "core/server/TestServer.h"
#include "core/sessions/UserStore.h"
#include "core/storage/Database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace authscope;
using namespace authscope::test;

namespace {

const QByteArray kPassword = "alice-password-1";

jose::Jwk newKey(jose::KeyType type = jose::KeyType::Ec)
{
    jose::Jwk::GenerateOptions options;
    options.type = type;
    return jose::Jwk::generate(options).value();
}

QJsonObject claimsOf(const QByteArray& token)
{
    const QList<QByteArray> parts = token.split('.');
    if (parts.size() != 3) {
        return {};
    }
    return QJsonDocument::fromJson(jose::Base64Url::decode(parts[1]).value_or(QByteArray())).object();
}

const QByteArray kLoginBody = "{\"username\":\"alice\",\"password\":\"alice-password-1\",\"mode\":\"jwt\"}";

} // namespace

class tst_DpopServer final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase_data();
    void init();
    void cleanup();

    void boundLoginAndMe();
    void boundTokenRefusedAsBearer();
    void replayedProofRefused();
    void wrongHtmHtuAthAndKey();
    void unboundTokenStaysBearer();
    void refreshKeepsTheBinding();
    void nonceDemandedAndRotated();
    void discoveryAdvertisesAlgorithms();
    void malformedProofs();
    void serverTokensSatisfyRfc9068();

private:
    quint16 start(ServerConfig config = {});
    QString url(const char* path) const
    {
        return QStringLiteral("http://127.0.0.1:%1%2").arg(m_port).arg(QLatin1StringView(path));
    }
    QByteArray proof(const jose::Jwk& key, const QByteArray& method, const QString& target,
                     const QByteArray& token = {}, const QString& nonce = {});
    RawHttpResponse login(const QByteArray& proofHeader);
    // Logs in with a proof of m_client's key: the DPoP-bound access token (empty when the login failed).
    QByteArray boundToken();
    RawHttpResponse me(const QByteArray& scheme, const QByteArray& token, const QByteArray& proofHeader);

    std::unique_ptr<ServerWorld> m_world;
    quint16 m_port = 0;
    jose::Jwk m_client = newKey();
};

void tst_DpopServer::initTestCase_data()
{
    addHttpParserRows();
}

void tst_DpopServer::init()
{
    m_world = std::make_unique<ServerWorld>();
    QVERIFY(m_world->openWithUser(QStringLiteral("auth.db"), QStringLiteral("alice"), kPassword));
}

void tst_DpopServer::cleanup()
{
    m_world.reset();
}

quint16 tst_DpopServer::start(ServerConfig config)
{
    QFETCH_GLOBAL(bool, qtParser);
    m_port = m_world->start(config, qtParser);
    return m_port;
}

QByteArray tst_DpopServer::proof(const jose::Jwk& key, const QByteArray& method, const QString& target,
                                 const QByteArray& token, const QString& nonce)
{
    dpop::DpopProofBuilder::Options options;
    options.method = method;
    options.url = target;
    options.accessToken = token;
    options.nonce = nonce;
    auto built = dpop::DpopProofBuilder::build(key, options);
    if (!built) {
        qFatal("proof: %s", qPrintable(built.error().message));
    }
    return *built;
}

RawHttpResponse tst_DpopServer::login(const QByteArray& proofHeader)
{
    QList<QPair<QByteArray, QByteArray>> headers{{"Content-Type", "application/json"}};
    if (!proofHeader.isEmpty()) {
        headers.append({"DPoP", proofHeader});
    }
    return fetch(m_port, "POST", "/login", headers, kLoginBody);
}

QByteArray tst_DpopServer::boundToken()
{
    return login(proof(m_client, "POST", url("/login")))
        .json()
        .value(QStringLiteral("access_token"))
        .toString()
        .toLatin1();
}

RawHttpResponse tst_DpopServer::me(const QByteArray& scheme, const QByteArray& token, const QByteArray& proofHeader)
{
    QList<QPair<QByteArray, QByteArray>> headers{{"Authorization", scheme + ' ' + token}};
    if (!proofHeader.isEmpty()) {
        headers.append({"DPoP", proofHeader});
    }
    return fetch(m_port, "GET", "/api/me", headers);
}

void tst_DpopServer::boundLoginAndMe()
{
    start();
    const RawHttpResponse r = login(proof(m_client, "POST", url("/login")));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json().value(QStringLiteral("token_type")).toString(), QStringLiteral("DPoP"));
    const QByteArray token = r.json().value(QStringLiteral("access_token")).toString().toLatin1();
    const QJsonObject claims = claimsOf(token);
    QCOMPARE(claims.value(QStringLiteral("cnf")).toObject().value(QStringLiteral("jkt")).toString(),
             m_client.thumbprintBase64Url().value());
    QVERIFY(r.header("dpop-nonce").isEmpty()); // no nonces unless demanded
    const RawHttpResponse ok = me("DPoP", token, proof(m_client, "GET", url("/api/me"), token));
    QCOMPARE(ok.status, 200);
    QCOMPARE(ok.json().value(QStringLiteral("recognised_by")).toString(), QStringLiteral("dpop"));
    QCOMPARE(ok.json().value(QStringLiteral("user")).toString(), QStringLiteral("alice"));
    // The scheme name is case-insensitive; a query string is not part of htu.
    const RawHttpResponse query =
        fetch(m_port, "GET", "/api/me?x=1",
              {{"Authorization", "dpop " + token}, {"DPoP", proof(m_client, "GET", url("/api/me?y=2"), token)}});
    QCOMPARE(query.status, 200);
    // Introspection (RFC 9449 §6.2), asked with the bound token and a proof: token_type DPoP and the cnf.
    const RawHttpResponse info = fetch(m_port, "POST", "/introspect",
                                       {{"Authorization", "DPoP " + token},
                                        {"DPoP", proof(m_client, "POST", url("/introspect"), token)},
                                        {"Content-Type", "application/x-www-form-urlencoded"}},
                                       "token=" + token);
    QCOMPARE(info.status, 200);
    QCOMPARE(info.json().value(QStringLiteral("token_type")).toString(), QStringLiteral("DPoP"));
    QCOMPARE(info.json().value(QStringLiteral("cnf")).toObject().value(QStringLiteral("jkt")).toString(),
             m_client.thumbprintBase64Url().value());
}

void tst_DpopServer::boundTokenRefusedAsBearer()
{
    start();
    const QByteArray token = boundToken();
    QVERIFY(!token.isEmpty());
    const RawHttpResponse bearer = me("Bearer", token, {});
    QCOMPARE(bearer.status, 401);
    QVERIFY(bearer.header("www-authenticate").startsWith("DPoP error=\"invalid_token\""));
    QVERIFY(bearer.header("www-authenticate").contains("algs=\"ES256"));
    // Even with a valid proof alongside, Bearer is not DPoP.
    QCOMPARE(me("Bearer", token, proof(m_client, "GET", url("/api/me"), token)).status, 401);
    // The other routes that take a token refuse it too: a thief cannot log the owner out or introspect.
    QCOMPARE(fetch(m_port, "POST", "/logout", {{"Authorization", "Bearer " + token}}).status, 401);
    QCOMPARE(fetch(m_port, "POST", "/introspect",
                   {{"Authorization", "Bearer " + token}, {"Content-Type", "application/x-www-form-urlencoded"}},
                   "token=" + token)
                 .status,
             401);
    // DPoP without a proof header.
    const RawHttpResponse noProof = me("DPoP", token, {});
    QCOMPARE(noProof.status, 401);
    QVERIFY(noProof.header("www-authenticate").contains("invalid_dpop_proof"));
    // The owner, with the key, still gets in (nothing above ended the session).
    QCOMPARE(me("DPoP", token, proof(m_client, "GET", url("/api/me"), token)).status, 200);
}

void tst_DpopServer::replayedProofRefused()
{
    start();
    const QByteArray token = boundToken();
    const QByteArray p = proof(m_client, "GET", url("/api/me"), token);
    QCOMPARE(me("DPoP", token, p).status, 200);
    const RawHttpResponse replay = me("DPoP", token, p);
    QCOMPARE(replay.status, 401);
    QVERIFY(replay.header("www-authenticate").contains("error=\"invalid_dpop_proof\""));
    QVERIFY(replay.body.contains("dpop.replay"));
    // A login proof is one-shot too.
    const QByteArray loginProof = proof(m_client, "POST", url("/login"));
    QCOMPARE(login(loginProof).status, 200);
    const RawHttpResponse again = login(loginProof);
    QCOMPARE(again.status, 400);
    QCOMPARE(again.json().value(QStringLiteral("error")).toString(), QStringLiteral("invalid_dpop_proof"));
}

void tst_DpopServer::wrongHtmHtuAthAndKey()
{
    start();
    const QByteArray token = boundToken();
    struct Case
    {
        QByteArray proof;
        QByteArray code;
    };
    const QList<Case> cases{
        {proof(m_client, "POST", url("/api/me"), token), "dpop.htm"},
        {proof(m_client, "GET", url("/token/refresh"), token), "dpop.htu"},
        {proof(m_client, "GET", QStringLiteral("http://127.0.0.1:1/api/me"), token), "dpop.htu"},
        {proof(m_client, "GET", url("/api/me")), "dpop.ath-missing"},
        {proof(m_client, "GET", url("/api/me"), "another.token.value"), "dpop.ath-mismatch"},
        {proof(newKey(), "GET", url("/api/me"), token), "dpop.jkt-mismatch"},
        {proof(newKey(jose::KeyType::Okp), "GET", url("/api/me"), token), "dpop.jkt-mismatch"},
    };
    for (const Case& c : cases) {
        const RawHttpResponse r = me("DPoP", token, c.proof);
        QCOMPARE(r.status, 401);
        QVERIFY2(r.body.contains(c.code), r.body.constData());
        QVERIFY(r.header("www-authenticate").startsWith("DPoP error=\"invalid_dpop_proof\""));
    }
}

void tst_DpopServer::unboundTokenStaysBearer()
{
    start();
    const RawHttpResponse r = login({});
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json().value(QStringLiteral("token_type")).toString(), QStringLiteral("Bearer"));
    const QByteArray token = r.json().value(QStringLiteral("access_token")).toString().toLatin1();
    QVERIFY(!claimsOf(token).contains(QStringLiteral("cnf")));
    QCOMPARE(me("Bearer", token, {}).status, 200);
    // An unbound token cannot be dressed up as DPoP.
    const RawHttpResponse dressed = me("DPoP", token, proof(m_client, "GET", url("/api/me"), token));
    QCOMPARE(dressed.status, 401);
    QVERIFY(dressed.header("www-authenticate").contains("error=\"invalid_token\""));
}

void tst_DpopServer::refreshKeepsTheBinding()
{
    start();
    const RawHttpResponse first = login(proof(m_client, "POST", url("/login")));
    QByteArray refresh = first.json().value(QStringLiteral("refresh_token")).toString().toLatin1();
    const QByteArray form = "grant_type=refresh_token&refresh_token=" + refresh;
    const QList<QPair<QByteArray, QByteArray>> formType{{"Content-Type", "application/x-www-form-urlencoded"}};
    // Without a proof, or with another key's proof: refused, and the token is not used up.
    RawHttpResponse r = fetch(m_port, "POST", "/token/refresh", formType, form);
    QCOMPARE(r.status, 400);
    QCOMPARE(r.json().value(QStringLiteral("error")).toString(), QStringLiteral("invalid_dpop_proof"));
    r = fetch(m_port, "POST", "/token/refresh",
              formType + QList<QPair<QByteArray, QByteArray>>{{"DPoP", proof(newKey(), "POST", url("/token/refresh"))}},
              form);
    QCOMPARE(r.status, 400);
    QCOMPARE(r.json().value(QStringLiteral("error")).toString(), QStringLiteral("invalid_dpop_proof"));
    QVERIFY(r.body.contains("another key"));
    // With the key: new tokens, still bound to it.
    r = fetch(m_port, "POST", "/token/refresh",
              formType + QList<QPair<QByteArray, QByteArray>>{{"DPoP", proof(m_client, "POST", url("/token/refresh"))}},
              form);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json().value(QStringLiteral("token_type")).toString(), QStringLiteral("DPoP"));
    const QByteArray token = r.json().value(QStringLiteral("access_token")).toString().toLatin1();
    QCOMPARE(claimsOf(token).value(QStringLiteral("cnf")).toObject().value(QStringLiteral("jkt")).toString(),
             m_client.thumbprintBase64Url().value());
    QCOMPARE(me("DPoP", token, proof(m_client, "GET", url("/api/me"), token)).status, 200);
    // The rotated refresh token is bound as well.
    refresh = r.json().value(QStringLiteral("refresh_token")).toString().toLatin1();
    r = fetch(m_port, "POST", "/token/refresh", formType, "grant_type=refresh_token&refresh_token=" + refresh);
    QCOMPARE(r.status, 400);
}

void tst_DpopServer::nonceDemandedAndRotated()
{
    ServerConfig config;
    config.dpopNonce = true;
    config.dpopNonceLifetimeSecs = 1;
    start(config);
    // The token endpoint: 400 use_dpop_nonce with the nonce to use (RFC 9449 §8).
    RawHttpResponse r = login(proof(m_client, "POST", url("/login")));
    QCOMPARE(r.status, 400);
    QCOMPARE(r.json().value(QStringLiteral("error")).toString(), QStringLiteral("use_dpop_nonce"));
    const QString nonce = QString::fromLatin1(r.header("dpop-nonce"));
    QVERIFY(!nonce.isEmpty());
    r = login(proof(m_client, "POST", url("/login"), {}, nonce));
    QCOMPARE(r.status, 200);
    QVERIFY(!r.header("dpop-nonce").isEmpty());
    const QByteArray token = r.json().value(QStringLiteral("access_token")).toString().toLatin1();
    // The resource: 401 with a DPoP challenge, error use_dpop_nonce (§9).
    r = me("DPoP", token, proof(m_client, "GET", url("/api/me"), token));
    QCOMPARE(r.status, 401);
    QVERIFY(r.header("www-authenticate").startsWith("DPoP error=\"use_dpop_nonce\""));
    const QString current = QString::fromLatin1(r.header("dpop-nonce"));
    QVERIFY(!current.isEmpty());
    QCOMPARE(me("DPoP", token, proof(m_client, "GET", url("/api/me"), token, current)).status, 200);
    // A made-up nonce is refused the same way.
    r = me("DPoP", token, proof(m_client, "GET", url("/api/me"), token, QStringLiteral("made-up")));
    QCOMPARE(r.status, 401);
    QVERIFY(r.body.contains("dpop.nonce-mismatch"));
    // Rotation: the server hands out new nonces; the first one goes stale (only current and previous count).
    QStringList seen{nonce};
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            const QString n = QString::fromLatin1(me("DPoP", token, {}).header("dpop-nonce"));
            if (!n.isEmpty() && !seen.contains(n)) {
                seen.append(n);
            }
            return seen.size() >= 3;
        }(),
        15000);
    r = me("DPoP", token, proof(m_client, "GET", url("/api/me"), token, nonce));
    QCOMPARE(r.status, 401);
    QVERIFY(r.header("www-authenticate").contains("use_dpop_nonce"));
    const QString fresh = QString::fromLatin1(r.header("dpop-nonce"));
    QVERIFY(fresh != nonce);
    QCOMPARE(me("DPoP", token, proof(m_client, "GET", url("/api/me"), token, fresh)).status, 200);
}

void tst_DpopServer::discoveryAdvertisesAlgorithms()
{
    start();
    const RawHttpResponse r = fetch(m_port, "GET", "/.well-known/openid-configuration");
    QCOMPARE(r.status, 200);
    const QJsonArray algs = r.json().value(QStringLiteral("dpop_signing_alg_values_supported")).toArray();
    QVERIFY(algs.contains(QStringLiteral("ES256")));
    QVERIFY(algs.contains(QStringLiteral("EdDSA")));
    QVERIFY(algs.contains(QStringLiteral("PS256")));
    QVERIFY(!algs.contains(QStringLiteral("HS256")));
}

void tst_DpopServer::malformedProofs()
{
    start();
    // Garbage, two DPoP headers, a private key in the jwk: 400 with a reason, never a crash or a token.
    RawHttpResponse r = login("not.a.proof");
    QCOMPARE(r.status, 400);
    QVERIFY(r.body.contains("dpop.malformed"));
    r = fetch(m_port, "POST", "/login",
              {{"Content-Type", "application/json"},
               {"DPoP", proof(m_client, "POST", url("/login"))},
               {"DPoP", proof(m_client, "POST", url("/login"))}},
              kLoginBody);
    QCOMPARE(r.status, 400);
    QCOMPARE(r.json().value(QStringLiteral("error")).toString(), QStringLiteral("invalid_dpop_proof"));
    QJsonObject header{{QStringLiteral("typ"), QStringLiteral("dpop+jwt")},
                       {QStringLiteral("alg"), QStringLiteral("ES256")},
                       {QStringLiteral("jwk"), m_client.toJson(true)}};
    QJsonObject claims{{QStringLiteral("jti"), QStringLiteral("x1")},
                       {QStringLiteral("htm"), QStringLiteral("POST")},
                       {QStringLiteral("htu"), url("/login")},
                       {QStringLiteral("iat"), QDateTime::currentSecsSinceEpoch()}};
    r = login(dpop::DpopProofBuilder::signRaw(header, claims, m_client, jose::JwsAlgorithm::ES256).value());
    QCOMPARE(r.status, 400);
    QVERIFY(r.body.contains("dpop.jwk-private"));
    QVERIFY(!r.json().contains(QStringLiteral("access_token")));
}

void tst_DpopServer::serverTokensSatisfyRfc9068()
{
    // The server's access tokens, bearer and DPoP-bound, pass the RFC 9068 profile with its JWKS and discovery.
    start();
    const QJsonObject discovery = fetch(m_port, "GET", "/.well-known/openid-configuration").json();
    auto keys = jose::JwkSet::fromJson(fetch(m_port, "GET", "/.well-known/jwks.json").json());
    QVERIFY(keys.has_value());
    const jose::TokenValidator validator(
        *keys, jose::ValidationPolicy::accessTokenRfc9068(discovery.value(QStringLiteral("issuer")).toString(),
                                                          QStringLiteral("authscope-test-api")));
    for (const QByteArray& proofHeader : {QByteArray(), proof(m_client, "POST", url("/login"))}) {
        const QByteArray token = login(proofHeader).json().value(QStringLiteral("access_token")).toString().toLatin1();
        const jose::ValidationResult r = validator.validate(token);
        QVERIFY2(r.valid, qPrintable(r.codes().join(u' ')));
    }
}

QTEST_GUILESS_MAIN(tst_DpopServer)
#include "tst_dpopserver.moc"
