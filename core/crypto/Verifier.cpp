#include "core/crypto/Verifier.h"

#include "core/crypto/EdwardsPoint.h"
#include "core/crypto/SignatureSupport.h"

#include <openssl/ecdsa.h>

#include <array>
#include <cstring>

namespace authscope::crypto {

struct Verifier::Impl
{
    PKey key;
    SignatureScheme scheme = SignatureScheme::RsaPkcs1v15;
    DigestAlgorithm digest = DigestAlgorithm::Sha256;
    EVP_MD_CTX* prepared = nullptr; // initialised once; copied per verify (null for EdDSA, which cannot be copied)
    ~Impl() { EVP_MD_CTX_free(prepared); }
};

namespace {

// Group orders n, big-endian, at the field size (r and s must be in [1, n-1]).
QByteArrayView curveOrder(EcCurve curve)
{
    static const QByteArray p256 =
        QByteArray::fromHex("ffffffff00000000ffffffffffffffffbce6faada7179e84f3b9cac2fc632551");
    static const QByteArray p384 =
        QByteArray::fromHex("ffffffffffffffffffffffffffffffffffffffffffffffffc7634d81f4372ddf"
                            "581a0db248b0a77aecec196accc52973");
    static const QByteArray p521 = QByteArray::fromHex(
        "01fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffa51868783bf2f966b7fcc0148f709a5d0"
        "3bb5c9b8899c47aebb6fb71e91386409");
    switch (curve) {
    case EcCurve::P384:
        return p384;
    case EcCurve::P521:
        return p521;
    case EcCurve::P256:
        break;
    }
    return p256;
}

// 0 < v < n, both big-endian of the same length.
bool inRange(const unsigned char* v, QByteArrayView n)
{
    bool nonZero = false;
    for (qsizetype i = 0; i < n.size(); ++i) {
        nonZero = nonZero || v[i] != 0;
    }
    return nonZero && std::memcmp(v, n.data(), static_cast<size_t>(n.size())) < 0;
}

// DER INTEGER of an unsigned big-endian value: minimal, with a 0x00 when the top bit is set.
qsizetype appendDerInteger(unsigned char* out, const unsigned char* v, qsizetype len)
{
    qsizetype skip = 0;
    while (skip < len - 1 && v[skip] == 0) {
        ++skip;
    }
    const bool pad = (v[skip] & 0x80) != 0;
    const qsizetype contentLen = len - skip + (pad ? 1 : 0);
    qsizetype pos = 0;
    out[pos++] = 0x02;
    out[pos++] = static_cast<unsigned char>(contentLen);
    if (pad) {
        out[pos++] = 0;
    }
    std::memcpy(out + pos, v + skip, static_cast<size_t>(len - skip));
    return pos + len - skip;
}

// Writes the DER form of r||s into `out` (at least 2 * (fieldSize + 3) + 3 bytes); returns its length or -1.
qsizetype p1363ToDerBuffer(EcCurve curve, QByteArrayView rs, unsigned char* out)
{
    const qsizetype size = PKey::curveFieldSize(curve);
    if (rs.size() != 2 * size) {
        return -1;
    }
    const QByteArrayView n = curveOrder(curve);
    const auto* r = reinterpret_cast<const unsigned char*>(rs.data());
    const auto* s = r + size;
    if (!inRange(r, n) || !inRange(s, n)) {
        return -1;
    }
    unsigned char body[2 * (66 + 3)];
    qsizetype bodyLen = appendDerInteger(body, r, size);
    bodyLen += appendDerInteger(body + bodyLen, s, size);
    qsizetype pos = 0;
    out[pos++] = 0x30;
    if (bodyLen >= 0x80) {
        out[pos++] = 0x81;
    }
    out[pos++] = static_cast<unsigned char>(bodyLen);
    std::memcpy(out + pos, body, static_cast<size_t>(bodyLen));
    return pos + bodyLen;
}

} // namespace

Verifier::Verifier(std::shared_ptr<const Impl> impl) : m_impl(std::move(impl)) {}

Result<Verifier> Verifier::create(const PKey& key, SignatureScheme scheme, DigestAlgorithm digest)
{
    if (key.isNull()) {
        return fail(QStringLiteral("crypto.verify"), QStringLiteral("no key"));
    }
    if (!detail::schemeFitsKey(key, scheme)) {
        return fail(QStringLiteral("crypto.verify"),
                    QStringLiteral("this key type cannot check that kind of signature"));
    }
    auto impl = std::make_shared<Impl>();
    impl->key = key;
    impl->scheme = scheme;
    impl->digest = digest;
    if (scheme != SignatureScheme::EdDsa) {
        impl->prepared = EVP_MD_CTX_new();
        if (impl->prepared == nullptr || !detail::initDigestContext(impl->prepared, key, scheme, digest, false)) {
            return fail(QStringLiteral("crypto.verify"),
                        QStringLiteral("cannot prepare verification: ") + detail::opensslError());
        }
    }
    return Verifier(std::move(impl));
}

bool Verifier::verify(QByteArrayView data, QByteArrayView signature) const
{
    const Impl& d = *m_impl;
    unsigned char der[2 * (66 + 3) + 3];
    const auto* sig = reinterpret_cast<const unsigned char*>(signature.data());
    size_t sigLen = static_cast<size_t>(signature.size());
    if (d.scheme == SignatureScheme::EcdsaP1363) {
        const qsizetype derLen = p1363ToDerBuffer(*d.key.curve(), signature, der);
        if (derLen < 0) {
            return false; // wrong length, or r/s = 0 or >= n: refused before OpenSSL (CVE-2022-21449)
        }
        sig = der;
        sigLen = static_cast<size_t>(derLen);
    } else if (d.scheme == SignatureScheme::EdDsa && !EdwardsPoint::signatureAcceptable(d.key.algorithm(), signature)) {
        return false; // R of small order or not canonical, or S not reduced: refused before OpenSSL
    }
    detail::MdCtxPtr ctx(EVP_MD_CTX_new());
    if (!ctx) {
        return false;
    }
    const bool ready = d.prepared != nullptr ? EVP_MD_CTX_copy_ex(ctx.get(), d.prepared) == 1
                                             : detail::initDigestContext(ctx.get(), d.key, d.scheme, d.digest, false);
    const bool ok =
        ready && EVP_DigestVerify(ctx.get(), sig, sigLen, reinterpret_cast<const unsigned char*>(data.data()),
                                  static_cast<size_t>(data.size())) == 1;
    if (!ok) {
        ERR_clear_error();
    }
    return ok;
}

bool Verifier::verify(const PKey& key, SignatureScheme scheme, DigestAlgorithm digest, QByteArrayView data,
                      QByteArrayView signature)
{
    auto verifier = create(key, scheme, digest);
    return verifier && verifier->verify(data, signature);
}

Result<QByteArray> Verifier::p1363ToDer(EcCurve curve, QByteArrayView rs)
{
    unsigned char der[2 * (66 + 3) + 3];
    const qsizetype len = p1363ToDerBuffer(curve, rs, der);
    if (len < 0) {
        return fail(QStringLiteral("crypto.signature"),
                    QStringLiteral("ECDSA signature must be r||s of %1 bytes with 0 < r, s < n")
                        .arg(2 * PKey::curveFieldSize(curve)));
    }
    return QByteArray(reinterpret_cast<const char*>(der), len);
}

Result<QByteArray> Verifier::derToP1363(EcCurve curve, QByteArrayView der)
{
    const auto* p = reinterpret_cast<const unsigned char*>(der.data());
    ECDSA_SIG* sig = d2i_ECDSA_SIG(nullptr, &p, static_cast<long>(der.size()));
    if (sig == nullptr) {
        ERR_clear_error();
        return fail(QStringLiteral("crypto.signature"), QStringLiteral("invalid DER ECDSA signature"));
    }
    const int size = static_cast<int>(PKey::curveFieldSize(curve));
    QByteArray out(2 * size, Qt::Uninitialized);
    auto* o = reinterpret_cast<unsigned char*>(out.data());
    const bool ok = BN_bn2binpad(ECDSA_SIG_get0_r(sig), o, size) == size &&
                    BN_bn2binpad(ECDSA_SIG_get0_s(sig), o + size, size) == size;
    ECDSA_SIG_free(sig);
    if (!ok) {
        return fail(QStringLiteral("crypto.signature"), QStringLiteral("ECDSA signature too large for the curve"));
    }
    return out;
}

} // namespace authscope::crypto
