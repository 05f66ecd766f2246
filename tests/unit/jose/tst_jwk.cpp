#include "core/jose/JwkSet.h"

#include "tests/unit/jose/JoseTestUtil.h"

#include "tests/support/DataColumns.h"

#include <QJsonArray>

using namespace authscope::jose;
using namespace authscope::test;

class tst_Jwk final : public QObject
{
    Q_OBJECT

private slots:
    // RFC 7520 §3: every cookbook JWK imports, and exports back to the same members.
    void rfc7520Keys_data()
    {
        addColumns<QString, int, bool, QString>("file", "type", "isPrivate", "thumbprint");
        QTest::newRow("3.1 EC public") << "3_1.ec_public_key.json" << int(KeyType::Ec) << false
                                       << "dHri3SADZkrush5HU_50AoRhcKFryN-PI6jPBtPL55M";
        QTest::newRow("3.2 EC private") << "3_2.ec_private_key.json" << int(KeyType::Ec) << true
                                        << "dHri3SADZkrush5HU_50AoRhcKFryN-PI6jPBtPL55M";
        QTest::newRow("3.3 RSA public") << "3_3.rsa_public_key.json" << int(KeyType::Rsa) << false
                                        << "9jg46WB3rR_AHD-EBXdN7cBkH1WOu0tA3M9fm21mqTI";
        QTest::newRow("3.4 RSA private") << "3_4.rsa_private_key.json" << int(KeyType::Rsa) << true
                                         << "9jg46WB3rR_AHD-EBXdN7cBkH1WOu0tA3M9fm21mqTI";
        QTest::newRow("3.5 oct") << "3_5.symmetric_key_mac_computation.json" << int(KeyType::Oct) << true
                                 << "RtoRur_1Dir5M4wuOfqNkDYOf9O_4RJ-aHkTA75RLA8";
    }
    void rfc7520Keys()
    {
        QFETCH(QString, file);
        QFETCH(int, type);
        QFETCH(bool, isPrivate);
        QFETCH(QString, thumbprint);
        const QJsonObject json = readJsonData(QStringLiteral("rfc7520-cookbook/jwk/") + file).object();
        auto key = Jwk::fromJson(json);
        QVERIFY2(key, qPrintable(key ? QString() : key.error().toString()));
        QCOMPARE(int(key->type()), type);
        QCOMPARE(key->isPrivate(), isPrivate);
        QCOMPARE(*key->thumbprintBase64Url(), thumbprint);
        QCOMPARE(key->kid(), json.value(QStringLiteral("kid")).toString());
        // Export keeps every member the cookbook has (and only those).
        QCOMPARE(key->toJson(true), json);
        const QJsonObject pub = key->toJson(false);
        for (const char* secret : {"d", "p", "q", "dp", "dq", "qi", "k"}) {
            QVERIFY(!pub.contains(QLatin1StringView(secret)));
        }
    }

    void rfc8037Thumbprint()
    {
        const QJsonObject json{{QStringLiteral("kty"), QStringLiteral("OKP")},
                               {QStringLiteral("crv"), QStringLiteral("Ed25519")},
                               {QStringLiteral("x"), QStringLiteral("11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo")}};
        auto key = Jwk::fromJson(json);
        QVERIFY(key);
        QCOMPARE(*key->thumbprintBase64Url(), QStringLiteral("kPrK_qmxVWaYVA9wwBF6Iuo3vVzz7TxHCTwXBygrS4k"));
    }

