#include "tests/support/DataColumns.h"
#include "tests/support/TestSupport.h"
#include "tests/unit/keys/KeysTestUtil.h"

#include "core/jose/Base64Url.h"
#include "core/jose/JwkSet.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>

using namespace authscope;
using namespace authscope::test;

class tst_KeyStore final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void generateDefaultsAndStates();
    void generateTypes_data();
    void generateTypes();
    void generateRefusals_data();
    void generateRefusals();
    void encryptionAtRest();
    void retireAndRevokeRules();
    void importFormats_data();
    void importFormats();
    void importJwksOfPublicKeys();
    void importRefusals_data();
    void importRefusals();
    void exportRoundTrips();
    void planIsCheckedWhenApplied();
    void twoProcessesCannotBothRotate();
    void sealedKeyCannotBeMoved();
};

namespace {

QByteArray b64url(const QByteArray& bytes)
{
    return jose::Base64Url::encode(bytes);
}

// The base64 body lines of a PEM file (without the BEGIN/END lines).
QList<QByteArray> pemBody(const QByteArray& pem)
{
    QList<QByteArray> lines;
    for (const QByteArray& line : pem.split('\n')) {
        if (!line.startsWith("-----") && line.trimmed().size() >= 16 && !line.contains(':')) {
            lines << line.trimmed();
        }
    }
    return lines;
}

} // namespace

void tst_KeyStore::generateDefaultsAndStates()
{
    KeysFixture f;
    QVERIFY(f.openUnlocked());
    QSignalSpy changed(f.store.get(), &KeyStore::keysChanged);
    const KeyRecord first = f.store->generate({}).value();
    QCOMPARE(first.state, KeyState::Active);
    QCOMPARE(first.alg, QStringLiteral("ES256"));
    QCOMPARE(first.curve, QStringLiteral("P-256"));
    QCOMPARE(first.use, QStringLiteral("sig"));
    QCOMPARE(first.origin, QStringLiteral("generated"));
    QCOMPARE(first.activatedMs, KeysFixture::StartMs);
    QCOMPARE(first.maxTokenLifetimeSecs, 3600);
    QVERIFY(first.hasPrivate);
    // kid = RFC 7638 thumbprint of the public key.
    const jose::Jwk priv = f.store->privateKey(first.kid).value();
    QCOMPARE(priv.thumbprintBase64Url().value(), first.kid);
    QCOMPARE(first.thumbprint, first.kid);
    QVERIFY(!first.publicJwk.contains(QStringLiteral("d")));
    QCOMPARE(first.publicJwk.value(QStringLiteral("kid")).toString(), first.kid);

    const KeyRecord second = f.store->generate({}).value();
    QCOMPARE(second.state, KeyState::Next);
    QCOMPARE(second.activatedMs, 0);
    QCOMPARE(f.store->generate({}).error().code, QStringLiteral("keys.next-exists"));
    KeyStore::GenerateRequest active;
    active.state = KeyState::Active;
    QCOMPARE(f.store->generate(active).error().code, QStringLiteral("keys.active-exists"));
    QCOMPARE(f.store->list().value().size(), 2);
    QCOMPARE(f.store->activeKey().value()->kid, first.kid);
    QCOMPARE(f.store->nextKey().value()->kid, second.kid);
    QCOMPARE(changed.count(), 2);
    QCOMPARE(f.auditActions(), (QStringList{QStringLiteral("key.passphrase-change"), QStringLiteral("key.generate"),
                                            QStringLiteral("key.generate")}));
    QVERIFY(f.store->revision().value() >= 2);
}

void tst_KeyStore::generateTypes_data()
{
    addColumns<QString, QString, QString, int, QString, int>("kty", "alg", "curve", "bits", "expectedAlg",
                                                             "expectedBits");
    QTest::newRow("EC default") << "EC"
                                << ""
                                << "" << 0 << "ES256" << 256;
    QTest::newRow("EC P-384 by alg") << "EC"
                                     << "ES384"
                                     << "" << 0 << "ES384" << 384;
    QTest::newRow("EC P-521 by curve") << "EC"
                                       << ""
                                       << "P-521" << 0 << "ES512" << 521;
    QTest::newRow("Ed25519") << "OKP"
                             << ""
                             << "" << 0 << "EdDSA" << 256;
    QTest::newRow("Ed448") << "OKP"
                           << "EdDSA"
                           << "Ed448" << 0 << "EdDSA" << 456;
    QTest::newRow("HS256") << "oct"
                           << ""
                           << "" << 0 << "HS256" << 256;
    QTest::newRow("HS512") << "oct"
                           << "HS512"
                           << "" << 0 << "HS512" << 512;
}

