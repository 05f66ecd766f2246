#include "core/crypto/KeyDerivation.h"

#include "core/crypto/OpenSslUtil.h"

#include <openssl/core_names.h>
#include <openssl/kdf.h>
#include <openssl/params.h>

#include <cstdint>

namespace authscope::crypto {

namespace {

struct KdfCtxFree
{
    void operator()(EVP_KDF_CTX* ctx) const { EVP_KDF_CTX_free(ctx); }
};

} // namespace

bool KeyDerivation::isValid(const ScryptParameters& parameters)
{
    return parameters.logN >= MinLogN && parameters.logN <= MaxLogN && parameters.r >= 1 && parameters.r <= MaxR &&
           parameters.p >= 1 && parameters.p <= MaxP;
}

Result<QByteArray> KeyDerivation::scrypt(QByteArrayView passphrase, QByteArrayView salt,
                                         const ScryptParameters& parameters, qsizetype length)
{
    if (!isValid(parameters)) {
        return fail(QStringLiteral("crypto.scrypt"),
                    QStringLiteral("scrypt parameters out of range (log2 N %1..%2, r 1..%3, p 1..%4)")
                        .arg(MinLogN)
                        .arg(MaxLogN)
                        .arg(MaxR)
                        .arg(MaxP));
    }
    if (salt.size() < MinSaltBytes || salt.size() > MaxSaltBytes || length < 16 || length > 64) {
        return fail(QStringLiteral("crypto.scrypt"), QStringLiteral("scrypt salt or output length out of range"));
    }
    const uint64_t n = uint64_t{1} << parameters.logN;
    // 128 * r * N bytes for V plus 128 * r * p for B, with room to spare; bounded by the limits above.
    const uint64_t maxMem =
        (uint64_t{128} * static_cast<uint64_t>(parameters.r) * (n + static_cast<uint64_t>(parameters.p))) +
        (uint64_t{1} << 20);
    return scryptUnbounded(passphrase, salt, parameters, length, maxMem);
}

Result<QByteArray> KeyDerivation::scryptUnbounded(QByteArrayView passphrase, QByteArrayView salt,
                                                  const ScryptParameters& parameters, qsizetype length,
                                                  uint64_t maxMemory)
{
    EVP_KDF* kdf = EVP_KDF_fetch(nullptr, "SCRYPT", nullptr);
    std::unique_ptr<EVP_KDF_CTX, KdfCtxFree> ctx(kdf != nullptr ? EVP_KDF_CTX_new(kdf) : nullptr);
    EVP_KDF_free(kdf);
    if (!ctx) {
        return fail(QStringLiteral("crypto.scrypt"),
                    QStringLiteral("scrypt is not available: ") + detail::opensslError());
    }
    uint64_t n = uint64_t{1} << parameters.logN;
    auto r = static_cast<uint32_t>(parameters.r);
    auto p = static_cast<uint32_t>(parameters.p);
    uint64_t maxMem = maxMemory;
    static char empty[1] = {0};
    OSSL_PARAM params[] = {
        OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_PASSWORD,
                                          passphrase.isEmpty() ? empty : const_cast<char*>(passphrase.data()),
                                          static_cast<size_t>(passphrase.size())),
        OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_SALT, const_cast<char*>(salt.data()),
                                          static_cast<size_t>(salt.size())),
        OSSL_PARAM_construct_uint64(OSSL_KDF_PARAM_SCRYPT_N, &n),
        OSSL_PARAM_construct_uint32(OSSL_KDF_PARAM_SCRYPT_R, &r),
        OSSL_PARAM_construct_uint32(OSSL_KDF_PARAM_SCRYPT_P, &p),
        OSSL_PARAM_construct_uint64(OSSL_KDF_PARAM_SCRYPT_MAXMEM, &maxMem),
        OSSL_PARAM_construct_end(),
    };
    QByteArray out(length, Qt::Uninitialized);
    if (EVP_KDF_derive(ctx.get(), reinterpret_cast<unsigned char*>(out.data()), static_cast<size_t>(out.size()),
                       params) != 1) {
        out.fill('\0');
        return fail(QStringLiteral("crypto.scrypt"), QStringLiteral("scrypt failed: ") + detail::opensslError());
    }
    return out;
}
