#include "core/crypto/Signer.h"
#include "core/crypto/Verifier.h"

#include "tests/support/DataColumns.h"
#include "tests/support/TestSupport.h"

#include <QTest>

using namespace authscope::crypto;
using authscope::test::readData;

class tst_SignerVerifier final : public QObject
{
    Q_OBJECT

private slots:
    void roundTrip_data()
    {
        authscope::test::addColumns<QString, int, int>("file", "scheme", "digest");
        QTest::newRow("rsa pkcs1 sha256")
            << "rsa2048.pkcs8.pem" << int(SignatureScheme::RsaPkcs1v15) << int(DigestAlgorithm::Sha256);
        QTest::newRow("rsa pss sha384") << "rsa2048.pkcs8.pem" << int(SignatureScheme::RsaPss)
                                        << int(DigestAlgorithm::Sha384);
        QTest::newRow("ecdsa der p256") << "ecp256.pkcs8.pem" << int(SignatureScheme::EcdsaDer)
                                        << int(DigestAlgorithm::Sha256);
        QTest::newRow("ecdsa p1363 p521")
            << "ecp521.pkcs8.pem" << int(SignatureScheme::EcdsaP1363) << int(DigestAlgorithm::Sha512);
        QTest::newRow("ed25519") << "ed25519.pkcs8.pem" << int(SignatureScheme::EdDsa) << int(DigestAlgorithm::Sha256);
        QTest::newRow("ed448") << "ed448.pkcs8.pem" << int(SignatureScheme::EdDsa) << int(DigestAlgorithm::Sha256);
    }
    void roundTrip()
    {
        QFETCH(QString, file);
        QFETCH(int, scheme);
        QFETCH(int, digest);
        auto key = PKey::fromPem(readData(QStringLiteral("keys/") + file));
        QVERIFY(key);
        const QByteArray data = "the quick brown fox";
        auto sig = Signer::sign(*key, SignatureScheme(scheme), DigestAlgorithm(digest), data);
        QVERIFY2(sig, qPrintable(sig ? QString() : sig.error().message));
        auto pub = key->publicKey();
        QVERIFY(pub);
        auto verifier = Verifier::create(*pub, SignatureScheme(scheme), DigestAlgorithm(digest));
        QVERIFY(verifier);
        for (int i = 0; i < 3; ++i) { // the prepared context is reused
            QVERIFY(verifier->verify(data, *sig));
        }
        QVERIFY(!verifier->verify("the quick brown fix", *sig));
        QByteArray bad = *sig;
        bad[bad.size() / 2] = char(bad[bad.size() / 2] ^ 0x40);
        QVERIFY(!verifier->verify(data, bad));
        QVERIFY(!verifier->verify(data, {}));
    }

    void wrongKeyType()
    {
        auto ec = PKey::fromPem(readData(QStringLiteral("keys/ecp256.pkcs8.pem")));
        QVERIFY(ec);
        QVERIFY(!Signer::sign(*ec, SignatureScheme::RsaPss, DigestAlgorithm::Sha256, "x"));
        QVERIFY(!Verifier::create(*ec, SignatureScheme::EdDsa, DigestAlgorithm::Sha256));
        auto pub = PKey::fromPem(readData(QStringLiteral("keys/ecp256.spki.pem")));
        QVERIFY(!Signer::sign(*pub, SignatureScheme::EcdsaDer, DigestAlgorithm::Sha256, "x"));
    }

    void p1363Range_data()
    {
        authscope::test::addColumns<QByteArray, bool>("rs", "ok");
        const QByteArray n = QByteArray::fromHex("ffffffff00000000ffffffffffffffffbce6faada7179e84f3b9cac2fc632551");
        QByteArray nMinus1 = n;
        nMinus1[31] = char(nMinus1[31] - 1);
        const QByteArray zero(32, '\0');
        QByteArray one(32, '\0');
        one[31] = 1;
        QTest::newRow("1,1") << one + one << true;
        QTest::newRow("n-1,n-1") << nMinus1 + nMinus1 << true;
        QTest::newRow("0,1") << zero + one << false;
        QTest::newRow("1,0") << one + zero << false;
        QTest::newRow("n,1") << n + one << false;
        QTest::newRow("1,n") << one + n << false;
        QTest::newRow("ff..,1") << QByteArray(32, '\xff') + one << false;
        QTest::newRow("short") << QByteArray(one + one).left(63) << false;
        QTest::newRow("long") << QByteArray(one + one + QByteArray(1, 0)) << false;
    }
    void p1363Range()
    {
        QFETCH(QByteArray, rs);
        QFETCH(bool, ok);
        auto der = Verifier::p1363ToDer(EcCurve::P256, rs);
        QCOMPARE(bool(der), ok);
        if (ok) {
            auto back = Verifier::derToP1363(EcCurve::P256, *der);
            QVERIFY(back);
            QCOMPARE(*back, rs);
        }
    }
};

QTEST_GUILESS_MAIN(tst_SignerVerifier)
#include "tst_signerverifier.moc"