void tst_KeyStore::generateTypes()
{
    QFETCH(QString, kty);
    QFETCH(QString, alg);
    QFETCH(QString, curve);
    QFETCH(int, bits);
    QFETCH(QString, expectedAlg);
    QFETCH(int, expectedBits);
    KeysFixture f;
    QVERIFY(f.openUnlocked());
    auto made = f.store->generate(generateRequest(kty, alg, curve, bits));
    QVERIFY2(made, made ? "" : qPrintable(made.error().toString()));
    QCOMPARE(made->alg, expectedAlg);
    QCOMPARE(made->bits, expectedBits);
    const jose::Jwk key = f.store->privateKey(made->kid).value();
    QVERIFY(key.isPrivate());
    if (kty == QStringLiteral("oct")) {
        // A secret's thumbprint would be a hash of the secret: its kid is random, and nothing is public.
        QVERIFY(made->kid != key.thumbprintBase64Url().value());
        QCOMPARE(made->kid.size(), 22);
        QVERIFY(made->publicJwk.isEmpty());
        QVERIFY(made->thumbprint.isEmpty());
        QVERIFY(f.store->publishedKeys().value().isEmpty());
    } else {
        QCOMPARE(made->kid, key.thumbprintBase64Url().value());
        QCOMPARE(f.store->publishedKeys().value().size(), 1);
    }
    // The key signs a JWT that the store's own verification set accepts.
    const QByteArray jwt = f.store->signJwt(QJsonObject{{QStringLiteral("sub"), QStringLiteral("x")}}).value();
    QVERIFY(jwt.split('.').size() == 3);
}

void tst_KeyStore::generateRefusals_data()
{
    addColumns<QString, QString, int, QString, QString>("kty", "alg", "bits", "kid", "purpose");
    QTest::newRow("unknown type") << "DSA"
                                  << "" << 0 << ""
                                  << "default";
    QTest::newRow("RSA 1024") << "RSA"
                              << "" << 1024 << ""
                              << "default";
    QTest::newRow("EC with RS256") << "EC"
                                   << "RS256" << 0 << ""
                                   << "default";
    QTest::newRow("HS256 with 128 bits") << "oct"
                                         << "HS256" << 128 << ""
                                         << "default";
    QTest::newRow("alg none") << "EC"
                              << "none" << 0 << ""
                              << "default";
    QTest::newRow("kid with a space") << "EC"
                                      << "" << 0 << "my key"
                                      << "default";
    QTest::newRow("bad purpose") << "EC"
                                 << "" << 0 << ""
                                 << "Bad Purpose";
}

void tst_KeyStore::generateRefusals()
{
    QFETCH(QString, kty);
    QFETCH(QString, alg);
    QFETCH(int, bits);
    QFETCH(QString, kid);
    QFETCH(QString, purpose);
    KeysFixture f;
    QVERIFY(f.openUnlocked());
    KeyStore::GenerateRequest request = generateRequest(kty, alg, {}, bits, purpose);
    request.kid = kid;
    auto made = f.store->generate(request);
    QVERIFY(!made);
    QVERIFY(!made.error().message.isEmpty());
    QVERIFY(f.store->list().value().isEmpty());
    QCOMPARE(f.auditActions(), QStringList{QStringLiteral("key.passphrase-change")});
}

