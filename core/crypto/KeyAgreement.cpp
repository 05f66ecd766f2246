#include "core/crypto/KeyAgreement.h"

#include "core/crypto/OpenSslUtil.h"

#include <openssl/core_names.h>
#include <openssl/crypto.h>
#include <openssl/kdf.h>
#include <openssl/params.h>

namespace authscope::crypto {

using detail::PkeyCtxPtr;

namespace {

struct KdfCtxFree
{
    void operator()(EVP_KDF_CTX* ctx) const { EVP_KDF_CTX_free(ctx); }
};

bool allZero(const QByteArray& bytes)
{
    unsigned char acc = 0;
    for (char c : bytes) {
        acc |= static_cast<unsigned char>(c);
    }
    return acc == 0;
}

} // namespace

Result<QByteArray> KeyAgreement::derive(const PKey& ours, const PKey& peer)
{
    if (ours.isNull() || peer.isNull() || !ours.hasPrivate()) {
        return fail(QStringLiteral("crypto.ecdh"), QStringLiteral("key agreement needs our private key and the peer's "
                                                                  "public key"));
    }
    const bool sameKind = ours.algorithm() == peer.algorithm() &&
                          (ours.algorithm() == KeyAlgorithm::X25519 || ours.algorithm() == KeyAlgorithm::X448 ||
                           (ours.algorithm() == KeyAlgorithm::Ec && ours.curve() == peer.curve()));
    if (!sameKind) {
        return fail(QStringLiteral("crypto.ecdh-curve"),
                    QStringLiteral("the peer's key is not on our key's curve (or not a key-agreement key)"));
    }
    // E-INVALID-CURVE: an EC peer must be a point on our curve and not infinity. On the prime-order NIST curves
    // (cofactor 1) that is all the full check adds; the quick check skips only its n*Q multiplication, so the
    // peer is checked here once rather than again inside EVP_PKEY_derive_set_peer. X25519/X448 accept every
    // encoding; the all-zero result below is their check (E-ZERO-SECRET).
    if (ours.algorithm() == KeyAlgorithm::Ec) {
        PkeyCtxPtr check(EVP_PKEY_CTX_new_from_pkey(nullptr, peer.native(), nullptr));
        if (!check || EVP_PKEY_public_check_quick(check.get()) != 1) {
            ERR_clear_error();
            return fail(QStringLiteral("crypto.ecdh-curve"),
                        QStringLiteral("the peer's key is not a point on the curve"));
        }
    }
    PkeyCtxPtr ctx(EVP_PKEY_CTX_new_from_pkey(nullptr, ours.native(), nullptr));
    size_t len = 0;
    const bool ok = ctx && EVP_PKEY_derive_init(ctx.get()) == 1 &&
                    EVP_PKEY_derive_set_peer_ex(ctx.get(), peer.native(), 0) == 1 &&
                    EVP_PKEY_derive(ctx.get(), nullptr, &len) == 1;
    QByteArray z(static_cast<qsizetype>(len), Qt::Uninitialized);
    if (!ok || EVP_PKEY_derive(ctx.get(), reinterpret_cast<unsigned char*>(z.data()), &len) != 1) {
        const QString why = detail::opensslError();
        if (ours.isMontgomery()) {
            // OpenSSL itself refuses an all-zero X25519/X448 result (a peer point of small order).
            return fail(QStringLiteral("crypto.zero-secret"),
                        QStringLiteral("the shared secret is all zeros: the peer's key is a point of small order"));
        }
        return fail(QStringLiteral("crypto.ecdh"), QStringLiteral("key agreement failed: ") + why);
    }
    z.truncate(static_cast<qsizetype>(len));
    // E-ZERO-SECRET, checked here as well so it holds whatever the OpenSSL version does.
    if (allZero(z)) {
        z.fill('\0');
        return fail(QStringLiteral("crypto.zero-secret"),
                    QStringLiteral("the shared secret is all zeros: the peer's key is a point of small order"));
    }
    return z;
}

Result<QByteArray> KeyAgreement::concatKdf(QByteArrayView z, QByteArrayView otherInfo, qsizetype length)
{
    if (length <= 0 || length > 64 || z.isEmpty()) {
        return fail(QStringLiteral("crypto.kdf"), QStringLiteral("Concat KDF output length out of range"));
    }
    EVP_KDF* kdf = EVP_KDF_fetch(nullptr, "SSKDF", nullptr);
    std::unique_ptr<EVP_KDF_CTX, KdfCtxFree> ctx(kdf != nullptr ? EVP_KDF_CTX_new(kdf) : nullptr);
    EVP_KDF_free(kdf);
    if (!ctx) {
        return fail(QStringLiteral("crypto.kdf"), QStringLiteral("SSKDF is not available: ") + detail::opensslError());
    }
    static char digest[] = "SHA256";
    static char empty[1] = {0};
    OSSL_PARAM params[] = {
        OSSL_PARAM_construct_utf8_string(OSSL_KDF_PARAM_DIGEST, digest, 0),
        OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_KEY, const_cast<char*>(z.data()),
                                          static_cast<size_t>(z.size())),
        OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_INFO,
                                          otherInfo.isEmpty() ? empty : const_cast<char*>(otherInfo.data()),
                                          static_cast<size_t>(otherInfo.size())),
        OSSL_PARAM_construct_end(),
    };
    QByteArray out(length, Qt::Uninitialized);
    if (EVP_KDF_derive(ctx.get(), reinterpret_cast<unsigned char*>(out.data()), static_cast<size_t>(length), params) !=
        1) {
        out.fill('\0');
        return fail(QStringLiteral("crypto.kdf"), QStringLiteral("Concat KDF failed: ") + detail::opensslError());
    }
    return out;
}

} // namespace authscope::crypto
