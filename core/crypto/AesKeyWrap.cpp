#include "core/crypto/AesKeyWrap.h"

#include "core/crypto/CipherSupport.h"

namespace authscope::crypto {

using detail::CipherCtxPtr;

namespace {

constexpr detail::AesMode Wrap{"WRAP", QLatin1StringView("crypto.keywrap"), QLatin1StringView("AES key-wrap")};

// One pass of the wrap cipher in either direction; `outSize` is the exact output length.
Result<QByteArray> run(bool encrypt, QByteArrayView kek, QByteArrayView in, qsizetype outSize)
{
    auto cipher = Wrap.cipher(kek.size());
    if (!cipher) {
        return std::unexpected(cipher.error());
    }
    CipherCtxPtr ctx(EVP_CIPHER_CTX_new());
    if (!ctx) {
        return Wrap.fail(QStringLiteral("out of memory"));
    }
    // Needed by the legacy EVP_aes_*_wrap objects; harmless for the fetched ones.
    EVP_CIPHER_CTX_set_flags(ctx.get(), EVP_CIPHER_CTX_FLAG_WRAP_ALLOW);
    auto out = detail::cipherOnePass(ctx.get(), *cipher, kek, nullptr, in, encrypt);
    if (!out || out->size() != outSize) {
        if (out) {
            out->fill('\0');
        }
        return Wrap.fail(encrypt ? QStringLiteral("AES key wrap failed")
                                 : QStringLiteral("AES key unwrap failed: wrong key or altered wrapped key"));
    }
    return *std::move(out);
}

} // namespace

Result<QByteArray> AesKeyWrap::wrap(QByteArrayView kek, QByteArrayView key)
{
    if (key.size() < 16 || key.size() % 8 != 0) {
        return Wrap.fail(QStringLiteral("AES key wrap takes a key of at least 16 bytes, a multiple of 8"));
    }
    return run(true, kek, key, key.size() + 8);
}

Result<QByteArray> AesKeyWrap::unwrap(QByteArrayView kek, QByteArrayView wrapped)
{
    if (wrapped.size() < 24 || wrapped.size() % 8 != 0) {
        return Wrap.fail(
            QStringLiteral("a wrapped key is at least 24 bytes, a multiple of 8; this one has %1").arg(wrapped.size()));
    }
    return run(false, kek, wrapped, wrapped.size() - 8);
}

} // namespace authscope::crypto
