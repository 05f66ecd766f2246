#include "core/jose/StrictJson.h"

#include "tests/support/DataColumns.h"

#include <QTest>

using authscope::jose::StrictJson;

class tst_StrictJson final : public QObject
{
    Q_OBJECT

private slots:
    void accepted_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("object") << QByteArray("{\"a\":1,\"b\":[true,false,null],\"c\":{\"d\":\"e\"}}");
        QTest::newRow("whitespace crlf") << QByteArray("{\"typ\":\"JWT\",\r\n \"alg\":\"HS256\"}");
        QTest::newRow("same name in nested objects") << QByteArray("{\"a\":{\"a\":1},\"b\":{\"a\":2}}");
        QTest::newRow("escapes") << QByteArray("{\"a\\n\":\"\\u00e9\\ud83d\\ude00\\\"\\\\\\/\"}");
        QTest::newRow("numbers") << QByteArray("[0,-1,1.5,1e10,-0.0e-3,123456789012345678901234567890]");
        QTest::newRow("utf8") << QByteArray("{\"n\":\"\xc3\xa9\xe2\x82\xac\xf0\x9f\x98\x80\"}");
        QTest::newRow("depth 16") << QByteArray(15, '[') + QByteArray("{}") + QByteArray(15, ']');
    }
    void accepted()
    {
        QFETCH(QByteArray, json);
        auto doc = StrictJson::parse(json, 16);
        QVERIFY2(doc, qPrintable(doc ? QString() : doc.error().toString()));
    }

    void refused_data()
    {
        authscope::test::addColumns<QByteArray, QString>("json", "code");
        QTest::newRow("duplicate") << QByteArray("{\"alg\":\"RS256\",\"alg\":\"none\"}") << "jose.duplicate-member";
        QTest::newRow("escaped duplicate")
            << QByteArray("{\"alg\":\"RS256\",\"\\u0061lg\":\"none\"}") << "jose.duplicate-member";
        QTest::newRow("nested duplicate") << QByteArray("{\"x\":{\"a\":1,\"b\":2,\"a\":3}}") << "jose.duplicate-member";
        QTest::newRow("too deep") << QByteArray(17, '[') + QByteArray(17, ']') << "jose.json-depth";
        QTest::newRow("very deep") << QByteArray(100000, '[') << "jose.json-depth";
        QTest::newRow("invalid utf8") << QByteArray("{\"a\":\"\xff\"}") << "jose.utf8";
        QTest::newRow("overlong utf8") << QByteArray("{\"a\":\"\xc0\xaf\"}") << "jose.utf8";
        QTest::newRow("utf8 surrogate") << QByteArray("{\"a\":\"\xed\xa0\x80\"}") << "jose.utf8";
        QTest::newRow("lone surrogate escape") << QByteArray("{\"a\":\"\\ud800\"}") << "jose.utf8";
        QTest::newRow("trailing comma") << QByteArray("{\"a\":1,}") << "jose.json";
        QTest::newRow("trailing data") << QByteArray("{\"a\":1} x") << "jose.json";
        QTest::newRow("single quotes") << QByteArray("{'a':1}") << "jose.json";
        QTest::newRow("control char") << QByteArray("{\"a\":\"\x01\"}") << "jose.json";
        QTest::newRow("leading zero") << QByteArray("{\"a\":01}") << "jose.json";
        QTest::newRow("NaN") << QByteArray("{\"a\":NaN}") << "jose.json";
        QTest::newRow("empty") << QByteArray() << "jose.json";
        QTest::newRow("unterminated") << QByteArray("{\"a\":\"b") << "jose.json";
        QTest::newRow("bad escape") << QByteArray("{\"a\":\"\\x\"}") << "jose.json";
    }
    void refused()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, code);
        auto doc = StrictJson::parse(json, 16);
        QVERIFY(!doc);
        QCOMPARE(doc.error().code, code);
    }
};

QTEST_GUILESS_MAIN(tst_StrictJson)
#include "tst_strictjson.moc"
