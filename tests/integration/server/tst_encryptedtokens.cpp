// Nested JWTs at the real test server on 127.0.0.1 (E-SERVER-NESTED, K-ENC-PURPOSE): with encrypted tokens on, the
// server's access tokens are JWEs around its signed tokens, encrypted to an encryption key of its key store, and
// /api/me, /token/refresh, /introspect and /logout take them; a bare signed token, a JWE without a signed token
// inside and a JWE for a revoked key are refused. Without encryption a JWE is refused. Every test runs with our own
// request parser and with Qt's.
#include "tests/support/HttpClient.h"
#include "tests/support/ServerLogin.h"
#include "tests/support/ServerWorld.h"

#include "core/audit/AuditLog.h"
#include "core/jose/Base64Url.h"
#include "core/jose/Jwe.h"
#include "core/jose/JweDecryptor.h"
#include "core/jose/JweEncryptor.h"
#include "core/jose/TokenValidator.h"
#include "core/keys/EncryptionKeys.h"
#include "core/keys/KeyStore.h"
#include "core/keys/KeyVault.h"
#include "core/server/AuthRoutes.h"
#include "core/server/TestServer.h"
#include "core/server/TokenEncryption.h"
#include "core/sessions/UserStore.h"
#include "core/storage/Database.h"

#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace authscope;
using namespace authscope::test;

namespace {

const QByteArray kLoginBody = "{\"username\":\"alice\",\"password\":\"alice-password-1\",\"mode\":\"jwt\"}";
const QList<QPair<QByteArray, QByteArray>> kJson{{"Content-Type", "application/json"}};

QList<QPair<QByteArray, QByteArray>> bearer(const QByteArray& token)
{
    return {{"Authorization", "Bearer " + token}};
}

} // namespace

class tst_EncryptedTokens final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase_data();
    void init();
    void cleanup();

    void loginIssuesNestedJwt();
    void bareAndForgedTokensRefused();
    void refreshIntrospectLogout();
    void revokedEncryptionKeyRefusesAtOnce();
    void plainServerRefusesJwe();
    void onlyUsableKeysAreAccepted();

private:
    void start(bool encrypted);
    QByteArray loginToken();
    // `plaintext` encrypted to the store's encryption key, as a client of the server could do with its public key.
    QByteArray encryptToServer(const QByteArray& plaintext, const QString& cty) const;

    std::unique_ptr<ServerWorld> m_world;
    QString m_encKid;
    QString m_nextEncKid;
    quint16 m_port = 0;
};

void tst_EncryptedTokens::initTestCase_data()
{
    addHttpParserRows();
}

void tst_EncryptedTokens::init()
{
    m_world = std::make_unique<ServerWorld>();
    QVERIFY(m_world->openFile(QStringLiteral("auth.db")));
    KeyStore::GenerateRequest signing;
    signing.kty = QStringLiteral("EC");
    QVERIFY(m_world->keys->generate(signing).has_value());
    KeyStore::GenerateRequest enc;
    enc.purpose = EncryptionKeys::Purpose;
    enc.kty = QStringLiteral("EC");
    auto encKey = m_world->keys->generate(enc);
    QVERIFY(encKey.has_value());
    m_encKid = encKey->kid;
    enc.kty = QStringLiteral("RSA");
    auto next = m_world->keys->generate(enc);
    QVERIFY(next.has_value());
    QCOMPARE(next->state, KeyState::Next);
    m_nextEncKid = next->kid;
    QVERIFY(m_world->addUser(QStringLiteral("alice"), "alice-password-1").has_value());
    m_world->createServer();
}

void tst_EncryptedTokens::cleanup()
{
    m_world.reset();
}

void tst_EncryptedTokens::start(bool encrypted)
{
    QFETCH_GLOBAL(bool, qtParser);
    ServerConfig config;
    if (encrypted) {
        config.encryptTokensKid = m_encKid;
    }
    m_port = m_world->start(config, qtParser);
}

QByteArray tst_EncryptedTokens::loginToken()
{
    return loginJwt(m_port, QStringLiteral("alice"), "alice-password-1");
}

QByteArray tst_EncryptedTokens::encryptToServer(const QByteArray& plaintext, const QString& cty) const
{
    const jose::Jwk recipient = m_world->keys->encryptionKey(m_encKid).value();
    jose::JweEncryptOptions options;
    options.algorithm = jose::JweAlgorithm::EcdhEsA256KW;
    options.contentType = cty;
    return jose::JweEncryptor::encrypt(plaintext, recipient, options).value();
}

