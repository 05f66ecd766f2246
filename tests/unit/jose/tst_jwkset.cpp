#include "core/jose/JwkSet.h"

#include "tests/unit/jose/JoseTestUtil.h"

#include <QJsonArray>

using namespace authscope::jose;
using namespace authscope::test;

namespace {

// A JWK Set text of `count` copies of the cookbook's public EC key, each with its own kid, plus `padding` bytes of
// an extra member.
QByteArray setText(qsizetype count, qsizetype padding = 0)
{
    const QJsonObject key = readJsonData(QStringLiteral("rfc7520-cookbook/jwk/3_1.ec_public_key.json")).object();
    QJsonArray keys;
    for (qsizetype i = 0; i < count; ++i) {
        QJsonObject k = key;
        k.insert(QStringLiteral("kid"), QStringLiteral("key-%1").arg(i));
        keys.append(k);
    }
    QJsonObject set{{QStringLiteral("keys"), keys}};
    if (padding > 0) {
        set.insert(QStringLiteral("note"), QString(padding, u'x'));
    }
    return QJsonDocument(set).toJson(QJsonDocument::Compact);
}

} // namespace

// K-JWKS-LIMITS at every entry point that reads a set: fromJson, fromJsonText and fromKeyFile.
class tst_JwkSet final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void atTheKeyLimitIsAccepted()
    {
        const QByteArray text = setText(JwkSet::MaxKeys);
        QCOMPARE(JwkSet::MaxKeys, 100);
        auto viaText = JwkSet::fromJsonText(text);
        QVERIFY2(viaText.has_value(), viaText ? "" : qPrintable(viaText.error().message));
        QCOMPARE(viaText->size(), 100);
        auto viaFile = JwkSet::fromKeyFile(text);
        QVERIFY(viaFile.has_value());
        QCOMPARE(viaFile->size(), 100);
        auto viaJson = JwkSet::fromJson(QJsonDocument::fromJson(text).object());
        QVERIFY(viaJson.has_value());
        QVERIFY(viaJson->findByKid(u"key-99") != nullptr);
    }

    void overTheKeyLimitIsRefused_data()
    {
        QTest::addColumn<int>("count");
        QTest::newRow("101") << 101;
        QTest::newRow("3000") << 3000;
    }
    void overTheKeyLimitIsRefused()
    {
        QFETCH(int, count);
        const QByteArray text = setText(count);
        QVERIFY(text.size() < JwkSet::MaxDocumentBytes); // the count is what is refused here
        const QString expected = QStringLiteral("holds %1 keys; at most 100").arg(count);
        auto viaText = JwkSet::fromJsonText(text);
        QVERIFY(!viaText);
        QVERIFY2(viaText.error().message.contains(expected), qPrintable(viaText.error().message));
        auto viaFile = JwkSet::fromKeyFile(text);
        QVERIFY(!viaFile);
        QVERIFY2(viaFile.error().message.contains(expected), qPrintable(viaFile.error().message));
        auto viaJson = JwkSet::fromJson(QJsonDocument::fromJson(text).object());
        QVERIFY(!viaJson);
        QVERIFY(viaJson.error().message.contains(expected));
    }

    void overTheSizeLimitIsRefused()
    {
        const QByteArray text = setText(1, JwkSet::MaxDocumentBytes);
        QVERIFY(text.size() > JwkSet::MaxDocumentBytes);
        auto viaText = JwkSet::fromJsonText(text);
        QVERIFY(!viaText);
        QVERIFY2(viaText.error().message.contains(QStringLiteral("at most 1048576 bytes (1 MiB)")),
                 qPrintable(viaText.error().message));
        auto viaFile = JwkSet::fromKeyFile(text);
        QVERIFY(!viaFile);
        QVERIFY2(viaFile.error().message.contains(QStringLiteral("key file")), qPrintable(viaFile.error().message));
        // Just under the limit, the same set is read.
        QVERIFY(JwkSet::fromJsonText(setText(1, JwkSet::MaxDocumentBytes - 1024)).has_value());
    }
};

QTEST_GUILESS_MAIN(tst_JwkSet)
#include "tst_jwkset.moc"
