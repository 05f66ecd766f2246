#pragma once

// Internal to core/crypto .cpp files (like OpenSslUtil.h): never include from a public header.

#include "core/crypto/OpenSslUtil.h"

#include <QByteArrayView>

#include <cstdio>
#include <cstring>
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

} // namespace authscope::crypto::detail