void tst_KeyStore::encryptionAtRest()
{
    KeysFixture f;
    QVERIFY(f.openUnlocked());
    QList<jose::Jwk> privates;
    const KeyRecord ec = f.store->generate({}).value();
    KeyStore::GenerateRequest okp;
    okp.kty = QStringLiteral("OKP");
    const KeyRecord ed = f.store->generate(okp).value();
    KeyStore::GenerateRequest oct;
    oct.kty = QStringLiteral("oct");
    oct.purpose = QStringLiteral("internal");
    const KeyRecord hs = f.store->generate(oct).value();
    const QByteArray rsaPem = readData(QStringLiteral("keys/rsa2048.pkcs8.pem"));
    KeyStore::ImportOptions asRetiring;
    asRetiring.state = KeyState::Retiring;
    const KeyRecord rsa = f.store->importKeys(rsaPem, asRetiring).value().constFirst();
    const QByteArray encPem = readData(QStringLiteral("keys/ecp256.enc.pem"));
    KeyStore::ImportOptions enc;
    enc.state = KeyState::Retiring;
    enc.filePassphrase = "correct-horse";
    const KeyRecord encKey = f.store->importKeys(encPem, enc).value().constFirst();
    for (const KeyRecord& r : {ec, ed, hs, rsa, encKey}) {
        privates << f.store->privateKey(r.kid).value();
    }
    f.close();

    const QByteArray raw = f.rawFiles();
    QVERIFY(raw.size() > 4096);
    // The search works: public members are there in clear.
    QVERIFY(raw.contains(ec.publicJwk.value(QStringLiteral("x")).toString().toLatin1()));
    QVERIFY(raw.contains(rsa.publicJwk.value(QStringLiteral("n")).toString().toLatin1().left(40)));
    static const QStringList privateMembers{QStringLiteral("d"),  QStringLiteral("p"),  QStringLiteral("q"),
                                            QStringLiteral("dp"), QStringLiteral("dq"), QStringLiteral("qi"),
                                            QStringLiteral("k")};
    int checked = 0;
    for (const jose::Jwk& key : std::as_const(privates)) {
        const QJsonObject json = key.toJson(true);
        for (const QString& member : privateMembers) {
            if (!json.contains(member)) {
                continue;
            }
            const QByteArray encoded = json.value(member).toString().toLatin1();
            const QByteArray bytes = jose::Base64Url::decode(encoded).value();
            QVERIFY2(!raw.contains(encoded.left(24)), qPrintable(key.kid() + u'.' + member));
            QVERIFY2(!raw.contains(bytes.left(16)), qPrintable(key.kid() + u'.' + member + QStringLiteral(" raw")));
            QVERIFY2(!raw.contains(bytes.toBase64().left(24)), qPrintable(key.kid() + u'.' + member));
            QVERIFY2(!raw.contains(b64url(bytes).left(24)), qPrintable(key.kid() + u'.' + member));
            ++checked;
        }
        if (!key.isSymmetric()) {
            const QByteArray pem = key.toPem(crypto::PemFormat::PrivatePkcs8).value();
            for (const QByteArray& line : pemBody(pem)) {
                QVERIFY2(!raw.contains(line), qPrintable(key.kid() + QStringLiteral(" PEM body")));
            }
        }
    }
    QVERIFY(checked >= 10); // d of two EC keys and the OKP key, RSA's d p q dp dq qi, k of the secret
    for (const QByteArray& line : pemBody(rsaPem)) {
        QVERIFY(!raw.contains(line));
    }
    QVERIFY(!raw.contains("PRIVATE KEY"));
}

