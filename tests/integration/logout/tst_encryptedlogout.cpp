// Encrypted logout tokens at the relying party's POST /backchannel-logout on the real test server (B-RP-ENCRYPTED):
// a signed logout token encrypted to one of our encryption keys (a nested JWT, cty JWT) is decrypted and then checked
// like a signed one (it ends the session; an inner token with a nonce is still refused); one for a key we do not
// have, one without a signed token inside, and any encrypted token when no encryption key is configured are refused
// with their own codes, and nothing ends.
#include "tests/integration/logout/RelyingPartyLogout.h"
#include "tests/support/DataColumns.h"
#include "tests/support/HttpClient.h"
#include "tests/support/ServerLogin.h"
#include "tests/support/ServerWorld.h"

#include "core/audit/AuditLog.h"
#include "core/issuers/HttpFetcher.h"
#include "core/issuers/IssuerStore.h"
#include "core/jose/Base64Url.h"
#include "core/jose/JweEncryptor.h"
#include "core/keys/EncryptionKeys.h"
#include "core/keys/KeyStore.h"
#include "core/keys/KeyVault.h"
#include "core/logout/BackchannelTrace.h"
#include "core/server/AuthRoutes.h"
#include "core/server/TestServer.h"
#include "core/sessions/UserStore.h"
#include "core/storage/Database.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace authscope;
using namespace authscope::test;

class tst_EncryptedLogout final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void nestedLogoutTokenEndsTheSession_data();
    void nestedLogoutTokenEndsTheSession();
    void innerTokenIsStillChecked();
    void refusedEncryptedTokens_data();
    void refusedEncryptedTokens();
    void withoutEncryptionKeyItIsRefusedAsSuch();

private:
    void start();
    // A new encryption key (kty, and alg when given) in the relying party's key store.
    Result<KeyRecord> addEncryptionKey(const QString& kty, const QString& alg = {});
    // A session of alice linked to the provider's sid and sub "alice": its cookie.
    QByteArray linkedSession(const QString& sid) const
    {
        return test::linkedSession(*m_world, m_aliceId, sid, QStringLiteral("alice")).cookie;
    }
    [[nodiscard]] QJsonObject claims(const QString& sid) const
    {
        return logoutClaims(*m_world, sid, QStringLiteral("alice"));
    }
    [[nodiscard]] QByteArray signedToken(const QJsonObject& claims) const;
    [[nodiscard]] QByteArray encrypt(const QByteArray& plaintext, const jose::Jwk& to, jose::JweAlgorithm alg,
                                     const QString& cty = QStringLiteral("JWT")) const;
    RawHttpResponse post(const QByteArray& token) const { return postLogoutToken(*m_world, token); }
    [[nodiscard]] int meStatus(const QByteArray& cookie) const { return test::meStatus(*m_world, cookie); }

    std::unique_ptr<ServerWorld> m_world;
    std::shared_ptr<logout::BackchannelTrace> m_trace;
    qint64 m_aliceId = 0;
};

void tst_EncryptedLogout::init()
{
    m_world = std::make_unique<ServerWorld>();
    m_aliceId = openRelyingParty(*m_world);
    QVERIFY(m_aliceId > 0);
    m_trace = std::make_shared<logout::BackchannelTrace>();
}

void tst_EncryptedLogout::cleanup()
{
    m_world.reset();
}

Result<KeyRecord> tst_EncryptedLogout::addEncryptionKey(const QString& kty, const QString& alg)
{
    KeyStore::GenerateRequest enc;
    enc.purpose = EncryptionKeys::Purpose;
    enc.kty = kty;
    enc.alg = alg;
    return m_world->keys->generate(enc);
}

void tst_EncryptedLogout::start()
{
    // The server is its own provider ("self"): its logout tokens are signed by its signing key.
    QVERIFY(startRelyingParty(*m_world, m_trace, m_world->keys.get()));
}

QByteArray tst_EncryptedLogout::signedToken(const QJsonObject& claims) const
{
    return m_world->keys->signJwt(claims, KeyStore::DefaultPurpose, QStringLiteral("logout+jwt")).value();
}

