#include "core/jose/Base64Url.h"

#include "tests/support/DataColumns.h"

#include <QTest>

using authscope::jose::Base64Url;

class tst_Base64Url final : public QObject
{
    Q_OBJECT

private slots:
    void valid_data()
    {
        authscope::test::addColumns<QByteArray, QByteArray>("text", "bytes");
        QTest::newRow("empty") << QByteArray() << QByteArray();
        QTest::newRow("f") << QByteArray("Zg") << QByteArray("f");
        QTest::newRow("fo") << QByteArray("Zm8") << QByteArray("fo");
        QTest::newRow("foo") << QByteArray("Zm9v") << QByteArray("foo");
        QTest::newRow("url alphabet") << QByteArray("-_-_") << QByteArray::fromHex("fbffbf");
        QTest::newRow("rfc7515 header") << QByteArray("eyJhbGciOiJFUzI1NiJ9") << QByteArray("{\"alg\":\"ES256\"}");
    }
    void valid()
    {
        QFETCH(QByteArray, text);
        QFETCH(QByteArray, bytes);
        auto decoded = Base64Url::decode(text);
        QVERIFY(decoded);
        QCOMPARE(*decoded, bytes);
        QCOMPARE(Base64Url::encode(bytes), text);
    }

    void invalid_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::newRow("padding") << QByteArray("Zg==");
        QTest::newRow("one pad") << QByteArray("Zm8=");
        QTest::newRow("space") << QByteArray("Zm 9v");
        QTest::newRow("newline") << QByteArray("Zm9v\n");
        QTest::newRow("plus") << QByteArray("Zm+v");
        QTest::newRow("slash") << QByteArray("Zm/v");
        QTest::newRow("length 1 mod 4") << QByteArray("Zm9vY");
        QTest::newRow("unused bits (2 chars)") << QByteArray("Zh");
        QTest::newRow("unused bits (3 chars)") << QByteArray("Zm9");
        QTest::newRow("nul") << QByteArray("Zm\0v", 4);
        QTest::newRow("non-ascii") << QByteArray("Zm\xc3\xa9v");
        QTest::newRow("dot") << QByteArray("Zm.v");
        QTest::newRow("bad character in the tail") << QByteArray("Zm9vZ=");
        QTest::newRow("bad character in a full group") << QByteArray("Zm9vZm*v");
    }
    void invalid()
    {
        QFETCH(QByteArray, text);
        QVERIFY(!Base64Url::isValid(text));
        auto decoded = Base64Url::decode(text);
        QVERIFY(!decoded);
        QCOMPARE(decoded.error().code, QStringLiteral("jose.base64"));
    }

    void roundTripAllLengths()
    {
        QByteArray data;
        for (int i = 0; i < 70; ++i) {
            data.append(char(i * 37));
            QCOMPARE(*Base64Url::decode(Base64Url::encode(data)), data);
        }
    }

    // The decoder is its own table loop: every byte value in every position of a group, at every tail length,
    // decodes to what Qt's decoder makes of the same text.
    void decodesAsQtDoes()
    {
        for (int tail = 0; tail < 3; ++tail) {
            for (int position = 0; position < 3; ++position) {
                for (int value = 0; value < 256; ++value) {
                    QByteArray data(3 + tail, '\x5a');
                    data[position] = char(value);
                    const QByteArray text = Base64Url::encode(data);
                    const auto ours = Base64Url::decode(text);
                    QVERIFY(ours);
                    QCOMPARE(*ours, QByteArray::fromBase64(text, QByteArray::Base64UrlEncoding));
                    QCOMPARE(*ours, data);
                }
            }
        }
    }
};

QTEST_GUILESS_MAIN(tst_Base64Url)
#include "tst_base64url.moc"
