#include "core/crypto/PKey.h"

#include "tests/support/DataColumns.h"
#include "tests/support/TestSupport.h"

#include <QTest>

using namespace authscope::crypto;
using authscope::test::readData;

class tst_PKey final : public QObject
{
    Q_OBJECT

private slots:
    void load_data()
    {
        authscope::test::addColumns<QString, int, bool, int>("file", "algorithm", "isPrivate", "bits");
        QTest::newRow("rsa pkcs8") << "rsa2048.pkcs8.pem" << int(KeyAlgorithm::Rsa) << true << 2048;
        QTest::newRow("rsa pkcs1") << "rsa2048.pkcs1.pem" << int(KeyAlgorithm::Rsa) << true << 2048;
        QTest::newRow("rsa spki") << "rsa2048.spki.pem" << int(KeyAlgorithm::Rsa) << false << 2048;
        QTest::newRow("rsa public pkcs1") << "rsa2048.pub.pkcs1.pem" << int(KeyAlgorithm::Rsa) << false << 2048;
        QTest::newRow("rsa certificate") << "rsa2048.cert.pem" << int(KeyAlgorithm::Rsa) << false << 2048;
        QTest::newRow("ec p256 sec1") << "ecp256.sec1.pem" << int(KeyAlgorithm::Ec) << true << 256;
        QTest::newRow("ec p256 params+sec1") << "ecp256.params-and-sec1.pem" << int(KeyAlgorithm::Ec) << true << 256;
        QTest::newRow("ec p384 pkcs8") << "ecp384.pkcs8.pem" << int(KeyAlgorithm::Ec) << true << 384;
        QTest::newRow("ec p521 spki") << "ecp521.spki.pem" << int(KeyAlgorithm::Ec) << false << 521;
        QTest::newRow("ec certificate") << "ecp256.cert.pem" << int(KeyAlgorithm::Ec) << false << 256;
        QTest::newRow("ed25519") << "ed25519.pkcs8.pem" << int(KeyAlgorithm::Ed25519) << true << 256;
        QTest::newRow("ed448 spki") << "ed448.spki.pem" << int(KeyAlgorithm::Ed448) << false << 456;
    }
    void load()
    {
        QFETCH(QString, file);
        QFETCH(int, algorithm);
        QFETCH(bool, isPrivate);
        QFETCH(int, bits);
        auto key = PKey::fromPem(readData(QStringLiteral("keys/") + file));
        QVERIFY2(key, qPrintable(key ? QString() : key.error().message));
        QCOMPARE(int(key->algorithm()), algorithm);
        QCOMPARE(key->hasPrivate(), isPrivate);
        QCOMPARE(key->bits(), bits);
    }

    void encrypted()
    {
        const QByteArray pem = readData(QStringLiteral("keys/rsa2048.enc.pem"));
        auto none = PKey::fromPem(pem);
        QVERIFY(!none);
        QVERIFY(none.error().message.contains(QStringLiteral("passphrase")));
        QVERIFY(!PKey::fromPem(pem, "wrong"));
        auto key = PKey::fromPem(pem, "correct-horse");
        QVERIFY(key);
        QVERIFY(key->hasPrivate());
    }

    void refused_data()
    {
        QTest::addColumn<QByteArray>("pem");
        QTest::newRow("secp256k1") << readData(QStringLiteral("keys/secp256k1.sec1.pem"));
        QTest::newRow("garbage") << QByteArray("-----BEGIN PUBLIC KEY-----\nAAAA\n-----END PUBLIC KEY-----\n");
        QTest::newRow("no pem") << QByteArray("hello");
        QTest::newRow("truncated") << QByteArray("-----BEGIN PUBLIC KEY-----\nMCowBQYDK2VwAyEA");
        QTest::newRow("empty") << QByteArray();
    }
    void refused()
    {
        QFETCH(QByteArray, pem);
        QVERIFY(!PKey::fromPem(pem));
    }

    void montgomeryKeysAreForKeyAgreement()
    {
        // X25519/X448 load (for ECDH-ES) but are never signature keys: Jwk gives them no JWS algorithm.
        auto x = PKey::fromPem(readData(QStringLiteral("keys/x25519.pkcs8.pem")));
        QVERIFY2(x, qPrintable(x ? QString() : x.error().message));
        QCOMPARE(x->algorithm(), KeyAlgorithm::X25519);
        QVERIFY(x->isMontgomery());
        QVERIFY(x->hasPrivate());
        auto generated = PKey::generateOkp(KeyAlgorithm::X448);
        QVERIFY(generated);
        QCOMPARE(generated->okpComponents()->x.size(), 56);
        QVERIFY(PKey::fromOkp(KeyAlgorithm::X448, *generated->okpComponents()));
    }

