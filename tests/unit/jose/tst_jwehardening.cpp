// The JWE attacks, one per rule of docs/security.md (E-P2C-CAP, E-INVALID-CURVE, E-ZERO-SECRET, E-CBC-TAG,
// E-GCM-TAG, E-KEY-SIZE, E-ZIP-CAP, E-RSA-ORACLE, E-RSA15-OFF, E-TYPE-CONFUSION), each refused with its code.
#include "core/crypto/AesCbc.h"
#include "core/crypto/Hmac.h"
#include "core/crypto/RsaEncryption.h"
#include "core/jose/Jwe.h"
#include "core/jose/JweCompression.h"
#include "core/jose/JweContentCipher.h"
#include "core/jose/JweDecryptor.h"
#include "core/jose/JweEncryptor.h"
#include "core/jose/TokenValidator.h"

#include "tests/unit/jose/JoseTestUtil.h"
#include "tests/unit/jose/JweTestUtil.h"

#include "tests/support/DataColumns.h"

#include <QtEndian>

using namespace authscope;
using namespace authscope::jose;
using namespace authscope::test;

namespace {

Error errorOf(const Result<JweDecryptResult>& r)
{
    return r ? Error{u"ok"_qs, QString()} : r.error();
}

// A dir token over an arbitrary header and body, with a valid tag: only the rule under test can refuse it.
QByteArray dirToken(const Jwk& key, QJsonObject header, const QByteArray& body, JweEncryption enc)
{
    header.insert(u"alg"_qs, u"dir"_qs);
    header.insert(u"enc"_qs, JweAlgorithms::name(enc));
    const QByteArray protectedB64 = Base64Url::encode(QJsonDocument(header).toJson(QJsonDocument::Compact));
    auto sealed = JweContentCipher::encrypt(enc, key.secretBytes(), body, protectedB64);
    return Jwe::compactOf(protectedB64, {}, sealed->iv, sealed->ciphertext, sealed->tag);
}

// A password (its alg set to `alg`) and `plaintext` encrypted to it with `p2c` PBES2 iterations.
struct Pbes2Token
{
    Jwk password;
    Result<QByteArray> token;
};

Pbes2Token pbes2Token(const QByteArray& secret, JweAlgorithm alg, JweEncryption enc, int p2c,
                      const QByteArray& plaintext)
{
    Jwk password = *Jwk::fromSecret(secret);
    password.setAlg(JweAlgorithms::name(alg));
    JweEncryptOptions options;
    options.algorithm = alg;
    options.encryption = enc;
    options.p2c = p2c;
    Result<QByteArray> token = JweEncryptor::encrypt(plaintext, password, options);
    return {std::move(password), std::move(token)};
}

} // namespace

class tst_JweHardening final : public QObject
{
    Q_OBJECT

private:
    Jwk m_rsa;

private slots:
    void initTestCase() { m_rsa = generatedKey(KeyType::Rsa, {}, 2048); }

    // E-P2C-CAP
    void p2cOverTheCapIsRefusedBeforeDerivation_data()
    {
        addColumns<double, QString>("p2c", "code");
        QTest::newRow("10000 (the cap, unchanged)") << 10000.0 << u"ok"_qs;
        QTest::newRow("9999 (under the cap)") << 9999.0 << u"jose.decrypt-failed"_qs;
        QTest::newRow("10001") << 10001.0 << u"jose.p2c-cap"_qs;
        QTest::newRow("2^31") << 2147483648.0 << u"jose.p2c-cap"_qs;
        QTest::newRow("1e300") << 1e300 << u"jose.p2c-cap"_qs;
        QTest::newRow("0") << 0.0 << u"jose.malformed"_qs;
        QTest::newRow("fraction") << 1000.5 << u"jose.malformed"_qs;
    }

