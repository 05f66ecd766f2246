// Every RFC 9449 §4.3 rule of DpopValidator with a proof that breaks it (DP-PROOF-RULES), and good proofs signed
// with ES256, EdDSA, RS256 and PS256 keys made by OpenSSL.

#include "core/common/Clock.h"
#include "core/dpop/DpopNonceSource.h"
#include "core/dpop/DpopProof.h"
#include "core/dpop/DpopProofBuilder.h"
#include "core/dpop/DpopReplayCache.h"
#include "core/dpop/DpopUrl.h"
#include "core/dpop/DpopValidator.h"
#include "core/jose/Base64Url.h"
#include "core/jose/Jwk.h"

#include "tests/support/DataColumns.h"

#include <QJsonDocument>
#include <QTest>

using namespace authscope;
using namespace authscope::dpop;
using jose::JwsAlgorithm;

namespace {

constexpr qint64 kNow = 1'800'000'000;
const QString kUrl = QStringLiteral("https://api.example.test/resource");
const QByteArray kToken = QByteArrayLiteral("eyJhbGciOiJFUzI1NiJ9.eyJzdWIiOiJhbGljZSJ9.c2ln");

jose::Jwk makeKey(jose::KeyType type, const QString& curve = {})
{
    jose::Jwk::GenerateOptions options;
    options.type = type;
    options.curve = curve;
    auto key = jose::Jwk::generate(options);
    if (!key) {
        qFatal("key generation failed: %s", qPrintable(key.error().message));
    }
    return *key;
}

QString thumbprint(const jose::Jwk& key)
{
    auto t = key.thumbprintBase64Url();
    return t ? *t : QString();
}

QJsonObject publicJwk(const jose::Jwk& key)
{
    auto pub = key.publicKey();
    return pub ? pub->toJson(false) : QJsonObject();
}

QJsonObject goodClaims(qint64 iat = kNow)
{
    return QJsonObject{{QStringLiteral("jti"), QStringLiteral("jti-1")},
                       {QStringLiteral("htm"), QStringLiteral("GET")},
                       {QStringLiteral("htu"), kUrl},
                       {QStringLiteral("iat"), iat}};
}

QJsonObject goodHeader(const jose::Jwk& key, const QString& alg = QStringLiteral("ES256"))
{
    return QJsonObject{{QStringLiteral("typ"), QStringLiteral("dpop+jwt")},
                       {QStringLiteral("alg"), alg},
                       {QStringLiteral("jwk"), publicJwk(key)}};
}

QByteArray sign(const QJsonObject& header, const QJsonObject& claims, const jose::Jwk& key,
                JwsAlgorithm alg = JwsAlgorithm::ES256)
{
    auto proof = DpopProofBuilder::signRaw(header, claims, key, alg);
    if (!proof) {
        qFatal("signing failed: %s", qPrintable(proof.error().message));
    }
    return *proof;
}

DpopRequest getRequest()
{
    return DpopRequest{QByteArrayLiteral("GET"), kUrl, {}, {}, {}};
}

} // namespace

class TestDpopValidator final : public QObject
{
    Q_OBJECT

private:
    FakeClock m_clock;
    jose::Jwk m_ec = makeKey(jose::KeyType::Ec);
    jose::Jwk m_other = makeKey(jose::KeyType::Ec);

    DpopResult check(const QByteArray& proof, const DpopRequest& request = getRequest())
    {
        return DpopValidator(DpopPolicy{}, m_clock).validate(proof, request);
    }
    // The proof must fail with exactly `code` (the other rules all hold).
    void expectOnly(const DpopResult& result, DpopErrc errc)
    {
        QVERIFY(!result.valid);
        QCOMPARE(result.codes(), QStringList{DpopError::code(errc)});
        QVERIFY(!result.issues.first().message.isEmpty());
    }
    // The claim `name` set to `wrong`, then left out: each proof fails with exactly `errc`.
    void expectClaimRefused(const QString& name, const QJsonValue& wrong, DpopErrc errc)
    {
        QJsonObject claims = goodClaims();
        claims.insert(name, wrong);
        expectOnly(check(sign(goodHeader(m_ec), claims, m_ec)), errc);
        claims.remove(name);
        expectOnly(check(sign(goodHeader(m_ec), claims, m_ec)), errc);
    }

private slots:
    void init() { m_clock.setSecs(kNow); }

