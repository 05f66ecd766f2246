#include "tests/support/DataColumns.h"
#include "tests/support/TestSupport.h"
#include "tests/unit/keys/KeysTestUtil.h"

#include "core/jose/TokenValidator.h"
#include "core/keys/JwksPublisher.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace authscope;
using namespace authscope::test;

class tst_JwksPublisher final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void publishesNextActiveRetiringOnly();
    void neverPrivateMembers();
    void checkPublishableRefuses_data();
    void checkPublishableRefuses();
    void cachedUntilRevisionOrRetirement();
    void hmacSecretsVerifyButAreNeverPublished();
};

void tst_JwksPublisher::publishesNextActiveRetiringOnly()
{
    KeysFixture f;
    QVERIFY(f.openUnlocked());
    const QString retired = f.store->generate({}).value().kid; // active, then rotated out and retired
    KeyStore::RotateOptions rotate;
    rotate.preGenerateNext = false;
    QVERIFY(f.store->rotate(rotate));
    f.clock.advanceSecs(4000);
    const QString retiring = f.store->activeKey().value()->kid;
    QVERIFY(f.store->rotate(rotate));
    const QString active = f.store->activeKey().value()->kid;
    KeyStore::GenerateRequest okp;
    okp.kty = QStringLiteral("OKP");
    const QString next = f.store->generate(okp).value().kid;
    KeyStore::GenerateRequest spare;
    spare.purpose = QStringLiteral("spare");
    const QString revoked = f.store->generate(spare).value().kid;
    QVERIFY(f.store->generate(spare));
    KeyStore::RotateOptions revoke;
    revoke.purpose = QStringLiteral("spare");
    revoke.revokeOld = true;
    revoke.reason = QStringLiteral("test");
    revoke.preGenerateNext = false;
    QVERIFY(f.store->rotate(revoke));
    const QString spareActive = f.store->activeKey(QStringLiteral("spare")).value()->kid;

    JwksPublisher publisher(*f.store);
    const JwksPublisher::Document doc = publisher.document().value();
    // Active keys first, then next, then retiring.
    QCOMPARE(doc.kids, (QStringList{active, spareActive, next, retiring}));
    QVERIFY(!doc.kids.contains(retired));
    QVERIFY(!doc.kids.contains(revoked));
    for (const QJsonValue& v : doc.json.value(QStringLiteral("keys")).toArray()) {
        const QJsonObject key = v.toObject();
        QCOMPARE(key.value(QStringLiteral("use")).toString(), QStringLiteral("sig"));
        QVERIFY(!key.value(QStringLiteral("alg")).toString().isEmpty());
        QVERIFY(!key.value(QStringLiteral("kid")).toString().isEmpty());
        QVERIFY(!key.contains(QStringLiteral("key_ops")));
    }
    QCOMPARE(doc.maxAgeSecs, 3600);
    QCOMPARE(doc.keys.size(), 4);
    QVERIFY(doc.keys.findByKid(active) != nullptr);
    QCOMPARE(QJsonDocument::fromJson(f.store->jwksJson().value()).object(), doc.json);
}

void tst_JwksPublisher::neverPrivateMembers()
{
    KeysFixture f;
    QVERIFY(f.openUnlocked());
    QVERIFY(f.store->importKeys(readData(QStringLiteral("keys/rsa2048.pkcs8.pem")), {}));
    QVERIFY(f.store->generate({}));
    KeyStore::GenerateRequest oct;
    oct.kty = QStringLiteral("oct");
    oct.purpose = QStringLiteral("internal");
    QVERIFY(f.store->generate(oct));
    const JwksPublisher::Document doc = JwksPublisher(*f.store).document().value();
    QCOMPARE(doc.kids.size(), 2);
    for (const char* member : {"\"d\"", "\"p\"", "\"q\"", "\"dp\"", "\"dq\"", "\"qi\"", "\"k\"", "\"oct\""}) {
        QVERIFY2(!doc.bytes.contains(member), member);
    }
    QVERIFY(JwksPublisher::checkPublishable(doc.json));
    for (const jose::Jwk& k : doc.keys.keys()) {
        QVERIFY(!k.isPrivate());
    }
}

