#pragma once

// Internal to core/crypto .cpp files (like OpenSslUtil.h): never include from a public header.

#include "core/common/Error.h"
#include "core/crypto/OpenSslUtil.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QLatin1StringView>

#include <cstdio>
#include <cstring>
#include <memory>
#include <optional>

namespace authscope::crypto::detail {

struct CipherCtxFree
{
    void operator()(EVP_CIPHER_CTX* ctx) const { EVP_CIPHER_CTX_free(ctx); }
};
using CipherCtxPtr = std::unique_ptr<EVP_CIPHER_CTX, CipherCtxFree>;

inline const unsigned char* bytesOf(QByteArrayView v)
{
    return reinterpret_cast<const unsigned char*>(v.data());
}

// "AES-128-GCM", "AES-192-CBC", "AES-256-WRAP"... for a key of 16, 24 or 32 bytes and a mode ("GCM", "CBC",
// "WRAP"); nullptr for any other size or mode. Each cipher is fetched explicitly once and kept for the life of the
// process: an implicit fetch on every EVP_*Init costs more than encrypting a small token.
inline const EVP_CIPHER* aesCipher(qsizetype keyBytes, const char* mode)
{
    static const char* const Modes[] = {"GCM", "CBC", "WRAP"};
    struct Table
    {
        EVP_CIPHER* ciphers[3][3] = {};
        Table()
        {
            for (int m = 0; m < 3; ++m) {
                for (int k = 0; k < 3; ++k) {
                    char name[32];
                    std::snprintf(name, sizeof name, "AES-%d-%s", 128 + 64 * k, Modes[m]);
                    ciphers[m][k] = EVP_CIPHER_fetch(nullptr, name, nullptr);
                }
            }
        }
        ~Table()
        {
            for (auto& row : ciphers) {
                for (EVP_CIPHER* c : row) {
                    EVP_CIPHER_free(c);
                }
            }
        }
        Table(const Table&) = delete;
        Table& operator=(const Table&) = delete;
    };
    static const Table table;
    const int k = keyBytes == 16 ? 0 : keyBytes == 24 ? 1 : keyBytes == 32 ? 2 : -1;
    for (int m = 0; m < 3 && k >= 0; ++m) {
        if (std::strcmp(mode, Modes[m]) == 0) {
            return table.ciphers[m][k];
        }
    }
    return nullptr;
}

// One AES mode as its .cpp file reports it: the mode aesCipher() takes ("GCM"), the error code of its failures
// ("crypto.gcm") and its name in their messages ("AES-GCM").
struct AesMode
{
    const char* mode;
    QLatin1StringView code;
    QLatin1StringView name;

    [[nodiscard]] std::unexpected<Error> fail(const QString& message) const { return authscope::fail(code, message); }

    // The cipher for a key of `keyBytes`, or the failure that names the key sizes AES takes.
    [[nodiscard]] Result<const EVP_CIPHER*> cipher(qsizetype keyBytes) const
    {
        if (const EVP_CIPHER* c = aesCipher(keyBytes, mode)) {
            return c;
        }
        return fail(QStringLiteral("an %1 key is 16, 24 or 32 bytes; this one has %2").arg(name).arg(keyBytes));
    }

    // cipher(), and the failure that gives the IV size the mode takes when `ivBytes` is not `ivSize`.
    [[nodiscard]] Result<const EVP_CIPHER*> cipher(qsizetype keyBytes, qsizetype ivBytes, qsizetype ivSize) const
    {
        auto c = cipher(keyBytes);
        if (c && ivBytes != ivSize) {
            return fail(
                QStringLiteral("an %1 IV is exactly %2 bytes; this one has %3").arg(name).arg(ivSize).arg(ivBytes));
        }
        return c;
    }
};

// `in` through the cipher of `ctx` in one pass (init with `key` and `iv`, update, final), in either direction: the
// output, or std::nullopt when a step failed (or `ctx` is null), with OpenSSL's error queue cleared and no partial
// output left in memory. For the ciphers without a tag (AES-CBC, AES key wrap); the output may be up to one block
// longer than `in`.
inline std::optional<QByteArray> cipherOnePass(EVP_CIPHER_CTX* ctx, const EVP_CIPHER* cipher, QByteArrayView key,
                                               const unsigned char* iv, QByteArrayView in, bool encrypt)
{
    QByteArray out(in.size() + 16, Qt::Uninitialized);
    auto* o = reinterpret_cast<unsigned char*>(out.data());
    int len = 0;
    int finalLen = 0;
    const bool ok = ctx != nullptr &&
                    EVP_CipherInit_ex2(ctx, cipher, bytesOf(key), iv, encrypt ? 1 : 0, nullptr) == 1 &&
                    EVP_CipherUpdate(ctx, o, &len, bytesOf(in), static_cast<int>(in.size())) == 1 &&
                    EVP_CipherFinal_ex(ctx, o + len, &finalLen) == 1;
    if (!ok) {
        ERR_clear_error();
        out.fill('\0');
        return std::nullopt;
    }
    out.truncate(len + finalLen);
    return out;
}

} // namespace authscope::crypto::detail
