#include "core/crypto/RsaEncryption.h"

#include "core/crypto/OpenSslUtil.h"

#include <openssl/rsa.h>

namespace authscope::crypto {

using detail::PkeyCtxPtr;

namespace {

// The padding and, for OAEP, both digests on a context already initialised for encrypt or decrypt.
bool setPadding(EVP_PKEY_CTX* ctx, RsaPadding padding)
{
    if (padding == RsaPadding::Pkcs1v15) {
        return EVP_PKEY_CTX_set_rsa_padding(ctx, RSA_PKCS1_PADDING) > 0;
    }
    const char* md = padding == RsaPadding::OaepSha256 ? "SHA256" : "SHA1";
    return EVP_PKEY_CTX_set_rsa_padding(ctx, RSA_PKCS1_OAEP_PADDING) > 0 &&
           EVP_PKEY_CTX_set_rsa_oaep_md_name(ctx, md, nullptr) > 0 &&
           EVP_PKEY_CTX_set_rsa_mgf1_md_name(ctx, md, nullptr) > 0;
}

} // namespace

Result<QByteArray> RsaEncryption::encrypt(const PKey& publicKey, RsaPadding padding, QByteArrayView data)
{
    if (publicKey.isNull() || publicKey.algorithm() != KeyAlgorithm::Rsa) {
        return fail(QStringLiteral("crypto.rsa-encrypt"), QStringLiteral("RSA encryption needs an RSA key"));
    }
    if (padding == RsaPadding::Pkcs1v15) {
        return fail(QStringLiteral("crypto.rsa-encrypt"),
                    QStringLiteral("RSA PKCS#1 v1.5 encryption is not offered: use RSA-OAEP or RSA-OAEP-256"));
    }
    PkeyCtxPtr ctx(EVP_PKEY_CTX_new_from_pkey(nullptr, publicKey.native(), nullptr));
    size_t len = 0;
    QByteArray out;
    bool ok = ctx && EVP_PKEY_encrypt_init(ctx.get()) == 1 && setPadding(ctx.get(), padding) &&
              EVP_PKEY_encrypt(ctx.get(), nullptr, &len, reinterpret_cast<const unsigned char*>(data.data()),
                               static_cast<size_t>(data.size())) == 1;
    if (ok) {
        out.resize(static_cast<qsizetype>(len));
        ok = EVP_PKEY_encrypt(ctx.get(), reinterpret_cast<unsigned char*>(out.data()), &len,
                              reinterpret_cast<const unsigned char*>(data.data()),
                              static_cast<size_t>(data.size())) == 1;
        out.truncate(static_cast<qsizetype>(len));
    }
    if (!ok) {
        return fail(QStringLiteral("crypto.rsa-encrypt"),
                    QStringLiteral("RSA encryption failed: ") + detail::opensslError());
    }
    return out;
}

Result<QByteArray> RsaEncryption::decrypt(const PKey& privateKey, RsaPadding padding, QByteArrayView ciphertext)
{
    // E-RSA-ORACLE: one message for every way this can fail.
    const auto failure = [] {
        ERR_clear_error();
        return fail(QStringLiteral("crypto.rsa-decrypt"), QStringLiteral("RSA decryption failed"));
    };
    if (privateKey.isNull() || privateKey.algorithm() != KeyAlgorithm::Rsa || !privateKey.hasPrivate()) {
        return failure();
    }
    PkeyCtxPtr ctx(EVP_PKEY_CTX_new_from_pkey(nullptr, privateKey.native(), nullptr));
    const auto* in = reinterpret_cast<const unsigned char*>(ciphertext.data());
    const auto inLen = static_cast<size_t>(ciphertext.size());
    size_t len = 0;
    if (!ctx || EVP_PKEY_decrypt_init(ctx.get()) != 1 || !setPadding(ctx.get(), padding) ||
        EVP_PKEY_decrypt(ctx.get(), nullptr, &len, in, inLen) != 1) {
        return failure();
    }
    QByteArray out(static_cast<qsizetype>(len), Qt::Uninitialized);
    if (EVP_PKEY_decrypt(ctx.get(), reinterpret_cast<unsigned char*>(out.data()), &len, in, inLen) != 1) {
        out.fill('\0');
        return failure();
    }
    out.truncate(static_cast<qsizetype>(len));
    return out;
}

} // namespace authscope::crypto
