#pragma once

#include "core/common/Error.h"

#include <QByteArray>
#include <QByteArrayView>

#include <cstdint>

namespace authscope::crypto {

// scrypt (RFC 7914) through OpenSSL's EVP_KDF, without bounds of its own: KeyDerivation (key wrapping) and
// PasswordHasher (stored password hashes) each check theirs first. N = 2^logN; OpenSSL may allocate up to
// `maxMemory` bytes. On failure the output is wiped.
class Scrypt final
{
public:
    Scrypt() = delete;

    [[nodiscard]] static Result<QByteArray> derive(QByteArrayView passphrase, QByteArrayView salt, int logN, int r,
                                                   int p, qsizetype length, uint64_t maxMemory);
};

} // namespace authscope::crypto