    // ---- good proofs, one per algorithm family --------------------------------------------------------------
    void goodProofs_data()
    {
        authscope::test::addColumns<int, QString, QString>("type", "curve", "alg");
        QTest::newRow("ES256") << int(jose::KeyType::Ec) << QStringLiteral("P-256") << QStringLiteral("ES256");
        QTest::newRow("EdDSA") << int(jose::KeyType::Okp) << QStringLiteral("Ed25519") << QStringLiteral("EdDSA");
        QTest::newRow("RS256") << int(jose::KeyType::Rsa) << QString() << QStringLiteral("RS256");
        QTest::newRow("PS256") << int(jose::KeyType::Rsa) << QString() << QStringLiteral("PS256");
    }
    void goodProofs()
    {
        QFETCH(int, type);
        QFETCH(QString, curve);
        QFETCH(QString, alg);
        const jose::Jwk key = makeKey(static_cast<jose::KeyType>(type), curve);
        DpopProofBuilder::Options options;
        options.method = QByteArrayLiteral("POST");
        options.url = QStringLiteral("https://API.example.test:443/token?x=1#frag");
        options.accessToken = kToken;
        options.nonce = QStringLiteral("n-1");
        options.iat = kNow - 5;
        options.algorithm = jose::JwsAlgorithms::fromName(alg);
        auto proof = DpopProofBuilder::build(key, options);
        QVERIFY2(proof.has_value(), proof ? "" : qPrintable(proof.error().message));
        DpopReplayCache cache;
        const DpopValidator validator(DpopPolicy{}, m_clock, &cache);
        const DpopRequest request{QByteArrayLiteral("POST"), QStringLiteral("https://api.example.test/token"), kToken,
                                  thumbprint(key), QStringLiteral("n-1")};
        const DpopResult result = validator.validate(*proof, request);
        QVERIFY2(result.valid, qPrintable(result.codes().join(u' ')));
        QCOMPARE(result.jkt, thumbprint(key));
        QCOMPARE(result.header.value(QStringLiteral("alg")).toString(), alg);
        QVERIFY(!result.header.value(QStringLiteral("jwk")).toObject().contains(QStringLiteral("d")));
        QCOMPARE(result.claims.value(QStringLiteral("htu")).toString(),
                 QStringLiteral("https://api.example.test:443/token")); // QUrl lower-cases the host
        QCOMPARE(cache.size(), 1);
    }

    // ---- structure ------------------------------------------------------------------------------------------
    void malformed()
    {
        for (const QByteArray& bad : {QByteArrayLiteral("a.b"), QByteArrayLiteral("not a jws"),
                                      QByteArrayLiteral("a.b.c.d.e"), QByteArrayLiteral("@@.@@.@@")}) {
            expectOnly(check(bad), DpopErrc::Malformed);
        }
        expectOnly(check(QByteArray()), DpopErrc::Malformed);
    }
    void tooLarge() { expectOnly(check(QByteArray(9000, 'a')), DpopErrc::TooLarge); }
    void claimsNotObject()
    {
        const QByteArray input =
            jose::Base64Url::encode(QJsonDocument(goodHeader(m_ec)).toJson()) + '.' + jose::Base64Url::encode("[1,2]");
        auto sig = m_ec.sign(JwsAlgorithm::ES256, input);
        QVERIFY(sig.has_value());
        expectOnly(check(input + '.' + jose::Base64Url::encode(*sig)), DpopErrc::Claims);
    }
    void duplicateMembersRefused()
    {
        // T-DUP-MEMBERS: "htm" twice; QJsonDocument would keep the last.
        const QByteArray claims = QByteArrayLiteral("{\"jti\":\"a\",\"htm\":\"POST\",\"htm\":\"GET\",\"htu\":\"") +
                                  kUrl.toUtf8() + "\",\"iat\":" + QByteArray::number(kNow) + '}';
        const QByteArray input =
            jose::Base64Url::encode(QJsonDocument(goodHeader(m_ec)).toJson()) + '.' + jose::Base64Url::encode(claims);
        auto sig = m_ec.sign(JwsAlgorithm::ES256, input);
        QVERIFY(sig.has_value());
        expectOnly(check(input + '.' + jose::Base64Url::encode(*sig)), DpopErrc::Claims);
    }