    void pemRoundTrip_data()
    {
        authscope::test::addColumns<QString, int, QByteArray>("file", "format", "marker");
        QTest::newRow("rsa spki") << "rsa2048.pkcs8.pem" << int(PemFormat::PublicSpki) << QByteArray("PUBLIC KEY");
        QTest::newRow("rsa pkcs1 pub") << "rsa2048.pkcs8.pem" << int(PemFormat::PublicPkcs1)
                                       << QByteArray("RSA PUBLIC KEY");
        QTest::newRow("rsa pkcs8") << "rsa2048.pkcs1.pem" << int(PemFormat::PrivatePkcs8) << QByteArray("PRIVATE KEY");
        QTest::newRow("rsa pkcs1") << "rsa2048.pkcs8.pem" << int(PemFormat::PrivatePkcs1)
                                   << QByteArray("RSA PRIVATE KEY");
        QTest::newRow("rsa encrypted") << "rsa2048.pkcs8.pem" << int(PemFormat::EncryptedPkcs8)
                                       << QByteArray("ENCRYPTED PRIVATE KEY");
        QTest::newRow("ec sec1") << "ecp384.pkcs8.pem" << int(PemFormat::PrivateSec1) << QByteArray("EC PRIVATE KEY");
        QTest::newRow("ec spki") << "ecp521.pkcs8.pem" << int(PemFormat::PublicSpki) << QByteArray("PUBLIC KEY");
        QTest::newRow("ed448 pkcs8") << "ed448.pkcs8.pem" << int(PemFormat::PrivatePkcs8) << QByteArray("PRIVATE KEY");
        QTest::newRow("ed25519 encrypted")
            << "ed25519.pkcs8.pem" << int(PemFormat::EncryptedPkcs8) << QByteArray("ENCRYPTED PRIVATE KEY");
    }
    void pemRoundTrip()
    {
        QFETCH(QString, file);
        QFETCH(int, format);
        QFETCH(QByteArray, marker);
        auto key = PKey::fromPem(readData(QStringLiteral("keys/") + file));
        QVERIFY(key);
        auto pem = key->toPem(PemFormat(format), "pw");
        QVERIFY2(pem, qPrintable(pem ? QString() : pem.error().message));
        QVERIFY(pem->startsWith(QByteArray("-----BEGIN " + marker + "-----")));
        auto back = PKey::fromPem(*pem, "pw");
        QVERIFY2(back, qPrintable(back ? QString() : back.error().message));
        QCOMPARE(back->algorithm(), key->algorithm());
        QCOMPARE(back->bits(), key->bits());
    }

    void wrongFormatRefused()
    {
        auto ec = PKey::fromPem(readData(QStringLiteral("keys/ecp256.pkcs8.pem")));
        QVERIFY(ec);
        QVERIFY(!ec->toPem(PemFormat::PrivatePkcs1));
        QVERIFY(!ec->toPem(PemFormat::EncryptedPkcs8)); // no passphrase
        auto pub = PKey::fromPem(readData(QStringLiteral("keys/ecp256.spki.pem")));
        QVERIFY(pub);
        QVERIFY(!pub->toPem(PemFormat::PrivatePkcs8));
    }

    void componentsRoundTrip()
    {
        auto rsa = PKey::fromPem(readData(QStringLiteral("keys/rsa2048.pkcs8.pem")));
        QVERIFY(rsa);
        auto c = rsa->rsaComponents();
        QVERIFY(c);
        QVERIFY(!c->p.isEmpty() && !c->qi.isEmpty());
        auto back = PKey::fromRsa(*c);
        QVERIFY(back);
        QCOMPARE(back->rsaComponents()->d, c->d);

        auto ec = PKey::fromPem(readData(QStringLiteral("keys/ecp521.pkcs8.pem")));
        QVERIFY(ec);
        auto e = ec->ecComponents();
        QVERIFY(e);
        QCOMPARE(e->x.size(), 66);
        QCOMPARE(e->d.size(), 66);
        QVERIFY(PKey::fromEc(*e));
        EcComponents offCurve = *e;
        offCurve.d.clear();
        offCurve.y[65] = char(offCurve.y[65] ^ 1);
        QVERIFY(!PKey::fromEc(offCurve));
        EcComponents mismatched = *e;
        mismatched.d[10] = char(mismatched.d[10] ^ 1);
        QVERIFY(!PKey::fromEc(mismatched));

        auto ed = PKey::fromPem(readData(QStringLiteral("keys/ed25519.pkcs8.pem")));
        QVERIFY(ed);
        auto o = ed->okpComponents();
        QVERIFY(o);
        QVERIFY(PKey::fromOkp(KeyAlgorithm::Ed25519, *o));
        OkpComponents wrong = *o;
        wrong.x[0] = char(wrong.x[0] ^ 1);
        QVERIFY(!PKey::fromOkp(KeyAlgorithm::Ed25519, wrong));
        auto pub = ed->publicKey();
        QVERIFY(pub && !pub->hasPrivate());
    }

    void generate()
    {
        auto ec = PKey::generateEc(EcCurve::P384);
        QVERIFY(ec && ec->hasPrivate() && ec->curve() == EcCurve::P384);
        auto ed = PKey::generateOkp(KeyAlgorithm::Ed448);
        QVERIFY(ed && ed->algorithm() == KeyAlgorithm::Ed448);
        QVERIFY(!PKey::generateRsa(1024));
        QVERIFY(!PKey::generateOkp(KeyAlgorithm::Rsa));
    }
};

QTEST_GUILESS_MAIN(tst_PKey)
#include "tst_pkey.moc"
