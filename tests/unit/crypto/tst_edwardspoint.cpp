#include "core/crypto/EdwardsPoint.h"
#include "core/crypto/PKey.h"
#include "core/crypto/Signer.h"
#include "core/crypto/Verifier.h"
#include "core/jose/Base64Url.h"
#include "core/jose/Jwk.h"
#include "core/jose/JwkSet.h"

#include "tests/support/DataColumns.h"
#include "tests/support/TestSupport.h"

#include <QTemporaryDir>
#include <QTest>

#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>

using namespace authscope;
using namespace authscope::crypto;

namespace {

// The eight Ed25519 points of small order (orders 1, 2, 4, 4, 8, 8, 8, 8), canonical encodings.
const char* const SmallOrder25519[] = {
    "0100000000000000000000000000000000000000000000000000000000000000", // identity
    "ecffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f", // (0, -1)
    "0000000000000000000000000000000000000000000000000000000000000000", // (sqrt(-1), 0)
    "0000000000000000000000000000000000000000000000000000000000000080", // (-sqrt(-1), 0)
    "26e8958fc2b227b045c3f489f2ef98f0d5dfac05d3c63339b13802886d53fc05",
    "26e8958fc2b227b045c3f489f2ef98f0d5dfac05d3c63339b13802886d53fc85",
    "c7176a703d4dd84fba3c0b760d10670f2a2053fa2c39ccc64ec7fd7792ac037a",
    "c7176a703d4dd84fba3c0b760d10670f2a2053fa2c39ccc64ec7fd7792ac03fa",
};

// Second encodings of small-order points: x = 0 with the sign bit set, and y = p, p + 1 (= 0, 1) with either sign.
const char* const NonCanonicalSmallOrder25519[] = {
    "0100000000000000000000000000000000000000000000000000000000000080",
    "ecffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff",
    "edffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f",
    "edffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff",
    "eeffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f",
    "eeffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff",
};

// Ed448's four small-order points (cofactor 4) and second encodings of them.
const char* const SmallOrder448[] = {
    "010000000000000000000000000000000000000000000000000000000000"
    "000000000000000000000000000000000000000000000000000000",
    "fefffffffffffffffffffffffffffffffffffffffffffffffffffffffeff"
    "ffffffffffffffffffffffffffffffffffffffffffffffffffff00",
    "000000000000000000000000000000000000000000000000000000000000"
    "000000000000000000000000000000000000000000000000000000",
    "000000000000000000000000000000000000000000000000000000000000"
    "000000000000000000000000000000000000000000000000000080",
    "010000000000000000000000000000000000000000000000000000000000"
    "000000000000000000000000000000000000000000000000000080",
    "fffffffffffffffffffffffffffffffffffffffffffffffffffffffffeff"
    "ffffffffffffffffffffffffffffffffffffffffffffffffffff00",
};

QByteArray spkiPem(const QByteArray& point)
{
    // SubjectPublicKeyInfo for id-Ed25519 (1.3.101.112) around a raw 32-byte point (RFC 8410).
    const QByteArray der = QByteArray::fromHex("302a300506032b6570032100") + point;
    return "-----BEGIN PUBLIC KEY-----\n" + der.toBase64() + "\n-----END PUBLIC KEY-----\n";
}

QByteArray okpJwk(const QByteArray& point, const char* crv = "Ed25519")
{
    return QByteArray(R"({"kty":"OKP","crv":")") + crv + R"(","x":")" + jose::Base64Url::encode(point) + "\"}";
}

// A self-signed-by-someone-else certificate whose subject key is `point` (OpenSSL does not check the point).
QByteArray certificateFor(const QByteArray& point)
{
    EVP_PKEY* subject = EVP_PKEY_new_raw_public_key_ex(nullptr, "ED25519", nullptr,
                                                       reinterpret_cast<const unsigned char*>(point.constData()), 32);
    EVP_PKEY* issuer = EVP_PKEY_Q_keygen(nullptr, nullptr, "ED25519");
    X509* cert = X509_new();
    QByteArray pem;
    if (subject != nullptr && issuer != nullptr && cert != nullptr) {
        X509_set_version(cert, 2);
        ASN1_INTEGER_set(X509_get_serialNumber(cert), 1);
        X509_gmtime_adj(X509_getm_notBefore(cert), 0);
        X509_gmtime_adj(X509_getm_notAfter(cert), 3600);
        X509_NAME_add_entry_by_txt(X509_get_subject_name(cert), "CN", MBSTRING_ASC,
                                   reinterpret_cast<const unsigned char*>("forged"), -1, -1, 0);
        X509_set_issuer_name(cert, X509_get_subject_name(cert));
        X509_set_pubkey(cert, subject);
        if (X509_sign(cert, issuer, nullptr) > 0) {
            BIO* bio = BIO_new(BIO_s_mem());
            PEM_write_bio_X509(bio, cert);
            char* data = nullptr;
            const long len = BIO_get_mem_data(bio, &data);
            pem = QByteArray(data, static_cast<qsizetype>(len));
            BIO_free(bio);
        }
    }
    X509_free(cert);
    EVP_PKEY_free(issuer);
    EVP_PKEY_free(subject);
    return pem;
}

// The forgery of the hostile test: R = identity, S = 0 over any message.
QByteArray forgedToken()
{
    const QByteArray header = jose::Base64Url::encode(R"({"alg":"EdDSA","typ":"at+jwt"})");
    const QByteArray claims =
        jose::Base64Url::encode(R"({"sub":"alice","roles":["admin"],"iss":"x","exp":4102444800,"jti":"f"})");
    const QByteArray signature = QByteArray::fromHex(SmallOrder25519[0]) + QByteArray(32, '\0');
    return header + '.' + claims + '.' + jose::Base64Url::encode(signature);
}

} // namespace