    void p2cOverTheCapIsRefusedBeforeDerivation()
    {
        QFETCH(double, p2c);
        QFETCH(QString, code);
        const auto [password, token] =
            pbes2Token("Thus from my lips, by yours, my sin is purged.", JweAlgorithm::Pbes2Hs256A128KW,
                       JweEncryption::A128Gcm, 10000, "pbes2");
        QCOMPARE(password.alg(), u"PBES2-HS256+A128KW"_qs);
        QVERIFY(token);
        JweParts parts = JweParts::split(*token);
        parts.header.insert(u"p2c"_qs, p2c);
        // With p2c changed the tag no longer matches, but the cap is what refuses it; under the cap only the tag does.
        const Error e = errorOf(JweDecryptor(JwkSet({password})).decrypt(parts.join()));
        QCOMPARE(e.code, code);
        if (code == u"jose.p2c-cap") {
            QVERIFY(e.message.contains(u"before any key derivation"_qs));
        }
    }

    void p2cCapIsConfigurable()
    {
        const auto [password, token] = pbes2Token("correct horse", JweAlgorithm::Pbes2Hs512A256KW,
                                                  JweEncryption::A256Gcm, 12000, "more iterations");
        QCOMPARE(password.alg(), u"PBES2-HS512+A256KW"_qs);
        QCOMPARE(errorOf(JweDecryptor(JwkSet({password})).decrypt(*token)).code, u"jose.p2c-cap"_qs);
        JweDecryptOptions raised;
        raised.maxP2c = 20000;
        auto result = JweDecryptor(JwkSet({password}), raised).decrypt(*token);
        QVERIFY(result);
        QCOMPARE(result->plaintext, QByteArray("more iterations"));
        JweDecryptOptions lowered;
        lowered.maxP2c = 1000;
        QCOMPARE(errorOf(JweDecryptor(JwkSet({password}), lowered).decrypt(*token)).code, u"jose.p2c-cap"_qs);
    }

    // E-INVALID-CURVE
    void epkOffTheCurveOrOnAnotherCurve()
    {
        const Jwk p256 = generatedKey(KeyType::Ec, u"P-256"_qs);
        JweEncryptOptions options;
        options.algorithm = JweAlgorithm::EcdhEsA128KW;
        options.encryption = JweEncryption::A128Gcm;
        auto token = JweEncryptor::encrypt("ecdh", *p256.publicKey(), options);
        QVERIFY(token);
        QVERIFY(JweDecryptor(JwkSet({p256})).decrypt(*token));

        // A point that is not on P-256: y + 1.
        JweParts parts = JweParts::split(*token);
        QJsonObject epk = parts.header.value(u"epk"_qs).toObject();
        QByteArray y = *Base64Url::decode(epk.value(u"y"_qs).toString().toLatin1());
        y[y.size() - 1] = static_cast<char>(y[y.size() - 1] ^ 1);
        epk.insert(u"y"_qs, QString::fromLatin1(Base64Url::encode(y)));
        parts.header.insert(u"epk"_qs, epk);
        QCOMPARE(errorOf(JweDecryptor(JwkSet({p256})).decrypt(parts.join())).code, u"jose.invalid-curve"_qs);

        // A valid point of P-384 against our P-256 key; an X25519 point against it; a P-256 point against X25519.
        parts = JweParts::split(*token);
        parts.header.insert(u"epk"_qs, generatedKey(KeyType::Ec, u"P-384"_qs).publicKey()->toJson(false));
        QCOMPARE(errorOf(JweDecryptor(JwkSet({p256})).decrypt(parts.join())).code, u"jose.invalid-curve"_qs);
        parts.header.insert(u"epk"_qs, generatedKey(KeyType::Okp, u"X25519"_qs).publicKey()->toJson(false));
        QCOMPARE(errorOf(JweDecryptor(JwkSet({p256})).decrypt(parts.join())).code, u"jose.invalid-curve"_qs);
        const Jwk x25519 = generatedKey(KeyType::Okp, u"X25519"_qs);
        parts.header.remove(u"kid"_qs); // so that the X25519 key is a candidate
        parts.header.insert(u"epk"_qs, generatedKey(KeyType::Ec, u"P-256"_qs).publicKey()->toJson(false));
        QCOMPARE(errorOf(JweDecryptor(JwkSet({x25519})).decrypt(parts.join())).code, u"jose.invalid-curve"_qs);
        // An Ed25519 point is not a key-agreement key.
        parts.header.insert(u"epk"_qs, generatedKey(KeyType::Okp, u"Ed25519"_qs).publicKey()->toJson(false));
        QCOMPARE(errorOf(JweDecryptor(JwkSet({x25519})).decrypt(parts.join())).code, u"jose.invalid-curve"_qs);
    }

