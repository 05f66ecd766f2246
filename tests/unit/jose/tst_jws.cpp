#include "core/common/Clock.h"
#include "core/jose/TokenValidator.h"

#include "tests/unit/jose/JoseTestUtil.h"

#include "tests/support/DataColumns.h"

#include <QJsonArray>

using namespace authscope;
using namespace authscope::jose;
using namespace authscope::test;

namespace {

ValidationPolicy jwsPolicy()
{
    ValidationPolicy p;
    p.jwt = false;
    return p;
}

QJsonObject example(int index)
{
    return readJsonData(QStringLiteral("rfc7515_appendix_a.json"))
        .object()
        .value(QStringLiteral("examples"))
        .toArray()
        .at(index)
        .toObject();
}

QByteArray str(const QJsonObject& o, const char* name)
{
    return o.value(QLatin1StringView(name)).toString().toUtf8();
}

} // namespace

class tst_Jws final : public QObject
{
    Q_OBJECT

private slots:
    // RFC 7515 Appendix A.1-A.4: the compact forms verify with the given keys; A.1 (HS256) and A.2 (RS256)
    // re-sign byte-exact from the exact header and payload bytes.
    void rfc7515_data()
    {
        addColumns<int, bool>("index", "deterministic");
        QTest::newRow("A.1 HS256") << 0 << true;
        QTest::newRow("A.2 RS256") << 1 << true;
        QTest::newRow("A.3 ES256") << 2 << false;
        QTest::newRow("A.4 ES512") << 3 << false;
    }
    void rfc7515()
    {
        QFETCH(int, index);
        QFETCH(bool, deterministic);
        const QJsonObject ex = example(index);
        const Jwk key = jwkFromObject(ex.value(QStringLiteral("jwk")).toObject());
        const auto alg = *JwsAlgorithms::fromName(ex.value(QStringLiteral("alg")).toString());
        auto jws = Jws::parse(str(ex, "compact"));
        QVERIFY(jws);
        QCOMPARE(jws->signingInput().toByteArray(), str(ex, "signing_input"));
        QCOMPARE(QString::fromUtf8(jws->payload()), ex.value(QStringLiteral("payload")).toString());
        QVERIFY(key.verify(alg, jws->signingInput(), jws->signature()));
        if (deterministic) {
            auto sig = key.sign(alg, str(ex, "signing_input"));
            QVERIFY(sig);
            QCOMPARE(Base64Url::encode(*sig), str(ex, "signature_b64"));
        }
        // The public half verifies through the validator as a JWT at a time before exp (A.1-A.3 carry exp).
        JwkSet keys;
        keys.add(key.isSymmetric() ? key : *key.publicKey());
        FakeClock clock(1300819000LL * 1000);
        ValidationPolicy policy;
        policy.jwt = index < 3; // A.4's payload is the text "Payload"
        TokenValidator validator(keys, policy, clock);
        const ValidationResult r = validator.validate(str(ex, "compact"));
        QVERIFY2(r.valid, qPrintable(r.codes().join(u' ')));
        clock.setSecs(1300819380 + 31);
        if (policy.jwt) {
            QVERIFY(validator.validate(str(ex, "compact")).has(JoseErrc::Expired));
        }
    }

    // RFC 7515 A.5: an Unsecured JWS must be rejected by every verifier, whatever key it holds.
    void rfc7515A5Rejected()
    {
        const QJsonObject ex = example(4);
        FakeClock clock(1300819000LL * 1000);
        for (const Jwk& key : {jwkFromObject(example(0).value(QStringLiteral("jwk")).toObject()),
                               *jwkFromObject(example(1).value(QStringLiteral("jwk")).toObject()).publicKey()}) {
            TokenValidator validator(JwkSet({key}), ValidationPolicy{}, clock);
            const ValidationResult r = validator.validate(str(ex, "compact"));
            QVERIFY(!r.valid);
            QVERIFY(r.has(JoseErrc::AlgNone));
            ValidationPolicy allowAll;
            allowAll.allowedAlgorithms = JwsAlgorithms::all();
            TokenValidator permissive(JwkSet({key}), allowAll, clock);
            QVERIFY(permissive.validate(str(ex, "compact")).has(JoseErrc::AlgNone));
        }
    }