    void pemToJwkAndBack_data()
    {
        addColumns<QString, QString, QString>("file", "kty", "crv");
        QTest::newRow("rsa pkcs8") << "rsa2048.pkcs8.pem"
                                   << "RSA"
                                   << "";
        QTest::newRow("rsa pkcs1") << "rsa2048.pkcs1.pem"
                                   << "RSA"
                                   << "";
        QTest::newRow("rsa cert") << "rsa2048.cert.pem"
                                  << "RSA"
                                  << "";
        QTest::newRow("ec sec1") << "ecp256.sec1.pem"
                                 << "EC"
                                 << "P-256";
        QTest::newRow("ec p384") << "ecp384.pkcs8.pem"
                                 << "EC"
                                 << "P-384";
        QTest::newRow("ec p521") << "ecp521.spki.pem"
                                 << "EC"
                                 << "P-521";
        QTest::newRow("ed25519") << "ed25519.pkcs8.pem"
                                 << "OKP"
                                 << "Ed25519";
        QTest::newRow("ed448") << "ed448.pkcs8.pem"
                               << "OKP"
                               << "Ed448";
    }
    void pemToJwkAndBack()
    {
        QFETCH(QString, file);
        QFETCH(QString, kty);
        QFETCH(QString, crv);
        const Jwk key = loadPemKey(file);
        const QJsonObject json = key.toJson(true);
        QCOMPARE(json.value(QStringLiteral("kty")).toString(), kty);
        QCOMPARE(json.value(QStringLiteral("crv")).toString(), crv);
        auto back = Jwk::fromJson(json);
        QVERIFY(back);
        QCOMPARE(back->toJson(true), json);
        QCOMPARE(*back->thumbprintBase64Url(), *key.thumbprintBase64Url());
        auto pem = back->toPem(authscope::crypto::PemFormat::PublicSpki);
        QVERIFY(pem);
        auto again = Jwk::fromPem(*pem);
        QVERIFY(again);
        QCOMPARE(*again->thumbprintBase64Url(), *key.thumbprintBase64Url());
    }

