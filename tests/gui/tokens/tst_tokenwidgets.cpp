#include "core/common/Clock.h"
#include "core/history/TokenHistory.h"
#include "core/jose/Jwk.h"
#include "core/jose/Jws.h"
#include "core/storage/Database.h"
#include "tests/support/DataColumns.h"
#include "ui/tokens/ClaimCatalog.h"
#include "ui/tokens/ClaimsTableModel.h"
#include "ui/tokens/JsonText.h"
#include "ui/tokens/KeyText.h"
#include "ui/tokens/TokenEditor.h"
#include "ui/tokens/TokenHistoryModel.h"
#include "ui/tokens/TokenPalette.h"
#include "ui/widgets/RelativeTime.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace authscope;

// The inspector's parts on their own: JSON re-spacing, relative times, token clean-up, secret decoding, the
// claim catalogue and both table models (checked with QAbstractItemModelTester).
class tst_TokenWidgets final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void indentKeepsOrderAndText_data();
    void indentKeepsOrderAndText();
    void compactRemovesOnlyOutsideStrings();
    void memberOrder_data();
    void memberOrder();
    void serializeKeepsOrder();
    void duration_data();
    void duration();
    void describe_data();
    void describe();
    void normalized_data();
    void normalized();
    void decodeSecret_data();
    void decodeSecret();
    void catalogueNamesRfcSections();
    void claimsModelPassesTester();
    void claimsModelTicks();
    void historyModelPassesTester();
    void historyModelEditsLabels();
    void paletteVariantsDiffer();
};

void tst_TokenWidgets::indentKeepsOrderAndText_data()
{
    test::addColumns<QByteArray, QString>("json", "expected");
    QTest::newRow("order") << QByteArray(R"({"typ":"JWT","alg":"ES256"})")
                           << QStringLiteral("{\n  \"typ\": \"JWT\",\n  \"alg\": \"ES256\"\n}");
    QTest::newRow("nested") << QByteArray(R"({"a":[1,{"b":null}],"c":{}})")
                            << QStringLiteral(
                                   "{\n  \"a\": [\n    1,\n    {\n      \"b\": null\n    }\n  ],\n  \"c\": {}\n}");
    QTest::newRow("strings verbatim") << QByteArray(R"({"s":"a, b: {c} \"q\" \u00e9"})")
                                      << QStringLiteral("{\n  \"s\": \"a, b: {c} \\\"q\\\" \\u00e9\"\n}");
    QTest::newRow("spaces") << QByteArray("{ \"x\" :\t[ ] ,\n\"y\": true }")
                            << QStringLiteral("{\n  \"x\": [],\n  \"y\": true\n}");
    QTest::newRow("utf-8") << QByteArray("{\"name\":\"Zo\xc3\xa9\"}") << QStringLiteral("{\n  \"name\": \"Zoé\"\n}");
}

void tst_TokenWidgets::indentKeepsOrderAndText()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, expected);
    QCOMPARE(JsonText::indent(json), expected);
    // Re-spacing never changes the value.
    QCOMPARE(QJsonDocument::fromJson(JsonText::indent(json).toUtf8()), QJsonDocument::fromJson(json));
}

void tst_TokenWidgets::compactRemovesOnlyOutsideStrings()
{
    const QByteArray spaced = "{\n  \"a b\": \"c d\",\n  \"e\": [ 1 , 2 ]\n}";
    const QByteArray compact = R"({"a b":"c d","e":[1,2]})";
    QCOMPARE(JsonText::compact(spaced), compact);
    const QByteArray escaped = R"({"q":"\" x "})";
    QCOMPARE(JsonText::compact(escaped), escaped);
}

void tst_TokenWidgets::memberOrder_data()
{
    test::addColumns<QByteArray, QStringList>("json", "names");
    QTest::newRow("flat") << QByteArray(R"({"sub":1,"iss":2,"aud":3})")
                          << QStringList{QStringLiteral("sub"), QStringLiteral("iss"), QStringLiteral("aud")};
    QTest::newRow("nested skipped") << QByteArray(R"({"a":{"z":1,"y":[{"x":2}]},"b":"{\"c\":1}"})")
                                    << QStringList{QStringLiteral("a"), QStringLiteral("b")};
    QTest::newRow("escaped name") << QByteArray(R"({"a\"b":1,"\u0063":2})")
                                  << QStringList{QStringLiteral("a\"b"), QStringLiteral("c")};
    QTest::newRow("not an object") << QByteArray("[1,2]") << QStringList{};
    QTest::newRow("empty") << QByteArray("{}") << QStringList{};
}