    // E-ZERO-SECRET
    void smallOrderX25519AndX448PointsGiveNoSecret_data()
    {
        addColumns<QString, QByteArray>("curve", "u");
        QTest::newRow("X25519 u=0") << u"X25519"_qs << QByteArray(32, '\0');
        QTest::newRow("X25519 u=1") << u"X25519"_qs << QByteArray(1, '\x01') + QByteArray(31, '\0');
        QTest::newRow("X448 u=0") << u"X448"_qs << QByteArray(56, '\0');
        QTest::newRow("X448 u=1") << u"X448"_qs << QByteArray(1, '\x01') + QByteArray(55, '\0');
    }

    void smallOrderX25519AndX448PointsGiveNoSecret()
    {
        QFETCH(QString, curve);
        QFETCH(QByteArray, u);
        const Jwk ours = generatedKey(KeyType::Okp, curve);
        JweEncryptOptions options;
        options.algorithm = JweAlgorithm::EcdhEs;
        options.encryption = JweEncryption::A128Gcm;
        auto token = JweEncryptor::encrypt("x", *ours.publicKey(), options);
        JweParts parts = JweParts::split(*token);
        parts.header.insert(u"epk"_qs, QJsonObject{{u"kty"_qs, u"OKP"_qs},
                                                   {u"crv"_qs, curve},
                                                   {u"x"_qs, QString::fromLatin1(Base64Url::encode(u))}});
        QCOMPARE(errorOf(JweDecryptor(JwkSet({ours})).decrypt(parts.join())).code, u"jose.zero-secret"_qs);
    }

    // E-CBC-TAG
    void cbcTagFullLengthAndCheckedFirst()
    {
        const Jwk key = octKey(32);
        const QByteArray token = dirToken(key, {}, "cbc body", JweEncryption::A128CbcHs256);
        QVERIFY(JweDecryptor(JwkSet({key})).decrypt(token));
        JweParts parts = JweParts::split(token);
        QCOMPARE(parts.tag.size(), 16);
        // Truncated tags (RFC 7518 §5.2.2.1 allows none shorter): refused by length.
        for (int len : {0, 1, 8, 15}) {
            JweParts cut = parts;
            cut.tag.truncate(len);
            if (len == 0) {
                continue; // an empty part is a malformed token, covered by the parser tests
            }
            QCOMPARE(errorOf(JweDecryptor(JwkSet({key})).decrypt(cut.join())).code, u"jose.tag-length"_qs);
        }
        JweParts longer = parts;
        longer.tag.append('\0');
        QCOMPARE(errorOf(JweDecryptor(JwkSet({key})).decrypt(longer.join())).code, u"jose.tag-length"_qs);

        // A bad tag and a bad padding under a valid tag are indistinguishable: same code, same message.
        JweParts badTag = parts;
        badTag.tag[0] = static_cast<char>(badTag.tag[0] ^ 1);
        const Error tagError = errorOf(JweDecryptor(JwkSet({key})).decrypt(badTag.join()));
        QCOMPARE(tagError.code, u"jose.decrypt-failed"_qs);

        // Ciphertext whose last block decrypts to bad padding, with a tag computed over it by someone who has the
        // MAC key: the padding error must look like any other failure.
        const QByteArray macKey = key.secretBytes().first(16).toByteArray();
        const QByteArray encKey = key.secretBytes().sliced(16).toByteArray();
        QByteArray raw = *crypto::AesCbc::encrypt(encKey, parts.iv, QByteArray(16, 'A'));
        raw.truncate(16); // one block of 'A's with no padding block: 'A' (0x41) is no valid padding byte
        QByteArray aad = JweParts::split(token).join().split('.').first();
        QByteArray macInput = aad + parts.iv + raw;
        char al[8];
        qToBigEndian(static_cast<quint64>(aad.size()) * 8, al);
        macInput.append(al, 8);
        JweParts badPadding = parts;
        badPadding.ciphertext = raw;
        badPadding.tag = crypto::Hmac::compute(crypto::DigestAlgorithm::Sha256, macKey, macInput)->first(16);
        const Error paddingError = errorOf(JweDecryptor(JwkSet({key})).decrypt(badPadding.join()));
        QCOMPARE(paddingError.code, tagError.code);
        QCOMPARE(paddingError.message, tagError.message);
    }