class tst_EdwardsPoint final : public QObject
{
    Q_OBJECT

private slots:
    void smallOrder_data()
    {
        authscope::test::addColumns<int, QByteArray, QString>("algorithm", "point", "reason");
        int i = 0;
        for (const char* hex : SmallOrder25519) {
            QTest::addRow("Ed25519 small order #%d", i++)
                << int(KeyAlgorithm::Ed25519) << QByteArray::fromHex(hex) << QStringLiteral("small order");
        }
        i = 0;
        for (const char* hex : NonCanonicalSmallOrder25519) {
            QTest::addRow("Ed25519 second encoding #%d", i++)
                << int(KeyAlgorithm::Ed25519) << QByteArray::fromHex(hex) << QString();
        }
        i = 0;
        for (const char* hex : SmallOrder448) {
            QTest::addRow("Ed448 #%d", i++) << int(KeyAlgorithm::Ed448) << QByteArray::fromHex(hex) << QString();
        }
    }

    // Every entry point that builds a key refuses the point: raw components (JWK), PEM, and the checks themselves.
    void smallOrder()
    {
        QFETCH(int, algorithm);
        QFETCH(QByteArray, point);
        QFETCH(QString, reason);
        const auto alg = static_cast<KeyAlgorithm>(algorithm);
        QVERIFY(!point.isEmpty());
        QVERIFY(EdwardsPoint::isSmallOrder(alg, point) || !EdwardsPoint::isCanonical(alg, point));
        const QString problem = EdwardsPoint::publicKeyProblem(alg, point);
        QVERIFY(!problem.isEmpty());
        if (!reason.isEmpty()) {
            QVERIFY2(problem.contains(reason), qPrintable(problem));
        }
        auto key = PKey::fromOkp(alg, OkpComponents{point, {}});
        QVERIFY(!key);
        QCOMPARE(key.error().code, QStringLiteral("crypto.key"));
        auto jwk = jose::Jwk::fromJsonText(okpJwk(point, alg == KeyAlgorithm::Ed448 ? "Ed448" : "Ed25519"));
        QVERIFY(!jwk);
        QCOMPARE(jwk.error().code, QStringLiteral("jose.key-invalid"));
        // As a signature's R, the point is refused too, whatever S is.
        QVERIFY(!EdwardsPoint::signatureAcceptable(alg, QByteArray(point + QByteArray(point.size(), '\0'))));
    }

    void pemCertificateAndJwks_data()
    {
        QTest::addColumn<QByteArray>("point");
        int i = 0;
        for (const char* hex : SmallOrder25519) {
            QTest::addRow("small order #%d", i++) << QByteArray::fromHex(hex);
        }
        i = 0;
        for (const char* hex : NonCanonicalSmallOrder25519) {
            QTest::addRow("second encoding #%d", i++) << QByteArray::fromHex(hex);
        }
    }
    void pemCertificateAndJwks()
    {
        QFETCH(QByteArray, point);
        auto pem = PKey::fromPem(spkiPem(point));
        QVERIFY(!pem);
        QVERIFY(!jose::Jwk::fromPem(spkiPem(point)));
        const QByteArray cert = certificateFor(point);
        QVERIFY(cert.startsWith("-----BEGIN CERTIFICATE-----"));
        QVERIFY(!PKey::fromPem(cert));
        auto set = jose::JwkSet::fromJsonText(QByteArray(R"({"keys":[)" + okpJwk(point) + "]}"));
        QVERIFY(!set);
        QVERIFY2(set.error().message.contains(QStringLiteral("key #1")), qPrintable(set.error().message));
    }