void tst_TokenWidgets::memberOrder()
{
    QFETCH(QByteArray, json);
    QFETCH(QStringList, names);
    QCOMPARE(JsonText::memberOrder(json), names);
}

void tst_TokenWidgets::serializeKeepsOrder()
{
    const QJsonObject o{{QStringLiteral("a"), 1},
                        {QStringLiteral("b"), QJsonArray{QStringLiteral("x")}},
                        {QStringLiteral("c"), QStringLiteral("q\"")}};
    QCOMPARE(JsonText::serialize(o, {QStringLiteral("c"), QStringLiteral("zzz"), QStringLiteral("a")}),
             QByteArray(R"({"c":"q\"","a":1,"b":["x"]})"));
}

void tst_TokenWidgets::duration_data()
{
    test::addColumns<qint64, QString>("seconds", "text");
    QTest::newRow("0") << qint64(0) << QStringLiteral("0 s");
    QTest::newRow("45 s") << qint64(45) << QStringLiteral("45 s");
    QTest::newRow("14 min") << qint64(14 * 60) << QStringLiteral("14 min");
    QTest::newRow("13 min 30 s") << qint64(13 * 60 + 30) << QStringLiteral("13 min 30 s");
    QTest::newRow("3 h 12 min") << qint64(3 * 3600 + 12 * 60 + 5) << QStringLiteral("3 h 12 min");
    QTest::newRow("negative") << qint64(-3 * 3600) << QStringLiteral("3 h");
    QTest::newRow("2 d 4 h") << qint64(2 * 86400 + 4 * 3600 + 59) << QStringLiteral("2 d 4 h");
    QTest::newRow("years") << qint64(800 * 86400) << QStringLiteral("2 y 70 d");
}

void tst_TokenWidgets::duration()
{
    QFETCH(qint64, seconds);
    QFETCH(QString, text);
    QCOMPARE(RelativeTime::duration(seconds), text);
}

void tst_TokenWidgets::describe_data()
{
    test::addColumns<QString, qint64, QString>("claim", "delta", "text");
    QTest::newRow("exp future") << QStringLiteral("exp") << qint64(840) << QStringLiteral("expires in 14 min");
    QTest::newRow("exp past") << QStringLiteral("exp") << qint64(-3 * 3600) << QStringLiteral("expired 3 h ago");
    QTest::newRow("exp now") << QStringLiteral("exp") << qint64(0) << QStringLiteral("expires now");
    QTest::newRow("nbf future") << QStringLiteral("nbf") << qint64(300)
                                << QStringLiteral("not valid for another 5 min");
    QTest::newRow("nbf past") << QStringLiteral("nbf") << qint64(-60) << QStringLiteral("valid since 1 min ago");
    QTest::newRow("iat past") << QStringLiteral("iat") << qint64(-7200) << QStringLiteral("issued 2 h ago");
    QTest::newRow("iat future") << QStringLiteral("iat") << qint64(90)
                                << QStringLiteral("issued 1 min 30 s in the future");
    QTest::newRow("other past") << QStringLiteral("auth_time") << qint64(-45) << QStringLiteral("45 s ago");
    QTest::newRow("other future") << QStringLiteral("updated_at") << qint64(86400) << QStringLiteral("in 1 d");
}

void tst_TokenWidgets::describe()
{
    QFETCH(QString, claim);
    QFETCH(qint64, delta);
    QFETCH(QString, text);
    const qint64 now = 1'900'000'000;
    QCOMPARE(RelativeTime::describe(claim, now + delta, now), text);
}

void tst_TokenWidgets::normalized_data()
{
    test::addColumns<QString, QString, bool>("input", "token", "looksLikeToken");
    QTest::newRow("plain") << QStringLiteral("aaa.bbb.ccc") << QStringLiteral("aaa.bbb.ccc") << true;
    QTest::newRow("bearer") << QStringLiteral("  Bearer aaa.bbb.ccc\n") << QStringLiteral("aaa.bbb.ccc") << true;
    QTest::newRow("header line") << QStringLiteral("Authorization: bearer aaa.bbb.ccc") << QStringLiteral("aaa.bbb.ccc")
                                 << true;
    QTest::newRow("quoted") << QStringLiteral("\"aaa.bbb.ccc\"") << QStringLiteral("aaa.bbb.ccc") << true;
    QTest::newRow("wrapped") << QStringLiteral("aaa.b\nbb.c\r\ncc") << QStringLiteral("aaa.bbb.ccc") << true;
    QTest::newRow("jwe") << QStringLiteral("a.b.c.d.e") << QStringLiteral("a.b.c.d.e") << true;
    QTest::newRow("unsigned") << QStringLiteral("aaa.bbb.") << QStringLiteral("aaa.bbb.") << true;
    QTest::newRow("one dot") << QStringLiteral("aaa.bbb") << QStringLiteral("aaa.bbb") << false;
    QTest::newRow("prose") << QStringLiteral("hello, world.") << QStringLiteral("hello,world.") << false;
    QTest::newRow("padding") << QStringLiteral("aa=.bb.cc") << QStringLiteral("aa=.bb.cc") << false;
}