    // E-GCM-TAG
    void gcmTagExactly16Bytes()
    {
        const Jwk key = octKey(16);
        const QByteArray token = dirToken(key, {}, "gcm body", JweEncryption::A128Gcm);
        JweParts parts = JweParts::split(token);
        for (int len : {4, 8, 12, 15}) {
            JweParts cut = parts;
            cut.tag.truncate(len);
            QCOMPARE(errorOf(JweDecryptor(JwkSet({key})).decrypt(cut.join())).code, u"jose.tag-length"_qs);
        }
        // The A*GCMKW header tag as well.
        const Jwk kek = octKey(32);
        JweEncryptOptions options;
        options.algorithm = JweAlgorithm::A256GCMKW;
        options.encryption = JweEncryption::A128Gcm;
        JweParts wrapped = JweParts::split(*JweEncryptor::encrypt("x", kek, options));
        QByteArray tag = *Base64Url::decode(wrapped.header.value(u"tag"_qs).toString().toLatin1());
        wrapped.header.insert(u"tag"_qs, QString::fromLatin1(Base64Url::encode(tag.first(12))));
        QCOMPARE(errorOf(JweDecryptor(JwkSet({kek})).decrypt(wrapped.join())).code, u"jose.tag-length"_qs);
    }

    // E-KEY-SIZE
    void wrongSizeKeysAreRefused_data()
    {
        addColumns<int, int, int>("alg", "enc", "keyBytes");
        QTest::newRow("dir 16 for A256GCM") << int(JweAlgorithm::Dir) << int(JweEncryption::A256Gcm) << 16;
        QTest::newRow("dir 32 for A128GCM") << int(JweAlgorithm::Dir) << int(JweEncryption::A128Gcm) << 32;
        QTest::newRow("dir 32 for A256CBC-HS512") << int(JweAlgorithm::Dir) << int(JweEncryption::A256CbcHs512) << 32;
        QTest::newRow("A128KW 24") << int(JweAlgorithm::A128KW) << int(JweEncryption::A128Gcm) << 24;
        QTest::newRow("A256KW 16") << int(JweAlgorithm::A256KW) << int(JweEncryption::A128Gcm) << 16;
        QTest::newRow("A192GCMKW 32") << int(JweAlgorithm::A192GCMKW) << int(JweEncryption::A128Gcm) << 32;
    }

