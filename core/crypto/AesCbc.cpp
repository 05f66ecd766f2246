#include "core/crypto/AesCbc.h"

#include "core/crypto/CipherSupport.h"

namespace authscope::crypto {

using detail::bytesOf;
using detail::CipherCtxPtr;

namespace {

constexpr detail::AesMode Cbc{"CBC", QLatin1StringView("crypto.cbc"), QLatin1StringView("AES-CBC")};

Result<QByteArray> run(bool encrypt, QByteArrayView key, QByteArrayView iv, QByteArrayView in)
{
    auto cipher = Cbc.cipher(key.size(), iv.size(), AesCbc::IvSize);
    if (!cipher) {
        return std::unexpected(cipher.error());
    }
    if (!encrypt && (in.isEmpty() || in.size() % 16 != 0)) {
        return Cbc.fail(QStringLiteral("AES-CBC ciphertext is a non-empty multiple of 16 bytes"));
    }
    const CipherCtxPtr ctx(EVP_CIPHER_CTX_new());
    auto out = detail::cipherOnePass(ctx.get(), *cipher, key, bytesOf(iv), in, encrypt);
    if (!out) {
        return Cbc.fail(encrypt ? QStringLiteral("AES-CBC encryption failed")
                                : QStringLiteral("AES-CBC decryption failed (bad padding)"));
    }
    return *std::move(out);
}

} // namespace

Result<QByteArray> AesCbc::encrypt(QByteArrayView key, QByteArrayView iv, QByteArrayView plaintext)
{
    return run(true, key, iv, plaintext);
}

Result<QByteArray> AesCbc::decrypt(QByteArrayView key, QByteArrayView iv, QByteArrayView ciphertext)
{
    return run(false, key, iv, ciphertext);
}

} // namespace authscope::crypto