void tst_EncryptedTokens::loginIssuesNestedJwt()
{
    start(true);
    const QByteArray token = loginToken();
    QVERIFY(jose::Jwe::looksCompact(token));
    // Decrypted with the store's keys: a JWE for the configured key, cty JWT, around a JWS the signing key verifies.
    const auto decrypted = jose::JweDecryptor(m_world->keys->decryptionKeys().value()).decrypt(token);
    QVERIFY2(decrypted.has_value(), decrypted ? "" : qPrintable(decrypted.error().toString()));
    QCOMPARE(decrypted->keyId, m_encKid);
    QVERIFY(decrypted->isNestedJwt());
    QCOMPARE(decrypted->algorithm, jose::JweAlgorithm::EcdhEsA256KW);
    jose::ValidationPolicy policy;
    policy.issuer = m_world->server->baseUrl();
    policy.audience = QStringLiteral("authscope-test-api");
    const jose::ValidationResult inner =
        jose::TokenValidator(m_world->keys->verificationKeys().value(), policy).validate(decrypted->plaintext);
    QVERIFY2(inner.valid, qPrintable(inner.codes().join(u',')));
    QCOMPARE(inner.claims.subject(), QStringLiteral("alice"));
    // The server takes it, twice (the second time from its verified-token cache).
    for (int i = 0; i < 2; ++i) {
        const RawHttpResponse me = fetch(m_port, "GET", "/api/me", bearer(token));
        QCOMPARE(me.status, 200);
        QCOMPARE(me.json().value(QStringLiteral("user")).toString(), QStringLiteral("alice"));
    }
}

void tst_EncryptedTokens::bareAndForgedTokensRefused()
{
    start(true);
    const QByteArray token = loginToken();
    const QByteArray inner =
        jose::JweDecryptor(m_world->keys->decryptionKeys().value()).decrypt(token).value().plaintext;
    // The server's own signed token, without its encryption: a JWS where a JWE is required.
    RawHttpResponse r = fetch(m_port, "GET", "/api/me", bearer(inner));
    QCOMPARE(r.status, 401);
    QVERIFY2(r.json().value(QStringLiteral("error_description")).toString().contains(QStringLiteral("JWS")),
             r.body.constData());
    // Anyone can encrypt to the published key: claims without a signature inside are nothing.
    const QByteArray claims = "{\"iss\":\"" + m_world->server->baseUrl().toUtf8() +
                              "\",\"sub\":\"admin\",\"aud\":\"authscope-test-api\",\"exp\":4102444800}";
    r = fetch(m_port, "GET", "/api/me", bearer(encryptToServer(claims, QString())));
    QCOMPARE(r.status, 401);
    QVERIFY(r.json().value(QStringLiteral("error_description")).toString().contains(QStringLiteral("cty")));
    // cty JWT, but the inner token is unsigned (alg none).
    const QByteArray none = "eyJhbGciOiJub25lIn0." + jose::Base64Url::encode(claims) + '.';
    QCOMPARE(fetch(m_port, "GET", "/api/me", bearer(encryptToServer(none, QStringLiteral("JWT")))).status, 401);
    // cty JWT with the real inner token re-encrypted: accepted (the control for the two above).
    QCOMPARE(fetch(m_port, "GET", "/api/me", bearer(encryptToServer(inner, QStringLiteral("JWT")))).status, 200);
    // A JWE inside the JWE.
    QCOMPARE(fetch(m_port, "GET", "/api/me", bearer(encryptToServer(token, QStringLiteral("JWT")))).status, 401);
    // A flipped bit in the ciphertext.
    QByteArray altered = token;
    const qsizetype tagStart = altered.lastIndexOf('.');
    altered[tagStart - 3] = altered[tagStart - 3] == 'A' ? 'B' : 'A';
    QCOMPARE(fetch(m_port, "GET", "/api/me", bearer(altered)).status, 401);
}

