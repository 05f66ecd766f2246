#include "core/common/Clock.h"
#include "core/crypto/Signer.h"
#include "core/crypto/Verifier.h"
#include "core/jose/JwkSet.h"
#include "core/jose/TokenValidator.h"

#include "tests/unit/jose/JoseTestUtil.h"

#include "tests/support/DataColumns.h"

#include <QJsonArray>

using namespace authscope;
using namespace authscope::jose;
using namespace authscope::test;

namespace {

constexpr qint64 Now = 1900000000;

QByteArray keySetText(const QList<Jwk>& keys)
{
    QJsonArray array;
    for (const Jwk& k : keys) {
        array.append(k.toJson(true));
    }
    return json(QJsonObject{{QStringLiteral("keys"), array}});
}

QByteArray claims(const QJsonObject& extra = {})
{
    QJsonObject c{{QStringLiteral("iss"), QStringLiteral("https://issuer.example")},
                  {QStringLiteral("sub"), QStringLiteral("alice")},
                  {QStringLiteral("jti"), QStringLiteral("id-1")},
                  {QStringLiteral("iat"), Now - 60},
                  {QStringLiteral("exp"), Now + 600}};
    for (auto it = extra.begin(); it != extra.end(); ++it) {
        if (it.value().isNull()) {
            c.remove(it.key());
        } else {
            c.insert(it.key(), it.value());
        }
    }
    return json(c);
}

// r||s -> r||(n-s): the other valid ECDSA signature of the same message (P-256).
QByteArray malleate(const QByteArray& rs)
{
    const QByteArray n = QByteArray::fromHex("ffffffff00000000ffffffffffffffffbce6faada7179e84f3b9cac2fc632551");
    QByteArray out = rs;
    int borrow = 0;
    for (int i = 31; i >= 0; --i) {
        int d = int(quint8(n[i])) - int(quint8(rs[32 + i])) - borrow;
        borrow = d < 0 ? 1 : 0;
        out[32 + i] = char(d & 0xff);
    }
    return out;
}

} // namespace

class tst_TokenValidator final : public QObject
{
    Q_OBJECT

private:
    Jwk m_hs;     // 32-byte oct, kid "hs"
    Jwk m_rsa;    // private, kid "rsa"
    Jwk m_rsaPub; // public half
    Jwk m_ec;     // P-256 private, kid "ec"
    Jwk m_ecPub;
    Jwk m_attacker; // P-256 key nobody trusts
    Jwk m_small;    // RSA-1024
    QByteArray m_rsaPemPublic;

    QByteArray hs(const QByteArray& header, const QByteArray& payload) const
    {
        return signRaw(header, payload, m_hs, JwsAlgorithm::HS256);
    }

private slots:
    void initTestCase()
    {
        m_hs = secretKey(QByteArray("0123456789abcdef0123456789abcdef"));
        m_hs.setKid(QStringLiteral("hs"));
        m_rsa = loadPemKey(QStringLiteral("rsa2048.pkcs8.pem"));
        m_rsa.setKid(QStringLiteral("rsa"));
        m_rsaPub = *m_rsa.publicKey();
        m_ec = loadPemKey(QStringLiteral("ecp256.pkcs8.pem"));
        m_ec.setKid(QStringLiteral("ec"));
        m_ecPub = *m_ec.publicKey();
        m_attacker = loadPemKey(QStringLiteral("ecp256.params-and-sec1.pem"));
        m_small = loadPemKey(QStringLiteral("rsa1024.pkcs8.pem"));
        m_small.setKid(QStringLiteral("small"));
        m_rsaPemPublic = readData(QStringLiteral("keys/rsa2048.spki.pem"));
    }

