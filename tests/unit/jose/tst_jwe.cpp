// The JWE engine: every alg x enc pair round-trips with fresh keys, the compact and JSON parsers, headers,
// algorithm pinning and nested JWTs.
#include "core/common/Clock.h"
#include "core/crypto/Random.h"
#include "core/jose/DecodedToken.h"
#include "core/jose/Jwe.h"
#include "core/jose/JweContentCipher.h"
#include "core/jose/JweDecryptor.h"
#include "core/jose/JweEncryptor.h"
#include "core/jose/Jws.h"
#include "core/jose/NestedJwtValidator.h"
#include "core/jose/TokenValidator.h"

#include "tests/unit/jose/JoseTestUtil.h"
#include "tests/unit/jose/JweTestUtil.h"

#include "tests/support/DataColumns.h"

#include <QJsonArray>

using namespace authscope;
using namespace authscope::jose;
using namespace authscope::test;

namespace {

Jwk freshOct(qsizetype bytes)
{
    auto secret = crypto::Random::bytes(bytes);
    auto key = Jwk::fromSecret(*secret);
    return *key;
}

QString codeOf(const Result<JweDecryptResult>& r)
{
    return r ? QStringLiteral("ok") : r.error().code;
}

} // namespace

class tst_Jwe final : public QObject
{
    Q_OBJECT

private:
    Jwk m_rsa;
    QHash<QString, Jwk> m_ecdh; // by curve

    // A fresh key of the right kind for `alg` (and `enc` for dir); for ECDH the key of `curve`.
    Jwk keyFor(JweAlgorithm alg, JweEncryption enc, const QString& curve = QStringLiteral("P-256")) const
    {
        switch (JweAlgorithms::family(alg)) {
        case JweKeyFamily::Rsa:
            return m_rsa;
        case JweKeyFamily::Ecdh:
            return m_ecdh.value(curve);
        case JweKeyFamily::Direct:
            return freshOct(JweAlgorithms::cekBytes(enc));
        case JweKeyFamily::AesKw:
        case JweKeyFamily::AesGcmKw:
            return freshOct(JweAlgorithms::wrapKeyBytes(alg));
        case JweKeyFamily::Pbes2: {
            auto key = Jwk::fromSecret("correct horse battery staple");
            key->setAlg(JweAlgorithms::name(alg));
            return *key;
        }
        }
        return {};
    }

private slots:
    void initTestCase()
    {
        m_rsa = generatedKey(KeyType::Rsa, {}, 2048);
        for (const char* curve : {"P-256", "P-384", "P-521"}) {
            m_ecdh.insert(QLatin1StringView(curve), generatedKey(KeyType::Ec, QLatin1StringView(curve)));
        }
        for (const char* curve : {"X25519", "X448"}) {
            m_ecdh.insert(QLatin1StringView(curve), generatedKey(KeyType::Okp, QLatin1StringView(curve)));
        }
    }

    void roundTripEveryPair_data()
    {
        addColumns<int, int, QString>("alg", "enc", "curve");
        for (JweAlgorithm alg : JweAlgorithms::all()) {
            if (alg == JweAlgorithm::Rsa1_5) {
                continue; // decryption only (E-RSA15-OFF); covered by the RFC 7520 vectors
            }
            const QStringList curves =
                JweAlgorithms::family(alg) == JweKeyFamily::Ecdh
                    ? QStringList{u"P-256"_qs, u"P-384"_qs, u"P-521"_qs, u"X25519"_qs, u"X448"_qs}
                    : QStringList{QString()};
            for (JweEncryption enc : JweAlgorithms::allEncryptions()) {
                for (const QString& curve : curves) {
                    QTest::addRow("%s %s %s", qPrintable(JweAlgorithms::name(alg)),
                                  qPrintable(JweAlgorithms::name(enc)), qPrintable(curve))
                        << int(alg) << int(enc) << curve;
                }
            }
        }
    }