    // RFC 7520 §4.1-4.4 (and Wycheproof's copies): 4.1 RS256 and 4.4 HS256 re-sign byte-exact; 4.2 PS384 and
    // 4.3 ES512 are randomized and verify only.
    void rfc7520_data()
    {
        addColumns<QString, bool>("file", "deterministic");
        QTest::newRow("4.1 RS256") << "4_1.rsa_v15_signature.json" << true;
        QTest::newRow("4.2 PS384") << "4_2.rsa-pss_signature.json" << false;
        QTest::newRow("4.3 ES512") << "4_3.ecdsa_signature.json" << false;
        QTest::newRow("4.4 HS256") << "4_4.hmac-sha2_integrity_protection.json" << true;
    }
    void rfc7520()
    {
        QFETCH(QString, file);
        QFETCH(bool, deterministic);
        const QJsonObject v = readJsonData(QStringLiteral("rfc7520-cookbook/jws/") + file).object();
        const QJsonObject input = v.value(QStringLiteral("input")).toObject();
        const QJsonObject signing = v.value(QStringLiteral("signing")).toObject();
        const Jwk key = jwkFromObject(input.value(QStringLiteral("key")).toObject());
        const auto alg = *JwsAlgorithms::fromName(input.value(QStringLiteral("alg")).toString());
        const QByteArray compactForm =
            v.value(QStringLiteral("output")).toObject().value(QStringLiteral("compact")).toString().toUtf8();
        auto jws = Jws::parse(compactForm);
        QVERIFY(jws);
        QCOMPARE(jws->signingInput().toByteArray(), str(signing, "sig-input"));
        QCOMPARE(QString::fromUtf8(jws->payload()), input.value(QStringLiteral("payload")).toString());
        JwkSet keys({key.isSymmetric() ? key : *key.publicKey()});
        const ValidationResult r = TokenValidator(keys, jwsPolicy()).validate(compactForm);
        QVERIFY2(r.valid, qPrintable(r.codes().join(u' ')));
        QCOMPARE(r.keyId, key.kid());
        if (deterministic) {
            auto sig = key.sign(alg, str(signing, "sig-input"));
            QVERIFY(sig);
            QCOMPARE(Base64Url::encode(*sig), str(signing, "sig"));
        }
        // As a JWT the same token is refused: its payload is prose, not a claims set.
        QVERIFY(TokenValidator(keys).validate(compactForm).has(JoseErrc::NotJwt));
    }

    // §4.5 detached content: the compact form carries an empty payload, so the signature cannot match.
    void rfc7520DetachedRejected()
    {
        const QJsonObject v =
            readJsonData(QStringLiteral("rfc7520-cookbook/jws/4_5.signature_with_detached_content.json")).object();
        const Jwk key =
            jwkFromObject(v.value(QStringLiteral("input")).toObject().value(QStringLiteral("key")).toObject());
        const QByteArray token =
            v.value(QStringLiteral("output")).toObject().value(QStringLiteral("compact")).toString().toUtf8();
        QVERIFY(!TokenValidator(JwkSet({key}), jwsPolicy()).validate(token).valid);
        QVERIFY(!TokenValidator(JwkSet({key})).validate(token).valid);
    }

    // RFC 8037 A.4 (Ed25519): verifies, and re-signs byte-exact (Ed25519 is deterministic).
    void rfc8037()
    {
        const QJsonObject v = readJsonData(QStringLiteral("rfc7520-cookbook/curve25519/jws.json")).object();
        const QJsonObject input = v.value(QStringLiteral("input")).toObject();
        const QJsonObject signing = v.value(QStringLiteral("signing")).toObject();
        const Jwk key = jwkFromObject(input.value(QStringLiteral("key")).toObject());
        const QByteArray token =
            v.value(QStringLiteral("output")).toObject().value(QStringLiteral("compact")).toString().toUtf8();
        auto sig = key.sign(JwsAlgorithm::EdDSA, str(signing, "sig-input"));
        QVERIFY(sig);
        QCOMPARE(Base64Url::encode(*sig), str(signing, "sig"));
        auto signedToken = Jws::sign(QJsonObject{{QStringLiteral("alg"), QStringLiteral("EdDSA")}},
                                     QByteArray("Example of Ed25519 signing"), key);
        QVERIFY(signedToken);
        QCOMPARE(*signedToken, token);
        const ValidationResult r = TokenValidator(JwkSet({*key.publicKey()}), jwsPolicy()).validate(token);
        QVERIFY2(r.valid, qPrintable(r.codes().join(u' ')));
    }

