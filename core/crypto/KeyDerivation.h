#pragma once

#include "core/common/Error.h"

#include <QByteArray>
#include <QByteArrayView>

namespace authscope::crypto {

// Raw scrypt (RFC 7914) key derivation through EVP_KDF, for wrapping keys under a passphrase (the key store's
// data key). PasswordHasher is for storing password hashes; this returns the derived bytes themselves.
class KeyDerivation final
{
public:
    struct ScryptParameters
    {
        int logN = 16; // N = 2^16: 64 MiB of memory per derivation
        int r = 8;
        int p = 1;
    };

    // Bounds that parameters read back from storage must respect, so that a tampered row cannot make an unlock
    // allocate gigabytes or spin for minutes.
    static constexpr int MinLogN = 10;
    static constexpr int MaxLogN = 20;
    static constexpr int MaxR = 32;
    static constexpr int MaxP = 16;
    static constexpr qsizetype MinSaltBytes = 8;
    static constexpr qsizetype MaxSaltBytes = 64;

    [[nodiscard]] static bool isValid(const ScryptParameters& parameters);
    // Derives `length` (16..64) bytes from `passphrase` and `salt` (8..64 bytes).
    [[nodiscard]] static Result<QByteArray> scrypt(QByteArrayView passphrase, QByteArrayView salt,
                                                   const ScryptParameters& parameters, qsizetype length);
};

} // namespace authscope::crypto