void tst_TokenWidgets::normalized()
{
    QFETCH(QString, input);
    QFETCH(QString, token);
    QFETCH(bool, looksLikeToken);
    QCOMPARE(TokenEditor::normalized(input), token);
    QCOMPARE(TokenEditor::looksLikeCompactToken(TokenEditor::normalized(input)), looksLikeToken);
}

void tst_TokenWidgets::decodeSecret_data()
{
    using Encoding = KeyText::SecretEncoding;
    test::addColumns<QString, int, QByteArray, bool>("text", "encoding", "bytes", "ok");
    QTest::newRow("text kept as is") << QStringLiteral(" s3cret ") << int(Encoding::Text) << QByteArray(" s3cret ")
                                     << true;
    QTest::newRow("text utf-8") << QStringLiteral("é") << int(Encoding::Text) << QByteArray("\xc3\xa9") << true;
    QTest::newRow("base64") << QStringLiteral("+/8=") << int(Encoding::Base64) << QByteArray("\xfb\xff") << true;
    QTest::newRow("base64 unpadded") << QStringLiteral("+/8") << int(Encoding::Base64) << QByteArray("\xfb\xff")
                                     << true;
    QTest::newRow("base64 wrong alphabet") << QStringLiteral("-_8") << int(Encoding::Base64) << QByteArray() << false;
    QTest::newRow("base64url") << QStringLiteral("-_8") << int(Encoding::Base64Url) << QByteArray("\xfb\xff") << true;
    QTest::newRow("base64url wrapped") << QStringLiteral("-_\n8") << int(Encoding::Base64Url) << QByteArray("\xfb\xff")
                                       << true;
    QTest::newRow("hex") << QStringLiteral("de:ad BE ef") << int(Encoding::Hex) << QByteArray("\xde\xad\xbe\xef")
                         << true;
    QTest::newRow("hex odd") << QStringLiteral("abc") << int(Encoding::Hex) << QByteArray() << false;
    QTest::newRow("hex foreign") << QStringLiteral("zz") << int(Encoding::Hex) << QByteArray() << false;
    QTest::newRow("empty") << QStringLiteral("  ") << int(Encoding::Base64) << QByteArray() << false;
}

void tst_TokenWidgets::decodeSecret()
{
    QFETCH(QString, text);
    QFETCH(int, encoding);
    QFETCH(QByteArray, bytes);
    QFETCH(bool, ok);
    auto decoded = KeyText::decodeSecret(text, static_cast<KeyText::SecretEncoding>(encoding));
    QCOMPARE(decoded.has_value(), ok);
    if (ok) {
        QCOMPARE(*decoded, bytes);
    } else {
        QCOMPARE(decoded.error().code, QStringLiteral("ui.secret-encoding"));
        QVERIFY(!decoded.error().message.isEmpty());
    }
}

void tst_TokenWidgets::catalogueNamesRfcSections()
{
    const QStringList claims{QStringLiteral("iss"), QStringLiteral("sub"), QStringLiteral("aud"), QStringLiteral("exp"),
                             QStringLiteral("nbf"), QStringLiteral("iat"), QStringLiteral("jti")};
    for (qsizetype i = 0; i < claims.size(); ++i) {
        const auto entry = ClaimCatalog::claim(claims.at(i));
        QVERIFY(entry);
        QVERIFY(entry->registered);
        QCOMPARE(entry->reference, QStringLiteral("RFC 7519 §4.1.%1").arg(i + 1));
    }
    QVERIFY(ClaimCatalog::claim(QStringLiteral("exp"))->numericDate);
    QVERIFY(!ClaimCatalog::claim(QStringLiteral("sub"))->numericDate);
    QVERIFY(ClaimCatalog::claim(QStringLiteral("auth_time"))->numericDate);
    QVERIFY(!ClaimCatalog::claim(QStringLiteral("scope"))->registered);
    QVERIFY(!ClaimCatalog::claim(QStringLiteral("tenant")));
    QCOMPARE(ClaimCatalog::headerParameter(QStringLiteral("kid"))->reference, QStringLiteral("RFC 7515 §4.1.4"));
    QCOMPARE(ClaimCatalog::headerParameter(QStringLiteral("crit"))->reference, QStringLiteral("RFC 7515 §4.1.11"));
    QCOMPARE(ClaimCatalog::headerParameter(QStringLiteral("b64"))->reference, QStringLiteral("RFC 7797 §3"));
    QVERIFY(!ClaimCatalog::headerParameter(QStringLiteral("exp")));
}