    // One row per attack from T-ALG-PIN to K-JWKS-PUBLIC (docs/security.md) (rule 12 is in malleableSignatures, rule 13
    // in tst_jwk::keySet). `code` empty means the token must be accepted (controls).
    void attacks_data()
    {
        addColumns<QByteArray, QByteArray, bool, QStringList, QString, QString, QString, int, QString>(
            "token", "keys", "jwt", "allowed", "aud", "iss", "typ", "leeway", "code");

        const QByteArray hsKeys = keySetText({m_hs});
        const QByteArray rsaKeys = keySetText({m_rsaPub});
        const QByteArray ecKeys = keySetText({m_ecPub});
        const QByteArray hsHeader = "{\"alg\":\"HS256\",\"kid\":\"hs\",\"typ\":\"JWT\"}";
        const QByteArray rsHeader = "{\"alg\":\"RS256\",\"kid\":\"rsa\"}";
        const QByteArray esHeader = "{\"alg\":\"ES256\",\"kid\":\"ec\"}";
        const QStringList none;
        auto row = [&](const char* name, const QByteArray& token, const QByteArray& keys, const QString& code,
                       bool jwt = true, const QStringList& allowed = {}, const QString& aud = {},
                       const QString& iss = {}, const QString& typ = {}, int leeway = 30) {
            QTest::newRow(name) << token << keys << jwt << allowed << aud << iss << typ << leeway << code;
        };

        // Controls.
        row("control HS256", hs(hsHeader, claims()), hsKeys, {});
        row("control RS256", signRaw(rsHeader, claims(), m_rsa, JwsAlgorithm::RS256), rsaKeys, {});
        row("control ES256", signRaw(esHeader, claims(), m_ec, JwsAlgorithm::ES256), ecKeys, {});

        // Rule 1: the algorithm is pinned by the verifier.
        {
            const Jwk confused = secretKey(m_rsaPemPublic); // the public key's PEM text used as an HMAC secret
            row("1 HS256 signed with the RSA public key as secret",
                signRaw("{\"alg\":\"HS256\",\"kid\":\"rsa\"}", claims(), confused, JwsAlgorithm::HS256), rsaKeys,
                QStringLiteral("jose.alg-not-allowed"));
            row("1 HS256 with the public key, caller allows HS256",
                signRaw("{\"alg\":\"HS256\",\"kid\":\"rsa\"}", claims(), confused, JwsAlgorithm::HS256), rsaKeys,
                QStringLiteral("jose.key-mismatch"), true, {QStringLiteral("HS256"), QStringLiteral("RS256")});
            const Jwk ecAsSecret = secretKey(QByteArray::fromBase64(
                m_ecPub.toJson(false).value(QStringLiteral("x")).toString().toLatin1(), QByteArray::Base64UrlEncoding));
            row("1 HS256 with EC key bytes",
                signRaw("{\"alg\":\"HS256\",\"kid\":\"ec\"}", claims(), ecAsSecret, JwsAlgorithm::HS256), ecKeys,
                QStringLiteral("jose.alg-not-allowed"));
            Jwk pinned = m_rsaPub;
            pinned.setAlg(QStringLiteral("RS256"));
            row("1 key alg RS256, token PS256 (valid signature)",
                signRaw("{\"alg\":\"PS256\",\"kid\":\"rsa\"}", claims(), m_rsa, JwsAlgorithm::PS256),
                keySetText({pinned}), QStringLiteral("jose.alg-not-allowed"));
            row("1 caller allow-list excludes RS256", signRaw(rsHeader, claims(), m_rsa, JwsAlgorithm::RS256), rsaKeys,
                QStringLiteral("jose.alg-not-allowed"), true, {QStringLiteral("PS256")});
            const Jwk p384 = loadPemKey(QStringLiteral("ecp384.pkcs8.pem"));
            row("1 ES256 token, P-384 key", signRaw("{\"alg\":\"ES256\"}", claims(), m_ec, JwsAlgorithm::ES256),
                keySetText({*p384.publicKey()}), QStringLiteral("jose.alg-not-allowed"));
            row("1 unknown alg", compact("{\"alg\":\"HS257\"}", claims(), "x"), hsKeys,
                QStringLiteral("jose.alg-unsupported"));
            row("1 missing alg", compact("{\"kid\":\"hs\"}", claims(), "x"), hsKeys,
                QStringLiteral("jose.alg-unsupported"));
        }
        // Rule 2: alg none on every path.
        row("2 alg none, empty signature", compact("{\"alg\":\"none\"}", claims(), {}), hsKeys,
            QStringLiteral("jose.alg-none"));
        row("2 alg None", compact("{\"alg\":\"None\"}", claims(), {}), hsKeys, QStringLiteral("jose.alg-none"));
        row("2 alg NONE with a signature", compact("{\"alg\":\"NONE\"}", claims(), "sig"), rsaKeys,
            QStringLiteral("jose.alg-none"), true, {QStringLiteral("RS256")});
        row("2 alg none as plain JWS", compact("{\"alg\":\"none\"}", "hello", {}), hsKeys,
            QStringLiteral("jose.alg-none"), false);
        // Rule 3: key sizes.
        {
            // Our signer refuses RSA-1024, so the attacker's token is made with OpenSSL directly.
            const QByteArray input =
                Base64Url::encode("{\"alg\":\"RS256\",\"kid\":\"small\"}") + '.' + Base64Url::encode(claims());
            auto sig = crypto::Signer::sign(m_small.pkey(), crypto::SignatureScheme::RsaPkcs1v15,
                                            crypto::DigestAlgorithm::Sha256, input);
            row("3 RSA-1024 key", input + '.' + Base64Url::encode(*sig), keySetText({*m_small.publicKey()}),
                QStringLiteral("jose.key-too-small"));
        }
        {
            Jwk shortKey = secretKey(QByteArray(16, 's'));
            row("3 HMAC secret shorter than the hash", compact("{\"alg\":\"HS256\"}", claims(), QByteArray(32, 'x')),
                keySetText({shortKey}), QStringLiteral("jose.key-too-small"));
            Jwk k48 = secretKey(QByteArray(48, 's'));
            row("3 HS512 with a 48-byte secret", compact("{\"alg\":\"HS512\"}", claims(), QByteArray(64, 'x')),
                keySetText({k48}), QStringLiteral("jose.key-too-small"));
        }
        // Rule 4: ECDSA r||s exact length, 0 < r, s < n.
        {
            const QByteArray valid = signRaw(esHeader, claims(), m_ec, JwsAlgorithm::ES256);
            const QByteArray input = valid.left(valid.lastIndexOf('.'));
            const QByteArray n =
                QByteArray::fromHex("ffffffff00000000ffffffffffffffffbce6faada7179e84f3b9cac2fc632551");
            auto with = [&](const QByteArray& sig) -> QByteArray { return input + '.' + Base64Url::encode(sig); };
            row("4 psychic signature r=s=0", with(QByteArray(64, '\0')), ecKeys,
                QStringLiteral("jose.signature-malformed"));
            row("4 r=n", with(n + n), ecKeys, QStringLiteral("jose.signature-malformed"));
            QByteArray one(32, '\0');
            one[31] = 1;
            row("4 r=s=1", with(one + one), ecKeys, QStringLiteral("jose.signature-mismatch"));
            auto der = crypto::Verifier::p1363ToDer(crypto::EcCurve::P256,
                                                    *Base64Url::decode(valid.mid(valid.lastIndexOf('.') + 1)));
            row("4 DER instead of r||s", with(*der), ecKeys, QStringLiteral("jose.signature-malformed"));
            row("4 63 bytes", with(QByteArray(63, '\x01')), ecKeys, QStringLiteral("jose.signature-malformed"));
        }
        // Rule 5: HMAC tags full length.
        {
            const QByteArray valid = hs(hsHeader, claims());
            const QByteArray input = valid.left(valid.lastIndexOf('.'));
            const QByteArray tag = *Base64Url::decode(valid.mid(valid.lastIndexOf('.') + 1));
            row("5 truncated tag (16 bytes)", input + '.' + Base64Url::encode(tag.left(16)), hsKeys,
                QStringLiteral("jose.signature-malformed"));
            row("5 empty tag", input + '.', hsKeys, QStringLiteral("jose.signature-malformed"));
            QByteArray flipped = tag;
            flipped[31] = char(flipped[31] ^ 1);
            row("5 one bit flipped", input + '.' + Base64Url::encode(flipped), hsKeys,
                QStringLiteral("jose.signature-mismatch"));
        }
        // Rule 6: strict encoding, two dots, size cap, depth cap, UTF-8.
        {
            const QByteArray valid = hs(hsHeader, claims());
            row("6 padding on the signature", valid + "=", hsKeys, QStringLiteral("jose.base64"));
            row("6 whitespace inside", QByteArray(valid).insert(10, ' '), hsKeys, QStringLiteral("jose.base64"));
            row("6 standard base64 chars", QByteArray(valid).replace('-', '+').replace('_', '/') + "+", hsKeys,
                QStringLiteral("jose.base64"));
            row("6 three dots", valid + ".x", hsKeys, QStringLiteral("jose.malformed"));
            row("6 one dot", valid.left(valid.lastIndexOf('.')), hsKeys, QStringLiteral("jose.malformed"));
            row("6 over 16 KiB", hs(hsHeader, claims({{QStringLiteral("pad"), QString(17000, u'x')}})), hsKeys,
                QStringLiteral("jose.too-large"));
            row("6 deep JSON in claims", hs(hsHeader, "{\"a\":" + QByteArray(40, '[') + QByteArray(40, ']') + "}"),
                hsKeys, QStringLiteral("jose.json-depth"));
            row("6 invalid UTF-8 in header", hs("{\"alg\":\"HS256\",\"x\":\"\xff\"}", claims()), hsKeys,
                QStringLiteral("jose.utf8"));
            row("6 invalid UTF-8 in claims", hs(hsHeader, "{\"exp\":1999999999,\"x\":\"\xc0\x80\"}"), hsKeys,
                QStringLiteral("jose.utf8"));
            QByteArray badBits = valid;
            const qsizetype dot = badBits.indexOf('.');
            badBits[dot - 1] = char(badBits[dot - 1] + 1); // header b64 ends in unused bits
            row("6 non-zero unused bits", badBits, hsKeys, QStringLiteral("jose.base64"));
        }
        // Rule 7: keys come only from our set.
        {
            QJsonObject attackerJwk = m_attacker.publicKey()->toJson(false);
            const QByteArray header = json(
                QJsonObject{{QStringLiteral("alg"), QStringLiteral("ES256")}, {QStringLiteral("jwk"), attackerJwk}});
            row("7 embedded jwk (attacker's key)", signRaw(header, claims(), m_attacker, JwsAlgorithm::ES256), ecKeys,
                QStringLiteral("jose.signature-mismatch"));
            row("7 jku pointing elsewhere",
                signRaw("{\"alg\":\"ES256\",\"jku\":\"https://evil.example/jwks.json\"}", claims(), m_attacker,
                        JwsAlgorithm::ES256),
                ecKeys, QStringLiteral("jose.signature-mismatch"));
            row("7 x5u",
                signRaw("{\"alg\":\"ES256\",\"x5u\":\"https://evil.example/cert.pem\"}", claims(), m_attacker,
                        JwsAlgorithm::ES256),
                ecKeys, QStringLiteral("jose.signature-mismatch"));
            row("7 kid SQL injection",
                signRaw("{\"alg\":\"ES256\",\"kid\":\"x' OR '1'='1\"}", claims(), m_attacker, JwsAlgorithm::ES256),
                ecKeys, QStringLiteral("jose.kid-unknown"));
            row("7 kid path traversal",
                signRaw("{\"alg\":\"ES256\",\"kid\":\"../../dev/null\"}", claims(), m_attacker, JwsAlgorithm::ES256),
                ecKeys, QStringLiteral("jose.kid-unknown"));
            row("7 kid differs in case",
                signRaw("{\"alg\":\"ES256\",\"kid\":\"EC\"}", claims(), m_ec, JwsAlgorithm::ES256), ecKeys,
                QStringLiteral("jose.kid-unknown"));
            row("7 kid not a string", compact("{\"alg\":\"HS256\",\"kid\":1}", claims(), QByteArray(32, 'x')), hsKeys,
                QStringLiteral("jose.json"));
        }
        // Rule 8: crit and b64.
        row("8 crit unknown extension",
            hs("{\"alg\":\"HS256\",\"kid\":\"hs\",\"exp2\":1,\"crit\":[\"exp2\"]}", claims()), hsKeys,
            QStringLiteral("jose.crit"));
        row("8 crit empty", hs("{\"alg\":\"HS256\",\"kid\":\"hs\",\"crit\":[]}", claims()), hsKeys,
            QStringLiteral("jose.crit"));
        row("8 crit not an array", hs("{\"alg\":\"HS256\",\"kid\":\"hs\",\"crit\":\"b64\"}", claims()), hsKeys,
            QStringLiteral("jose.crit"));
        row("8 crit duplicate", hs("{\"alg\":\"HS256\",\"kid\":\"hs\",\"x\":1,\"crit\":[\"x\",\"x\"]}", claims()),
            hsKeys, QStringLiteral("jose.crit"));
        row("8 crit names a missing member", hs("{\"alg\":\"HS256\",\"kid\":\"hs\",\"crit\":[\"x\"]}", claims()),
            hsKeys, QStringLiteral("jose.crit"));
        row("8 crit lists alg", hs("{\"alg\":\"HS256\",\"kid\":\"hs\",\"crit\":[\"alg\"]}", claims()), hsKeys,
            QStringLiteral("jose.crit"));
        row("8 crit names understood by caller",
            hs("{\"alg\":\"HS256\",\"kid\":\"hs\",\"x\":1,\"crit\":[\"x\"]}", claims()), hsKeys,
            QStringLiteral("jose.crit"));
        {
            const QByteArray header = "{\"alg\":\"HS256\",\"kid\":\"hs\",\"b64\":false,\"crit\":[\"b64\"]}";
            // The raw payload must not contain a dot, so no URL-like iss here.
            const QByteArray input =
                Base64Url::encode(header) + '.' + claims({{QStringLiteral("iss"), QStringLiteral("issuer")}});
            row("8 b64 false in a JWT", input + '.' + Base64Url::encode(*m_hs.sign(JwsAlgorithm::HS256, input)), hsKeys,
                QStringLiteral("jose.b64-false"));
        }
        // Rule 9: duplicate member names.
        row("9 duplicate alg in header", hs("{\"alg\":\"HS256\",\"alg\":\"none\",\"kid\":\"hs\"}", claims()), hsKeys,
            QStringLiteral("jose.duplicate-member"));
        row("9 escaped duplicate in header", hs("{\"alg\":\"HS256\",\"kid\":\"hs\",\"\\u006bid\":\"other\"}", claims()),
            hsKeys, QStringLiteral("jose.duplicate-member"));
        row("9 duplicate sub in claims", hs(hsHeader, "{\"sub\":\"alice\",\"sub\":\"admin\",\"exp\":1900000600}"),
            hsKeys, QStringLiteral("jose.duplicate-member"));
        // Rule 10: claims.
        row("10 no exp", hs(hsHeader, claims({{QStringLiteral("exp"), QJsonValue::Null}})), hsKeys,
            QStringLiteral("jose.claim-missing"));
        row("10 expired", hs(hsHeader, claims({{QStringLiteral("exp"), Now - 31}})), hsKeys,
            QStringLiteral("jose.expired"));
        row("10 expired, inside leeway", hs(hsHeader, claims({{QStringLiteral("exp"), Now - 29}})), hsKeys, {});
        row("10 expired, zero leeway", hs(hsHeader, claims({{QStringLiteral("exp"), Now}})), hsKeys,
            QStringLiteral("jose.expired"), true, {}, {}, {}, {}, 0);
        row("10 nbf in the future", hs(hsHeader, claims({{QStringLiteral("nbf"), Now + 120}})), hsKeys,
            QStringLiteral("jose.not-yet-valid"));
        row("10 iat in the future", hs(hsHeader, claims({{QStringLiteral("iat"), Now + 3600}})), hsKeys,
            QStringLiteral("jose.iat-future"));
        row("10 exp as a string", hs(hsHeader, claims({{QStringLiteral("exp"), QStringLiteral("1900000600")}})), hsKeys,
            QStringLiteral("jose.claim-type"));
        row("10 exp negative", hs(hsHeader, claims({{QStringLiteral("exp"), -1}})), hsKeys,
            QStringLiteral("jose.claim-type"));
        row("10 exp beyond year 9999", hs(hsHeader, claims({{QStringLiteral("exp"), 1e300}})), hsKeys,
            QStringLiteral("jose.claim-type"));
        row("10 leeway over 300 s", hs(hsHeader, claims()), hsKeys, QStringLiteral("jose.policy"), true, {}, {}, {}, {},
            301);
        row("10 iss mismatch", hs(hsHeader, claims()), hsKeys, QStringLiteral("jose.iss-mismatch"), true, {}, {},
            QStringLiteral("https://issuer.example/"));
        row("10 iss exact", hs(hsHeader, claims()), hsKeys, {}, true, {}, {}, QStringLiteral("https://issuer.example"));
        row("10 aud array without ours",
            hs(hsHeader, claims({{QStringLiteral("aud"), QJsonArray{QStringLiteral("a"), QStringLiteral("b")}}})),
            hsKeys, QStringLiteral("jose.aud-mismatch"), true, {}, QStringLiteral("api"));
        row("10 aud array with ours",
            hs(hsHeader, claims({{QStringLiteral("aud"), QJsonArray{QStringLiteral("a"), QStringLiteral("api")}}})),
            hsKeys, {}, true, {}, QStringLiteral("api"));
        row("10 aud missing", hs(hsHeader, claims()), hsKeys, QStringLiteral("jose.aud-mismatch"), true, {},
            QStringLiteral("api"));
        row("10 aud present, none configured", hs(hsHeader, claims({{QStringLiteral("aud"), QStringLiteral("api")}})),
            hsKeys, QStringLiteral("jose.aud-mismatch"));
        row("10 aud not strings", hs(hsHeader, claims({{QStringLiteral("aud"), QJsonArray{1}}})), hsKeys,
            QStringLiteral("jose.claim-type"), true, {}, QStringLiteral("api"));
        row("10 typ mismatch", hs(hsHeader, claims()), hsKeys, QStringLiteral("jose.typ-mismatch"), true, {}, {}, {},
            QStringLiteral("at+jwt"));
        row("10 typ media type match",
            hs("{\"alg\":\"HS256\",\"kid\":\"hs\",\"typ\":\"application/AT+JWT\"}", claims()), hsKeys, {}, true, {}, {},
            {}, QStringLiteral("at+jwt"));
        row("10 payload not a claims set", hs(hsHeader, "hello"), hsKeys, QStringLiteral("jose.not-jwt"));
        row("10 payload is an array", hs(hsHeader, "[1]"), hsKeys, QStringLiteral("jose.not-jwt"));
        // Rule 11: use / key_ops.
        {
            Jwk enc = m_ecPub;
            enc.setUse(QStringLiteral("enc"));
            row("11 key with use enc", signRaw(esHeader, claims(), m_ec, JwsAlgorithm::ES256), keySetText({enc}),
                QStringLiteral("jose.key-unusable"));
            Jwk ops = m_ecPub;
            ops.setKeyOps({QStringLiteral("encrypt")});
            row("11 key_ops without verify", signRaw(esHeader, claims(), m_ec, JwsAlgorithm::ES256), keySetText({ops}),
                QStringLiteral("jose.key-unusable"));
        }
    }
    void attacks()
    {
        QFETCH(QByteArray, token);
        QFETCH(QByteArray, keys);
        QFETCH(bool, jwt);
        QFETCH(QStringList, allowed);
        QFETCH(QString, aud);
        QFETCH(QString, iss);
        QFETCH(QString, typ);
        QFETCH(int, leeway);
        QFETCH(QString, code);
        auto set = JwkSet::fromJsonText(keys);
        QVERIFY(set);
        ValidationPolicy policy;
        policy.jwt = jwt;
        for (const QString& a : allowed) {
            policy.allowedAlgorithms.append(*JwsAlgorithms::fromName(a));
        }
        policy.audience = aud;
        policy.issuer = iss;
        policy.typ = typ;
        policy.leewaySecs = leeway;
        FakeClock clock(Now * 1000);
        const ValidationResult r = TokenValidator(*set, policy, clock).validate(token);
        const QString got = r.codes().join(u' ');
        if (code.isEmpty()) {
            QVERIFY2(r.valid, qPrintable(got + QStringLiteral(" | ") +
                                         (r.issues.isEmpty() ? QString() : r.issues.first().message)));
        } else {
            QVERIFY2(!r.valid, "accepted");
            QVERIFY2(r.codes().contains(code), qPrintable(QStringLiteral("expected %1, got %2").arg(code, got)));
            for (const Error& e : r.issues) {
                QVERIFY(!e.message.isEmpty());
            }
        }
    }