void tst_KeyStore::retireAndRevokeRules()
{
    KeysFixture f;
    QVERIFY(f.openUnlocked());
    const KeyRecord a = f.store->generate({}).value();
    const KeyRecord n = f.store->generate({}).value();

    QCOMPARE(f.store->retire(a.kid).error().code, QStringLiteral("keys.illegal-transition"));
    QCOMPARE(f.store->revoke(a.kid, QStringLiteral("leaked")).error().code,
             QStringLiteral("keys.active-needs-replacement"));
    QCOMPARE(f.store->revoke(n.kid, QStringLiteral("  ")).error().code, QStringLiteral("keys.reason-required"));
    QCOMPARE(f.store->revoke(QStringLiteral("nope"), QStringLiteral("x")).error().code,
             QStringLiteral("keys.not-found"));

    // Withdrawing an unused next key breaks nothing.
    const KeyChangePlan withdraw = f.store->planRetire(n.kid).value();
    QVERIFY(!withdraw.breaksValidTokens());
    QCOMPARE(withdraw.unpublished, QStringList{n.kid});
    QVERIFY(f.store->apply(withdraw));
    QCOMPARE(f.store->find(n.kid).value()->state, KeyState::Retired);

    // Rotate: the old active key retires only after its tokens expired.
    KeyStore::RotateOptions rotate;
    rotate.preGenerateNext = false;
    const KeyChangePlan rotated = f.store->rotate(rotate).value();
    const QString b = rotated.newActiveKid();
    QCOMPARE(f.store->find(a.kid).value()->state, KeyState::Retiring);
    QCOMPARE(f.store->find(a.kid).value()->retireAfterMs, KeysFixture::StartMs + (3600 + 30) * 1000);
    QCOMPARE(f.store->retire(a.kid).error().code, QStringLiteral("keys.tokens-still-valid"));
    const KeyChangePlan early = f.store->planRetire(a.kid, true).value();
    QVERIFY(early.breaksValidTokens());
    const KeyChangePlan revokeRetiring = f.store->planRevoke(a.kid, QStringLiteral("laptop stolen")).value();
    QVERIFY(revokeRetiring.breaksValidTokens());
    QCOMPARE(revokeRetiring.unpublished, QStringList{a.kid});
    QVERIFY(f.store->apply(revokeRetiring));
    const KeyRecord revoked = f.store->find(a.kid).value().value();
    QCOMPARE(revoked.state, KeyState::Revoked);
    QCOMPARE(revoked.revokeReason, QStringLiteral("laptop stolen"));
    QCOMPARE(revoked.revokedMs, KeysFixture::StartMs);
    // Revocation is final.
    QCOMPARE(f.store->retire(a.kid, true).error().code, QStringLiteral("keys.illegal-transition"));
    QCOMPARE(f.store->revoke(a.kid, QStringLiteral("again")).error().code, QStringLiteral("keys.illegal-transition"));
    // A retired key may still be revoked, for the record.
    QVERIFY(f.store->revoke(n.kid, QStringLiteral("found in a backup")));
    QCOMPARE(f.store->find(n.kid).value()->state, KeyState::Revoked);
    QCOMPARE(f.store->activeKey().value()->kid, b);
    const QStringList actions = f.auditActions();
    QCOMPARE(actions.count(QStringLiteral("key.retire")), 1);
    QCOMPARE(actions.count(QStringLiteral("key.rotate")), 1);
    QCOMPARE(actions.count(QStringLiteral("key.revoke")), 2);
    const auto revokeRows = f.audit->list(actionFilter(QStringLiteral("key.revoke"))).value();
    QCOMPARE(revokeRows.constLast().details.value(QStringLiteral("reason")).toString(),
             QStringLiteral("laptop stolen"));
}

void tst_KeyStore::importFormats_data()
{
    addColumns<QString, QString, bool, QString>("file", "alg", "isPrivate", "kid");
    QTest::newRow("RSA PKCS#8") << "keys/rsa2048.pkcs8.pem"
                                << "RS256" << true << "";
    QTest::newRow("RSA PKCS#1") << "keys/rsa2048.pkcs1.pem"
                                << "RS256" << true << "";
    QTest::newRow("RSA SPKI (verify only)") << "keys/rsa2048.spki.pem"
                                            << "RS256" << false << "";
    QTest::newRow("RSA certificate") << "keys/rsa2048.cert.pem"
                                     << "RS256" << false << "";
    QTest::newRow("EC SEC1") << "keys/ecp256.sec1.pem"
                             << "ES256" << true << "";
    QTest::newRow("EC P-384") << "keys/ecp384.pkcs8.pem"
                              << "ES384" << true << "";
    QTest::newRow("Ed25519") << "keys/ed25519.pkcs8.pem"
                             << "EdDSA" << true << "";
    QTest::newRow("JWK with its own kid") << "rfc7520-cookbook/jwk/3_2.ec_private_key.json"
                                          << "ES512" << true << "bilbo.baggins@hobbiton.example";
    QTest::newRow("RSA JWK public") << "rfc7520-cookbook/jwk/3_3.rsa_public_key.json"
                                    << "RS256" << false << "bilbo.baggins@hobbiton.example";
}

