#include "core/crypto/Hmac.h"
#include "core/crypto/PKey.h"
#include "core/crypto/Verifier.h"

#include "tests/support/DataColumns.h"
#include "tests/support/TestSupport.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace authscope::crypto;

namespace {

struct Tally
{
    int valid = 0;
    int invalid = 0;
    int acceptable = 0;
};

QByteArray hex(const QJsonValue& v)
{
    return QByteArray::fromHex(v.toString().toLatin1());
}

} // namespace

// Wycheproof drivers at the primitive level. Every `valid` must verify and every `invalid` must fail.
// `acceptable` decisions are listed in tests/data/README.md:
//   rsa_signature_2048_sha256 tc8 (MissingNull, PKCS#1 v1.5 DigestInfo without the NULL parameter): REJECTED.
//   OpenSSL 3 rejects it and JWA RS256 requires the standard DigestInfo encoding.
class tst_WycheproofPrimitives final : public QObject
{
    Q_OBJECT

private:
    void runSignatureFile(const QString& file, SignatureScheme scheme, DigestAlgorithm digest, const char* keyMember,
                          Tally& tally, const QList<int>& acceptableAccepted = {})
    {
        const QJsonObject root = authscope::test::readJsonData(QStringLiteral("wycheproof/") + file).object();
        for (const QJsonValue& g : root.value(QStringLiteral("testGroups")).toArray()) {
            const QJsonObject group = g.toObject();
            const QByteArray pem = group.value(QStringLiteral("publicKeyPem")).toString().toLatin1();
            auto key = PKey::fromPem(pem);
            QVERIFY2(key, qPrintable(file + u' ' + (key ? QString() : key.error().message)));
            Q_UNUSED(keyMember);
            auto verifier = Verifier::create(*key, scheme, digest);
            QVERIFY(verifier);
            for (const QJsonValue& t : group.value(QStringLiteral("tests")).toArray()) {
                const QJsonObject test = t.toObject();
                const int id = test.value(QStringLiteral("tcId")).toInt();
                const QString result = test.value(QStringLiteral("result")).toString();
                const bool ok =
                    verifier->verify(hex(test.value(QStringLiteral("msg"))), hex(test.value(QStringLiteral("sig"))));
                if (result == u"valid") {
                    QVERIFY2(ok, qPrintable(QStringLiteral("%1 tc%2 valid but rejected").arg(file).arg(id)));
                    ++tally.valid;
                } else if (result == u"invalid") {
                    QVERIFY2(!ok, qPrintable(QStringLiteral("%1 tc%2 invalid but accepted").arg(file).arg(id)));
                    ++tally.invalid;
                } else {
                    QCOMPARE(ok, acceptableAccepted.contains(id));
                    ++tally.acceptable;
                }
            }
        }
    }

private slots:
    void signatureFile_data()
    {
        // cases: valid + invalid + acceptable
        // acceptable: -1: not counted
        authscope::test::addColumns<QString, int, QByteArray, int, int>("file", "scheme", "keyMember", "cases",
                                                                        "acceptable");
        QTest::newRow("ecdsaP256P1363") << QStringLiteral("ecdsa_secp256r1_sha256_p1363_test.json")
                                        << int(SignatureScheme::EcdsaP1363) << QByteArray("publicKeyJwk") << 262 << -1;
        QTest::newRow("rsaPkcs1Sha256") << QStringLiteral("rsa_signature_2048_sha256_test.json")
                                        << int(SignatureScheme::RsaPkcs1v15) << QByteArray("keyJwk") << 259 << 1;
        QTest::newRow("rsaPssSha256") << QStringLiteral("rsa_pss_2048_sha256_mgf1_32_test.json")
                                      << int(SignatureScheme::RsaPss) << QByteArray("publicKeyJwk") << 108 << -1;
        QTest::newRow("ed25519") << QStringLiteral("ed25519_test.json") << int(SignatureScheme::EdDsa)
                                 << QByteArray("publicKeyJwk") << 151 << -1;
    }

    // Every file is SHA-256 (Ed25519 ignores the digest).
    void signatureFile()
    {
        QFETCH(QString, file);
        QFETCH(int, scheme);
        QFETCH(QByteArray, keyMember);
        QFETCH(int, cases);
        QFETCH(int, acceptable);
        Tally t;
        runSignatureFile(file, static_cast<SignatureScheme>(scheme), DigestAlgorithm::Sha256, keyMember.constData(), t);
        QCOMPARE(t.valid + t.invalid + t.acceptable, cases);
        if (acceptable >= 0) {
            QCOMPARE(t.acceptable, acceptable);
        }
    }

    void hmacSha256()
    {
        const QJsonObject root =
            authscope::test::readJsonData(QStringLiteral("wycheproof/hmac_sha256_test.json")).object();
        int count = 0;
        for (const QJsonValue& g : root.value(QStringLiteral("testGroups")).toArray()) {
            const QJsonObject group = g.toObject();
            const int tagBits = group.value(QStringLiteral("tagSize")).toString().toInt() > 0
                                    ? group.value(QStringLiteral("tagSize")).toString().toInt()
                                    : group.value(QStringLiteral("tagSize")).toInt();
            for (const QJsonValue& v : group.value(QStringLiteral("tests")).toArray()) {
                const QJsonObject test = v.toObject();
                const int id = test.value(QStringLiteral("tcId")).toInt();
                auto mac = Hmac::create(DigestAlgorithm::Sha256, hex(test.value(QStringLiteral("key"))));
                QVERIFY(mac);
                const QByteArray msg = hex(test.value(QStringLiteral("msg")));
                const QByteArray tag = hex(test.value(QStringLiteral("tag")));
                const bool valid = test.value(QStringLiteral("result")).toString() == u"valid";
                if (tagBits == 256) {
                    // Full-length tags: the JWS rule (exact length, constant-time compare).
                    QVERIFY2(mac->verify(msg, tag) == valid, qPrintable(QStringLiteral("tc%1").arg(id)));
                } else {
                    // Truncated tags are never accepted by verify(); the MAC prefix must still match for valid ones.
                    QVERIFY(!mac->verify(msg, tag));
                    auto full = mac->mac(msg);
                    QVERIFY(full);
                    QCOMPARE(Hmac::constantTimeEquals(full->left(tag.size()), tag), valid);
                }
                ++count;
            }
        }
        QCOMPARE(count, 174);
    }
};

QTEST_GUILESS_MAIN(tst_WycheproofPrimitives)
#include "tst_wycheproofprimitives.moc"