void tst_TokenWidgets::claimsModelPassesTester()
{
    ClaimsTableModel model(ClaimsTableModel::Part::Claims);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    const QByteArray json = R"({"sub":"a","exp":1900000840,"iat":1.9e9,"nested":{"k":[1,2]},"flag":true,"n":null,)"
                            R"("frac":0.5,"password":"hunter2"})";
    const QJsonObject object = QJsonDocument::fromJson(json).object();
    model.setObject(object, JsonText::memberOrder(json));
    QCOMPARE(model.rowCount(), 8);
    QCOMPARE(model.columnCount(), static_cast<int>(ClaimsTableModel::Column::Count));
    const auto value = [&](const QString& name) {
        return model.index(model.rowOf(name), static_cast<int>(ClaimsTableModel::Column::Value)).data().toString();
    };
    QCOMPARE(value(QStringLiteral("iat")), QStringLiteral("1900000000"));
    const QString nested = QString::fromLatin1(R"({"k":[1,2]})");
    QCOMPARE(value(QStringLiteral("nested")), nested);
    QCOMPARE(value(QStringLiteral("flag")), QStringLiteral("true"));
    QCOMPARE(value(QStringLiteral("n")), QStringLiteral("null"));
    QCOMPARE(value(QStringLiteral("frac")), QStringLiteral("0.5"));
    // A claim that looks like a secret is marked.
    const QModelIndex password = model.index(model.rowOf(QStringLiteral("password")), 1);
    QCOMPARE(password.data(Qt::ForegroundRole).value<QColor>(), TokenPalette::current().caution);
    QVERIFY(password.data(Qt::ToolTipRole).toString().contains(QStringLiteral("sensitive")));
    QVERIFY(model.hasDates());
    QCOMPARE(model.headerData(0, Qt::Horizontal).toString(), QStringLiteral("Claim"));
    model.clear();
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(!model.hasDates());

    ClaimsTableModel header(ClaimsTableModel::Part::Header);
    QAbstractItemModelTester headerTester(&header, QAbstractItemModelTester::FailureReportingMode::QtTest);
    header.setObject(QJsonObject{{QStringLiteral("alg"), QStringLiteral("RS256")}, {QStringLiteral("x-custom"), 1}});
    QCOMPARE(header.headerData(0, Qt::Horizontal).toString(), QStringLiteral("Parameter"));
    QCOMPARE(header.index(0, 0).data().toString(), QStringLiteral("alg (Algorithm)"));
    QVERIFY(header.index(1, 0).data(Qt::ToolTipRole).toString().contains(QStringLiteral("not registered")));
    QVERIFY(!header.hasDates());
}

void tst_TokenWidgets::claimsModelTicks()
{
    ClaimsTableModel model(ClaimsTableModel::Part::Claims);
    model.setObject(QJsonObject{{QStringLiteral("sub"), QStringLiteral("a")}, {QStringLiteral("exp"), 1000}},
                    {QStringLiteral("sub"), QStringLiteral("exp")});
    QSignalSpy spy(&model, &QAbstractItemModel::dataChanged);
    model.setNow(700);
    QCOMPARE(spy.count(), 1);
    const int relative = static_cast<int>(ClaimsTableModel::Column::Relative);
    QCOMPARE(spy.at(0).at(0).toModelIndex().column(), relative);
    QCOMPARE(model.index(1, relative).data().toString(), QStringLiteral("expires in 5 min"));
    QCOMPARE(model.index(1, relative).data(Qt::ForegroundRole).value<QColor>(), TokenPalette::current().good);
    model.setNow(900);
    QCOMPARE(model.index(1, relative).data(Qt::ForegroundRole).value<QColor>(), TokenPalette::current().caution);
    model.setNow(1001);
    QCOMPARE(model.index(1, relative).data().toString(), QStringLiteral("expired 1 s ago"));
    QCOMPARE(model.index(1, relative).data(Qt::ForegroundRole).value<QColor>(), TokenPalette::current().bad);
    QVERIFY(model.index(0, relative).data().toString().isEmpty());
    model.setNow(1001); // no change, no signal
    QCOMPARE(spy.count(), 3);
}

