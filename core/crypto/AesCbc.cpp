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
    QByteArray out(in.size() + 16, Qt::Uninitialized);
    auto* o = reinterpret_cast<unsigned char*>(out.data());
    CipherCtxPtr ctx(EVP_CIPHER_CTX_new());
    int len = 0;
    int finalLen = 0;
    const bool ok = ctx &&
                    EVP_CipherInit_ex2(ctx.get(), cipher, bytesOf(key), bytesOf(iv), encrypt ? 1 : 0, nullptr) == 1 &&
                    EVP_CipherUpdate(ctx.get(), o, &len, bytesOf(in), static_cast<int>(in.size())) == 1 &&
                    EVP_CipherFinal_ex(ctx.get(), o + len, &finalLen) == 1;
    if (!ok) {
        ERR_clear_error();
        out.fill('\0');
        return cbcFail(encrypt ? QStringLiteral("AES-CBC encryption failed")
                               : QStringLiteral("AES-CBC decryption failed (bad padding)"));
    }
    out.truncate(len + finalLen);
    return out;
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