    void wrongSizeKeysAreRefused()
    {
        QFETCH(int, alg);
        QFETCH(int, enc);
        QFETCH(int, keyBytes);
        const auto a = JweAlgorithm(alg);
        const auto e = JweEncryption(enc);
        JweEncryptOptions options;
        options.algorithm = a;
        options.encryption = e;
        auto refused = JweEncryptor::encrypt("x", octKey(keyBytes), options);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, u"jose.key-size"_qs);
        // Decrypting: a token made with the right size, offered to a key of the wrong size (allowed explicitly,
        // so that the size rule and not the pinning refuses it).
        const qsizetype right = a == JweAlgorithm::Dir ? JweAlgorithms::cekBytes(e) : JweAlgorithms::wrapKeyBytes(a);
        auto token = JweEncryptor::encrypt("x", octKey(right), options);
        QVERIFY(token);
        JweDecryptOptions allow;
        allow.allowedAlgorithms = {a};
        QCOMPARE(errorOf(JweDecryptor(JwkSet({octKey(keyBytes)}), allow).decrypt(*token)).code, u"jose.key-size"_qs);
    }

    // E-ZIP-CAP
    void zipBombIsRefusedAtTheCap()
    {
        const Jwk key = octKey(32);
        const QByteArray bomb = *JweCompression::deflate(QByteArray(10 * 1024 * 1024, '\0'));
        QVERIFY(bomb.size() < 12 * 1024);
        const QByteArray token = dirToken(key, {{u"zip"_qs, u"DEF"_qs}}, bomb, JweEncryption::A256Gcm);
        QVERIFY(token.size() < JsonLimits{}.maxTokenBytes);
        QCOMPARE(errorOf(JweDecryptor(JwkSet({key})).decrypt(token)).code, u"jose.zip-cap"_qs);
        JweDecryptOptions bigger;
        bigger.maxPlaintextBytes = 11 * 1024 * 1024;
        auto result = JweDecryptor(JwkSet({key}), bigger).decrypt(token);
        QVERIFY(result);
        QCOMPARE(result->plaintext.size(), 10 * 1024 * 1024);
    }

    void inflateStopsExactlyAtTheCap()
    {
        const QByteArray data(4096, 'z');
        const QByteArray deflated = *JweCompression::deflate(data);
        QCOMPARE(*JweCompression::inflate(deflated, 4096), data);
        auto over = JweCompression::inflate(deflated, 4095);
        QVERIFY(!over);
        QCOMPARE(over.error().code, u"jose.zip-cap"_qs);
        QCOMPARE(JweCompression::inflate(deflated.first(deflated.size() - 2), 8192).error().code, u"jose.zip"_qs);
        QCOMPARE(JweCompression::inflate(QByteArray(deflated + "trailing"), 8192).error().code, u"jose.zip"_qs);
        QCOMPARE(JweCompression::inflate("\xff\xff\xff\xff", 8192).error().code, u"jose.zip"_qs);
        // zip is honoured only from the protected header.
        const Jwk key = octKey(32);
        const QByteArray token = dirToken(key, {}, deflated, JweEncryption::A256Gcm);
        const QList<QByteArray> p = token.split('.');
        const QJsonObject flat{{u"protected"_qs, QString::fromLatin1(p[0])},
                               {u"unprotected"_qs, QJsonObject{{u"zip"_qs, u"DEF"_qs}}},
                               {u"iv"_qs, QString::fromLatin1(p[2])},
                               {u"ciphertext"_qs, QString::fromLatin1(p[3])},
                               {u"tag"_qs, QString::fromLatin1(p[4])}};
        const QByteArray json = QJsonDocument(flat).toJson();
        QCOMPARE(errorOf(JweDecryptor(JwkSet({key})).decrypt(json)).code, u"jose.zip"_qs);
    }

    // E-RSA-ORACLE
    void everyRsaFailureLooksTheSame_data()
    {
        QTest::addColumn<int>("alg");
        QTest::newRow("RSA-OAEP") << int(JweAlgorithm::RsaOaep);
        QTest::newRow("RSA-OAEP-256") << int(JweAlgorithm::RsaOaep256);
        QTest::newRow("RSA1_5") << int(JweAlgorithm::Rsa1_5);
    }

    void everyRsaFailureLooksTheSame()
    {
        QFETCH(int, alg);
        const auto a = JweAlgorithm(alg);
        JweDecryptOptions options;
        options.allowRsa1_5 = true;
        const JweDecryptor decryptor(JwkSet({m_rsa}), options);
        // A valid token for the padding under test (RSA1_5 built by hand: the encrypter never makes one).
        const QByteArray cek(32, 'c');
        const auto padding = a == JweAlgorithm::RsaOaep      ? crypto::RsaPadding::OaepSha1
                             : a == JweAlgorithm::RsaOaep256 ? crypto::RsaPadding::OaepSha256
                                                             : crypto::RsaPadding::Pkcs1v15;
        const auto encryptTo = [&](const QByteArray& secret) -> QByteArray {
            if (padding != crypto::RsaPadding::Pkcs1v15) {
                return *crypto::RsaEncryption::encrypt(m_rsa.pkey(), padding, secret);
            }
            // PKCS#1 v1.5 type 2 by hand with a raw RSA operation is not offered; use OAEP bytes instead, which
            // are invalid PKCS#1 v1.5 padding (that is what this test needs besides the valid case below).
            return *crypto::RsaEncryption::encrypt(m_rsa.pkey(), crypto::RsaPadding::OaepSha1, secret);
        };
        QJsonObject header{{u"alg"_qs, JweAlgorithms::name(a)}, {u"enc"_qs, u"A128CBC-HS256"_qs}};
        const QByteArray protectedB64 = Base64Url::encode(QJsonDocument(header).toJson(QJsonDocument::Compact));
        auto sealed = JweContentCipher::encrypt(JweEncryption::A128CbcHs256, cek, "oracle", protectedB64);
        const auto token = [&](const QByteArray& encryptedKey, const QByteArray& tag) {
            return Jwe::compactOf(protectedB64, encryptedKey, sealed->iv, sealed->ciphertext, tag);
        };
        if (padding != crypto::RsaPadding::Pkcs1v15) {
            auto ok = decryptor.decrypt(token(encryptTo(cek), sealed->tag));
            QVERIFY2(ok, qPrintable(ok ? QString() : ok.error().toString()));
        }
        const QList<QByteArray> attempts{
            token(encryptTo(cek), QByteArray(16, 't')),         // right CEK, wrong tag
            token(encryptTo(QByteArray(16, 'c')), sealed->tag), // a CEK of the wrong size
            token(QByteArray(256, '\x01'), sealed->tag),        // garbage of the right length
            token(QByteArray(255, '\x01'), sealed->tag),        // garbage of the wrong length
            token(encryptTo(cek).first(200), sealed->tag),      // truncated
        };
        QList<Error> errors;
        for (const QByteArray& attempt : attempts) {
            errors.append(errorOf(decryptor.decrypt(attempt)));
        }
        if (padding == crypto::RsaPadding::Pkcs1v15) {
            errors.append(errorOf(decryptor.decrypt(token(encryptTo(cek), sealed->tag)))); // invalid v1.5 padding
        }
        for (const Error& e : errors) {
            QCOMPARE(e.code, u"jose.decrypt-failed"_qs);
            QCOMPARE(e.message, errors.first().message);
        }
    }

    // E-RSA15-OFF
    void rsa15IsOffByDefault()
    {
        QJsonObject header{{u"alg"_qs, u"RSA1_5"_qs}, {u"enc"_qs, u"A128GCM"_qs}};
        const QByteArray token = Base64Url::encode(QJsonDocument(header).toJson(QJsonDocument::Compact)) + "." +
                                 Base64Url::encode(QByteArray(256, 'k')) + ".AAAAAAAAAAAAAAAA.AAAA." +
                                 Base64Url::encode(QByteArray(16, 't'));
        const Error e = errorOf(JweDecryptor(JwkSet({m_rsa})).decrypt(token));
        QCOMPARE(e.code, u"jose.alg-not-allowed"_qs);
        QVERIFY(e.message.contains(u"RSA1_5"_qs));
        JweEncryptOptions options;
        options.algorithm = JweAlgorithm::Rsa1_5;
        QCOMPARE(JweEncryptor::encrypt("x", m_rsa, options).error().code, u"jose.alg-not-allowed"_qs);
    }

    // E-TYPE-CONFUSION
    void signedAndEncryptedTokensAreNeverConfused()
    {
        const Jwk key = octKey(32);
        const QByteArray jwe = dirToken(key, {}, R"({"sub":"x"})", JweEncryption::A256Gcm);
        // A JWE where a JWS is required, with the very same secret as an HMAC key.
        ValidationPolicy policy;
        policy.jwt = false;
        const ValidationResult r = TokenValidator(JwkSet({key}), policy).validate(jwe);
        QVERIFY(!r.valid);
        QVERIFY(r.has(JoseErrc::TypeConfusion));
        // A JWS where a JWE is required.
        Jwk hmac = key;
        auto jws = Jws::sign(QJsonObject{{u"alg"_qs, u"HS256"_qs}}, R"({"sub":"x"})", hmac);
        QVERIFY(jws);
        QCOMPARE(errorOf(JweDecryptor(JwkSet({key})).decrypt(*jws)).code, u"jose.type-confusion"_qs);
    }
};

QTEST_GUILESS_MAIN(tst_JweHardening)
#include "tst_jwehardening.moc"
