#include "core/crypto/AesGcm.h"

#include "core/crypto/CipherSupport.h"

namespace authscope::crypto {

using detail::bytesOf;
using detail::CipherCtxPtr;

namespace {

constexpr detail::AesMode Gcm{"GCM", QLatin1StringView("crypto.gcm"), QLatin1StringView("AES-GCM")};

} // namespace

Result<AesGcm::Sealed> AesGcm::seal(QByteArrayView key, QByteArrayView iv, QByteArrayView plaintext, QByteArrayView aad)
{
    auto cipher = Gcm.cipher(key.size(), iv.size(), IvSize);
    if (!cipher) {
        return std::unexpected(cipher.error());
    }
    Sealed out;
    out.ciphertext.resize(plaintext.size());
    out.tag.resize(TagSize);
    CipherCtxPtr ctx(EVP_CIPHER_CTX_new());
    int len = 0;
    bool ok = ctx && EVP_EncryptInit_ex2(ctx.get(), *cipher, bytesOf(key), bytesOf(iv), nullptr) == 1;
    if (ok && !aad.isEmpty()) {
        ok = EVP_EncryptUpdate(ctx.get(), nullptr, &len, bytesOf(aad), static_cast<int>(aad.size())) == 1;
    }
    auto* ct = reinterpret_cast<unsigned char*>(out.ciphertext.data());
    int ctLen = 0;
    if (ok && !plaintext.isEmpty()) {
        ok = EVP_EncryptUpdate(ctx.get(), ct, &ctLen, bytesOf(plaintext), static_cast<int>(plaintext.size())) == 1;
    }
    ok = ok && EVP_EncryptFinal_ex(ctx.get(), ct + ctLen, &len) == 1 &&
         EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_GET_TAG, TagSize, out.tag.data()) == 1;
    if (!ok) {
        return Gcm.fail(QStringLiteral("AES-GCM encryption failed: ") + detail::opensslError());
    }
    return out;
}

Result<QByteArray> AesGcm::open(QByteArrayView key, QByteArrayView iv, QByteArrayView ciphertext, QByteArrayView aad,
                                QByteArrayView tag)
{
    auto cipher = Gcm.cipher(key.size(), iv.size(), IvSize);
    if (!cipher) {
        return std::unexpected(cipher.error());
    }
    // E-GCM-TAG: a truncated tag would let a forger try 2^32 or 2^64 guesses instead of 2^128.
    if (tag.size() != TagSize) {
        return Gcm.fail(QStringLiteral("an AES-GCM tag is exactly 16 bytes; this one has %1").arg(tag.size()));
    }
    QByteArray out(ciphertext.size(), Qt::Uninitialized);
    QByteArray tagCopy = tag.toByteArray(); // EVP_CTRL_GCM_SET_TAG takes a non-const pointer
    CipherCtxPtr ctx(EVP_CIPHER_CTX_new());
    int len = 0;
    bool ok = ctx && EVP_DecryptInit_ex2(ctx.get(), *cipher, bytesOf(key), bytesOf(iv), nullptr) == 1;
    if (ok && !aad.isEmpty()) {
        ok = EVP_DecryptUpdate(ctx.get(), nullptr, &len, bytesOf(aad), static_cast<int>(aad.size())) == 1;
    }
    auto* o = reinterpret_cast<unsigned char*>(out.data());
    int outLen = 0;
    if (ok && !ciphertext.isEmpty()) {
        ok = EVP_DecryptUpdate(ctx.get(), o, &outLen, bytesOf(ciphertext), static_cast<int>(ciphertext.size())) == 1;
    }
    ok = ok && EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_TAG, TagSize, tagCopy.data()) == 1;
    if (!ok) {
        return Gcm.fail(QStringLiteral("AES-GCM decryption failed: ") + detail::opensslError());
    }
    if (EVP_DecryptFinal_ex(ctx.get(), o + outLen, &len) != 1) {
        ERR_clear_error();
        out.fill('\0');
        return std::unexpected(Error{QStringLiteral("crypto.gcm-tag"),
                                     QStringLiteral("the AES-GCM tag does not match: wrong key or altered data")});
    }
    return out;
}

} // namespace authscope::crypto