    // RFC 7797: the cookbook signature over an unencoded payload verifies; b64:false is honoured only for a
    // plain JWS that lists b64 in crit, and never for a JWT.
    void rfc7797()
    {
        const QJsonObject v =
            readJsonData(QStringLiteral("rfc7520-cookbook/rfc7797/4.2.hmac-sha2_b64_false.json")).object();
        const QJsonObject signing = v.value(QStringLiteral("signing")).toObject();
        const Jwk key =
            jwkFromObject(v.value(QStringLiteral("input")).toObject().value(QStringLiteral("key")).toObject());
        QVERIFY(key.verify(JwsAlgorithm::HS256, str(signing, "sig-input"), *Base64Url::decode(str(signing, "sig"))));

        const QByteArray header = "{\"alg\":\"HS256\",\"b64\":false,\"crit\":[\"b64\"]}";
        const QByteArray input = Base64Url::encode(header) + ".hello world";
        const QByteArray token = input + '.' + Base64Url::encode(*key.sign(JwsAlgorithm::HS256, input));
        const ValidationResult asJws = TokenValidator(JwkSet({key}), jwsPolicy()).validate(token);
        QVERIFY2(asJws.valid, qPrintable(asJws.codes().join(u' ')));
        QCOMPARE(asJws.payload, QByteArray("hello world"));
        QVERIFY(TokenValidator(JwkSet({key})).validate(token).has(JoseErrc::B64False));

        const QByteArray noCrit = "{\"alg\":\"HS256\",\"b64\":false}";
        const QByteArray input2 = Base64Url::encode(noCrit) + ".hello";
        const QByteArray token2 = input2 + '.' + Base64Url::encode(*key.sign(JwsAlgorithm::HS256, input2));
        QVERIFY(TokenValidator(JwkSet({key}), jwsPolicy()).validate(token2).has(JoseErrc::Crit));
    }

    // Sign -> verify for every algorithm and every key format.
    void roundTrip_data()
    {
        addColumns<QString, QString, QString, QByteArray>("alg", "signKey", "verifyKey", "passphrase");
        const QByteArray pw = "correct-horse";
        for (const char* a : {"RS256", "RS384", "RS512", "PS256", "PS384", "PS512"}) {
            QTest::addRow("%s pkcs8/spki", a) << a << "rsa2048.pkcs8.pem"
                                              << "rsa2048.spki.pem" << QByteArray();
            QTest::addRow("%s pkcs1/pkcs1", a) << a << "rsa2048.pkcs1.pem"
                                               << "rsa2048.pub.pkcs1.pem" << QByteArray();
            QTest::addRow("%s encrypted/cert", a) << a << "rsa2048.enc.pem"
                                                  << "rsa2048.cert.pem" << pw;
            QTest::addRow("%s jwk/jwk", a) << a << "jwk:rsa2048.pkcs8.pem"
                                           << "jwk:rsa2048.spki.pem" << QByteArray();
        }
        QTest::newRow("RS256 rsa3072") << "RS256"
                                       << "rsa3072.pkcs8.pem"
                                       << "rsa3072.pkcs8.pem" << QByteArray();
        QTest::newRow("ES256 sec1/spki") << "ES256"
                                         << "ecp256.sec1.pem"
                                         << "ecp256.spki.pem" << QByteArray();
        QTest::newRow("ES256 params+sec1/cert") << "ES256"
                                                << "ecp256.params-and-sec1.pem"
                                                << "ecp256.params-and-sec1.pem" << QByteArray();
        QTest::newRow("ES256 encrypted/cert") << "ES256"
                                              << "ecp256.enc.pem"
                                              << "ecp256.cert.pem" << pw;
        QTest::newRow("ES256 jwk/jwk") << "ES256"
                                       << "jwk:ecp256.pkcs8.pem"
                                       << "jwk:ecp256.spki.pem" << QByteArray();
        QTest::newRow("ES384 pkcs8/spki") << "ES384"
                                          << "ecp384.pkcs8.pem"
                                          << "ecp384.spki.pem" << QByteArray();
        QTest::newRow("ES384 sec1/jwk") << "ES384"
                                        << "ecp384.sec1.pem"
                                        << "jwk:ecp384.spki.pem" << QByteArray();
        QTest::newRow("ES512 pkcs8/spki") << "ES512"
                                          << "ecp521.pkcs8.pem"
                                          << "ecp521.spki.pem" << QByteArray();
        QTest::newRow("ES512 jwk/jwk") << "ES512"
                                       << "jwk:ecp521.sec1.pem"
                                       << "jwk:ecp521.spki.pem" << QByteArray();
        QTest::newRow("EdDSA ed25519") << "EdDSA"
                                       << "ed25519.pkcs8.pem"
                                       << "ed25519.spki.pem" << QByteArray();
        QTest::newRow("EdDSA ed25519 encrypted/jwk") << "EdDSA"
                                                     << "ed25519.enc.pem"
                                                     << "jwk:ed25519.spki.pem" << pw;
        QTest::newRow("EdDSA ed448") << "EdDSA"
                                     << "ed448.pkcs8.pem"
                                     << "jwk:ed448.spki.pem" << QByteArray();
        QTest::newRow("HS256") << "HS256"
                               << "secret:hs256.secret"
                               << "secret:hs256.secret" << QByteArray();
        QTest::newRow("HS384") << "HS384"
                               << "secret:hs512.secret"
                               << "secret:hs512.secret" << QByteArray();
        QTest::newRow("HS512") << "HS512"
                               << "secret:hs512.secret"
                               << "jwk-secret:hs512.secret" << QByteArray();
    }
    void roundTrip()
    {
        QFETCH(QString, alg);
        QFETCH(QString, signKey);
        QFETCH(QString, verifyKey);
        QFETCH(QByteArray, passphrase);
        auto load = [&](const QString& spec) -> Jwk {
            if (spec.startsWith(u"secret:")) {
                return secretKey(readData(QStringLiteral("keys/") + spec.mid(7)));
            }
            if (spec.startsWith(u"jwk-secret:")) {
                return jwkFromObject(secretKey(readData(QStringLiteral("keys/") + spec.mid(11))).toJson(true));
            }
            if (spec.startsWith(u"jwk:")) {
                return jwkFromObject(loadPemKey(spec.mid(4), passphrase).toJson(true));
            }
            return loadPemKey(spec, passphrase);
        };
        const Jwk signer = load(signKey);
        Jwk verifier = load(verifyKey);
        if (!verifier.isSymmetric()) {
            verifier = *verifier.publicKey();
        }
        const QJsonObject claims{{QStringLiteral("sub"), QStringLiteral("alice")}, {QStringLiteral("exp"), 2000000000}};
        auto token =
            Jws::sign(QJsonObject{{QStringLiteral("alg"), alg}, {QStringLiteral("typ"), QStringLiteral("JWT")}},
                      json(claims), signer);
        QVERIFY2(token, qPrintable(token ? QString() : token.error().toString()));
        FakeClock clock(1900000000LL * 1000);
        const ValidationResult r = TokenValidator(JwkSet({verifier}), ValidationPolicy{}, clock).validate(*token);
        QVERIFY2(r.valid, qPrintable(r.codes().join(u' ')));
        QCOMPARE(r.claims.subject(), QStringLiteral("alice"));
        QCOMPARE(JwsAlgorithms::name(*r.algorithm), alg);
        // One flipped bit anywhere in the signature fails.
        QByteArray tampered = *token;
        const qsizetype last = tampered.size() - 2;
        tampered[last] = tampered[last] == 'A' ? 'B' : 'A';
        QVERIFY(!TokenValidator(JwkSet({verifier}), ValidationPolicy{}, clock).validate(tampered).valid);
    }