void tst_KeyStore::importFormats()
{
    QFETCH(QString, file);
    QFETCH(QString, alg);
    QFETCH(bool, isPrivate);
    QFETCH(QString, kid);
    KeysFixture f;
    QVERIFY(f.openUnlocked());
    const QByteArray contents = readData(file);
    const KeyChangePlan plan = f.store->planImport(contents, {}).value();
    QCOMPARE(plan.newKeys.size(), 1);
    // Private keys can sign (the first becomes active); public keys only verify old tokens.
    QCOMPARE(plan.newKeys.constFirst().state, isPrivate ? KeyState::Active : KeyState::Retiring);
    QVERIFY(f.store->apply(plan));
    const KeyRecord r = f.store->list().value().constFirst();
    QCOMPARE(r.origin, QStringLiteral("imported"));
    QCOMPARE(r.alg, alg);
    QCOMPARE(r.hasPrivate, isPrivate);
    QCOMPARE(r.use, QStringLiteral("sig"));
    if (kid.isEmpty()) {
        QCOMPARE(r.kid, r.thumbprint);
    } else {
        QCOMPARE(r.kid, kid);
    }
    if (!isPrivate) {
        QCOMPARE(r.retireAfterMs, KeysFixture::StartMs + (3600 + 30) * 1000);
        QCOMPARE(f.store->privateKey(r.kid).error().code, QStringLiteral("keys.public-only"));
        QCOMPARE(f.store->exportPrivate(r.kid, KeyStore::ExportFormat::Jwk).error().code,
                 QStringLiteral("keys.public-only"));
    }
    QCOMPARE(f.auditActions().count(QStringLiteral("key.import")), 1);
    // Importing the same key again is refused.
    KeyStore::ImportOptions again;
    again.state = KeyState::Retiring;
    QCOMPARE(f.store->importKeys(contents, again).error().code, QStringLiteral("keys.duplicate"));
}

void tst_KeyStore::importJwksOfPublicKeys()
{
    // A relying party's view of another issuer: public keys kept to verify that issuer's old tokens.
    KeysFixture f;
    QVERIFY(f.openUnlocked());
    const QJsonObject ec = readJsonData(QStringLiteral("rfc7520-cookbook/jwk/3_1.ec_public_key.json")).object();
    QJsonObject rsa = readJsonData(QStringLiteral("rfc7520-cookbook/jwk/3_3.rsa_public_key.json")).object();
    rsa.insert(QStringLiteral("kid"), QStringLiteral("rsa-1"));
    const QByteArray jwks = QJsonDocument(QJsonObject{{QStringLiteral("keys"), QJsonArray{ec, rsa}}}).toJson();
    const QList<KeyRecord> imported = f.store->importKeys(jwks, {}).value();
    QCOMPARE(imported.size(), 2);
    for (const KeyRecord& r : imported) {
        QCOMPARE(r.state, KeyState::Retiring);
        QVERIFY(!r.hasPrivate);
    }
    QCOMPARE(f.store->publishedKeys().value().size(), 2);
    // Two private keys cannot both become next.
    const QJsonObject p384 = jose::Jwk::fromPem(readData(QStringLiteral("keys/ecp384.pkcs8.pem"))).value().toJson(true);
    const QJsonObject ed = jose::Jwk::fromPem(readData(QStringLiteral("keys/ed25519.pkcs8.pem"))).value().toJson(true);
    const QByteArray two = QJsonDocument(QJsonObject{{QStringLiteral("keys"), QJsonArray{p384, ed}}}).toJson();
    KeyStore::ImportOptions asNext;
    asNext.state = KeyState::Next;
    QCOMPARE(f.store->planImport(two, asNext).error().code, QStringLiteral("keys.next-exists"));
}

void tst_KeyStore::importRefusals_data()
{
    addColumns<QByteArray, QByteArray, QString>("contents", "filePassphrase", "code");
    QTest::newRow("RSA 1024") << readData(QStringLiteral("keys/rsa1024.pkcs8.pem")) << QByteArray()
                              << "jose.key-too-small";
    QTest::newRow("X25519 (key agreement)")
        << readData(QStringLiteral("keys/x25519.pkcs8.pem")) << QByteArray() << "keys.not-signing";
    QTest::newRow("encryption key") << QByteArray(R"({"kty":"EC","crv":"P-256","use":"enc",)"
                                                  R"("x":"f83OJ3D2xF1Bg8vub9tLe1gHMzV76e8Tus9uPHvRVEU",)"
                                                  R"("y":"x_FEzRu9m36HLN_tue659LNpXW6pCyStikYjKIWI5a0"})")
                                    << QByteArray() << "keys.not-signing";
    QTest::newRow("encrypted PEM, no passphrase")
        << readData(QStringLiteral("keys/rsa2048.enc.pem")) << QByteArray() << "keys.file-passphrase";
    QTest::newRow("encrypted PEM, wrong passphrase")
        << readData(QStringLiteral("keys/rsa2048.enc.pem")) << QByteArray("wrong") << "jose.key-invalid";
    QTest::newRow("not a key") << QByteArray("hello") << QByteArray() << "jose.key-invalid";
    QTest::newRow("empty JWKS") << QByteArray(R"({"keys":[]})") << QByteArray() << "keys.bad-request";
    QTest::newRow("HMAC secret too short")
        << QByteArray(R"({"kty":"oct","k":"c2hvcnQ","alg":"HS256"})") << QByteArray() << "jose.key-too-small";
    QTest::newRow("JWK alg none") << QByteArray(R"({"kty":"oct","k":"c2hvcnQ","alg":"none"})") << QByteArray()
                                  << "keys.bad-request";
}