    void goodKeysStillLoad()
    {
        for (KeyAlgorithm alg : {KeyAlgorithm::Ed25519, KeyAlgorithm::Ed448}) {
            for (int i = 0; i < 20; ++i) {
                auto key = PKey::generateOkp(alg);
                QVERIFY(key);
                auto pub = key->okpComponents();
                QVERIFY(pub);
                QVERIFY(PKey::fromOkp(alg, OkpComponents{pub->x, {}}));
                QVERIFY(EdwardsPoint::isCanonical(alg, pub->x));
                QVERIFY(!EdwardsPoint::isSmallOrder(alg, pub->x));
            }
        }
        // RFC 8032 §7.1 test 1 public key
        const QByteArray rfc = QByteArray::fromHex("d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a");
        QVERIFY(PKey::fromOkp(KeyAlgorithm::Ed25519, OkpComponents{rfc, {}}));
    }

    // A genuine signature verifies; the same with S + L (malleability) or with R swapped for a small-order point
    // does not.
    void signatureChecks()
    {
        for (KeyAlgorithm alg : {KeyAlgorithm::Ed25519, KeyAlgorithm::Ed448}) {
            auto key = PKey::generateOkp(alg);
            QVERIFY(key);
            const QByteArray message = "header.payload";
            auto sig = Signer::sign(*key, SignatureScheme::EdDsa, DigestAlgorithm::Sha256, message);
            QVERIFY(sig);
            QVERIFY(Verifier::verify(*key, SignatureScheme::EdDsa, DigestAlgorithm::Sha256, message, *sig));

            const qsizetype half = sig->size() / 2;
            // S + L, little-endian addition; L < 2^253 and S < L, so the sum still fits.
            const QByteArray order =
                alg == KeyAlgorithm::Ed448
                    ? QByteArray::fromHex("f34458ab92c27823558fc58d72c26c219036d6ae49db4ec4e923ca7cffffffffffffffffffff"
                                          "ffffffffffffffffffffffffffffffffff3f00")
                    : QByteArray::fromHex("edd3f55c1a631258d69cf7a2def9de1400000000000000000000000000000010");
            QByteArray malleable = *sig;
            int carry = 0;
            for (qsizetype i = 0; i < half; ++i) {
                const int sum =
                    static_cast<unsigned char>(malleable[half + i]) + static_cast<unsigned char>(order[i]) + carry;
                malleable[half + i] = static_cast<char>(sum & 0xff);
                carry = sum >> 8;
            }
            QCOMPARE(carry, 0);
            QVERIFY(!EdwardsPoint::signatureAcceptable(alg, malleable));
            QVERIFY(!Verifier::verify(*key, SignatureScheme::EdDsa, DigestAlgorithm::Sha256, message, malleable));

            QByteArray identityR = *sig;
            identityR.replace(0, half, QByteArray(half, '\0'));
            identityR[0] = 1;
            QVERIFY(!EdwardsPoint::signatureAcceptable(alg, identityR));
            QVERIFY(!Verifier::verify(*key, SignatureScheme::EdDsa, DigestAlgorithm::Sha256, message, identityR));
            QVERIFY(!EdwardsPoint::signatureAcceptable(alg, sig->left(sig->size() - 1)));
        }
    }

    // The hostile test's forgery end to end through the CLI: the key file is refused with a clear error (exit 2),
    // and `keys import` refuses it too, so no server can ever publish or accept it.
    void forgedTokenRefusedByCli()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        for (const char* hex : SmallOrder25519) {
            const QString keyFile = dir.filePath(QStringLiteral("forged.jwk"));
            QFile f(keyFile);
            QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
            f.write(okpJwk(QByteArray::fromHex(hex)));
            f.close();
            const auto run = test::runCli(
                {QStringLiteral("verify"), QStringLiteral("--key"), keyFile, QString::fromLatin1(forgedToken())});
            QCOMPARE(run.exitCode, 2);
            QVERIFY2(run.err.contains("small order"), run.err.constData());
            QVERIFY(!run.out.contains("VALID") || run.out.contains("INVALID"));
        }
    }
};

QTEST_GUILESS_MAIN(tst_EdwardsPoint)
#include "tst_edwardspoint.moc"
