#include "core/bench/RawJweBaseline.h"

#include "core/bench/OpsPerSecond.h"
#include "core/crypto/OpenSslUtil.h"

#include <openssl/core_names.h>
#include <openssl/kdf.h>
#include <openssl/rsa.h>

namespace authscope::crypto {

namespace {

const unsigned char* u8(const QByteArray& b)
{
    return reinterpret_cast<const unsigned char*>(b.constData());
}

} // namespace

double RawJweBaseline::rsaOaep256DecryptRate(const PKey& key, const QByteArray& encryptedKey, double seconds)
{
    return bench::opsPerSecond<16>(seconds, [&] {
        EVP_PKEY_CTX* ctx = EVP_PKEY_CTX_new_from_pkey(nullptr, key.native(), nullptr);
        unsigned char out[512];
        size_t len = sizeof out;
        const bool ok =
            ctx != nullptr && EVP_PKEY_decrypt_init(ctx) == 1 &&
            EVP_PKEY_CTX_set_rsa_padding(ctx, RSA_PKCS1_OAEP_PADDING) > 0 &&
            EVP_PKEY_CTX_set_rsa_oaep_md_name(ctx, "SHA256", nullptr) > 0 &&
            EVP_PKEY_CTX_set_rsa_mgf1_md_name(ctx, "SHA256", nullptr) > 0 &&
            EVP_PKEY_decrypt(ctx, out, &len, u8(encryptedKey), static_cast<size_t>(encryptedKey.size())) == 1;
        EVP_PKEY_CTX_free(ctx);
        return ok;
    });
}

double RawJweBaseline::ecdhUnwrapRate(const PKey& ours, const PKey& peer, const QByteArray& otherInfo,
                                      const QByteArray& wrapped, double seconds)
{
    EVP_KDF* kdf = EVP_KDF_fetch(nullptr, "SSKDF", nullptr);
    EVP_CIPHER* wrap = EVP_CIPHER_fetch(nullptr, "AES-256-WRAP", nullptr);
    const double rate = bench::opsPerSecond<16>(seconds, [&] {
        EVP_PKEY_CTX* ctx = EVP_PKEY_CTX_new_from_pkey(nullptr, ours.native(), nullptr);
        unsigned char z[66];
        size_t zLen = sizeof z;
        bool ok = ctx != nullptr && EVP_PKEY_derive_init(ctx) == 1 &&
                  EVP_PKEY_derive_set_peer(ctx, peer.native()) == 1 && EVP_PKEY_derive(ctx, z, &zLen) == 1;
        EVP_PKEY_CTX_free(ctx);
        unsigned char kek[32];
        EVP_KDF_CTX* kctx = ok ? EVP_KDF_CTX_new(kdf) : nullptr;
        char digest[] = "SHA256";
        OSSL_PARAM params[] = {
            OSSL_PARAM_construct_utf8_string(OSSL_KDF_PARAM_DIGEST, digest, 0),
            OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_KEY, z, zLen),
            OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_INFO, const_cast<char*>(otherInfo.constData()),
                                              static_cast<size_t>(otherInfo.size())),
            OSSL_PARAM_construct_end(),
        };
        ok = kctx != nullptr && EVP_KDF_derive(kctx, kek, sizeof kek, params) == 1;
        EVP_KDF_CTX_free(kctx);
        EVP_CIPHER_CTX* cctx = ok ? EVP_CIPHER_CTX_new() : nullptr;
        unsigned char cek[64];
        int len = 0;
        int finalLen = 0;
        ok = cctx != nullptr && EVP_DecryptInit_ex2(cctx, wrap, kek, nullptr, nullptr) == 1 &&
             EVP_DecryptUpdate(cctx, cek, &len, u8(wrapped), static_cast<int>(wrapped.size())) == 1 &&
             EVP_DecryptFinal_ex(cctx, cek + len, &finalLen) == 1;
        EVP_CIPHER_CTX_free(cctx);
        return ok;
    });
    EVP_CIPHER_free(wrap);
    EVP_KDF_free(kdf);
    return rate;
}

double RawJweBaseline::aesGcmOpenRate(const QByteArray& key, const QByteArray& iv, const QByteArray& ciphertext,
                                      const QByteArray& aad, const QByteArray& tag, double seconds)
{
    EVP_CIPHER* gcm = EVP_CIPHER_fetch(nullptr, "AES-256-GCM", nullptr);
    QByteArray out(ciphertext.size() + 16, Qt::Uninitialized);
    QByteArray tagCopy = tag;
    const double rate = bench::opsPerSecond<16>(seconds, [&] {
        EVP_CIPHER_CTX* ctx = EVP_CIPHER_CTX_new();
        int len = 0;
        auto* o = reinterpret_cast<unsigned char*>(out.data());
        const bool ok = ctx != nullptr && EVP_DecryptInit_ex2(ctx, gcm, u8(key), u8(iv), nullptr) == 1 &&
                        EVP_DecryptUpdate(ctx, nullptr, &len, u8(aad), static_cast<int>(aad.size())) == 1 &&
                        EVP_DecryptUpdate(ctx, o, &len, u8(ciphertext), static_cast<int>(ciphertext.size())) == 1 &&
                        EVP_CIPHER_CTX_ctrl(ctx, EVP_CTRL_GCM_SET_TAG, 16, tagCopy.data()) == 1 &&
                        EVP_DecryptFinal_ex(ctx, o + len, &len) == 1;
        EVP_CIPHER_CTX_free(ctx);
        return ok;
    });
    EVP_CIPHER_free(gcm);
    return rate;
}

} // namespace authscope::crypto
