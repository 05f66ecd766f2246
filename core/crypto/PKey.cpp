#include "core/crypto/PKey.h"

#include "core/crypto/EcPointImport.h"
#include "core/crypto/EdwardsPoint.h"
#include "core/crypto/OkpCurve.h"
#include "core/crypto/OpenSslUtil.h"

#include <openssl/core_names.h>
#include <openssl/decoder.h>
#include <openssl/encoder.h>
#include <openssl/param_build.h>
#include <openssl/pem.h>
#include <openssl/x509.h>

#include <cstring>
#include <iterator>
#include <optional>
#include <vector>

namespace authscope::crypto {

using detail::BnPtr;
using detail::opensslError;
using detail::PkeyCtxPtr;

namespace {

constexpr int MaxRsaBits = 16384;

Error keyError(const QString& message)
{
    return Error{QStringLiteral("crypto.key"), message};
}

std::unexpected<Error> keyFail(const QString& message)
{
    return std::unexpected(keyError(message));
}

std::unexpected<Error> sslFail(const QString& message)
{
    return std::unexpected(keyError(message + QStringLiteral(" (") + opensslError() + u')'));
}

struct PkeyFree
{
    void operator()(EVP_PKEY* key) const { EVP_PKEY_free(key); }
};
using PkeyPtr = std::unique_ptr<EVP_PKEY, PkeyFree>;

struct ParamBldFree
{
    void operator()(OSSL_PARAM_BLD* bld) const { OSSL_PARAM_BLD_free(bld); }
};
struct ParamFree
{
    void operator()(OSSL_PARAM* p) const { OSSL_PARAM_free(p); }
};

// One row per EcCurve, in its order: the JOSE name (OpenSSL knows the curve by it too) and the size of a
// coordinate in bytes. A value outside the enum reads as P-256, as the switches this replaced did.
struct CurveInfo
{
    const char* name;
    qsizetype fieldSize;
};

constexpr CurveInfo kCurves[] = {{"P-256", 32}, {"P-384", 48}, {"P-521", 66}};
static_assert(std::size(kCurves) == static_cast<std::size_t>(EcCurve::P521) + 1, "one row per EcCurve");

const CurveInfo& curveInfo(EcCurve curve)
{
    const auto i = static_cast<std::size_t>(curve);
    return kCurves[i < std::size(kCurves) ? i : 0];
}

const char* opensslCurveName(EcCurve curve)
{
    return curveInfo(curve).name;
}

BnPtr toBn(const QByteArray& bytes)
{
    return BnPtr(
        BN_bin2bn(reinterpret_cast<const unsigned char*>(bytes.constData()), static_cast<int>(bytes.size()), nullptr));
}

Result<QByteArray> bnParam(const EVP_PKEY* key, const char* name, int padTo = 0)
{
    BIGNUM* raw = nullptr;
    if (EVP_PKEY_get_bn_param(key, name, &raw) != 1 || raw == nullptr) {
        ERR_clear_error();
        return fail(QStringLiteral("crypto.key"), QStringLiteral("key has no %1").arg(QString::fromLatin1(name)));
    }
    BnPtr bn(raw);
    const int len = padTo > 0 ? padTo : BN_num_bytes(bn.get());
    if (BN_num_bytes(bn.get()) > len) {
        return fail(QStringLiteral("crypto.key"), QStringLiteral("key component too large"));
    }
    QByteArray out(len, Qt::Uninitialized);
    if (len > 0 && BN_bn2binpad(bn.get(), reinterpret_cast<unsigned char*>(out.data()), len) != len) {
        return fail(QStringLiteral("crypto.key"), QStringLiteral("cannot export key component"));
    }
    return out;
}

bool hasBnParam(const EVP_PKEY* key, const char* name)
{
    BIGNUM* raw = nullptr;
    const bool ok = EVP_PKEY_get_bn_param(key, name, &raw) == 1 && raw != nullptr;
    BN_clear_free(raw);
    ERR_clear_error();
    return ok;
}

// The labels of PEM blocks that hold a key or certificate we read.
const char* const KeyLabels[] = {
    "PUBLIC KEY",     "RSA PUBLIC KEY",        "PRIVATE KEY", "RSA PRIVATE KEY",
    "EC PRIVATE KEY", "ENCRYPTED PRIVATE KEY", "CERTIFICATE",
};

// Finds the first PEM block with a label we read (skipping e.g. "EC PARAMETERS" that openssl ecparam writes
// first); returns the block text and its label.
bool findKeyBlock(QByteArrayView pem, QByteArray& block, QByteArray& label)
{
    static constexpr QByteArrayView Begin = "-----BEGIN ";
    qsizetype from = 0;
    while (true) {
        const qsizetype begin = pem.indexOf(Begin, from);
        if (begin < 0) {
            return false;
        }
        const qsizetype labelStart = begin + Begin.size();
        const qsizetype labelEnd = pem.indexOf("-----", labelStart);
        if (labelEnd < 0) {
            return false;
        }
        const QByteArray thisLabel = pem.sliced(labelStart, labelEnd - labelStart).toByteArray();
        const QByteArray endMarker = "-----END " + thisLabel + "-----";
        const qsizetype end = pem.indexOf(endMarker, labelEnd);
        if (end < 0) {
            return false;
        }
        for (const char* known : KeyLabels) {
            if (thisLabel == known) {
                block = pem.sliced(begin, end + endMarker.size() - begin).toByteArray();
                block.append('\n');
                label = thisLabel;
                return true;
            }
        }
        from = end + endMarker.size();
    }
}

int noPassphrase(char*, int, int, void*)
{
    return -1; // never prompt on a terminal: the caller passes the passphrase explicitly
}

// The key of type `type` that OpenSSL makes from the parameters in `bld` (a key pair when `isPrivate`), or null.
EVP_PKEY* keyFromParams(OSSL_PARAM_BLD* bld, const char* type, bool isPrivate)
{
    std::unique_ptr<OSSL_PARAM, ParamFree> params(OSSL_PARAM_BLD_to_param(bld));
    PkeyCtxPtr ctx(EVP_PKEY_CTX_new_from_name(nullptr, type, nullptr));
    EVP_PKEY* key = nullptr;
    if (!params || !ctx || EVP_PKEY_fromdata_init(ctx.get()) != 1 ||
        EVP_PKEY_fromdata(ctx.get(), &key, isPrivate ? EVP_PKEY_KEYPAIR : EVP_PKEY_PUBLIC_KEY, params.get()) != 1) {
        return nullptr;
    }
    return key;
}

} // namespace

qsizetype PKey::curveFieldSize(EcCurve curve)
{
    return curveInfo(curve).fieldSize;
}

QString PKey::curveName(EcCurve curve)
{
    return QString::fromLatin1(opensslCurveName(curve));
}

std::optional<EcCurve> PKey::curveFromName(QStringView joseName)
{
    for (std::size_t i = 0; i < std::size(kCurves); ++i) {
        if (joseName == QLatin1StringView(kCurves[i].name)) {
            return static_cast<EcCurve>(i);
        }
    }
    return std::nullopt;
}

int PKey::bits() const
{
    return m_key ? EVP_PKEY_get_bits(m_key.get()) : 0;
}

Result<PKey> PKey::adopt(evp_pkey_st* rawKey)
{
    PkeyPtr key(rawKey);
    if (!key) {
        return keyFail(QStringLiteral("no key"));
    }
    PKey out;
    if (EVP_PKEY_is_a(key.get(), "RSA")) {
        out.m_algorithm = KeyAlgorithm::Rsa;
        out.m_private = hasBnParam(key.get(), OSSL_PKEY_PARAM_RSA_D);
        if (EVP_PKEY_get_bits(key.get()) > MaxRsaBits) {
            return keyFail(QStringLiteral("RSA keys over %1 bits are not supported").arg(MaxRsaBits));
        }
    } else if (EVP_PKEY_is_a(key.get(), "EC")) {
        out.m_algorithm = KeyAlgorithm::Ec;
        char group[64] = {};
        size_t len = 0;
        if (EVP_PKEY_get_utf8_string_param(key.get(), OSSL_PKEY_PARAM_GROUP_NAME, group, sizeof group, &len) != 1) {
            ERR_clear_error();
            return keyFail(QStringLiteral("EC keys with explicit curve parameters are not supported; use a named "
                                          "curve (P-256, P-384 or P-521)"));
        }
        const QByteArray name(group, static_cast<qsizetype>(len));
        if (name == "prime256v1" || name == "P-256" || name == "secp256r1") {
            out.m_curve = EcCurve::P256;
        } else if (name == "secp384r1" || name == "P-384") {
            out.m_curve = EcCurve::P384;
        } else if (name == "secp521r1" || name == "P-521") {
            out.m_curve = EcCurve::P521;
        } else {
            return keyFail(QStringLiteral("EC curve '%1' is not supported (P-256, P-384 or P-521)")
                               .arg(QString::fromLatin1(name)));
        }
        out.m_private = hasBnParam(key.get(), OSSL_PKEY_PARAM_PRIV_KEY);
    } else if (EVP_PKEY_is_a(key.get(), "ED25519") || EVP_PKEY_is_a(key.get(), "ED448")) {
        out.m_algorithm = EVP_PKEY_is_a(key.get(), "ED25519") ? KeyAlgorithm::Ed25519 : KeyAlgorithm::Ed448;
        size_t len = 0;
        out.m_private = EVP_PKEY_get_raw_private_key(key.get(), nullptr, &len) == 1 && len > 0;
        ERR_clear_error();
        // Every Edwards key (JWK, JWKS, PEM, certificate, key store, generated) passes here: refuse a public point
        // of small order or a non-canonical one before it can verify anything (docs/security.md, K-EDDSA).
        unsigned char pub[57];
        size_t pubLen = sizeof pub;
        if (EVP_PKEY_get_raw_public_key(key.get(), pub, &pubLen) != 1) {
            return sslFail(QStringLiteral("cannot read the EdDSA public key"));
        }
        const QString problem = EdwardsPoint::publicKeyProblem(
            out.m_algorithm, QByteArrayView(reinterpret_cast<const char*>(pub), static_cast<qsizetype>(pubLen)));
        if (!problem.isEmpty()) {
            return keyFail(problem);
        }
    } else if (EVP_PKEY_is_a(key.get(), "X25519") || EVP_PKEY_is_a(key.get(), "X448")) {
        // Montgomery keys for ECDH-ES only; a small-order peer point is caught where the secret is derived
        // (E-ZERO-SECRET), since every X25519/X448 public value is a valid encoding.
        out.m_algorithm = EVP_PKEY_is_a(key.get(), "X25519") ? KeyAlgorithm::X25519 : KeyAlgorithm::X448;
        size_t len = 0;
        out.m_private = EVP_PKEY_get_raw_private_key(key.get(), nullptr, &len) == 1 && len > 0;
        ERR_clear_error();
    } else {
        return keyFail(QStringLiteral("unsupported key type '%1' (RSA, EC P-256/384/521, Ed25519, Ed448, X25519 or "
                                      "X448)")
                           .arg(QString::fromLatin1(EVP_PKEY_get0_type_name(key.get()))));
    }
    out.m_key = std::shared_ptr<evp_pkey_st>(key.release(), PkeyFree{});
    return out;
}

bool PKey::isRsaGenerateSize(int bits)
{
    return bits == 2048 || bits == 3072 || bits == 4096;
}

Result<PKey> PKey::generateRsa(int bits)
{
    // K-RSA-GEN-SIZE: importing keys up to MaxRsaBits stays possible; generating one is bounded.
    if (!isRsaGenerateSize(bits)) {
        return keyFail(QStringLiteral("RSA keys are generated with 2048, 3072 or 4096 bits, not %1").arg(bits));
    }
    EVP_PKEY* key = EVP_PKEY_Q_keygen(nullptr, nullptr, "RSA", static_cast<size_t>(bits));
    if (key == nullptr) {
        return sslFail(QStringLiteral("RSA key generation failed"));
    }
    return adopt(key);
}

Result<PKey> PKey::generateEc(EcCurve curve)
{
    EVP_PKEY* key = EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", opensslCurveName(curve));
    if (key == nullptr) {
        return sslFail(QStringLiteral("EC key generation failed"));
    }
    return adopt(key);
}

Result<PKey> PKey::generateOkp(KeyAlgorithm algorithm)
{
    if (OkpCurve::keySize(algorithm) == 0) {
        return keyFail(QStringLiteral("OKP keys are Ed25519, Ed448, X25519 or X448"));
    }
    const QByteArray name = OkpCurve::name(algorithm).toUpper().toLatin1();
    EVP_PKEY* key = EVP_PKEY_Q_keygen(nullptr, nullptr, name.constData());
    if (key == nullptr) {
        return sslFail(QStringLiteral("%1 key generation failed").arg(OkpCurve::name(algorithm)));
    }
    return adopt(key);
}

Result<PKey> PKey::fromRsa(const RsaComponents& c)
{
    if (c.n.isEmpty() || c.e.isEmpty()) {
        return keyFail(QStringLiteral("an RSA key needs n and e"));
    }
    if (c.n.size() > MaxRsaBits / 8 || c.e.size() > 8) {
        return keyFail(QStringLiteral("RSA modulus or exponent too large"));
    }
    const bool isPrivate = !c.d.isEmpty();
    const bool hasCrt = !c.p.isEmpty() || !c.q.isEmpty() || !c.dp.isEmpty() || !c.dq.isEmpty() || !c.qi.isEmpty();
    if (hasCrt && (c.p.isEmpty() || c.q.isEmpty() || c.dp.isEmpty() || c.dq.isEmpty() || c.qi.isEmpty())) {
        return keyFail(QStringLiteral("an RSA private key must carry all of p, q, dp, dq and qi, or none"));
    }
    if (hasCrt && !isPrivate) {
        return keyFail(QStringLiteral("RSA CRT members without d"));
    }
    std::unique_ptr<OSSL_PARAM_BLD, ParamBldFree> bld(OSSL_PARAM_BLD_new());
    std::vector<BnPtr> keep;
    auto push = [&](const char* name, const QByteArray& bytes) {
        keep.push_back(toBn(bytes));
        return keep.back() && OSSL_PARAM_BLD_push_BN(bld.get(), name, keep.back().get()) == 1;
    };
    bool ok = bld && push(OSSL_PKEY_PARAM_RSA_N, c.n) && push(OSSL_PKEY_PARAM_RSA_E, c.e);
    if (ok && isPrivate) {
        ok = push(OSSL_PKEY_PARAM_RSA_D, c.d);
        if (ok && hasCrt) {
            ok = push(OSSL_PKEY_PARAM_RSA_FACTOR1, c.p) && push(OSSL_PKEY_PARAM_RSA_FACTOR2, c.q) &&
                 push(OSSL_PKEY_PARAM_RSA_EXPONENT1, c.dp) && push(OSSL_PKEY_PARAM_RSA_EXPONENT2, c.dq) &&
                 push(OSSL_PKEY_PARAM_RSA_COEFFICIENT1, c.qi);
        }
    }
    if (!ok) {
        return sslFail(QStringLiteral("cannot build RSA key parameters"));
    }
    EVP_PKEY* key = keyFromParams(bld.get(), "RSA", isPrivate);
    if (key == nullptr) {
        return sslFail(QStringLiteral("invalid RSA key"));
    }
    PkeyPtr guard(key);
    // Odd modulus and exponent > 1: cheap sanity checks that catch garbage before it reaches a verifier.
    BnPtr n = toBn(c.n);
    BnPtr e = toBn(c.e);
    if (!BN_is_odd(n.get()) || !BN_is_odd(e.get()) || BN_is_one(e.get())) {
        return keyFail(QStringLiteral("invalid RSA key: modulus and exponent must be odd and e > 1"));
    }
    return adopt(guard.release());
}

namespace {

// A private EC key from its point and scalar (what the key store and key files hold; not on a per-token path).
Result<EVP_PKEY*> ecKeyPairFromData(EcCurve curve, const QByteArray& point, const QByteArray& scalar)
{
    std::unique_ptr<OSSL_PARAM_BLD, ParamBldFree> bld(OSSL_PARAM_BLD_new());
    BnPtr d = toBn(scalar);
    const bool ok =
        bld && d &&
        OSSL_PARAM_BLD_push_utf8_string(bld.get(), OSSL_PKEY_PARAM_GROUP_NAME, opensslCurveName(curve), 0) == 1 &&
        OSSL_PARAM_BLD_push_octet_string(bld.get(), OSSL_PKEY_PARAM_PUB_KEY, point.constData(),
                                         static_cast<size_t>(point.size())) == 1 &&
        OSSL_PARAM_BLD_push_BN(bld.get(), OSSL_PKEY_PARAM_PRIV_KEY, d.get()) == 1;
    if (!ok) {
        return sslFail(QStringLiteral("cannot build EC key parameters"));
    }
    return keyFromParams(bld.get(), "EC", true);
}

} // namespace

Result<PKey> PKey::fromEc(const EcComponents& c)
{
    const qsizetype size = curveFieldSize(c.curve);
    if (c.x.size() != size || c.y.size() != size || (!c.d.isEmpty() && c.d.size() != size)) {
        return keyFail(QStringLiteral("EC %1 coordinates and private key must be exactly %2 bytes")
                           .arg(curveName(c.curve))
                           .arg(size));
    }
    const bool isPrivate = !c.d.isEmpty();
    QByteArray point;
    point.reserve(1 + 2 * size);
    point.append('\x04').append(c.x).append(c.y);
    EVP_PKEY* key = nullptr;
    if (isPrivate) {
        auto made = ecKeyPairFromData(c.curve, point, c.d);
        if (!made) {
            return std::unexpected(made.error());
        }
        key = *made;
    } else {
        key = detail::ecPublicKeyFromPoint(opensslCurveName(c.curve), point);
    }
    if (key == nullptr) {
        return sslFail(QStringLiteral("invalid EC key (is the point on the curve?)"));
    }
    PkeyPtr guard(key);
    PkeyCtxPtr check(EVP_PKEY_CTX_new_from_pkey(nullptr, key, nullptr));
    // The public point must be on the curve and not infinity; a private scalar must match the point. The quick
    // public check skips only the n*Q = infinity test, which P-256/384/521 (prime order, cofactor 1) make redundant
    // for a point on the curve; it halves the cost of importing an ECDH-ES epk (E-INVALID-CURVE).
    if (!check || (isPrivate ? EVP_PKEY_check(check.get()) : EVP_PKEY_public_check_quick(check.get())) != 1) {
        return sslFail(isPrivate ? QStringLiteral("invalid EC key: d does not match x, y")
                                 : QStringLiteral("invalid EC public key: the point is not on the curve"));
    }
    return adopt(guard.release());
}

Result<PKey> PKey::fromOkp(KeyAlgorithm algorithm, const OkpComponents& c)
{
    const qsizetype size = OkpCurve::keySize(algorithm);
    if (size == 0) {
        return keyFail(QStringLiteral("OKP keys are Ed25519, Ed448, X25519 or X448"));
    }
    const QByteArray upperName = OkpCurve::name(algorithm).toUpper().toLatin1();
    const char* name = upperName.constData();
    if (c.x.size() != size || (!c.d.isEmpty() && c.d.size() != size)) {
        return keyFail(QStringLiteral("%1 keys are exactly %2 bytes").arg(QString::fromLatin1(name)).arg(size));
    }
    EVP_PKEY* key = nullptr;
    if (c.d.isEmpty()) {
        key = EVP_PKEY_new_raw_public_key_ex(
            nullptr, name, nullptr, reinterpret_cast<const unsigned char*>(c.x.constData()), static_cast<size_t>(size));
    } else {
        key = EVP_PKEY_new_raw_private_key_ex(
            nullptr, name, nullptr, reinterpret_cast<const unsigned char*>(c.d.constData()), static_cast<size_t>(size));
    }
    if (key == nullptr) {
        return sslFail(QStringLiteral("invalid %1 key").arg(QString::fromLatin1(name)));
    }
    PkeyPtr guard(key);
    if (!c.d.isEmpty()) {
        unsigned char pub[64];
        size_t len = sizeof pub;
        if (EVP_PKEY_get_raw_public_key(key, pub, &len) != 1 || len != static_cast<size_t>(size) ||
            std::memcmp(pub, c.x.constData(), len) != 0) {
            ERR_clear_error();
            return keyFail(QStringLiteral("invalid %1 key: d does not match x").arg(QString::fromLatin1(name)));
        }
    }
    return adopt(guard.release());
}

Result<PKey> PKey::fromPem(QByteArrayView pem, QByteArrayView passphrase)
{
    QByteArray block;
    QByteArray label;
    if (!findKeyBlock(pem, block, label)) {
        return keyFail(QStringLiteral("no PEM key or certificate found (expected -----BEGIN PUBLIC KEY-----, "
                                      "PRIVATE KEY, RSA/EC PRIVATE KEY, ENCRYPTED PRIVATE KEY or CERTIFICATE)"));
    }
    if (label == "CERTIFICATE") {
        BIO* bio = BIO_new_mem_buf(block.constData(), static_cast<int>(block.size()));
        X509* cert = bio != nullptr ? PEM_read_bio_X509(bio, nullptr, noPassphrase, nullptr) : nullptr;
        BIO_free(bio);
        if (cert == nullptr) {
            return sslFail(QStringLiteral("invalid X.509 certificate"));
        }
        EVP_PKEY* key = X509_get_pubkey(cert); // a new reference
        X509_free(cert);
        if (key == nullptr) {
            return sslFail(QStringLiteral("cannot read the certificate's public key"));
        }
        return adopt(key);
    }
    const bool encrypted = label == "ENCRYPTED PRIVATE KEY" || block.contains("Proc-Type: 4,ENCRYPTED");
    if (encrypted && passphrase.isEmpty()) {
        return keyFail(QStringLiteral("the private key is encrypted: a passphrase is needed"));
    }
    EVP_PKEY* key = nullptr;
    OSSL_DECODER_CTX* dctx = OSSL_DECODER_CTX_new_for_pkey(&key, "PEM", nullptr, nullptr, 0, nullptr, nullptr);
    if (dctx == nullptr) {
        return sslFail(QStringLiteral("cannot create a PEM decoder"));
    }
    if (!passphrase.isEmpty()) {
        OSSL_DECODER_CTX_set_passphrase(dctx, reinterpret_cast<const unsigned char*>(passphrase.data()),
                                        static_cast<size_t>(passphrase.size()));
    } else {
        OSSL_DECODER_CTX_set_pem_password_cb(dctx, noPassphrase, nullptr);
    }
    const auto* data = reinterpret_cast<const unsigned char*>(block.constData());
    size_t len = static_cast<size_t>(block.size());
    const int ok = OSSL_DECODER_from_data(dctx, &data, &len);
    OSSL_DECODER_CTX_free(dctx);
    if (ok != 1 || key == nullptr) {
        EVP_PKEY_free(key);
        return sslFail(encrypted ? QStringLiteral("cannot decrypt the private key (wrong passphrase?)")
                                 : QStringLiteral("invalid PEM key"));
    }
    return adopt(key);
}

Result<PKey> PKey::publicKey() const
{
    if (!m_key) {
        return keyFail(QStringLiteral("no key"));
    }
    if (!m_private) {
        return *this;
    }
    switch (m_algorithm) {
    case KeyAlgorithm::Rsa: {
        auto c = rsaComponents();
        if (!c) {
            return std::unexpected(c.error());
        }
        RsaComponents pub;
        pub.n = c->n;
        pub.e = c->e;
        return fromRsa(pub);
    }
    case KeyAlgorithm::Ec: {
        auto c = ecComponents();
        if (!c) {
            return std::unexpected(c.error());
        }
        c->d.clear();
        return fromEc(*c);
    }
    case KeyAlgorithm::Ed25519:
    case KeyAlgorithm::Ed448:
    case KeyAlgorithm::X25519:
    case KeyAlgorithm::X448: {
        auto c = okpComponents();
        if (!c) {
            return std::unexpected(c.error());
        }
        c->d.clear();
        return fromOkp(m_algorithm, *c);
    }
    }
    return keyFail(QStringLiteral("unsupported key"));
}

Result<RsaComponents> PKey::rsaComponents() const
{
    if (!m_key || m_algorithm != KeyAlgorithm::Rsa) {
        return keyFail(QStringLiteral("not an RSA key"));
    }
    RsaComponents c;
    auto n = bnParam(m_key.get(), OSSL_PKEY_PARAM_RSA_N);
    auto e = bnParam(m_key.get(), OSSL_PKEY_PARAM_RSA_E);
    if (!n || !e) {
        return std::unexpected(!n ? n.error() : e.error());
    }
    c.n = *n;
    c.e = *e;
    if (m_private) {
        auto d = bnParam(m_key.get(), OSSL_PKEY_PARAM_RSA_D);
        if (!d) {
            return std::unexpected(d.error());
        }
        c.d = *d;
        auto p = bnParam(m_key.get(), OSSL_PKEY_PARAM_RSA_FACTOR1);
        auto q = bnParam(m_key.get(), OSSL_PKEY_PARAM_RSA_FACTOR2);
        auto dp = bnParam(m_key.get(), OSSL_PKEY_PARAM_RSA_EXPONENT1);
        auto dq = bnParam(m_key.get(), OSSL_PKEY_PARAM_RSA_EXPONENT2);
        auto qi = bnParam(m_key.get(), OSSL_PKEY_PARAM_RSA_COEFFICIENT1);
        if (p && q && dp && dq && qi) { // a key imported without CRT members has none of them
            c.p = *p;
            c.q = *q;
            c.dp = *dp;
            c.dq = *dq;
            c.qi = *qi;
        }
    }
    return c;
}

Result<EcComponents> PKey::ecComponents() const
{
    if (!m_key || m_algorithm != KeyAlgorithm::Ec || !m_curve) {
        return keyFail(QStringLiteral("not an EC key"));
    }
    const int size = static_cast<int>(curveFieldSize(*m_curve));
    EcComponents c;
    c.curve = *m_curve;
    auto x = bnParam(m_key.get(), OSSL_PKEY_PARAM_EC_PUB_X, size);
    auto y = bnParam(m_key.get(), OSSL_PKEY_PARAM_EC_PUB_Y, size);
    if (!x || !y) {
        return std::unexpected(!x ? x.error() : y.error());
    }
    c.x = *x;
    c.y = *y;
    if (m_private) {
        auto d = bnParam(m_key.get(), OSSL_PKEY_PARAM_PRIV_KEY, size);
        if (!d) {
            return std::unexpected(d.error());
        }
        c.d = *d;
    }
    return c;
}

Result<OkpComponents> PKey::okpComponents() const
{
    if (!m_key || !isOkp()) {
        return keyFail(QStringLiteral("not an OKP key"));
    }
    OkpComponents c;
    unsigned char buf[64];
    size_t len = sizeof buf;
    if (EVP_PKEY_get_raw_public_key(m_key.get(), buf, &len) != 1) {
        return sslFail(QStringLiteral("cannot export the public key"));
    }
    c.x = QByteArray(reinterpret_cast<const char*>(buf), static_cast<qsizetype>(len));
    if (m_private) {
        len = sizeof buf;
        if (EVP_PKEY_get_raw_private_key(m_key.get(), buf, &len) != 1) {
            return sslFail(QStringLiteral("cannot export the private key"));
        }
        c.d = QByteArray(reinterpret_cast<const char*>(buf), static_cast<qsizetype>(len));
        OPENSSL_cleanse(buf, sizeof buf);
    }
    return c;
}

namespace {

// What a PEM format holds: the part of the key, the structure OpenSSL's encoder writes it in, and the one algorithm
// the format is for (with the refusal for the others) if it is not for any.
struct PemLayout
{
    int selection;
    const char* structure;
    std::optional<KeyAlgorithm> onlyFor;
    const char* otherAlgorithm;
};

PemLayout pemLayout(PemFormat format)
{
    switch (format) {
    case PemFormat::PublicSpki:
        break;
    case PemFormat::PublicPkcs1:
        return {EVP_PKEY_PUBLIC_KEY, "type-specific", KeyAlgorithm::Rsa, "PKCS#1 is for RSA keys only"};
    case PemFormat::PrivatePkcs8:
        return {EVP_PKEY_KEYPAIR, "PrivateKeyInfo", std::nullopt, nullptr};
    case PemFormat::EncryptedPkcs8:
        return {EVP_PKEY_KEYPAIR, "EncryptedPrivateKeyInfo", std::nullopt, nullptr};
    case PemFormat::PrivatePkcs1:
        return {EVP_PKEY_KEYPAIR, "type-specific", KeyAlgorithm::Rsa, "PKCS#1 is for RSA keys only"};
    case PemFormat::PrivateSec1:
        return {EVP_PKEY_KEYPAIR, "type-specific", KeyAlgorithm::Ec, "SEC1 is for EC keys only"};
    }
    return {EVP_PKEY_PUBLIC_KEY, "SubjectPublicKeyInfo", std::nullopt, nullptr};
}

} // namespace

Result<QByteArray> PKey::toPem(PemFormat format, QByteArrayView passphrase) const
{
    if (!m_key) {
        return keyFail(QStringLiteral("no key"));
    }
    const PemLayout layout = pemLayout(format);
    if (layout.onlyFor && m_algorithm != *layout.onlyFor) {
        return keyFail(QString::fromLatin1(layout.otherAlgorithm));
    }
    const int selection = layout.selection;
    const char* structure = layout.structure;
    if (selection == EVP_PKEY_KEYPAIR && !m_private) {
        return keyFail(QStringLiteral("this is a public key: there is no private key to export"));
    }
    if (format == PemFormat::EncryptedPkcs8 && passphrase.isEmpty()) {
        return keyFail(QStringLiteral("an encrypted private key needs a passphrase"));
    }
    OSSL_ENCODER_CTX* ectx = OSSL_ENCODER_CTX_new_for_pkey(m_key.get(), selection, "PEM", structure, nullptr);
    if (ectx == nullptr || OSSL_ENCODER_CTX_get_num_encoders(ectx) == 0) {
        OSSL_ENCODER_CTX_free(ectx);
        return sslFail(QStringLiteral("this key cannot be written in that PEM format"));
    }
    if (format == PemFormat::EncryptedPkcs8) {
        OSSL_ENCODER_CTX_set_cipher(ectx, "AES-256-CBC", nullptr);
        OSSL_ENCODER_CTX_set_passphrase(ectx, reinterpret_cast<const unsigned char*>(passphrase.data()),
                                        static_cast<size_t>(passphrase.size()));
    }
    unsigned char* data = nullptr;
    size_t len = 0;
    const int ok = OSSL_ENCODER_to_data(ectx, &data, &len);
    OSSL_ENCODER_CTX_free(ectx);
    if (ok != 1 || data == nullptr) {
        return sslFail(QStringLiteral("PEM encoding failed"));
    }
    QByteArray out(reinterpret_cast<const char*>(data), static_cast<qsizetype>(len));
    OPENSSL_clear_free(data, len);
    return out;
}

} // namespace authscope::crypto
