#include "core/crypto/AesCbc.h"

#include "core/crypto/CipherSupport.h"

namespace authscope::crypto {

using detail::bytesOf;
using detail::CipherCtxPtr;

namespace {

std::unexpected<Error> cbcFail(const QString& message)
{
    return std::unexpected(Error{QStringLiteral("crypto.cbc"), message});
}

Result<QByteArray> run(bool encrypt, QByteArrayView key, QByteArrayView iv, QByteArrayView in)
{
    const EVP_CIPHER* cipher = detail::aesCipher(key.size(), "CBC");
    if (cipher == nullptr) {
        return cbcFail(QStringLiteral("an AES-CBC key is 16, 24 or 32 bytes; this one has %1").arg(key.size()));
    }
    if (iv.size() != AesCbc::IvSize) {
        return cbcFail(QStringLiteral("an AES-CBC IV is exactly 16 bytes; this one has %1").arg(iv.size()));
    }
    if (!encrypt && (in.isEmpty() || in.size() % 16 != 0)) {
        return cbcFail(QStringLiteral("AES-CBC ciphertext is a non-empty multiple of 16 bytes"));
    }
    const CipherCtxPtr ctx(EVP_CIPHER_CTX_new());
    auto out = detail::cipherOnePass(ctx.get(), cipher, key, bytesOf(iv), in, encrypt);
    if (!out) {
        return cbcFail(encrypt ? QStringLiteral("AES-CBC encryption failed")
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
