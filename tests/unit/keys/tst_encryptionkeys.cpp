// The key store's "encryption" purpose (K-ENC-PURPOSE): keys generated and imported for JWE, published with use
// "enc" (signing keys with use "sig"), the same lifecycle as signing keys, decrypting while next/active/retiring and
// never signing or verifying; every change audited in its own transaction (A-SAME-TX).
#include "tests/support/DataColumns.h"
#include "tests/support/TestSupport.h"
#include "tests/unit/keys/KeysTestUtil.h"

#include "core/jose/JweDecryptor.h"
#include "core/jose/JweEncryptor.h"
#include "core/jose/JwkSet.h"
#include "core/keys/EncryptionKeys.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>

using namespace authscope;
using namespace authscope::test;

namespace {

const QString& kEnc = EncryptionKeys::Purpose;

KeyGenerateRequest request(const QString& kty, const QString& alg = {}, const QString& curve = {}, int bits = 0)
{
    return generateRequest(kty, alg, curve, bits, kEnc);
}

QJsonObject publishedByKid(const KeyStore& store, const QString& kid)
{
    const QJsonObject jwks = QJsonDocument::fromJson(store.jwksJson().value()).object();
    for (const QJsonValue& v : jwks.value(QStringLiteral("keys")).toArray()) {
        if (v.toObject().value(QStringLiteral("kid")).toString() == kid) {
            return v.toObject();
        }
    }
    return {};
}

// A round trip through the store: encrypted to encryptionKey(kid), decrypted with decryptionKeys().
Result<QByteArray> roundTrip(const KeyStore& store, const QString& kid, const QByteArray& plaintext)
{
    auto recipient = store.encryptionKey(kid);
    if (!recipient) {
        return std::unexpected(recipient.error());
    }
    jose::JweEncryptOptions options;
    options.algorithm = jose::JweAlgorithms::fromName(recipient->alg()).value();
    options.encryption = EncryptionKeys::contentEncryption(*recipient);
    auto token = jose::JweEncryptor::encrypt(plaintext, *recipient, options);
    if (!token) {
        return std::unexpected(token.error());
    }
    auto keys = store.decryptionKeys();
    if (!keys) {
        return std::unexpected(keys.error());
    }
    auto result = jose::JweDecryptor(*keys).decrypt(*token);
    if (!result) {
        return std::unexpected(result.error());
    }
    return result->plaintext;
}

} // namespace

class tst_EncryptionKeys final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void generate_data();
    void generate();
    void generateRefusals_data();
    void generateRefusals();
    void neverSigns();
    void lifecycle();
    void importKeys();
    void importRefusals();
    void policy();
    void auditedInTheSameTransaction();
};

void tst_EncryptionKeys::generate_data()
{
    addColumns<QString, QString, QString, int, QString, bool>("kty", "alg", "curve", "bits", "expectedAlg",
                                                              "published");
    QTest::newRow("RSA default") << "RSA"
                                 << ""
                                 << "" << 0 << "RSA-OAEP-256" << true;
    QTest::newRow("RSA-OAEP") << "RSA"
                              << "RSA-OAEP"
                              << "" << 0 << "RSA-OAEP" << true;
    QTest::newRow("EC default") << "EC"
                                << ""
                                << "" << 0 << "ECDH-ES+A256KW" << true;
    QTest::newRow("EC P-384 ECDH-ES") << "EC"
                                      << "ECDH-ES"
                                      << "P-384" << 0 << "ECDH-ES" << true;
    QTest::newRow("OKP default X25519") << "OKP"
                                        << ""
                                        << "" << 0 << "ECDH-ES+A256KW" << true;
    QTest::newRow("X448") << "OKP"
                          << "ECDH-ES+A128KW"
                          << "X448" << 0 << "ECDH-ES+A128KW" << true;
    QTest::newRow("oct default") << "oct"
                                 << ""
                                 << "" << 0 << "A256KW" << false;
    QTest::newRow("oct A128KW") << "oct"
                                << "A128KW"
                                << "" << 0 << "A128KW" << false;
    QTest::newRow("oct A192GCMKW") << "oct"
                                   << "A192GCMKW"
                                   << "" << 0 << "A192GCMKW" << false;
    QTest::newRow("oct dir") << "oct"
                             << "dir"
                             << "" << 0 << "dir" << false;
}

