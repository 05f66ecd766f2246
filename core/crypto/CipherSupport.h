#pragma once

// Internal to core/crypto .cpp files (like OpenSslUtil.h): never include from a public header.

#include "core/crypto/OpenSslUtil.h"

#include <QByteArrayView>

#include <memory>

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

// An explicitly fetched cipher, fetched once per name and kept for the life of the process: an implicit fetch on
// every EVP_*Init costs more than encrypting a small token.
inline const EVP_CIPHER* fetchedCipher(const char* name)
{
    struct Fetched
    {
        EVP_CIPHER* cipher;
        explicit Fetched(const char* n) : cipher(EVP_CIPHER_fetch(nullptr, n, nullptr)) {}
        ~Fetched() { EVP_CIPHER_free(cipher); }
        Fetched(const Fetched&) = delete;
        Fetched& operator=(const Fetched&) = delete;
    };
    // One static per distinct name; the names are literals chosen by the callers below.
    static Fetched aes128gcm("AES-128-GCM"), aes192gcm("AES-192-GCM"), aes256gcm("AES-256-GCM");
    static Fetched aes128cbc("AES-128-CBC"), aes192cbc("AES-192-CBC"), aes256cbc("AES-256-CBC");
    static Fetched aes128wrap("AES-128-WRAP"), aes192wrap("AES-192-WRAP"), aes256wrap("AES-256-WRAP");
    for (Fetched* f : {&aes128gcm, &aes192gcm, &aes256gcm, &aes128cbc, &aes192cbc, &aes256cbc, &aes128wrap, &aes192wrap,
                       &aes256wrap}) {
        if (f->cipher != nullptr && EVP_CIPHER_is_a(f->cipher, name)) {
            return f->cipher;
        }
    }
    return nullptr;
}

// "AES-128-GCM" etc. for a key of 16, 24 or 32 bytes; nullptr for any other size.
inline const EVP_CIPHER* aesCipher(qsizetype keyBytes, const char* mode)
{
    if (keyBytes != 16 && keyBytes != 24 && keyBytes != 32) {
        return nullptr;
    }
    char name[32];
    std::snprintf(name, sizeof name, "AES-%d-%s", static_cast<int>(keyBytes * 8), mode);
    return fetchedCipher(name);
}

} // namespace authscope::crypto::detail