QByteArray tst_EncryptedLogout::encrypt(const QByteArray& plaintext, const jose::Jwk& to, jose::JweAlgorithm alg,
                                        const QString& cty) const
{
    jose::JweEncryptOptions options;
    options.algorithm = alg;
    options.contentType = cty;
    return jose::JweEncryptor::encrypt(plaintext, to, options).value();
}

void tst_EncryptedLogout::nestedLogoutTokenEndsTheSession_data()
{
    addColumns<QString, int>("kty", "alg");
    QTest::newRow("RSA-OAEP-256") << QStringLiteral("RSA") << int(jose::JweAlgorithm::RsaOaep256);
    QTest::newRow("ECDH-ES+A256KW") << QStringLiteral("EC") << int(jose::JweAlgorithm::EcdhEsA256KW);
    QTest::newRow("X25519 ECDH-ES") << QStringLiteral("OKP") << int(jose::JweAlgorithm::EcdhEs);
}

void tst_EncryptedLogout::nestedLogoutTokenEndsTheSession()
{
    QFETCH(QString, kty);
    QFETCH(int, alg);
    auto key = addEncryptionKey(kty, jose::JweAlgorithms::name(static_cast<jose::JweAlgorithm>(alg)));
    QVERIFY2(key.has_value(), key ? "" : qPrintable(key.error().toString()));
    start();
    const QByteArray cookie = linkedSession(QStringLiteral("op-sid-1"));
    const QByteArray other = linkedSession(QStringLiteral("op-sid-2"));
    QCOMPARE(meStatus(cookie), 200);
    // What the provider does with the public key the relying party registered.
    const jose::Jwk published = m_world->keys->encryptionKey(key->kid).value();
    const RawHttpResponse r =
        post(encrypt(signedToken(claims(QStringLiteral("op-sid-1"))), published, static_cast<jose::JweAlgorithm>(alg)));
    QVERIFY2(r.status == 200, r.body.constData());
    QCOMPARE(r.json().value(QStringLiteral("sessions_ended")).toInt(), 1);
    QCOMPARE(meStatus(cookie), 401);
    QCOMPARE(meStatus(other), 200);
    QCOMPARE(m_trace->entries().constLast().outcome, logout::BackchannelDelivery::Outcome::Accepted);
}

void tst_EncryptedLogout::innerTokenIsStillChecked()
{
    const QString kid = addEncryptionKey(QStringLiteral("EC")).value().kid;
    start();
    const QByteArray cookie = linkedSession(QStringLiteral("op-sid-1"));
    const jose::Jwk to = m_world->keys->encryptionKey(kid).value();
    QJsonObject withNonce = claims(QStringLiteral("op-sid-1"));
    withNonce.insert(QStringLiteral("nonce"), QStringLiteral("n-0S6_WzA2Mj"));
    RawHttpResponse r = post(encrypt(signedToken(withNonce), to, jose::JweAlgorithm::EcdhEsA256KW));
    QCOMPARE(r.status, 400);
    QCOMPARE(r.json().value(QStringLiteral("reason")).toString(), QStringLiteral("logout.nonce"));
    // Replayed: the same encrypted token twice.
    const QByteArray once =
        encrypt(signedToken(claims(QStringLiteral("op-sid-1"))), to, jose::JweAlgorithm::EcdhEsA256KW);
    QCOMPARE(post(once).status, 200);
    r = post(once);
    QCOMPARE(r.status, 400);
    QCOMPARE(r.json().value(QStringLiteral("reason")).toString(), QStringLiteral("logout.replay"));
    QCOMPARE(meStatus(cookie), 401);
}