    void malformed_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("no kty") << QByteArray("{\"k\":\"AAAA\"}");
        QTest::newRow("unknown kty") << QByteArray("{\"kty\":\"DSA\"}");
        QTest::newRow("kty number") << QByteArray("{\"kty\":1}");
        QTest::newRow("oct empty") << QByteArray("{\"kty\":\"oct\",\"k\":\"\"}");
        QTest::newRow("oct padded") << QByteArray("{\"kty\":\"oct\",\"k\":\"AAAA==\"}");
        QTest::newRow("rsa no e") << QByteArray("{\"kty\":\"RSA\",\"n\":\"AQAB\"}");
        QTest::newRow("rsa even modulus") << QByteArray("{\"kty\":\"RSA\",\"n\":\"AQAA\",\"e\":\"AQAB\"}");
        QTest::newRow("rsa partial crt") << QByteArray(
            "{\"kty\":\"RSA\",\"n\":\"AQAB\",\"e\":\"AQAB\",\"d\":\"AQAB\",\"p\":\"AQAB\"}");
        QTest::newRow("rsa oth") << QByteArray("{\"kty\":\"RSA\",\"n\":\"AQAB\",\"e\":\"AQAB\",\"oth\":[]}");
        QTest::newRow("ec wrong curve") << QByteArray(
            "{\"kty\":\"EC\",\"crv\":\"P-192\",\"x\":\"AAAA\",\"y\":\"AAAA\"}");
        QTest::newRow("ec short x") << QByteArray("{\"kty\":\"EC\",\"crv\":\"P-256\",\"x\":\"AAAA\",\"y\":\"AAAA\"}");
        QTest::newRow("okp x25519") << QByteArray("{\"kty\":\"OKP\",\"crv\":\"X25519\",\"x\":\"AAAA\"}");
        QTest::newRow("okp short") << QByteArray("{\"kty\":\"OKP\",\"crv\":\"Ed25519\",\"x\":\"AAAA\"}");
        QTest::newRow("key_ops not array") << QByteArray("{\"kty\":\"oct\",\"k\":\"AAAA\",\"key_ops\":\"sign\"}");
        QTest::newRow("key_ops duplicate")
            << QByteArray("{\"kty\":\"oct\",\"k\":\"AAAA\",\"key_ops\":[\"sign\",\"sign\"]}");
        QTest::newRow("kid number") << QByteArray("{\"kty\":\"oct\",\"k\":\"AAAA\",\"kid\":5}");
        QTest::newRow("alg mismatch") << QByteArray("{\"kty\":\"oct\",\"k\":\"AAAA\",\"alg\":\"RS256\"}");
        QTest::newRow("duplicate member") << QByteArray("{\"kty\":\"oct\",\"k\":\"AAAA\",\"k\":\"BBBB\"}");
        QTest::newRow("not json") << QByteArray("kty=oct");
    }
    void malformed()
    {
        QFETCH(QByteArray, json);
        QVERIFY(!Jwk::fromJsonText(json));
    }

    void useAndKeyOps()
    {
        Jwk key = secretKey(QByteArray(32, 'k'));
        QVERIFY(key.allows(Jwk::Operation::Verify));
        key.setUse(QStringLiteral("enc"));
        QVERIFY(!key.allows(Jwk::Operation::Verify));
        QCOMPARE(key.checkUsable(JwsAlgorithm::HS256, Jwk::Operation::Verify).error().code,
                 QStringLiteral("jose.key-unusable"));
        key.setUse(QString());
        key.setKeyOps({QStringLiteral("sign")});
        QVERIFY(key.allows(Jwk::Operation::Sign));
        QVERIFY(!key.allows(Jwk::Operation::Verify));
        const Jwk copy = key;
        key.setKeyOps({QStringLiteral("verify")});
        QVERIFY(!copy.allows(Jwk::Operation::Verify)); // setters detach
    }

    void pinnedAlgorithms()
    {
        const Jwk rsa = loadPemKey(QStringLiteral("rsa2048.spki.pem"));
        QCOMPARE(rsa.pinnedAlgorithms().size(), 6);
        QVERIFY(!rsa.pinnedAlgorithms().contains(JwsAlgorithm::HS256));
        Jwk pinned = rsa;
        pinned.setAlg(QStringLiteral("PS256"));
        QCOMPARE(pinned.pinnedAlgorithms(), QList<JwsAlgorithm>{JwsAlgorithm::PS256});
        pinned.setAlg(QStringLiteral("RSA-OAEP"));
        QVERIFY(pinned.pinnedAlgorithms().isEmpty());
        QCOMPARE(loadPemKey(QStringLiteral("ecp384.spki.pem")).pinnedAlgorithms(),
                 QList<JwsAlgorithm>{JwsAlgorithm::ES384});
        QCOMPARE(loadPemKey(QStringLiteral("ed448.spki.pem")).pinnedAlgorithms(),
                 QList<JwsAlgorithm>{JwsAlgorithm::EdDSA});
        QCOMPARE(secretKey(QByteArray(64, 's')).pinnedAlgorithms().size(), 3);
    }

    void generate_data()
    {
        addColumns<int, int, QString, QString, int>("type", "bits", "curve", "alg", "expectedBits");
        QTest::newRow("ec default") << int(KeyType::Ec) << 0 << ""
                                    << "" << 256;
        QTest::newRow("ec from alg") << int(KeyType::Ec) << 0 << ""
                                     << "ES512" << 521;
        QTest::newRow("ec p384") << int(KeyType::Ec) << 0 << "P-384"
                                 << "ES384" << 384;
        QTest::newRow("ed25519") << int(KeyType::Okp) << 0 << ""
                                 << "EdDSA" << 256;
        QTest::newRow("ed448") << int(KeyType::Okp) << 0 << "Ed448"
                               << "" << 456;
        QTest::newRow("oct HS256") << int(KeyType::Oct) << 0 << ""
                                   << "HS256" << 256;
        QTest::newRow("oct HS512") << int(KeyType::Oct) << 0 << ""
                                   << "HS512" << 512;
        QTest::newRow("oct 384 bits") << int(KeyType::Oct) << 384 << ""
                                      << "" << 384;
    }
    void generate()
    {
        QFETCH(int, type);
        QFETCH(int, bits);
        QFETCH(QString, curve);
        QFETCH(QString, alg);
        QFETCH(int, expectedBits);
        Jwk::GenerateOptions options;
        options.type = KeyType(type);
        options.bits = bits;
        options.curve = curve;
        options.alg = alg;
        auto key = Jwk::generate(options);
        QVERIFY2(key, qPrintable(key ? QString() : key.error().toString()));
        QCOMPARE(key->bits(), expectedBits);
        QVERIFY(key->isPrivate());
        QCOMPARE(key->kid(), *key->thumbprintBase64Url());
        QCOMPARE(key->use(), QStringLiteral("sig"));
        const JwsAlgorithm a = key->pinnedAlgorithms().first();
        auto sig = key->sign(a, "input");
        QVERIFY(sig);
        QVERIFY(key->verify(a, "input", *sig));
    }

    void generateRefused_data()
    {
        addColumns<int, int, QString, QString>("type", "bits", "curve", "alg");
        QTest::newRow("rsa 1024") << int(KeyType::Rsa) << 1024 << ""
                                  << "";
        QTest::newRow("oct too short for HS512") << int(KeyType::Oct) << 256 << ""
                                                 << "HS512";
        QTest::newRow("oct 128") << int(KeyType::Oct) << 128 << ""
                                 << "";
        QTest::newRow("oct odd bits") << int(KeyType::Oct) << 260 << ""
                                      << "";
        QTest::newRow("ec bad curve") << int(KeyType::Ec) << 0 << "P-192"
                                      << "";
        QTest::newRow("ec alg mismatch") << int(KeyType::Ec) << 0 << "P-256"
                                         << "ES384";
        QTest::newRow("okp x25519") << int(KeyType::Okp) << 0 << "X25519"
                                    << "";
        QTest::newRow("alg none") << int(KeyType::Oct) << 0 << ""
                                  << "none";
    }
    void generateRefused()
    {
        QFETCH(int, type);
        QFETCH(int, bits);
        QFETCH(QString, curve);
        QFETCH(QString, alg);
        Jwk::GenerateOptions options;
        options.type = KeyType(type);
        options.bits = bits;
        options.curve = curve;
        options.alg = alg;
        QVERIFY(!Jwk::generate(options));
    }

    void keySet()
    {
        const QByteArray text =
            "{\"keys\":[{\"kty\":\"oct\",\"kid\":\"a\",\"k\":\"c2VjcmV0c2VjcmV0c2VjcmV0c2VjcmV0c2VjcmV0MTI\"},"
            "{\"kty\":\"OKP\",\"kid\":\"b\",\"crv\":\"Ed25519\",\"x\":\"11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo\","
            "\"d\":\"nWGxne_9WmC6hEr0kuwsxERJxWl7MmkZcDusAxyuf2A\"}]}";
        auto set = JwkSet::fromJsonText(text);
        QVERIFY(set);
        QCOMPARE(set->size(), 2);
        QVERIFY(set->findByKid(u"a"));
        QVERIFY(!set->findByKid(u"A"));
        QVERIFY(!set->findByKid(u"a "));
        QVERIFY(!set->findByKid(u"' OR 1=1 --"));
        // Rule 13: the published set has public members only and no oct key.
        const QJsonObject published = set->toPublicJson();
        const QJsonArray keys = published.value(QStringLiteral("keys")).toArray();
        QCOMPARE(keys.size(), 1);
        QCOMPARE(keys.first().toObject().value(QStringLiteral("kid")).toString(), QStringLiteral("b"));
        QVERIFY(!keys.first().toObject().contains(QStringLiteral("d")));
        QVERIFY(!JwkSet::fromJsonText("{\"keys\":{}}"));
        QVERIFY(!JwkSet::fromJsonText("{\"keys\":[{\"kty\":\"nope\"}]}"));
    }

    void keyFile_data()
    {
        addColumns<QByteArray, int>("contents", "count");
        QTest::newRow("pem") << readData(QStringLiteral("keys/ecp256.pkcs8.pem")) << 1;
        QTest::newRow("cert") << readData(QStringLiteral("keys/rsa2048.cert.pem")) << 1;
        QTest::newRow("jwk") << readData(QStringLiteral("rfc7520-cookbook/jwk/3_1.ec_public_key.json")) << 1;
        QTest::newRow("jwks") << QByteArray("{\"keys\":[]}") << 0;
        QTest::newRow("garbage") << QByteArray("hello") << -1;
        QTest::newRow("bad pem") << QByteArray("-----BEGIN PRIVATE KEY-----\nAAA\n-----END PRIVATE KEY-----") << -1;
    }
    void keyFile()
    {
        QFETCH(QByteArray, contents);
        QFETCH(int, count);
        auto set = JwkSet::fromKeyFile(contents);
        QCOMPARE(bool(set), count >= 0);
        if (set) {
            QCOMPARE(set->size(), count);
        }
    }
};

QTEST_GUILESS_MAIN(tst_Jwk)
#include "tst_jwk.moc"