void tst_JwksPublisher::checkPublishableRefuses_data()
{
    addColumns<QByteArray, QString>("jwks", "mentions");
    const QByteArray ec = R"("kty":"EC","crv":"P-256","x":"x","y":"y","kid":"a","alg":"ES256","use":"sig")";
    QTest::newRow("d") << QByteArray(R"({"keys":[{)" + ec + R"(,"d":"secret"}]})") << "'d'";
    QTest::newRow("RSA p") << QByteArray(R"({"keys":[{"kty":"RSA","n":"n","e":"AQAB","p":"x","kid":"r","alg":"RS256",)"
                                         R"("use":"sig"}]})")
                           << "'p'";
    QTest::newRow("oct") << QByteArray(R"({"keys":[{"kty":"oct","kid":"h","alg":"HS256","use":"sig"}]})") << "oct";
    QTest::newRow("k") << QByteArray(R"({"keys":[{)" + ec + R"(,"k":"x"}]})") << "'k'";
    QTest::newRow("no alg") << QByteArray(R"({"keys":[{"kty":"EC","kid":"a","use":"sig"}]})") << "'alg'";
    QTest::newRow("no keys") << QByteArray(R"({"kid":"a"})") << "keys";
}

void tst_JwksPublisher::checkPublishableRefuses()
{
    QFETCH(QByteArray, jwks);
    QFETCH(QString, mentions);
    const auto result = JwksPublisher::checkPublishable(QJsonDocument::fromJson(jwks).object());
    QVERIFY(!result);
    QCOMPARE(result.error().code, QStringLiteral("keys.jwks"));
    QVERIFY2(result.error().message.contains(mentions), qPrintable(result.error().message));
}

void tst_JwksPublisher::cachedUntilRevisionOrRetirement()
{
    KeysFixture f;
    QVERIFY(f.openUnlocked());
    const QString first = f.store->generate({}).value().kid;
    JwksPublisher publisher(*f.store);
    const JwksPublisher::Document a = publisher.document().value();
    QCOMPARE(publisher.document().value().etag, a.etag);
    QVERIFY(a.etag.startsWith('"') && a.etag.endsWith('"'));
    QCOMPARE(a.validUntilMs, 0);
    KeyStore::RotateOptions rotate;
    rotate.preGenerateNext = false;
    QVERIFY(f.store->rotate(rotate));
    const JwksPublisher::Document b = publisher.document().value();
    QVERIFY(b.etag != a.etag);
    QCOMPARE(b.kids.size(), 2);
    QCOMPARE(b.validUntilMs, KeysFixture::StartMs + 3630 * 1000);
    // Without any write, the retiring key leaves the document at its retire-after.
    f.clock.advanceSecs(3630);
    const JwksPublisher::Document c = publisher.document().value();
    QCOMPARE(c.kids.size(), 1);
    QVERIFY(!c.kids.contains(first));
    QVERIFY(c.etag != b.etag);
}

void tst_JwksPublisher::hmacSecretsVerifyButAreNeverPublished()
{
    KeysFixture f;
    QVERIFY(f.openUnlocked());
    KeyStore::GenerateRequest oct;
    oct.kty = QStringLiteral("oct");
    const QString kid = f.store->generate(oct).value().kid;
    const qint64 now = f.clock.nowSecs();
    const QByteArray token =
        f.store->signJwt(QJsonObject{{QStringLiteral("sub"), QStringLiteral("svc")}, {QStringLiteral("exp"), now + 60}})
            .value();
    QVERIFY(JwksPublisher(*f.store).document().value().kids.isEmpty());
    const jose::JwkSet unlocked = f.store->verificationKeys().value();
    QCOMPARE(unlocked.size(), 1);
    QVERIFY(jose::TokenValidator(unlocked, {}, f.clock).validate(token).valid);
    f.vault->lock();
    const jose::JwkSet locked = f.store->verificationKeys().value();
    QVERIFY(locked.isEmpty());
    QVERIFY(!jose::TokenValidator(locked, {}, f.clock).validate(token).valid);
    Q_UNUSED(kid)
}

QTEST_GUILESS_MAIN(tst_JwksPublisher)
#include "tst_jwkspublisher.moc"