    // ---- header rules ---------------------------------------------------------------------------------------
    void typWrong()
    {
        QJsonObject header = goodHeader(m_ec);
        header.insert(QStringLiteral("typ"), QStringLiteral("JWT"));
        expectOnly(check(sign(header, goodClaims(), m_ec)), DpopErrc::Typ);
        header.remove(QStringLiteral("typ"));
        expectOnly(check(sign(header, goodClaims(), m_ec)), DpopErrc::Typ);
        header.insert(QStringLiteral("typ"), QStringLiteral("application/DPoP+JWT")); // a media type: accepted
        QVERIFY(check(sign(header, goodClaims(), m_ec)).valid);
    }
    void algNone()
    {
        const QByteArray input =
            jose::Base64Url::encode(
                QJsonDocument(goodHeader(m_ec, QStringLiteral("none"))).toJson(QJsonDocument::Compact)) +
            '.' + jose::Base64Url::encode(QJsonDocument(goodClaims()).toJson());
        expectOnly(check(input + '.'), DpopErrc::Alg);
    }
    void algSymmetric()
    {
        auto secret = jose::Jwk::fromSecret(QByteArray(32, 'k'));
        QVERIFY(secret.has_value());
        // HS256 "signed" with a secret, the EC public key in jwk: refused as symmetric before any key is tried.
        expectOnly(check(sign(goodHeader(m_ec, QStringLiteral("HS256")), goodClaims(), *secret, JwsAlgorithm::HS256)),
                   DpopErrc::Alg);
    }
    void algNotAllowed()
    {
        DpopPolicy policy;
        policy.allowedAlgorithms = {JwsAlgorithm::EdDSA};
        const DpopResult r =
            DpopValidator(policy, m_clock).validate(sign(goodHeader(m_ec), goodClaims(), m_ec), getRequest());
        expectOnly(r, DpopErrc::Alg);
    }
    void algDoesNotFitKey()
    {
        expectOnly(check(sign(goodHeader(m_ec, QStringLiteral("RS256")), goodClaims(), m_ec)), DpopErrc::Alg);
    }
    void jwkMissing()
    {
        QJsonObject header = goodHeader(m_ec);
        header.remove(QStringLiteral("jwk"));
        expectOnly(check(sign(header, goodClaims(), m_ec)), DpopErrc::JwkMissing);
        header.insert(QStringLiteral("jwk"), QStringLiteral("not an object"));
        expectOnly(check(sign(header, goodClaims(), m_ec)), DpopErrc::JwkMissing);
    }
    void jwkPrivate()
    {
        // DP-JWK-PUBLIC: the private key itself in the header.
        QJsonObject header = goodHeader(m_ec);
        header.insert(QStringLiteral("jwk"), m_ec.toJson(true));
        QVERIFY(m_ec.toJson(true).contains(QStringLiteral("d")));
        const DpopResult r = check(sign(header, goodClaims(), m_ec));
        expectOnly(r, DpopErrc::JwkPrivate);
        QVERIFY(r.issues.first().message.contains(QStringLiteral("(d)")));
        // An RSA private key lists its CRT members.
        const jose::Jwk rsa = makeKey(jose::KeyType::Rsa);
        header = goodHeader(rsa, QStringLiteral("RS256"));
        header.insert(QStringLiteral("jwk"), rsa.toJson(true));
        const DpopResult rr = check(sign(header, goodClaims(), rsa, JwsAlgorithm::RS256));
        expectOnly(rr, DpopErrc::JwkPrivate);
        QVERIFY(rr.issues.first().message.contains(QStringLiteral("qi")));
        // A symmetric key is all secret.
        header.insert(QStringLiteral("jwk"), QJsonObject{{QStringLiteral("kty"), QStringLiteral("oct")},
                                                         {QStringLiteral("k"), QStringLiteral("c2VjcmV0")}});
        expectOnly(check(sign(header, goodClaims(), rsa, JwsAlgorithm::RS256)), DpopErrc::JwkPrivate);
    }
    void jwkInvalid()
    {
        QJsonObject header = goodHeader(m_ec);
        header.insert(QStringLiteral("jwk"), QJsonObject{{QStringLiteral("kty"), QStringLiteral("EC")},
                                                         {QStringLiteral("crv"), QStringLiteral("P-256")},
                                                         {QStringLiteral("x"), QStringLiteral("AAAA")},
                                                         {QStringLiteral("y"), QStringLiteral("AAAA")}});
        expectOnly(check(sign(header, goodClaims(), m_ec)), DpopErrc::JwkInvalid);
    }
    void signatureWrongKey()
    {
        // The header names our key; another key signed.
        expectOnly(check(sign(goodHeader(m_ec), goodClaims(), m_other)), DpopErrc::Signature);
    }
    void signatureTampered()
    {
        QByteArray proof = sign(goodHeader(m_ec), goodClaims(), m_ec);
        const qsizetype dot = proof.indexOf('.');
        const QByteArray changed = jose::Base64Url::encode(QJsonDocument(goodClaims(kNow - 1)).toJson());
        const qsizetype second = proof.indexOf('.', dot + 1);
        proof = proof.left(dot + 1) + changed + proof.mid(second);
        expectOnly(check(proof), DpopErrc::Signature);
    }