    // Every problem is listed, not only the first, while the verdict stays "invalid".
    void diagnosisListsEverything()
    {
        const QByteArray token =
            signRaw("{\"alg\":\"ES256\",\"kid\":\"ec\"}", claims({{QStringLiteral("exp"), Now - 3 * 3600 - 12 * 60}}),
                    m_attacker, JwsAlgorithm::ES256);
        FakeClock clock(Now * 1000);
        ValidationPolicy policy;
        policy.audience = QStringLiteral("api");
        const ValidationResult r = TokenValidator(JwkSet({m_ecPub}), policy, clock).validate(token);
        QVERIFY(!r.valid);
        QVERIFY(r.has(JoseErrc::SignatureMismatch));
        QVERIFY(r.has(JoseErrc::Expired));
        QVERIFY(r.has(JoseErrc::AudienceMismatch));
        for (const Error& e : r.issues) {
            if (e.code == u"jose.expired") {
                QCOMPARE(e.message, QStringLiteral("expired 3 h 12 min ago (exp 2030-03-17 14:34:40 UTC)"));
            }
        }
    }

    void kidUnknownMessage()
    {
        const QByteArray token = signRaw("{\"alg\":\"ES256\",\"kid\":\"k2\"}", claims(), m_ec, JwsAlgorithm::ES256);
        Jwk k1 = m_ecPub;
        k1.setKid(QStringLiteral("k1"));
        Jwk k3 = *loadPemKey(QStringLiteral("ecp256.params-and-sec1.pem")).publicKey();
        k3.setKid(QStringLiteral("k3"));
        FakeClock clock(Now * 1000);
        const ValidationResult r = TokenValidator(JwkSet({k1, k3}), ValidationPolicy{}, clock).validate(token);
        QCOMPARE(r.codes(), QStringList{QStringLiteral("jose.kid-unknown")});
        QVERIFY(r.issues.first().message.startsWith(QStringLiteral(
            "signature does not match: the token was signed by another key; kid 'k2' is not in this JWKS")));
    }