void tst_EncryptionKeys::generate()
{
    QFETCH(QString, kty);
    QFETCH(QString, alg);
    QFETCH(QString, curve);
    QFETCH(int, bits);
    QFETCH(QString, expectedAlg);
    QFETCH(bool, published);
    KeysFixture f;
    QVERIFY(f.openUnlocked());
    // A signing key beside it: the JWKS holds both, each with its use.
    KeyGenerateRequest signing;
    signing.kty = QStringLiteral("EC");
    auto sig = f.store->generate(signing);
    QVERIFY(sig.has_value());
    auto made = f.store->generate(request(kty, alg, curve, bits));
    QVERIFY2(made.has_value(), made ? "" : qPrintable(made.error().toString()));
    QCOMPARE(made->purpose, kEnc);
    QCOMPARE(made->use, QStringLiteral("enc"));
    QCOMPARE(made->alg, expectedAlg);
    QCOMPARE(made->state, KeyState::Active); // the first key of its purpose
    QVERIFY(made->isEncryption());
    QCOMPARE(publishedByKid(*f.store, sig->kid).value(QStringLiteral("use")).toString(), QStringLiteral("sig"));
    const QJsonObject pub = publishedByKid(*f.store, made->kid);
    QCOMPARE(!pub.isEmpty(), published);
    if (published) {
        QCOMPARE(pub.value(QStringLiteral("use")).toString(), QStringLiteral("enc"));
        QCOMPARE(pub.value(QStringLiteral("alg")).toString(), expectedAlg);
        for (const char* member : {"d", "p", "q", "dp", "dq", "qi", "k"}) {
            QVERIFY(!pub.contains(QLatin1StringView(member))); // K-JWKS-PUBLIC
        }
    }
    // Listed with its purpose and use, after a reopen (the row says so, not a cache).
    f.close();
    QVERIFY(f.open());
    auto listed = f.store->find(made->kid);
    QVERIFY(listed.has_value() && listed->has_value());
    QCOMPARE((*listed)->purpose, kEnc);
    QCOMPARE((*listed)->use, QStringLiteral("enc"));
    QCOMPARE((*listed)->toJson(f.clock.nowMs()).value(QStringLiteral("use")).toString(), QStringLiteral("enc"));
    QVERIFY(f.vault->unlock(QStringLiteral("correct horse battery staple")).has_value());
    const QByteArray plaintext = "{\"sub\":\"alice\"}";
    auto back = roundTrip(*f.store, made->kid, plaintext);
    QVERIFY2(back.has_value(), back ? "" : qPrintable(back.error().toString()));
    QCOMPARE(*back, plaintext);
    // The generate row names the purpose and the use.
    auto rows = f.audit->list(actionFilter(QStringLiteral("key.generate")));
    QVERIFY(rows.has_value());
    QCOMPARE(rows->constFirst().target, made->kid);
    QCOMPARE(rows->constFirst().details.value(QStringLiteral("use")).toString(), QStringLiteral("enc"));
    QCOMPARE(rows->constFirst().details.value(QStringLiteral("purpose")).toString(), kEnc);
}

void tst_EncryptionKeys::generateRefusals_data()
{
    addColumns<QString, QString, QString, QString, int, QString>("purpose", "kty", "alg", "curve", "bits", "says");
    QTest::newRow("RSA1_5") << kEnc << "RSA"
                            << "RSA1_5"
                            << "" << 0 << "RSA1_5";
    QTest::newRow("PBES2") << kEnc << "oct"
                           << "PBES2-HS256+A128KW"
                           << "" << 0 << "password";
    QTest::newRow("JWS alg") << kEnc << "EC"
                             << "ES256"
                             << "" << 0 << "not a JWE";
    QTest::newRow("Ed25519") << kEnc << "OKP"
                             << ""
                             << "Ed25519" << 0 << "X25519";
    QTest::newRow("RSA alg on EC") << kEnc << "EC"
                                   << "RSA-OAEP-256"
                                   << "" << 0 << "RSA key";
    QTest::newRow("KW size") << kEnc << "oct"
                             << "A128KW"
                             << "" << 256 << "A128KW";
    QTest::newRow("odd secret") << kEnc << "oct"
                                << "dir"
                                << "" << 100 << "bits";
    QTest::newRow("JWE alg for signing") << KeyRecord::DefaultPurpose << "RSA"
                                         << "RSA-OAEP-256"
                                         << "" << 0 << "RSA-OAEP-256";
}

