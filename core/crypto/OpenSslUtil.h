#pragma once

// Internal to core/crypto and core/jose .cpp files: never include from a public header.

#include <QString>

#include <openssl/bn.h>
#include <openssl/err.h>
#include <openssl/evp.h>

#include <memory>

namespace authscope::crypto::detail {

// The last OpenSSL error as text (and clears the queue), for messages and logs; never contains key material.
inline QString opensslError()
{
    unsigned long code = 0;
    unsigned long last = 0;
    while ((code = ERR_get_error()) != 0) {
        last = code;
    }
    if (last == 0) {
        return QStringLiteral("unknown OpenSSL error");
    }
    char buf[256] = {};
    ERR_error_string_n(last, buf, sizeof buf);
    return QString::fromLatin1(buf);
}

struct BnFree
{
    void operator()(BIGNUM* bn) const { BN_clear_free(bn); }
};
using BnPtr = std::unique_ptr<BIGNUM, BnFree>;

struct MdCtxFree
{
    void operator()(EVP_MD_CTX* ctx) const { EVP_MD_CTX_free(ctx); }
};
using MdCtxPtr = std::unique_ptr<EVP_MD_CTX, MdCtxFree>;

struct PkeyCtxFree
{
    void operator()(EVP_PKEY_CTX* ctx) const { EVP_PKEY_CTX_free(ctx); }
};
using PkeyCtxPtr = std::unique_ptr<EVP_PKEY_CTX, PkeyCtxFree>;

inline const char* digestName(int bits)
{
    switch (bits) {
    case 384:
        return "SHA384";
    case 512:
        return "SHA512";
    default:
        return "SHA256";
    }
}

} // namespace authscope::crypto::detail