void tst_KeyStore::importRefusals()
{
    QFETCH(QByteArray, contents);
    QFETCH(QByteArray, filePassphrase);
    QFETCH(QString, code);
    KeysFixture f;
    QVERIFY(f.openUnlocked());
    const QStringList before = f.dump(QStringLiteral("signing_keys"));
    KeyStore::ImportOptions options;
    options.filePassphrase = filePassphrase;
    auto result = f.store->importKeys(contents, options);
    QVERIFY(!result);
    QCOMPARE(result.error().code, code);
    QCOMPARE(f.dump(QStringLiteral("signing_keys")), before);
}

void tst_KeyStore::exportRoundTrips()
{
    KeysFixture f;
    QVERIFY(f.openUnlocked());
    const KeyRecord ec = f.store->generate({}).value();
    const KeyRecord rsa =
        f.store->importKeys(readData(QStringLiteral("keys/rsa2048.pkcs8.pem")), {}).value().constFirst();
    KeyStore::GenerateRequest oct;
    oct.kty = QStringLiteral("oct");
    oct.purpose = QStringLiteral("internal");
    const KeyRecord hs = f.store->generate(oct).value();
    const qsizetype auditBefore = f.auditActions().size();

    for (const KeyRecord& r : {ec, rsa}) {
        // Public JWK and PEM: no private member, the same key.
        const QByteArray pubJwk = f.store->exportPublic(r.kid, KeyStore::ExportFormat::Jwk).value();
        const jose::Jwk fromJwk = jose::Jwk::fromJsonText(pubJwk).value();
        QVERIFY(!fromJwk.isPrivate());
        QCOMPARE(fromJwk.thumbprintBase64Url().value(), r.thumbprint);
        QCOMPARE(fromJwk.kid(), r.kid);
        const QByteArray pubPem = f.store->exportPublic(r.kid, KeyStore::ExportFormat::Pem).value();
        QVERIFY(pubPem.startsWith("-----BEGIN PUBLIC KEY-----"));
        QCOMPARE(jose::Jwk::fromPem(pubPem).value().thumbprintBase64Url().value(), r.thumbprint);

        // Private JWK: signs what the public half verifies.
        const QByteArray privJwk = f.store->exportPrivate(r.kid, KeyStore::ExportFormat::Jwk).value();
        const jose::Jwk priv = jose::Jwk::fromJsonText(privJwk).value();
        QVERIFY(priv.isPrivate());
        const auto alg = jose::JwsAlgorithms::fromName(r.alg).value();
        const QByteArray sig = priv.sign(alg, "round trip").value();
        QVERIFY(fromJwk.verify(alg, "round trip", sig));

        // Private PEM: encrypted PKCS#8 only, and it reads back with the export passphrase.
        QCOMPARE(f.store->exportPrivate(r.kid, KeyStore::ExportFormat::Pem).error().code,
                 QStringLiteral("keys.bad-request"));
        const QByteArray privPem = f.store->exportPrivate(r.kid, KeyStore::ExportFormat::Pem, "export pass").value();
        QVERIFY(privPem.startsWith("-----BEGIN ENCRYPTED PRIVATE KEY-----"));
        QVERIFY(!jose::Jwk::fromPem(privPem, "other"));
        const jose::Jwk back = jose::Jwk::fromPem(privPem, "export pass").value();
        QVERIFY(back.isPrivate());
        QCOMPARE(back.thumbprintBase64Url().value(), r.thumbprint);
    }
    // An HMAC secret has no public half and no PEM form; its JWK export carries k.
    QCOMPARE(f.store->exportPublic(hs.kid, KeyStore::ExportFormat::Jwk).error().code, QStringLiteral("keys.no-public"));
    QCOMPARE(f.store->exportPrivate(hs.kid, KeyStore::ExportFormat::Pem, "p").error().code,
             QStringLiteral("keys.bad-request"));
    const QJsonObject k =
        QJsonDocument::fromJson(f.store->exportPrivate(hs.kid, KeyStore::ExportFormat::Jwk).value()).object();
    QVERIFY(k.contains(QStringLiteral("k")));
    // Every private export (and only those) is audited; the audit row holds no key material.
    const auto rows = f.audit->list(actionFilter(QStringLiteral("key.export"))).value();
    QCOMPARE(rows.size(), 5);
    QCOMPARE(f.auditActions().size(), auditBefore + 5);
    for (const AuditEntry& e : rows) {
        QCOMPARE(e.details.value(QStringLiteral("private")).toBool(), true);
        QVERIFY(!QJsonDocument(e.details).toJson().contains(k.value(QStringLiteral("k")).toString().toLatin1()));
    }
    // Exporting the revoked is still possible for forensics, the locked store refuses.
    f.vault->lock();
    QCOMPARE(f.store->exportPrivate(ec.kid, KeyStore::ExportFormat::Jwk).error().code, QStringLiteral("keys.locked"));
}

