#include "core/crypto/Hmac.h"
#include "core/crypto/Random.h"

#include "tests/support/DataColumns.h"

#include <QTest>

using namespace authscope::crypto;

class tst_Hmac final : public QObject
{
    Q_OBJECT

private slots:
    void rfc4231_data()
    {
        authscope::test::addColumns<int, QByteArray, QByteArray, QByteArray>("digest", "key", "data", "tag");
        // RFC 4231 test case 2 ("Jefe").
        QTest::newRow("case2-sha256") << int(DigestAlgorithm::Sha256) << QByteArray("Jefe")
                                      << QByteArray("what do ya want for nothing?")
                                      << QByteArray::fromHex(
                                             "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
        QTest::newRow("case2-sha384")
            << int(DigestAlgorithm::Sha384) << QByteArray("Jefe") << QByteArray("what do ya want for nothing?")
            << QByteArray::fromHex(
                   "af45d2e376484031617f78d2b58a6b1b9c7ef464f5a01b47e42ec3736322445e8e2240ca5e69e2c78b3239"
                   "ecfab21649");
        QTest::newRow("case2-sha512")
            << int(DigestAlgorithm::Sha512) << QByteArray("Jefe") << QByteArray("what do ya want for nothing?")
            << QByteArray::fromHex(
                   "164b7a7bfcf819e2e395fbe73b56e0a387bd64222e831fd610270cd7ea2505549758bf75c05a994a6d034f"
                   "65f8f0e6fdcaeab1a34d4a6b4b636e070a38bce737");
    }
    void rfc4231()
    {
        QFETCH(int, digest);
        QFETCH(QByteArray, key);
        QFETCH(QByteArray, data);
        QFETCH(QByteArray, tag);
        const auto alg = static_cast<DigestAlgorithm>(digest);
        auto mac = Hmac::compute(alg, key, data);
        QVERIFY(mac);
        QCOMPARE(*mac, tag);
        auto h = Hmac::create(alg, key);
        QVERIFY(h);
        QVERIFY(h->verify(data, tag));
        QVERIFY(!h->verify(data, tag.left(tag.size() / 2)));           // truncated tag
        QVERIFY(!h->verify(data, QByteArray(tag + QByteArray(1, 0)))); // extended tag
        QByteArray flipped = tag;
        flipped[0] = char(flipped[0] ^ 1);
        QVERIFY(!h->verify(data, flipped));
        QVERIFY(!h->verify(QByteArray(data + "x"), tag));
    }

    void constantTimeEquals()
    {
        QVERIFY(Hmac::constantTimeEquals("abc", "abc"));
        QVERIFY(!Hmac::constantTimeEquals("abc", "abd"));
        QVERIFY(!Hmac::constantTimeEquals("abc", "ab"));
        QVERIFY(Hmac::constantTimeEquals("", ""));
    }

    void randomBytes()
    {
        auto a = Random::bytes(32);
        auto b = Random::bytes(32);
        QVERIFY(a && b);
        QCOMPARE(a->size(), 32);
        QVERIFY(*a != *b);
        QVERIFY(!Random::bytes(-1));
    }
};

QTEST_GUILESS_MAIN(tst_Hmac)
#include "tst_hmac.moc"