void tst_EncryptionKeys::generateRefusals()
{
    QFETCH(QString, purpose);
    QFETCH(QString, kty);
    QFETCH(QString, alg);
    QFETCH(QString, curve);
    QFETCH(int, bits);
    QFETCH(QString, says);
    KeysFixture f;
    QVERIFY(f.openUnlocked());
    KeyGenerateRequest r = request(kty, alg, curve, bits);
    r.purpose = purpose;
    auto made = f.store->generate(r);
    QVERIFY(!made.has_value());
    QVERIFY2(made.error().message.contains(says), qPrintable(made.error().toString()));
    QCOMPARE(f.store->list().value().size(), 0);
    QCOMPARE(f.audit->count(actionFilter(QStringLiteral("key.generate"))).value(), 0);
}

void tst_EncryptionKeys::neverSigns()
{
    KeysFixture f;
    QVERIFY(f.openUnlocked());
    auto enc = f.store->generate(request(QStringLiteral("EC")));
    QVERIFY(enc.has_value());
    auto secret = f.store->generate([] {
        KeyGenerateRequest r = request(QStringLiteral("oct"), QStringLiteral("A256KW"));
        r.state = KeyState::Next;
        return r;
    }());
    QVERIFY(secret.has_value());
    // No signing key of the purpose, whatever is asked.
    auto key = f.store->signingKey(kEnc);
    QVERIFY(!key.has_value());
    QCOMPARE(key.error().code, QStringLiteral("keys.not-signing"));
    QVERIFY(!f.store->signJwt(QJsonObject{{QStringLiteral("sub"), QStringLiteral("x")}}, kEnc).has_value());
    // K-USE: neither the published EC key nor the secret is in the verification set.
    auto verification = f.store->verificationKeys();
    QVERIFY(verification.has_value());
    QVERIFY(verification->findByKid(enc->kid) == nullptr);
    QVERIFY(verification->findByKid(secret->kid) == nullptr);
    // A token "signed" with the encryption key's private half does not verify against the store's keys.
    auto priv = f.store->privateKey(enc->kid);
    QVERIFY(priv.has_value());
    QVERIFY(!priv->allows(jose::Jwk::Operation::Verify));
    auto published = f.store->publishedKeys();
    QVERIFY(published.has_value());
    QVERIFY(published->findByKid(enc->kid) != nullptr);
    // Nothing is encrypted to a signing key either.
    KeyGenerateRequest signing;
    signing.kty = QStringLiteral("EC");
    auto sig = f.store->generate(signing);
    QVERIFY(sig.has_value());
    auto to = f.store->encryptionKey(sig->kid);
    QVERIFY(!to.has_value());
    QCOMPARE(to.error().code, QStringLiteral("keys.not-encryption"));
}