void tst_KeyStore::planIsCheckedWhenApplied()
{
    KeysFixture f;
    QVERIFY(f.openUnlocked());
    QVERIFY(f.store->generate({}));
    QVERIFY(f.store->generate({}));
    const KeyChangePlan first = f.store->planRotate({}).value();
    const KeyChangePlan second = f.store->planRotate({}).value();
    QVERIFY(f.store->apply(first));
    const QStringList after = f.dump(QStringLiteral("signing_keys"));
    auto stale = f.store->apply(second);
    QVERIFY(!stale);
    QCOMPARE(stale.error().code, QStringLiteral("keys.changed"));
    QCOMPARE(f.dump(QStringLiteral("signing_keys")), after);
}

void tst_KeyStore::twoProcessesCannotBothRotate()
{
    KeysFixture f;
    QVERIFY(f.openUnlocked(QStringLiteral("shared")));
    QVERIFY(f.store->generate({}));
    QVERIFY(f.store->generate({}));
    // A second connection set, as another process would have.
    auto other = Database::open(f.path()).value();
    AuditLog otherAudit(*other, f.clock);
    KeyVault otherVault(*other, otherAudit, f.clock);
    QVERIFY(otherVault.unlock(QStringLiteral("shared")));
    KeyStore otherStore(*other, otherAudit, otherVault, f.clock);
    const qint64 revision = otherStore.revision().value();
    const KeyChangePlan mine = f.store->planRotate({}).value();
    const KeyChangePlan theirs = otherStore.planRotate({}).value();
    QVERIFY(otherStore.apply(theirs));
    QCOMPARE(f.store->apply(mine).error().code, QStringLiteral("keys.changed"));
    QVERIFY(f.store->revision().value() > revision);
    int active = 0;
    const QList<KeyRecord> all = f.store->list().value();
    for (const KeyRecord& r : all) {
        active += r.state == KeyState::Active ? 1 : 0;
    }
    QCOMPARE(active, 1);
}

void tst_KeyStore::sealedKeyCannotBeMoved()
{
    KeysFixture f;
    QVERIFY(f.openUnlocked());
    const KeyRecord a = f.store->generate({}).value();
    const KeyRecord b = f.store->generate({}).value();
    f.close();
    QVERIFY(f.open());
    QVERIFY(f.vault->unlock(QStringLiteral("correct horse battery staple")));
    QSqlQuery q(f.db->connection());
    QVERIFY(q.exec(QStringLiteral("UPDATE signing_keys SET sealed_private = (SELECT sealed_private FROM signing_keys "
                                  "WHERE kid = '%1') WHERE kid = '%2'")
                       .arg(a.kid, b.kid)));
    QCOMPARE(f.store->privateKey(b.kid).error().code, QStringLiteral("keys.sealed-damaged"));
    QVERIFY(f.store->privateKey(a.kid));
}

QTEST_GUILESS_MAIN(tst_KeyStore)
#include "tst_keystore.moc"