void tst_EncryptedTokens::refreshIntrospectLogout()
{
    start(true);
    const RawHttpResponse login = fetch(m_port, "POST", "/login", kJson, kLoginBody);
    QCOMPARE(login.status, 200);
    const QByteArray refreshToken = login.json().value(QStringLiteral("refresh_token")).toString().toLatin1();
    const RawHttpResponse refreshed =
        fetch(m_port, "POST", "/token/refresh", kJson,
              "{\"grant_type\":\"refresh_token\",\"refresh_token\":\"" + refreshToken + "\"}");
    QCOMPARE(refreshed.status, 200);
    const QByteArray token = refreshed.json().value(QStringLiteral("access_token")).toString().toLatin1();
    QVERIFY(jose::Jwe::looksCompact(token));
    QCOMPARE(fetch(m_port, "GET", "/api/me", bearer(token)).status, 200);
    QList<QPair<QByteArray, QByteArray>> headers = bearer(token);
    headers.append(qMakePair(QByteArray("Content-Type"), QByteArray("application/x-www-form-urlencoded")));
    const RawHttpResponse introspection = fetch(m_port, "POST", "/introspect", headers, "token=" + token);
    QCOMPARE(introspection.status, 200);
    QCOMPARE(introspection.json().value(QStringLiteral("active")).toBool(), true);
    QCOMPARE(introspection.json().value(QStringLiteral("sub")).toString(), QStringLiteral("alice"));
    QCOMPARE(fetch(m_port, "POST", "/logout", bearer(token)).status, 200);
    QCOMPARE(fetch(m_port, "GET", "/api/me", bearer(token)).status, 401);
}

void tst_EncryptedTokens::revokedEncryptionKeyRefusesAtOnce()
{
    start(true);
    const QByteArray token = loginToken();
    QCOMPARE(fetch(m_port, "GET", "/api/me", bearer(token)).status, 200);
    // The encryption key is compromised: rotate to the next one and revoke it (S-REVOKE-NOW for JWE keys).
    KeyStore::RotateOptions rotate;
    rotate.purpose = EncryptionKeys::Purpose;
    rotate.revokeOld = true;
    rotate.reason = QStringLiteral("test: leaked");
    rotate.preGenerateNext = false;
    QVERIFY(m_world->keys->rotate(rotate).has_value());
    const RawHttpResponse refused = fetch(m_port, "GET", "/api/me", bearer(token));
    QCOMPARE(refused.status, 401);
    // A token for the revoked key cannot be issued either: the login says why.
    const RawHttpResponse login = fetch(m_port, "POST", "/login", kJson, kLoginBody);
    QCOMPARE(login.status, 503);
    QVERIFY2(login.body.contains("revoked"), login.body.constData());
}

void tst_EncryptedTokens::plainServerRefusesJwe()
{
    start(false);
    const QByteArray token = loginToken();
    QVERIFY(!jose::Jwe::looksCompact(token));
    QCOMPARE(fetch(m_port, "GET", "/api/me", bearer(token)).status, 200);
    // The same valid signed token, encrypted to the server's own published encryption key: a JWE where a JWS is
    // required.
    const RawHttpResponse r = fetch(m_port, "GET", "/api/me", bearer(encryptToServer(token, QStringLiteral("JWT"))));
    QCOMPARE(r.status, 401);
    QVERIFY2(r.json().value(QStringLiteral("error_description")).toString().contains(QStringLiteral("JWE")),
             r.body.constData());
}

void tst_EncryptedTokens::onlyUsableKeysAreAccepted()
{
    QVERIFY(TokenEncryption::checkUsable(*m_world->keys, m_encKid).has_value());
    QVERIFY(TokenEncryption::checkUsable(*m_world->keys, m_nextEncKid).has_value());
    const QString signingKid = m_world->keys->activeKey().value()->kid;
    auto signing = TokenEncryption::checkUsable(*m_world->keys, signingKid);
    QVERIFY(!signing.has_value());
    QVERIFY(signing.error().message.contains(QStringLiteral("signing key")));
    QVERIFY(!TokenEncryption::checkUsable(*m_world->keys, QStringLiteral("no-such-kid")).has_value());
    m_world->vault->lock();
    auto locked = TokenEncryption::checkUsable(*m_world->keys, m_encKid);
    QVERIFY(!locked.has_value());
    QVERIFY2(locked.error().message.contains(QStringLiteral("locked")), qPrintable(locked.error().message));
}

QTEST_GUILESS_MAIN(tst_EncryptedTokens)
#include "tst_encryptedtokens.moc"
