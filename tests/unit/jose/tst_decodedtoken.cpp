#include "core/jose/DecodedToken.h"
#include "core/jose/TokenLinter.h"

#include "tests/unit/jose/JoseTestUtil.h"

#include "tests/support/DataColumns.h"

#include <QJsonArray>

using namespace authscope::jose;
using namespace authscope::test;

namespace {
QStringList codes(const QList<TokenWarning>& warnings)
{
    return memberList(warnings, &TokenWarning::code);
}
} // namespace

class tst_DecodedToken final : public QObject
{
    Q_OBJECT

private slots:
    void partsAndRanges()
    {
        const QByteArray token = compact("{\"alg\":\"HS256\"}", "{\"sub\":\"a\",\"exp\":1}", QByteArray(32, 'x'));
        auto d = DecodedToken::decode(QByteArray("  " + token + "\n"));
        QVERIFY(d);
        QCOMPARE(d->kind, DecodedToken::Kind::Jws);
        QCOMPARE(d->algorithmName(), QStringLiteral("HS256"));
        QVERIFY(d->payloadIsJson);
        QCOMPARE(d->payloadJson.toObject().value(QStringLiteral("sub")).toString(), QStringLiteral("a"));
        QCOMPARE(d->parts.size(), 3);
        QCOMPARE(d->parts[0].role, QStringLiteral("header"));
        for (const DecodedToken::Part& p : d->parts) {
            QVERIFY(!d->token.mid(p.start, p.length).contains('.'));
        }
        QCOMPARE(d->parts[2].start + d->parts[2].length, d->token.size());
        QCOMPARE(d->signature, QByteArray(32, 'x'));
        const QJsonObject j = d->toJson();
        QVERIFY(j.value(QStringLiteral("payload")).isObject());
        QCOMPARE(j.value(QStringLiteral("signature")).toString().toLatin1(), Base64Url::encode(QByteArray(32, 'x')));
    }

    void nonJsonPayload()
    {
        auto d = DecodedToken::decode(compact("{\"alg\":\"EdDSA\"}", "plain text", "s"));
        QVERIFY(d);
        QVERIFY(!d->payloadIsJson);
        QCOMPARE(d->toJson().value(QStringLiteral("payload")).toString(), QStringLiteral("plain text"));
        QVERIFY(codes(d->warnings).contains(QStringLiteral("jose.lint.not-json")));
        auto binary = DecodedToken::decode(compact("{\"alg\":\"EdDSA\"}", "\xff\xfe", "s"));
        QVERIFY(binary);
        QCOMPARE(binary->toJson().value(QStringLiteral("payloadEncoding")).toString(), QStringLiteral("base64url"));
    }

    void jwe()
    {
        const QByteArray header = Base64Url::encode("{\"alg\":\"RSA-OAEP\",\"enc\":\"A256GCM\"}");
        auto d = DecodedToken::decode(QByteArray(header + ".AAAA.BBBB.CCCC.DDDD"));
        QVERIFY(d);
        QVERIFY(d->isJwe());
        QCOMPARE(d->header.value(QStringLiteral("enc")).toString(), QStringLiteral("A256GCM"));
        QCOMPARE(d->parts.size(), 5);
        QVERIFY(codes(d->warnings).contains(QStringLiteral("jose.jwe-unsupported")));
        QVERIFY(d->toJson().value(QStringLiteral("note")).toString().contains(QStringLiteral("decrypt it with")));
        QVERIFY(!DecodedToken::decode(QByteArray(header + ".AA=A.BBBB.CCCC.DDDD")));
    }

