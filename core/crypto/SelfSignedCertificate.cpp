#include "core/crypto/SelfSignedCertificate.h"

#include "core/crypto/PKey.h"

#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rand.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <memory>

namespace authscope::crypto {

namespace {

struct X509Free
{
    void operator()(X509* x) const { X509_free(x); }
};
struct BioFree
{
    void operator()(BIO* b) const { BIO_free(b); }
};
struct ExtFree
{
    void operator()(X509_EXTENSION* e) const { X509_EXTENSION_free(e); }
};

Error sslError(const QString& what)
{
    return Error{QStringLiteral("crypto.certificate"),
                 QStringLiteral("Cannot make the TLS certificate: %1.").arg(what)};
}

bool addExtension(X509* cert, int nid, const char* value)
{
    X509V3_CTX ctx;
    X509V3_set_ctx_nodb(&ctx);
    X509V3_set_ctx(&ctx, cert, cert, nullptr, nullptr, 0);
    std::unique_ptr<X509_EXTENSION, ExtFree> ext(X509V3_EXT_conf_nid(nullptr, &ctx, nid, value));
    return ext && X509_add_ext(cert, ext.get(), -1) == 1;
}

} // namespace

Result<SelfSignedCertificate> SelfSignedCertificate::generate(const QString& commonName, int validDays)
{
    auto key = PKey::generateEc(EcCurve::P256);
    if (!key) {
        return std::unexpected(key.error());
    }
    std::unique_ptr<X509, X509Free> cert(X509_new());
    if (!cert || X509_set_version(cert.get(), 2) != 1) { // v3
        return std::unexpected(sslError(QStringLiteral("X509_new")));
    }
    unsigned char serial[16];
    if (RAND_bytes(serial, sizeof serial) != 1) {
        return std::unexpected(sslError(QStringLiteral("no random serial")));
    }
    serial[0] &= 0x7f; // a positive serial number
    BIGNUM* bn = BN_bin2bn(serial, sizeof serial, nullptr);
    ASN1_INTEGER* sn = bn ? BN_to_ASN1_INTEGER(bn, X509_get_serialNumber(cert.get())) : nullptr;
    BN_free(bn);
    if (sn == nullptr) {
        return std::unexpected(sslError(QStringLiteral("serial number")));
    }
    // A minute of slack for clocks that disagree slightly.
    X509_gmtime_adj(X509_getm_notBefore(cert.get()), -60);
    X509_gmtime_adj(X509_getm_notAfter(cert.get()), static_cast<long>(validDays) * 86400);
    if (X509_set_pubkey(cert.get(), key->native()) != 1) {
        return std::unexpected(sslError(QStringLiteral("public key")));
    }
    X509_NAME* name = X509_get_subject_name(cert.get());
    const QByteArray cn = commonName.toUtf8();
    X509_NAME_add_entry_by_txt(name, "O", MBSTRING_UTF8,
                               reinterpret_cast<const unsigned char*>("AuthScope test server"), -1, -1, 0);
    X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_UTF8, reinterpret_cast<const unsigned char*>(cn.constData()), -1,
                               -1, 0);
    X509_set_issuer_name(cert.get(), name);
    const QByteArray san = "DNS:" + cn + ",DNS:localhost,IP:127.0.0.1,IP:::1";
    if (!addExtension(cert.get(), NID_subject_alt_name, san.constData()) ||
        !addExtension(cert.get(), NID_basic_constraints, "critical,CA:FALSE") ||
        !addExtension(cert.get(), NID_key_usage, "critical,digitalSignature") ||
        !addExtension(cert.get(), NID_ext_key_usage, "serverAuth")) {
        return std::unexpected(sslError(QStringLiteral("extensions")));
    }
    if (X509_sign(cert.get(), key->native(), EVP_sha256()) <= 0) {
        return std::unexpected(sslError(QStringLiteral("signing")));
    }
    std::unique_ptr<BIO, BioFree> bio(BIO_new(BIO_s_mem()));
    if (!bio || PEM_write_bio_X509(bio.get(), cert.get()) != 1) {
        return std::unexpected(sslError(QStringLiteral("PEM")));
    }
    char* data = nullptr;
    const long size = BIO_get_mem_data(bio.get(), &data);
    SelfSignedCertificate out;
    out.certificatePem = QByteArray(data, static_cast<qsizetype>(size));
    auto pem = key->toPem(PemFormat::PrivatePkcs8);
    if (!pem) {
        return std::unexpected(pem.error());
    }
    out.privateKeyPem = *pem;
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int digestLength = 0;
    if (X509_digest(cert.get(), EVP_sha256(), digest, &digestLength) == 1) {
        out.sha256Fingerprint =
            QString::fromLatin1(QByteArray(reinterpret_cast<const char*>(digest), static_cast<qsizetype>(digestLength))
                                    .toHex(':')
                                    .toUpper());
    }
    return out;
}

} // namespace authscope::crypto