    // ---- claim rules ----------------------------------------------------------------------------------------
    void htmMismatch()
    {
        DpopRequest post = getRequest();
        post.method = QByteArrayLiteral("POST");
        expectOnly(check(sign(goodHeader(m_ec), goodClaims(), m_ec), post), DpopErrc::Htm);
        // Methods are case-sensitive.
        expectClaimRefused(QStringLiteral("htm"), QStringLiteral("get"), DpopErrc::Htm);
    }
    void htuMismatch()
    {
        DpopRequest other = getRequest();
        other.url = QStringLiteral("https://api.example.test/other");
        expectOnly(check(sign(goodHeader(m_ec), goodClaims(), m_ec), other), DpopErrc::Htu);
        other.url = QStringLiteral("http://api.example.test/resource"); // scheme matters
        expectOnly(check(sign(goodHeader(m_ec), goodClaims(), m_ec), other), DpopErrc::Htu);
        expectClaimRefused(QStringLiteral("htu"), QStringLiteral("ftp://api.example.test/resource"), DpopErrc::Htu);
    }
    void htuNormalised()
    {
        QJsonObject claims = goodClaims();
        claims.insert(QStringLiteral("htu"), QStringLiteral("HTTPS://API.Example.TEST:443/a/../resource?q=1#f"));
        const DpopResult r = check(sign(goodHeader(m_ec), claims, m_ec));
        QVERIFY2(r.valid, qPrintable(r.codes().join(u' ')));
        QVERIFY(DpopUrl::same(u"http://127.0.0.1:80/x", u"http://127.0.0.1/x"));
        QVERIFY(DpopUrl::same(u"http://h", u"http://h/"));
        QVERIFY(!DpopUrl::same(u"http://h:8080/x", u"http://h/x"));
        QVERIFY(!DpopUrl::normalise(u"http://h/a b").has_value());
        QVERIFY(!DpopUrl::normalise(u"http://user@h/").has_value());
    }
    void iatOutsideWindow()
    {
        expectOnly(check(sign(goodHeader(m_ec), goodClaims(kNow - 61), m_ec)), DpopErrc::Iat);
        expectOnly(check(sign(goodHeader(m_ec), goodClaims(kNow + 61), m_ec)), DpopErrc::Iat);
        QVERIFY(check(sign(goodHeader(m_ec), goodClaims(kNow - 60), m_ec)).valid);
        QVERIFY(check(sign(goodHeader(m_ec), goodClaims(kNow + 60), m_ec)).valid);
        expectClaimRefused(QStringLiteral("iat"), QStringLiteral("1800000000"), DpopErrc::Iat);
    }
    void jtiMissing()
    {
        QJsonObject claims = goodClaims();
        claims.remove(QStringLiteral("jti"));
        expectOnly(check(sign(goodHeader(m_ec), claims, m_ec)), DpopErrc::Jti);
        claims.insert(QStringLiteral("jti"), QString());
        expectOnly(check(sign(goodHeader(m_ec), claims, m_ec)), DpopErrc::Jti);
        claims.insert(QStringLiteral("jti"), QString(300, u'x'));
        expectOnly(check(sign(goodHeader(m_ec), claims, m_ec)), DpopErrc::Jti);
    }
    void replay()
    {
        DpopReplayCache cache(60);
        const DpopValidator validator(DpopPolicy{}, m_clock, &cache);
        const QByteArray proof = sign(goodHeader(m_ec), goodClaims(), m_ec);
        QVERIFY(validator.validate(proof, getRequest()).valid);
        expectOnly(validator.validate(proof, getRequest()), DpopErrc::Replay);
        // Another key may use the same jti: the cache is keyed by thumbprint and jti.
        QVERIFY(validator.validate(sign(goodHeader(m_other), goodClaims(), m_other), getRequest()).valid);
        // A refused proof is not remembered.
        QJsonObject claims = goodClaims();
        claims.insert(QStringLiteral("jti"), QStringLiteral("jti-2"));
        DpopRequest post = getRequest();
        post.method = QByteArrayLiteral("POST");
        QVERIFY(!validator.validate(sign(goodHeader(m_ec), claims, m_ec), post).valid);
        QVERIFY(validator.validate(sign(goodHeader(m_ec), claims, m_ec), getRequest()).valid);
        QCOMPARE(cache.size(), 3);
    }
    void replayCacheBoundedAndWindowed()
    {
        DpopReplayCache cache(60, 2);
        const DpopValidator validator(DpopPolicy{}, m_clock, &cache);
        for (const char* jti : {"a", "b"}) {
            QJsonObject claims = goodClaims();
            claims.insert(QStringLiteral("jti"), QString::fromLatin1(jti));
            QVERIFY(validator.validate(sign(goodHeader(m_ec), claims, m_ec), getRequest()).valid);
        }
        QJsonObject third = goodClaims();
        third.insert(QStringLiteral("jti"), QStringLiteral("c"));
        expectOnly(validator.validate(sign(goodHeader(m_ec), third, m_ec), getRequest()), DpopErrc::ReplayCacheFull);
        // After 2 × window the old entries are gone and the cache takes new proofs again.
        m_clock.setSecs(kNow + 121);
        third.insert(QStringLiteral("iat"), kNow + 121);
        QVERIFY(validator.validate(sign(goodHeader(m_ec), third, m_ec), getRequest()).valid);
        QCOMPARE(cache.size(), 1);
    }
    void athMissing()
    {
        DpopRequest request = getRequest();
        request.accessToken = kToken;
        request.boundJkt = thumbprint(m_ec);
        expectOnly(check(sign(goodHeader(m_ec), goodClaims(), m_ec), request), DpopErrc::AthMissing);
    }
    void athMismatch()
    {
        DpopRequest request = getRequest();
        request.accessToken = kToken;
        request.boundJkt = thumbprint(m_ec);
        QJsonObject claims = goodClaims();
        claims.insert(QStringLiteral("ath"), DpopProofBuilder::accessTokenHash("another token"));
        expectOnly(check(sign(goodHeader(m_ec), claims, m_ec), request), DpopErrc::AthMismatch);
        claims.insert(QStringLiteral("ath"), DpopProofBuilder::accessTokenHash(kToken));
        QVERIFY(check(sign(goodHeader(m_ec), claims, m_ec), request).valid);
    }
    void jktMismatch()
    {
        QJsonObject claims = goodClaims();
        claims.insert(QStringLiteral("ath"), DpopProofBuilder::accessTokenHash(kToken));
        DpopRequest request = getRequest();
        request.accessToken = kToken;
        request.boundJkt = thumbprint(m_other); // the token is bound to another key
        expectOnly(check(sign(goodHeader(m_ec), claims, m_ec), request), DpopErrc::JktMismatch);
        request.boundJkt.clear(); // an unbound token
        expectOnly(check(sign(goodHeader(m_ec), claims, m_ec), request), DpopErrc::JktMissing);
    }
    void nonceExpected()
    {
        DpopRequest request = getRequest();
        request.expectedNonce = QStringLiteral("server-nonce");
        expectOnly(check(sign(goodHeader(m_ec), goodClaims(), m_ec), request), DpopErrc::NonceMissing);
        QJsonObject claims = goodClaims();
        claims.insert(QStringLiteral("nonce"), QStringLiteral("other"));
        expectOnly(check(sign(goodHeader(m_ec), claims, m_ec), request), DpopErrc::NonceMismatch);
        claims.insert(QStringLiteral("nonce"), QStringLiteral("server-nonce"));
        QVERIFY(check(sign(goodHeader(m_ec), claims, m_ec), request).valid);
    }
    void nonceSourceRotation()
    {
        DpopNonceSource nonces(m_clock, 300);
        const DpopValidator validator(DpopPolicy{}, m_clock, nullptr, &nonces);
        const QString first = nonces.current();
        QVERIFY(!first.isEmpty());
        QJsonObject claims = goodClaims();
        expectOnly(validator.validate(sign(goodHeader(m_ec), claims, m_ec), getRequest()), DpopErrc::NonceMissing);
        claims.insert(QStringLiteral("nonce"), first);
        QVERIFY(validator.validate(sign(goodHeader(m_ec), claims, m_ec), getRequest()).valid);
        nonces.rotate(); // the previous nonce still works once
        QVERIFY(nonces.current() != first);
        QVERIFY(validator.validate(sign(goodHeader(m_ec), claims, m_ec), getRequest()).valid);
        nonces.rotate(); // two rotations later it is stale
        expectOnly(validator.validate(sign(goodHeader(m_ec), claims, m_ec), getRequest()), DpopErrc::NonceMismatch);
        // Rotation by time: after the lifetime a new nonce is handed out.
        const QString before = nonces.current();
        m_clock.setSecs(kNow + 301);
        QVERIFY(nonces.current() != before);
        QVERIFY(nonces.accepts(before));
        m_clock.setSecs(kNow + 1000);
        QVERIFY(!nonces.accepts(before));
    }
    void everyIssueListed()
    {
        QJsonObject header = goodHeader(m_ec);
        header.insert(QStringLiteral("typ"), QStringLiteral("JWT"));
        QJsonObject claims = goodClaims(kNow - 3600);
        claims.insert(QStringLiteral("htm"), QStringLiteral("DELETE"));
        const DpopResult r = check(sign(header, claims, m_ec));
        QCOMPARE(r.codes(),
                 (QStringList{QStringLiteral("dpop.typ"), QStringLiteral("dpop.htm"), QStringLiteral("dpop.iat")}));
    }
    void knownKeysStillVerifyEverySignature()
    {
        // The imported jwk is remembered by the header's bytes; the signature is checked on every proof all the same.
        const DpopValidator validator(DpopPolicy{}, m_clock);
        QVERIFY(validator.validate(sign(goodHeader(m_ec), goodClaims(), m_ec), getRequest()).valid);
        const DpopResult forged = validator.validate(sign(goodHeader(m_ec), goodClaims(), m_other), getRequest());
        QCOMPARE(forged.codes(), QStringList{QStringLiteral("dpop.signature")});
        QCOMPARE(forged.jkt, thumbprint(m_ec));
        QJsonObject privateHeader = goodHeader(m_ec);
        privateHeader.insert(QStringLiteral("jwk"), m_ec.toJson(true));
        QCOMPARE(validator.validate(sign(privateHeader, goodClaims(), m_ec), getRequest()).codes(),
                 QStringList{QStringLiteral("dpop.jwk-private")});
    }

    void policyRefusesSymmetricAlgorithms()
    {
        DpopPolicy policy;
        policy.allowedAlgorithms.append(JwsAlgorithm::HS256);
        const DpopResult r =
            DpopValidator(policy, m_clock).validate(sign(goodHeader(m_ec), goodClaims(), m_ec), getRequest());
        QCOMPARE(r.codes(), QStringList{QStringLiteral("dpop.policy")});
    }
    void builderRefusesSecretsAndPublicKeys()
    {
        DpopProofBuilder::Options options;
        options.method = QByteArrayLiteral("GET");
        options.url = kUrl;
        auto secret = jose::Jwk::fromSecret(QByteArray(32, 's'));
        QVERIFY(secret.has_value());
        QVERIFY(!DpopProofBuilder::build(*secret, options).has_value());
        auto pub = m_ec.publicKey();
        QVERIFY(pub.has_value());
        QVERIFY(!DpopProofBuilder::build(*pub, options).has_value());
        options.url = QStringLiteral("not a url");
        QVERIFY(!DpopProofBuilder::build(m_ec, options).has_value());
    }
};

QTEST_GUILESS_MAIN(TestDpopValidator)
#include "tst_dpopvalidator.moc"