    void lint_data()
    {
        addColumns<QByteArray, QByteArray, QString, bool>("header", "payload", "code", "expected");
        const QByteArray ok = "{\"sub\":\"a\",\"iat\":1000,\"exp\":1600}";
        QTest::newRow("clean") << QByteArray("{\"alg\":\"ES256\"}") << ok << "" << false;
        QTest::newRow("alg none") << QByteArray("{\"alg\":\"none\"}") << ok << "jose.lint.alg-none" << true;
        QTest::newRow("alg nOnE") << QByteArray("{\"alg\":\"nOnE\"}") << ok << "jose.lint.alg-none" << true;
        QTest::newRow("jku") << QByteArray("{\"alg\":\"RS256\",\"jku\":\"https://x\"}") << ok << "jose.lint.header-key"
                             << true;
        QTest::newRow("x5u") << QByteArray("{\"alg\":\"RS256\",\"x5u\":\"https://x\"}") << ok << "jose.lint.header-key"
                             << true;
        QTest::newRow("x5c") << QByteArray("{\"alg\":\"RS256\",\"x5c\":[\"AA\"]}") << ok << "jose.lint.header-key"
                             << true;
        QTest::newRow("HS with embedded jwk")
            << QByteArray("{\"alg\":\"HS256\",\"jwk\":{\"kty\":\"RSA\"}}") << ok << "jose.lint.hs-public-key" << true;
        QTest::newRow("no exp") << QByteArray("{\"alg\":\"ES256\"}") << QByteArray("{\"sub\":\"a\"}")
                                << "jose.lint.no-exp" << true;
        QTest::newRow("long lifetime") << QByteArray("{\"alg\":\"ES256\"}") << QByteArray("{\"iat\":0,\"exp\":90000}")
                                       << "jose.lint.long-lifetime" << true;
        QTest::newRow("24 h exactly") << QByteArray("{\"alg\":\"ES256\"}") << QByteArray("{\"iat\":0,\"exp\":86400}")
                                      << "jose.lint.long-lifetime" << false;
        QTest::newRow("password claim") << QByteArray("{\"alg\":\"ES256\"}")
                                        << QByteArray("{\"exp\":1,\"user_password\":\"x\"}")
                                        << "jose.lint.sensitive-claim" << true;
        QTest::newRow("nested ssn") << QByteArray("{\"alg\":\"ES256\"}")
                                    << QByteArray("{\"exp\":1,\"profile\":{\"SSN\":\"x\"}}")
                                    << "jose.lint.sensitive-claim" << true;
        QTest::newRow("credit card") << QByteArray("{\"alg\":\"ES256\"}")
                                     << QByteArray("{\"exp\":1,\"credit-card\":\"x\"}") << "jose.lint.sensitive-claim"
                                     << true;
        QTest::newRow("client_secret") << QByteArray("{\"alg\":\"ES256\"}")
                                       << QByteArray("{\"exp\":1,\"client_secret\":\"x\"}")
                                       << "jose.lint.sensitive-claim" << true;
        QTest::newRow("harmless names") << QByteArray("{\"alg\":\"ES256\"}")
                                        << QByteArray("{\"exp\":1,\"session\":\"x\",\"scope\":\"y\"}")
                                        << "jose.lint.sensitive-claim" << false;
    }
    void lint()
    {
        QFETCH(QByteArray, header);
        QFETCH(QByteArray, payload);
        QFETCH(QString, code);
        QFETCH(bool, expected);
        auto d = DecodedToken::decode(compact(header, payload, "sig"));
        QVERIFY2(d, qPrintable(d ? QString() : d.error().toString()));
        if (code.isEmpty()) {
            QVERIFY2(d->warnings.isEmpty(), qPrintable(codes(d->warnings).join(u' ')));
            return;
        }
        QCOMPARE(codes(d->warnings).contains(code), expected);
        for (const TokenWarning& w : d->warnings) {
            QVERIFY(!w.message.isEmpty());
        }
    }

    void hsWithPublicKey()
    {
        auto d = DecodedToken::decode(compact("{\"alg\":\"HS256\"}", "{\"exp\":1}", "sig"));
        QVERIFY(d);
        const Jwk pub = loadPemKey(QStringLiteral("rsa2048.spki.pem"));
        QVERIFY(codes(TokenLinter::lint(*d, &pub)).contains(QStringLiteral("jose.lint.hs-public-key")));
        const Jwk secret = secretKey(QByteArray(32, 's'));
        QVERIFY(!codes(TokenLinter::lint(*d, &secret)).contains(QStringLiteral("jose.lint.hs-public-key")));
        // Most serious first.
        auto none = DecodedToken::decode(compact("{\"alg\":\"none\",\"jku\":\"x\"}", "{\"sub\":1}", ""));
        QVERIFY(none);
        QCOMPARE(none->warnings.first().severity, TokenWarning::Severity::Danger);
    }
};

QTEST_GUILESS_MAIN(tst_DecodedToken)
#include "tst_decodedtoken.moc"
