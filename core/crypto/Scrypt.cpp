#include "core/crypto/Scrypt.h"

#include "core/crypto/OpenSslUtil.h"

#include <openssl/core_names.h>
#include <openssl/kdf.h>
#include <openssl/params.h>

#include <memory>

namespace authscope::crypto {

namespace {

struct KdfCtxFree
{
    void operator()(EVP_KDF_CTX* ctx) const { EVP_KDF_CTX_free(ctx); }
};

} // namespace

Result<QByteArray> Scrypt::derive(QByteArrayView passphrase, QByteArrayView salt, int logN, int r, int p,
                                  qsizetype length, uint64_t maxMemory)
{
    EVP_KDF* kdf = EVP_KDF_fetch(nullptr, "SCRYPT", nullptr);
    std::unique_ptr<EVP_KDF_CTX, KdfCtxFree> ctx(kdf != nullptr ? EVP_KDF_CTX_new(kdf) : nullptr);
    EVP_KDF_free(kdf);
    if (!ctx) {
        return fail(QStringLiteral("crypto.scrypt"),
                    QStringLiteral("scrypt is not available: ") + detail::opensslError());
    }
    uint64_t n = uint64_t{1} << logN;
    auto r32 = static_cast<uint32_t>(r);
    auto p32 = static_cast<uint32_t>(p);
    uint64_t maxMem = maxMemory;
    static char empty[1] = {0};
    OSSL_PARAM params[] = {
        OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_PASSWORD,
                                          passphrase.isEmpty() ? empty : const_cast<char*>(passphrase.data()),
                                          static_cast<size_t>(passphrase.size())),
        OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_SALT, const_cast<char*>(salt.data()),
                                          static_cast<size_t>(salt.size())),
        OSSL_PARAM_construct_uint64(OSSL_KDF_PARAM_SCRYPT_N, &n),
        OSSL_PARAM_construct_uint32(OSSL_KDF_PARAM_SCRYPT_R, &r32),
        OSSL_PARAM_construct_uint32(OSSL_KDF_PARAM_SCRYPT_P, &p32),
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

} // namespace authscope::crypto
