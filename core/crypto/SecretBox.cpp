#include "core/crypto/SecretBox.h"

#include "core/crypto/OpenSslUtil.h"
#include "core/crypto/Random.h"
#include "core/crypto/SecureWipe.h"

#include <cstring>

namespace authscope::crypto {

namespace {

constexpr char Version = '\x01';

struct CipherCtxFree
{
    void operator()(EVP_CIPHER_CTX* ctx) const { EVP_CIPHER_CTX_free(ctx); }
};
using CipherCtxPtr = std::unique_ptr<EVP_CIPHER_CTX, CipherCtxFree>;

std::unexpected<Error> boxFail(const QString& message)
{
    return std::unexpected(Error{QStringLiteral("crypto.secretbox"), message});
}

const unsigned char* u8(QByteArrayView v)
{
    return reinterpret_cast<const unsigned char*>(v.data());
}

} // namespace

Result<SecretBox> SecretBox::create(QByteArrayView key)
{
    if (key.size() != KeySize) {
        return boxFail(QStringLiteral("an AES-256-GCM key is exactly 32 bytes"));
    }
    return SecretBox(key);
}

Result<SecretBox> SecretBox::generate()
{
    auto key = Random::bytes(KeySize);
    if (!key) {
        return std::unexpected(key.error());
    }
    SecretBox box(*key);
    SecureWipe::wipe(*key);
    return box;
}

Result<QByteArray> SecretBox::seal(QByteArrayView plaintext, QByteArrayView aad) const
{
    // A random 96-bit nonce per box: safe for far more boxes than a local key store will ever hold.
    auto nonce = Random::bytes(NonceSize);
    if (!nonce) {
        return std::unexpected(nonce.error());
    }
    QByteArray out(Overhead + plaintext.size(), Qt::Uninitialized);
    auto* o = reinterpret_cast<unsigned char*>(out.data());
    o[0] = Version;
    std::memcpy(o + 1, nonce->constData(), NonceSize);
    CipherCtxPtr ctx(EVP_CIPHER_CTX_new());
    int len = 0;
    bool ok = ctx && EVP_EncryptInit_ex2(ctx.get(), EVP_aes_256_gcm(), m_key->data(), u8(*nonce), nullptr) == 1;
    if (ok && !aad.isEmpty()) {
        ok = EVP_EncryptUpdate(ctx.get(), nullptr, &len, u8(aad), static_cast<int>(aad.size())) == 1;
    }
    unsigned char* ct = o + 1 + NonceSize;
    int ctLen = 0;
    if (ok && !plaintext.isEmpty()) {
        ok = EVP_EncryptUpdate(ctx.get(), ct, &ctLen, u8(plaintext), static_cast<int>(plaintext.size())) == 1;
    }
    ok = ok && EVP_EncryptFinal_ex(ctx.get(), ct + ctLen, &len) == 1 &&
         EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_GET_TAG, TagSize, ct + plaintext.size()) == 1;
    if (!ok) {
        return boxFail(QStringLiteral("encryption failed: ") + detail::opensslError());
    }
    return out;
}

Result<QByteArray> SecretBox::open(QByteArrayView sealed, QByteArrayView aad) const
{
    if (sealed.size() < Overhead || sealed[0] != Version) {
        return boxFail(QStringLiteral("not a sealed box (wrong size or version)"));
    }
    const qsizetype ctLen = sealed.size() - Overhead;
    const unsigned char* nonce = u8(sealed) + 1;
    const unsigned char* ct = nonce + NonceSize;
    QByteArray tag(reinterpret_cast<const char*>(ct + ctLen), TagSize);
    QByteArray out(ctLen, Qt::Uninitialized);
    CipherCtxPtr ctx(EVP_CIPHER_CTX_new());
    int len = 0;
    bool ok = ctx && EVP_DecryptInit_ex2(ctx.get(), EVP_aes_256_gcm(), m_key->data(), nonce, nullptr) == 1;
    if (ok && !aad.isEmpty()) {
        ok = EVP_DecryptUpdate(ctx.get(), nullptr, &len, u8(aad), static_cast<int>(aad.size())) == 1;
    }
    int outLen = 0;
    if (ok && ctLen > 0) {
        ok = EVP_DecryptUpdate(ctx.get(), reinterpret_cast<unsigned char*>(out.data()), &outLen, ct,
                               static_cast<int>(ctLen)) == 1;
    }
    ok = ok && EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_TAG, TagSize, tag.data()) == 1 &&
         EVP_DecryptFinal_ex(ctx.get(), reinterpret_cast<unsigned char*>(out.data()) + outLen, &len) == 1;
    if (!ok) {
        ERR_clear_error();
        out.fill('\0');
        return boxFail(QStringLiteral("cannot open the sealed box: wrong key, wrong context or tampered data"));
    }
    return out;
}

} // namespace authscope::crypto