void tst_EncryptedLogout::refusedEncryptedTokens_data()
{
    addColumns<QString, QString>("change", "reason");
    QTest::newRow("to a key we do not have") << QStringLiteral("foreign-key") << QStringLiteral("logout.decrypt");
    QTest::newRow("altered ciphertext") << QStringLiteral("altered") << QStringLiteral("logout.decrypt");
    QTest::newRow("truncated GCM tag") << QStringLiteral("short-tag") << QStringLiteral("logout.decrypt");
    QTest::newRow("claims without signature") << QStringLiteral("unsigned") << QStringLiteral("logout.nested");
    QTest::newRow("a JWE inside") << QStringLiteral("jwe-inside") << QStringLiteral("logout.nested");
    QTest::newRow("unsigned inner token") << QStringLiteral("alg-none") << QStringLiteral("logout.invalid");
}

void tst_EncryptedLogout::refusedEncryptedTokens()
{
    QFETCH(QString, change);
    QFETCH(QString, reason);
    const QString kid = addEncryptionKey(QStringLiteral("EC")).value().kid;
    start();
    const QByteArray cookie = linkedSession(QStringLiteral("op-sid-1"));
    const jose::Jwk ours = m_world->keys->encryptionKey(kid).value();
    const QJsonObject c = claims(QStringLiteral("op-sid-1"));
    const QByteArray inner = signedToken(c);
    const auto a256kw = jose::JweAlgorithm::EcdhEsA256KW;
    QByteArray token;
    if (change == u"foreign-key") {
        jose::Jwk::GenerateOptions other;
        other.use = QStringLiteral("enc");
        other.kid = kid; // even naming our kid: the key agreement gives another key
        token = encrypt(inner, jose::Jwk::generate(other).value(), a256kw);
    } else if (change == u"altered") {
        token = encrypt(inner, ours, a256kw);
        const qsizetype at = token.lastIndexOf('.') - 4;
        token[at] = token.at(at) == 'A' ? 'B' : 'A';
    } else if (change == u"short-tag") {
        // E-GCM-TAG: the first 8 bytes of the real tag, which a lax decrypter would check and accept.
        token = encrypt(inner, ours, a256kw);
        const qsizetype dot = token.lastIndexOf('.');
        const QByteArray tag = jose::Base64Url::decode(token.mid(dot + 1)).value();
        token = token.left(dot + 1) + jose::Base64Url::encode(tag.left(8));
    } else if (change == u"unsigned") {
        token = encrypt(QJsonDocument(c).toJson(QJsonDocument::Compact), ours, a256kw, QString());
    } else if (change == u"jwe-inside") {
        token = encrypt(encrypt(inner, ours, a256kw), ours, a256kw);
    } else if (change == u"alg-none") {
        const QByteArray none = "eyJhbGciOiJub25lIiwidHlwIjoibG9nb3V0K2p3dCJ9." +
                                jose::Base64Url::encode(QJsonDocument(c).toJson(QJsonDocument::Compact)) + '.';
        token = encrypt(none, ours, a256kw);
    }
    const RawHttpResponse r = post(token);
    QCOMPARE(r.status, 400);
    QCOMPARE(r.json().value(QStringLiteral("reason")).toString(), reason);
    QVERIFY(!r.json().value(QStringLiteral("error_description")).toString().isEmpty());
    QCOMPARE(meStatus(cookie), 200); // nothing ended
}

void tst_EncryptedLogout::withoutEncryptionKeyItIsRefusedAsSuch()
{
    start(); // the store holds a signing key only
    const QByteArray cookie = linkedSession(QStringLiteral("op-sid-1"));
    jose::Jwk::GenerateOptions elsewhere;
    elsewhere.use = QStringLiteral("enc");
    const QByteArray token = encrypt(signedToken(claims(QStringLiteral("op-sid-1"))),
                                     jose::Jwk::generate(elsewhere).value(), jose::JweAlgorithm::EcdhEsA256KW);
    const RawHttpResponse r = post(token);
    QCOMPARE(r.status, 400);
    QCOMPARE(r.json().value(QStringLiteral("reason")).toString(), QStringLiteral("logout.encrypted"));
    QVERIFY(
        r.json().value(QStringLiteral("error_description")).toString().contains(QStringLiteral("no decryption key")));
    QCOMPARE(meStatus(cookie), 200);
}

QTEST_GUILESS_MAIN(tst_EncryptedLogout)
#include "tst_encryptedlogout.moc"