    void roundTripEveryPair()
    {
        QFETCH(int, alg);
        QFETCH(int, enc);
        QFETCH(QString, curve);
        const auto a = JweAlgorithm(alg);
        const auto e = JweEncryption(enc);
        const Jwk key = keyFor(a, e, curve.isEmpty() ? QStringLiteral("P-256") : curve);
        JweEncryptOptions options;
        options.algorithm = a;
        options.encryption = e;
        options.p2c = 1000; // the PBES2 floor: keeps the 18 PBES2 rows quick under sanitizers
        const QByteArray plaintext = "The true sign of intelligence is not knowledge but imagination. \xe2\x9c\x93";
        auto token = JweEncryptor::encrypt(plaintext, key, options);
        QVERIFY2(token, qPrintable(token ? QString() : token.error().toString()));
        QCOMPARE(token->count('.'), 4);
        const JweParts parts = JweParts::split(*token);
        QCOMPARE(parts.header.value(u"alg"_qs).toString(), JweAlgorithms::name(a));
        QCOMPARE(parts.header.value(u"enc"_qs).toString(), JweAlgorithms::name(e));

        // Decrypt with the private key (for key pairs, the public half encrypted).
        JweDecryptor decryptor(JwkSet({key}));
        auto result = decryptor.decrypt(*token);
        QVERIFY2(result, qPrintable(result ? QString() : result.error().toString()));
        QCOMPARE(result->plaintext, plaintext);
        QCOMPARE(result->algorithm, a);
        QCOMPARE(result->encryption, e);

        // A different key of the same kind does not decrypt it.
        const Jwk other = keyFor(a, e, curve.isEmpty() ? QStringLiteral("P-256") : curve);
        if (JweAlgorithms::family(a) != JweKeyFamily::Rsa && JweAlgorithms::family(a) != JweKeyFamily::Ecdh &&
            JweAlgorithms::family(a) != JweKeyFamily::Pbes2) {
            QVERIFY(!JweDecryptor(JwkSet({other})).decrypt(*token));
        }
    }

    void encryptsToThePublicHalf()
    {
        const Jwk pub = *m_rsa.publicKey();
        JweEncryptOptions options; // RSA-OAEP-256 + A256GCM
        auto token = JweEncryptor::encrypt("to the public key", pub, options);
        QVERIFY(token);
        QCOMPARE(JweDecryptor(JwkSet({m_rsa})).decrypt(*token)->plaintext, QByteArray("to the public key"));
        // The public key cannot decrypt.
        QCOMPARE(codeOf(JweDecryptor(JwkSet({pub})).decrypt(*token)), u"jose.key-unusable"_qs);

        const Jwk x25519pub = *m_ecdh.value(u"X25519"_qs).publicKey();
        options.algorithm = JweAlgorithm::EcdhEsA256KW;
        token = JweEncryptor::encrypt("to X25519", x25519pub, options);
        QVERIFY(token);
        QCOMPARE(JweDecryptor(JwkSet({m_ecdh.value(u"X25519"_qs)})).decrypt(*token)->plaintext,
                 QByteArray("to X25519"));
        const JweParts parts = JweParts::split(*token);
        QCOMPARE(parts.header.value(u"epk"_qs).toObject().value(u"crv"_qs).toString(), u"X25519"_qs);
        QVERIFY(!parts.header.value(u"epk"_qs).toObject().contains(u"d"_qs));
    }