void tst_EncryptionKeys::lifecycle()
{
    KeysFixture f;
    QVERIFY(f.openUnlocked());
    auto first = f.store->generate(request(QStringLiteral("EC")));
    QVERIFY(first.has_value());
    QCOMPARE(first->state, KeyState::Active);
    auto second = f.store->generate(request(QStringLiteral("RSA")));
    QVERIFY(second.has_value());
    QCOMPARE(second->state, KeyState::Next);
    // Both decrypt and both may be encrypted to.
    QVERIFY(roundTrip(*f.store, first->kid, "a").has_value());
    QVERIFY(roundTrip(*f.store, second->kid, "b").has_value());

    // A token for the first key, sent before the rotation.
    auto recipient = f.store->encryptionKey(first->kid);
    QVERIFY(recipient.has_value());
    jose::JweEncryptOptions options;
    options.algorithm = jose::JweAlgorithm::EcdhEsA256KW;
    const QByteArray before = jose::JweEncryptor::encrypt("sent before", *recipient, options).value();

    KeyRotateOptions rotate;
    rotate.purpose = kEnc;
    rotate.preGenerateNext = false;
    auto plan = f.store->rotate(rotate);
    QVERIFY2(plan.has_value(), plan ? "" : qPrintable(plan.error().toString()));
    QCOMPARE(f.store->activeKey(kEnc).value()->kid, second->kid);
    QCOMPARE(f.store->find(first->kid).value()->state, KeyState::Retiring);
    // Retiring: still decrypts what was sent to it, takes nothing new.
    QCOMPARE(jose::JweDecryptor(f.store->decryptionKeys().value()).decrypt(before).value().plaintext,
             QByteArray("sent before"));
    auto refused = f.store->encryptionKey(first->kid);
    QVERIFY(!refused.has_value());
    QCOMPARE(refused.error().code, QStringLiteral("keys.not-usable"));
    // The signing purpose is untouched by all of it.
    QVERIFY(!f.store->activeKey().value().has_value());

    // Revoked: decrypts nothing at once, leaves the JWKS, and the rows say so.
    QVERIFY(f.store->revoke(first->kid, QStringLiteral("disk image leaked")).has_value());
    const auto afterRevoke = jose::JweDecryptor(f.store->decryptionKeys().value()).decrypt(before);
    QVERIFY(!afterRevoke.has_value());
    QVERIFY(publishedByKid(*f.store, first->kid).isEmpty());
    QVERIFY(!publishedByKid(*f.store, second->kid).isEmpty());
    QCOMPARE(f.audit->count(actionFilter(QStringLiteral("key.rotate"))).value(), 1);
    QCOMPARE(f.audit->count(actionFilter(QStringLiteral("key.revoke"))).value(), 1);

    // A retiring key past its retire-after decrypts nothing, even before the maintenance records it.
    auto third = f.store->generate(request(QStringLiteral("OKP")));
    QVERIFY(third.has_value());
    QVERIFY(f.store->rotate(rotate).has_value());
    const QByteArray forSecond =
        jose::JweEncryptor::encrypt("late",
                                    f.store->publishedKeys().value().findByKid(second->kid)->publicKey().value(),
                                    jose::JweEncryptOptions{})
            .value();
    QVERIFY(jose::JweDecryptor(f.store->decryptionKeys().value()).decrypt(forSecond).has_value());
    f.clock.advanceMs(f.store->policy(kEnc).value().graceMs() + 1000);
    QVERIFY(!jose::JweDecryptor(f.store->decryptionKeys().value()).decrypt(forSecond).has_value());
}

void tst_EncryptionKeys::importKeys()
{
    KeysFixture f;
    QVERIFY(f.openUnlocked());
    // An X25519 key from elsewhere (no use, no alg) becomes an encryption key with the default alg.
    jose::Jwk::GenerateOptions x;
    x.type = jose::KeyType::Okp;
    x.curve = QStringLiteral("X25519");
    x.use = QString();
    const jose::Jwk outside = jose::Jwk::generate(x).value();
    KeyImportOptions options;
    options.purpose = kEnc;
    const QByteArray file = QJsonDocument(outside.toJson(true)).toJson();
    auto imported = f.store->importKeys(file, options);
    QVERIFY2(imported.has_value(), imported ? "" : qPrintable(imported.error().toString()));
    QCOMPARE(imported->size(), 1);
    const KeyRecord& r = imported->constFirst();
    QCOMPARE(r.use, QStringLiteral("enc"));
    QCOMPARE(r.alg, QStringLiteral("ECDH-ES+A256KW"));
    QCOMPARE(r.state, KeyState::Active);
    QCOMPARE(r.origin, QStringLiteral("imported"));
    QCOMPARE(publishedByKid(*f.store, r.kid).value(QStringLiteral("use")).toString(), QStringLiteral("enc"));
    QVERIFY(roundTrip(*f.store, r.kid, "imported").has_value());
    QCOMPARE(f.audit->count(actionFilter(QStringLiteral("key.import"))).value(), 1);

    // A 256-bit secret with alg A256GCMKW from a JWK Set, next to it.
    const QByteArray secretFile =
        R"({"keys":[{"kty":"oct","k":"GawgguFyGrWKav7AX4VKUg-YwuEZE07gTxDkVT24UuM","alg":"A256GCMKW","kid":"wrap-1"}]})";
    KeyImportOptions next = options;
    next.state = KeyState::Next;
    auto secret = f.store->importKeys(secretFile, next);
    QVERIFY2(secret.has_value(), secret ? "" : qPrintable(secret.error().toString()));
    QCOMPARE(secret->constFirst().alg, QStringLiteral("A256GCMKW"));
    QVERIFY(publishedByKid(*f.store, QStringLiteral("wrap-1")).isEmpty()); // never published
    QVERIFY(roundTrip(*f.store, QStringLiteral("wrap-1"), "wrapped").has_value());
}