void tst_TokenWidgets::historyModelPassesTester()
{
    QTemporaryDir dir;
    auto db = Database::open(dir.filePath(QStringLiteral("h.db")));
    QVERIFY(db);
    FakeClock clock(1'900'000'000'000);
    TokenHistory history(**db, clock);
    QVERIFY(history.setRememberTokens(true)); // off by default (D-TOKEN-HISTORY)
    jose::Jwk::GenerateOptions options;
    const jose::Jwk key = jose::Jwk::generate(options).value();
    for (int i = 0; i < 5; ++i) {
        const QJsonObject claims{{QStringLiteral("sub"), QStringLiteral("u%1").arg(i)},
                                 {QStringLiteral("exp"), 1'900'000'000 + (i - 2) * 60}};
        auto token = jose::Jws::sign(QJsonObject{{QStringLiteral("alg"), QStringLiteral("ES256")}},
                                     QJsonDocument(claims).toJson(QJsonDocument::Compact), key);
        QVERIFY(token);
        QVERIFY(history.add(*token));
        clock.advanceSecs(1);
    }
    TokenHistoryModel model(history);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 5);
    model.setNow(1'900'000'000);
    const int expires = static_cast<int>(TokenHistoryModel::Column::Expires);
    // Newest first.
    QCOMPARE(model.index(0, static_cast<int>(TokenHistoryModel::Column::Subject)).data().toString(),
             QStringLiteral("u4"));
    QCOMPARE(model.index(0, expires).data().toString(), QStringLiteral("expires in 2 min"));
    QCOMPARE(model.index(4, expires).data().toString(), QStringLiteral("expired 2 min ago"));
    QCOMPARE(model.index(4, expires).data(Qt::ForegroundRole).value<QColor>(), TokenPalette::current().bad);
    QVERIFY(model.index(0, static_cast<int>(TokenHistoryModel::Column::Token)).data().toString().endsWith(u'…'));
    QVERIFY(model.index(0, 0).data(TokenHistoryModel::TokenRole).toString().count(u'.') == 2);
    QVERIFY(history.remove(model.index(0, 0).data(TokenHistoryModel::IdRole).toLongLong()).value());
    model.reload();
    QCOMPARE(model.rowCount(), 4);
}

void tst_TokenWidgets::historyModelEditsLabels()
{
    QTemporaryDir dir;
    auto db = Database::open(dir.filePath(QStringLiteral("h.db")));
    QVERIFY(db);
    TokenHistory history(**db);
    QVERIFY(history.setRememberTokens(true)); // off by default (D-TOKEN-HISTORY)
    const jose::Jwk key = jose::Jwk::fromSecret(QByteArray(32, 's')).value();
    auto token = jose::Jws::sign(QJsonObject{{QStringLiteral("alg"), QStringLiteral("HS256")}}, "{}", key);
    QVERIFY(history.add(*token));
    TokenHistoryModel model(history);
    const QModelIndex label = model.index(0, static_cast<int>(TokenHistoryModel::Column::Label));
    const QModelIndex alg = model.index(0, static_cast<int>(TokenHistoryModel::Column::Algorithm));
    QVERIFY(model.flags(label) & Qt::ItemIsEditable);
    QVERIFY(!(model.flags(alg) & Qt::ItemIsEditable));
    QVERIFY(!model.setData(alg, QStringLiteral("RS256")));
    QSignalSpy spy(&model, &QAbstractItemModel::dataChanged);
    QVERIFY(model.setData(label, QStringLiteral("  prod admin ")));
    QCOMPARE(spy.count(), 1);
    QCOMPARE(label.data().toString(), QStringLiteral("prod admin"));
    QCOMPARE(TokenHistoryModel(history).index(0, label.column()).data().toString(), QStringLiteral("prod admin"));
}

void tst_TokenWidgets::paletteVariantsDiffer()
{
    const TokenPalette light = TokenPalette::light();
    const TokenPalette dark = TokenPalette::dark();
    // Dark text on a light base, light text on a dark base.
    for (const QColor& c : {light.header, light.payload, light.signature, light.good, light.bad}) {
        QVERIFY(c.lightness() < 110);
    }
    for (const QColor& c : {dark.header, dark.payload, dark.signature, dark.good, dark.bad}) {
        QVERIFY(c.lightness() > 140);
    }
    QCOMPARE(light.partColor(0, 3), light.header);
    QCOMPARE(light.partColor(2, 3), light.signature);
    QCOMPARE(light.partColor(3, 3), light.bad);
    QCOMPARE(light.partColor(1, 5), light.jweKey);
    QCOMPARE(light.partColor(4, 5), light.signature);
}

QTEST_MAIN(tst_TokenWidgets)
#include "tst_tokenwidgets.moc"