    void zipAndHeaderMembers()
    {
        const Jwk key = freshOct(32);
        JweEncryptOptions options;
        options.algorithm = JweAlgorithm::Dir;
        options.encryption = JweEncryption::A256Gcm;
        options.compress = true;
        options.contentType = u"JWT"_qs;
        options.keyId = u"enc-1"_qs;
        const QByteArray plaintext = QByteArray(5000, 'a');
        auto token = JweEncryptor::encrypt(plaintext, key, options);
        QVERIFY(token);
        QVERIFY(token->size() < 1000); // compressed
        const JweParts parts = JweParts::split(*token);
        QCOMPARE(parts.header.value(u"zip"_qs).toString(), u"DEF"_qs);
        QCOMPARE(parts.header.value(u"cty"_qs).toString(), u"JWT"_qs);
        QCOMPARE(parts.header.value(u"kid"_qs).toString(), u"enc-1"_qs);
        QVERIFY(parts.encryptedKey.isEmpty());
        auto result = JweDecryptor(JwkSet({key})).decrypt(*token);
        QVERIFY(result);
        QCOMPARE(result->plaintext, plaintext);
        QVERIFY(result->isNestedJwt());
    }

    void parserRefusesBadShapes_data()
    {
        addColumns<QByteArray, QString>("token", "code");
        const QByteArray h = Base64Url::encode(R"({"alg":"dir","enc":"A128GCM"})");
        QTest::newRow("four parts") << QByteArray(h + ".a.b.c") << u"jose.malformed"_qs;
        QTest::newRow("six parts") << QByteArray(h + "..AAAA.AAAA.AAAA.AAAA") << u"jose.malformed"_qs;
        QTest::newRow("empty header") << QByteArray("..AAAAAAAAAAAAAAAA.AAAA.AAAAAAAAAAAAAAAAAAAAAA")
                                      << u"jose.malformed"_qs;
        QTest::newRow("empty iv") << QByteArray(h + "...AAAA.AAAAAAAAAAAAAAAAAAAAAA") << u"jose.malformed"_qs;
        QTest::newRow("padding") << QByteArray(h + "..AAAAAAAAAAAAAAAA.AA==.AAAAAAAAAAAAAAAAAAAAAA")
                                 << u"jose.base64"_qs;
        QTest::newRow("duplicate header member")
            << QByteArray(Base64Url::encode(R"({"alg":"dir","alg":"A128KW","enc":"A128GCM"})") +
                          "..AAAAAAAAAAAAAAAA.AAAA.AAAAAAAAAAAAAAAAAAAAAA")
            << u"jose.duplicate-member"_qs;
        QTest::newRow("header not an object")
            << QByteArray(Base64Url::encode("[1]") + "..AAAAAAAAAAAAAAAA.AAAA.AAAAAAAAAAAAAAAAAAAAAA")
            << u"jose.json"_qs;
        QTest::newRow("a JWS") << QByteArray("eyJhbGciOiJIUzI1NiJ9.e30.AAAA") << u"jose.type-confusion"_qs;
        QTest::newRow("a JWS in JSON")
            << QByteArray(R"({"payload":"e30","protected":"eyJhbGciOiJIUzI1NiJ9","signature":"AAAA"})")
            << u"jose.type-confusion"_qs;
        QTest::newRow("json unknown member")
            << QByteArray(R"({"protected":")" + h +
                          R"(","iv":"AAAAAAAAAAAAAAAA","ciphertext":"AAAA","tag":"AAAA","x":1})")
            << u"jose.malformed"_qs;
        QTest::newRow("json recipients and header")
            << QByteArray(
                   R"({"protected":")" + h +
                   R"(","recipients":[{}],"header":{},"iv":"AAAAAAAAAAAAAAAA","ciphertext":"AAAA","tag":"AAAA"})")
            << u"jose.malformed"_qs;
        QTest::newRow("json no tag") << QByteArray(R"({"protected":")" + h + R"(","iv":"AAAA","ciphertext":"AAAA"})")
                                     << u"jose.malformed"_qs;
        QTest::newRow("too large") << QByteArray(20000, 'A') << u"jose.too-large"_qs;
    }

    void parserRefusesBadShapes()
    {
        QFETCH(QByteArray, token);
        QFETCH(QString, code);
        auto jwe = Jwe::parse(token);
        QVERIFY(!jwe);
        QCOMPARE(jwe.error().code, code);
        // The decrypter gives the same answer, whatever its keys.
        QCOMPARE(codeOf(JweDecryptor(JwkSet({octKey(16)})).decrypt(token)), code);
    }

    void jsonSerializationRoundTrip()
    {
        // A flattened JSON built from a compact token, with a shared unprotected header member.
        const Jwk key = freshOct(16);
        JweEncryptOptions options;
        options.algorithm = JweAlgorithm::A128KW;
        options.encryption = JweEncryption::A128Gcm;
        auto token = JweEncryptor::encrypt("json form", key, options);
        const QList<QByteArray> p = token->split('.');
        QJsonObject flat{{u"protected"_qs, QString::fromLatin1(p[0])},
                         {u"encrypted_key"_qs, QString::fromLatin1(p[1])},
                         {u"iv"_qs, QString::fromLatin1(p[2])},
                         {u"ciphertext"_qs, QString::fromLatin1(p[3])},
                         {u"tag"_qs, QString::fromLatin1(p[4])},
                         {u"unprotected"_qs, QJsonObject{{u"x-note"_qs, u"hello"_qs}}}};
        auto result = JweDecryptor(JwkSet({key})).decrypt(QJsonDocument(flat).toJson());
        QVERIFY2(result, qPrintable(result ? QString() : result.error().toString()));
        QCOMPARE(result->plaintext, QByteArray("json form"));
        QCOMPARE(result->header.value(u"x-note"_qs).toString(), u"hello"_qs);

        // Headers must be disjoint (RFC 7516 §7.2.1).
        flat.insert(u"unprotected"_qs, QJsonObject{{u"alg"_qs, u"A128KW"_qs}});
        QCOMPARE(codeOf(JweDecryptor(JwkSet({key})).decrypt(QJsonDocument(flat).toJson())), u"jose.json"_qs);

        // General form with a wrong recipient first: the second one decrypts.
        flat.remove(u"unprotected"_qs);
        const QString encryptedKey = flat.take(u"encrypted_key"_qs).toString();
        flat.insert(
            u"recipients"_qs,
            QJsonArray{QJsonObject{{u"encrypted_key"_qs, QString::fromLatin1(Base64Url::encode(QByteArray(24, 'x')))}},
                       QJsonObject{{u"encrypted_key"_qs, encryptedKey}}});
        result = JweDecryptor(JwkSet({key})).decrypt(QJsonDocument(flat).toJson());
        QVERIFY2(result, qPrintable(result ? QString() : result.error().toString()));
        QCOMPARE(result->recipient, 1);

        // The aad member is authenticated.
        flat.insert(u"aad"_qs, u"AAAA"_qs);
        QCOMPARE(codeOf(JweDecryptor(JwkSet({key})).decrypt(QJsonDocument(flat).toJson())), u"jose.decrypt-failed"_qs);
    }

    void algorithmIsPinnedByTheKey()
    {
        // A 32-byte key named for A256KW does not serve as a dir key, and the reverse.
        Jwk kw = freshOct(32);
        kw.setAlg(u"A256KW"_qs);
        JweEncryptOptions dir;
        dir.algorithm = JweAlgorithm::Dir;
        dir.encryption = JweEncryption::A256Gcm;
        Jwk plain = kw;
        plain.setAlg(QString());
        auto token = JweEncryptor::encrypt("x", plain, dir);
        QVERIFY(token);
        QCOMPARE(codeOf(JweDecryptor(JwkSet({kw})).decrypt(*token)), u"jose.alg-not-allowed"_qs);
        QVERIFY(JweDecryptor(JwkSet({plain})).decrypt(*token));

        // An allow-list narrows it further.
        JweDecryptOptions onlyKw;
        onlyKw.allowedAlgorithms = {JweAlgorithm::A256KW};
        QCOMPARE(codeOf(JweDecryptor(JwkSet({plain}), onlyKw).decrypt(*token)), u"jose.alg-not-allowed"_qs);
        JweDecryptOptions onlyCbc;
        onlyCbc.allowedEncryptions = {JweEncryption::A128CbcHs256};
        QCOMPARE(codeOf(JweDecryptor(JwkSet({plain}), onlyCbc).decrypt(*token)), u"jose.enc-unsupported"_qs);

        // A plain oct key is no PBES2 password unless the caller or the key says so.
        Jwk password = *Jwk::fromSecret("hunter2-hunter2");
        JweEncryptOptions pbes2;
        pbes2.algorithm = JweAlgorithm::Pbes2Hs256A128KW;
        pbes2.encryption = JweEncryption::A128Gcm;
        pbes2.p2c = 1000;
        token = JweEncryptor::encrypt("pw", password, pbes2);
        QVERIFY(token);
        QCOMPARE(codeOf(JweDecryptor(JwkSet({password})).decrypt(*token)), u"jose.alg-not-allowed"_qs);
        JweDecryptOptions allowPbes2;
        allowPbes2.allowedAlgorithms = {JweAlgorithm::Pbes2Hs256A128KW};
        QVERIFY(JweDecryptor(JwkSet({password}), allowPbes2).decrypt(*token));

        // An RSA key cannot be a dir key; an EC key is no RSA key.
        QCOMPARE(JweKeyManagement::checkKey(JweAlgorithm::Dir, JweEncryption::A256Gcm, m_rsa, true).error().code,
                 u"jose.key-mismatch"_qs);
        QCOMPARE(
            JweKeyManagement::checkKey(JweAlgorithm::RsaOaep, JweEncryption::A256Gcm, m_ecdh.value(u"P-256"_qs), true)
                .error()
                .code,
            u"jose.key-mismatch"_qs);
    }

    void keyUseIsRespected()
    {
        Jwk sig = m_rsa;
        sig.setUse(u"sig"_qs);
        JweEncryptOptions options;
        auto token = JweEncryptor::encrypt("x", sig, options);
        QVERIFY(!token);
        QCOMPARE(token.error().code, u"jose.key-unusable"_qs);
        Jwk unwrapOnly = m_rsa;
        unwrapOnly.setUse(QString());
        unwrapOnly.setKeyOps({u"unwrapKey"_qs});
        QVERIFY(!JweEncryptor::encrypt("x", unwrapOnly, options));
        token = JweEncryptor::encrypt("x", m_rsa, options);
        QVERIFY(JweDecryptor(JwkSet({unwrapOnly})).decrypt(*token));
        // An encryption key does not verify signatures (K-USE), and an X25519 key never signs.
        QVERIFY(!m_ecdh.value(u"X25519"_qs).fitsType(JwsAlgorithm::EdDSA));
        QVERIFY(m_ecdh.value(u"X25519"_qs).algorithmsForType().isEmpty());
    }

    void x25519Jwks()
    {
        auto key = Jwk::fromJsonText(R"({"kty":"OKP","crv":"X25519","use":"enc",)"
                                     R"("x":"3p7bfXt9wbTTW2HC7OQ1Nz-DQ8hbeGdNrfx-FG-IK08"})");
        QVERIFY2(key, qPrintable(key ? QString() : key.error().message));
        QCOMPARE(key->curve(), u"X25519"_qs);
        QVERIFY(key->isKeyAgreementOnly());
        QCOMPARE(key->toJson(false).value(u"crv"_qs).toString(), u"X25519"_qs);
        QVERIFY(key->thumbprintBase64Url());
        auto sig = Jwk::fromJsonText(R"({"kty":"OKP","crv":"X25519","use":"sig",)"
                                     R"("x":"3p7bfXt9wbTTW2HC7OQ1Nz-DQ8hbeGdNrfx-FG-IK08"})");
        QVERIFY(!sig);
        const Jwk x448 = m_ecdh.value(u"X448"_qs);
        auto roundTrip = Jwk::fromJson(x448.toJson(true));
        QVERIFY(roundTrip);
        QCOMPARE(roundTrip->curve(), u"X448"_qs);
        QVERIFY(roundTrip->isPrivate());
        auto pem = x448.toPem(crypto::PemFormat::PrivatePkcs8);
        QVERIFY(pem);
        QCOMPARE(Jwk::fromPem(*pem)->curve(), u"X448"_qs);
    }

    void critAndZipRules_data()
    {
        addColumns<QJsonObject, QStringList, QString>("extra", "understood", "code");
        QTest::newRow("crit understood") << QJsonObject{{u"crit"_qs, QJsonArray{u"x-ext"_qs}}, {u"x-ext"_qs, 1}}
                                         << QStringList{u"x-ext"_qs} << u"ok"_qs;
        QTest::newRow("crit not understood")
            << QJsonObject{{u"crit"_qs, QJsonArray{u"x-ext"_qs}}, {u"x-ext"_qs, 1}} << QStringList() << u"jose.crit"_qs;
        QTest::newRow("crit empty") << QJsonObject{{u"crit"_qs, QJsonArray{}}} << QStringList() << u"jose.crit"_qs;
        QTest::newRow("crit registered") << QJsonObject{{u"crit"_qs, QJsonArray{u"enc"_qs}}} << QStringList{u"enc"_qs}
                                         << u"jose.crit"_qs;
        QTest::newRow("crit absent member")
            << QJsonObject{{u"crit"_qs, QJsonArray{u"x-ext"_qs}}} << QStringList{u"x-ext"_qs} << u"jose.crit"_qs;
        QTest::newRow("zip unknown") << QJsonObject{{u"zip"_qs, u"GZIP"_qs}} << QStringList() << u"jose.zip"_qs;
        QTest::newRow("alg none") << QJsonObject{{u"alg"_qs, u"none"_qs}} << QStringList() << u"jose.alg-none"_qs;
        QTest::newRow("enc unknown") << QJsonObject{{u"enc"_qs, u"A128CBC-H256"_qs}} << QStringList()
                                     << u"jose.enc-unsupported"_qs;
        QTest::newRow("kid not a string") << QJsonObject{{u"kid"_qs, 5}} << QStringList() << u"jose.json"_qs;
    }

    void critAndZipRules()
    {
        QFETCH(QJsonObject, extra);
        QFETCH(QStringList, understood);
        QFETCH(QString, code);
        // Encrypt by hand with dir so that the header can carry anything; the header is the AAD, so a fresh
        // encryption over the altered header keeps the tag valid and only the rule under test can refuse it.
        const Jwk key = octKey(16);
        QJsonObject header{{u"alg"_qs, u"dir"_qs}, {u"enc"_qs, u"A128GCM"_qs}};
        for (auto it = extra.begin(); it != extra.end(); ++it) {
            header.insert(it.key(), it.value());
        }
        const QByteArray protectedB64 = Base64Url::encode(QJsonDocument(header).toJson(QJsonDocument::Compact));
        auto sealed = JweContentCipher::encrypt(JweEncryption::A128Gcm, key.secretBytes(), "crit", protectedB64);
        const QByteArray token = Jwe::compactOf(protectedB64, {}, sealed->iv, sealed->ciphertext, sealed->tag);
        JweDecryptOptions options;
        options.understoodCrit = understood;
        QCOMPARE(codeOf(JweDecryptor(JwkSet({key}), options).decrypt(token)), code);
    }

    void linterNamesTheRefusedJweAlgorithms()
    {
        const auto codesOf = [](const QJsonObject& header) {
            const QByteArray token = Base64Url::encode(QJsonDocument(header).toJson(QJsonDocument::Compact)) +
                                     ".AAAA.AAAAAAAAAAAAAAAA.AAAA.AAAAAAAAAAAAAAAAAAAAAA";
            return memberList(DecodedToken::decode(token)->warnings, &TokenWarning::code);
        };
        QVERIFY(codesOf({{u"alg"_qs, u"RSA1_5"_qs}, {u"enc"_qs, u"A128GCM"_qs}}).contains(u"jose.lint.rsa1_5"_qs));
        QVERIFY(codesOf({{u"alg"_qs, u"PBES2-HS256+A128KW"_qs}, {u"enc"_qs, u"A128GCM"_qs}, {u"p2c"_qs, 2147483648.0}})
                    .contains(u"jose.lint.p2c"_qs));
        const QStringList plain = codesOf({{u"alg"_qs, u"RSA-OAEP-256"_qs}, {u"enc"_qs, u"A256GCM"_qs}});
        QVERIFY(plain.contains(u"jose.jwe-unsupported"_qs));
        QVERIFY(!plain.contains(u"jose.lint.rsa1_5"_qs));
    }

    void nestedJwt()
    {
        FakeClock clock(1'800'000'000LL * 1000);
        const Jwk signer = generatedKey(KeyType::Ec, u"P-256"_qs);
        Jwk signerForSigning = signer;
        signerForSigning.setUse(u"sig"_qs);
        const QByteArray claims = R"({"sub":"alice","exp":1800000600,"iat":1800000000})";
        auto jws = Jws::sign(QJsonObject{{u"alg"_qs, u"ES256"_qs}, {u"typ"_qs, u"JWT"_qs}}, claims, signerForSigning);
        QVERIFY(jws);
        JweEncryptOptions options;
        options.contentType = u"JWT"_qs;
        auto jwe = JweEncryptor::encrypt(*jws, *m_rsa.publicKey(), options);
        QVERIFY(jwe);

        const TokenValidator validator(JwkSet({*signerForSigning.publicKey()}), ValidationPolicy{}, clock);
        const NestedJwtValidator nested(JweDecryptor(JwkSet({m_rsa})), validator);
        auto outcome = nested.validate(*jwe);
        QVERIFY(outcome.decrypted);
        QVERIFY2(outcome.inner.valid, qPrintable(outcome.inner.codes().join(u',')));
        QCOMPARE(outcome.inner.claims.json().value(u"sub"_qs).toString(), u"alice"_qs);
        QCOMPARE(outcome.outerHeader.value(u"cty"_qs).toString(), u"JWT"_qs);

        // E-TYPE-CONFUSION: the JWE itself is no JWS, and the JWS no JWE.
        QVERIFY(validator.validate(*jwe).has(JoseErrc::TypeConfusion));
        QCOMPARE(codeOf(JweDecryptor(JwkSet({m_rsa})).decrypt(*jws)), u"jose.type-confusion"_qs);

        // Signed by another key: decrypts, does not verify.
        Jwk stranger = generatedKey(KeyType::Ec, u"P-256"_qs);
        stranger.setUse(u"sig"_qs);
        const TokenValidator strangerValidator(JwkSet({*stranger.publicKey()}), ValidationPolicy{}, clock);
        outcome = NestedJwtValidator(JweDecryptor(JwkSet({m_rsa})), strangerValidator).validate(*jwe);
        QVERIFY(outcome.decrypted);
        QVERIFY(!outcome.inner.valid);
        QVERIFY(outcome.inner.has(JoseErrc::SignatureMismatch));

        // Without cty JWT the plaintext is not taken for a nested JWT.
        options.contentType.clear();
        jwe = JweEncryptor::encrypt(*jws, *m_rsa.publicKey(), options);
        outcome = nested.validate(*jwe);
        QVERIFY(!outcome.inner.valid);
        QVERIFY(outcome.inner.has(JoseErrc::NotJwt));

        // A token that does not decrypt is never valid.
        outcome =
            NestedJwtValidator(JweDecryptor(JwkSet({generatedKey(KeyType::Rsa, {}, 2048)})), validator).validate(*jwe);
        QVERIFY(!outcome.decrypted);
        QVERIFY(!outcome.inner.valid);
    }
};

QTEST_GUILESS_MAIN(tst_Jwe)
#include "tst_jwe.moc"