    void noKidTriesEachKey()
    {
        const QByteArray token = signRaw("{\"alg\":\"ES256\"}", claims(), m_ec, JwsAlgorithm::ES256);
        Jwk other = *m_attacker.publicKey();
        other.setKid(QStringLiteral("other"));
        FakeClock clock(Now * 1000);
        const ValidationResult r = TokenValidator(JwkSet({other, m_ecPub}), ValidationPolicy{}, clock).validate(token);
        QVERIFY2(r.valid, qPrintable(r.codes().join(u' ')));
        QCOMPARE(r.keyId, QStringLiteral("ec"));
        QVERIFY(!TokenValidator(JwkSet({other}), ValidationPolicy{}, clock).validate(token).valid);
        QVERIFY(TokenValidator(JwkSet(), ValidationPolicy{}, clock).validate(token).has(JoseErrc::NoKey));
    }

    // Rule 12: an ECDSA signature has a second valid form (s -> n - s). Both verify and carry the same
    // (iss, jti), which is why logout deny-lists (iss, jti) and never a hash of the token.
    void malleableSignatures()
    {
        const QByteArray token = signRaw("{\"alg\":\"ES256\",\"kid\":\"ec\"}", claims(), m_ec, JwsAlgorithm::ES256);
        const qsizetype dot = token.lastIndexOf('.');
        const QByteArray twin =
            token.left(dot + 1) + Base64Url::encode(malleate(*Base64Url::decode(token.mid(dot + 1))));
        QVERIFY(twin != token);
        FakeClock clock(Now * 1000);
        const TokenValidator validator(JwkSet({m_ecPub}), ValidationPolicy{}, clock);
        const ValidationResult a = validator.validate(token);
        const ValidationResult b = validator.validate(twin);
        QVERIFY(a.valid && b.valid);
        QCOMPARE(a.claims.issuer(), b.claims.issuer());
        QCOMPARE(a.claims.jwtId(), b.claims.jwtId());
    }

    void clockMoves()
    {
        const QByteArray token = hs("{\"alg\":\"HS256\"}", claims());
        FakeClock clock(Now * 1000);
        TokenValidator validator(JwkSet({m_hs}), ValidationPolicy{}, clock);
        QVERIFY(validator.validate(token).valid);
        clock.advanceSecs(600 + 30);
        QVERIFY(validator.validate(token).has(JoseErrc::Expired));
    }
};

QTEST_GUILESS_MAIN(tst_TokenValidator)
#include "tst_tokenvalidator.moc"