    void parseStructure_data()
    {
        addColumns<QByteArray, QString>("token", "code");
        QTest::newRow("empty") << QByteArray() << "jose.malformed";
        QTest::newRow("one dot") << QByteArray("eyJhbGciOiJIUzI1NiJ9.e30") << "jose.malformed";
        QTest::newRow("three dots") << QByteArray("eyJhbGciOiJIUzI1NiJ9.e30.AA.AA") << "jose.malformed";
        QTest::newRow("jwe") << QByteArray("eyJhbGciOiJSU0EtT0FFUCJ9.a.b.c.d") << "jose.type-confusion";
        QTest::newRow("empty header") << QByteArray(".e30.AA") << "jose.malformed";
        QTest::newRow("header not json") << QByteArray("aGVsbG8.e30.AA") << "jose.json";
        QTest::newRow("header array") << QByteArray("W10.e30.AA") << "jose.json";
        QTest::newRow("padded payload") << QByteArray("eyJhbGciOiJIUzI1NiJ9.e30=.AA") << "jose.base64";
        QTest::newRow("space in signature") << QByteArray("eyJhbGciOiJIUzI1NiJ9.e30.A A") << "jose.base64";
        QTest::newRow("too large") << QByteArray(16 * 1024 + 1, 'a') << "jose.too-large";
    }
    void parseStructure()
    {
        QFETCH(QByteArray, token);
        QFETCH(QString, code);
        auto jws = Jws::parse(token);
        QVERIFY(!jws);
        QCOMPARE(jws.error().code, code);
    }

    void headerCache()
    {
        Jws::clearHeaderCache();
        const QByteArray token = str(example(0), "compact");
        QVERIFY(Jws::parse(token));
        QVERIFY(Jws::parse(token));
        QCOMPARE(Jws::headerCacheSize(), 1);
        for (int i = 0; i < 200; ++i) { // bounded under a flood of distinct headers
            QVERIFY(Jws::parse(compact(QStringLiteral("{\"alg\":\"HS256\",\"n\":%1}").arg(i).toUtf8(), "{}", "x")));
        }
        QVERIFY(Jws::headerCacheSize() <= 64);
    }
};

QTEST_GUILESS_MAIN(tst_Jws)
#include "tst_jws.moc"