void tst_EncryptionKeys::importRefusals()
{
    KeysFixture f;
    QVERIFY(f.openUnlocked());
    KeyImportOptions enc;
    enc.purpose = kEnc;
    // A signing key is no encryption key ...
    jose::Jwk::GenerateOptions ed;
    ed.type = jose::KeyType::Okp;
    const QByteArray edFile = QJsonDocument(jose::Jwk::generate(ed).value().toJson(true)).toJson();
    auto refused = f.store->importKeys(edFile, enc);
    QVERIFY(!refused.has_value());
    QCOMPARE(refused.error().code, QStringLiteral("keys.not-encryption"));
    jose::Jwk::GenerateOptions ec;
    const QByteArray sigFile = QJsonDocument(jose::Jwk::generate(ec).value().toJson(true)).toJson();
    refused = f.store->importKeys(sigFile, enc);
    QVERIFY(!refused.has_value());
    QVERIFY2(refused.error().message.contains(QStringLiteral("'sig'")), qPrintable(refused.error().message));
    // ... nor an encryption key a signing key, nor an RSA1_5 key anything.
    jose::Jwk::GenerateOptions x;
    x.type = jose::KeyType::Okp;
    x.curve = QStringLiteral("X25519");
    x.use = QStringLiteral("enc");
    const QByteArray xFile = QJsonDocument(jose::Jwk::generate(x).value().toJson(true)).toJson();
    refused = f.store->importKeys(xFile, KeyImportOptions{});
    QVERIFY(!refused.has_value());
    QCOMPARE(refused.error().code, QStringLiteral("keys.not-signing"));
    jose::Jwk::GenerateOptions rsa;
    rsa.type = jose::KeyType::Rsa;
    rsa.use = QStringLiteral("enc");
    jose::Jwk rsaKey = jose::Jwk::generate(rsa).value();
    rsaKey.setAlg(QStringLiteral("RSA1_5"));
    refused = f.store->importKeys(QJsonDocument(rsaKey.toJson(true)).toJson(), enc);
    QVERIFY(!refused.has_value());
    QVERIFY(refused.error().message.contains(QStringLiteral("RSA1_5")));
    QCOMPARE(f.store->list().value().size(), 0);
}

void tst_EncryptionKeys::policy()
{
    KeysFixture f;
    QVERIFY(f.openUnlocked());
    RotationPolicy p = f.store->policy(kEnc).value();
    QCOMPARE(p.alg, QStringLiteral("ECDH-ES+A256KW"));
    QVERIFY(p.validate().has_value());
    p.alg = QStringLiteral("ES256");
    QVERIFY(!f.store->setPolicy(p).has_value());
    p.alg = QStringLiteral("RSA-OAEP-256");
    QVERIFY(f.store->setPolicy(p).has_value());
    // A rotation with no key to copy follows the policy's alg.
    KeyRotateOptions rotate;
    rotate.purpose = kEnc;
    rotate.preGenerateNext = false;
    QVERIFY(f.store->rotate(rotate).has_value());
    const KeyRecord active = f.store->activeKey(kEnc).value().value();
    QCOMPARE(active.kty, QStringLiteral("RSA"));
    QCOMPARE(active.alg, QStringLiteral("RSA-OAEP-256"));
    QCOMPARE(active.use, QStringLiteral("enc"));
}

void tst_EncryptionKeys::auditedInTheSameTransaction()
{
    KeysFixture f;
    QVERIFY(f.openUnlocked());
    QSqlQuery q(f.db->connection());
    for (const QString& statement : test::refuseAuditSql(f.db->isPostgres())) {
        QVERIFY2(q.exec(statement), qPrintable(q.lastError().text()));
    }
    auto made = f.store->generate(request(QStringLiteral("EC")));
    QVERIFY(!made.has_value());
    QVERIFY2(made.error().message.contains(QStringLiteral("audit refused")), qPrintable(made.error().toString()));
    QCOMPARE(f.store->list().value().size(), 0);
    QVERIFY(q.exec(test::dropAuditRefusalSql(f.db->isPostgres())));
    QVERIFY(f.store->generate(request(QStringLiteral("EC"))).has_value());
    QCOMPARE(f.store->list().value().size(), 1);
}

QTEST_GUILESS_MAIN(tst_EncryptionKeys)
#include "tst_encryptionkeys.moc"
