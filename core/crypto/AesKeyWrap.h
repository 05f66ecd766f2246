#pragma once

#include "core/common/Error.h"

#include <QByteArray>
#include <QByteArrayView>

namespace authscope::crypto {

// AES Key Wrap (RFC 3394) through OpenSSL's own wrap cipher ("AES-128-WRAP" ...), never by hand: JWE's A*KW,
// ECDH-ES+A*KW and PBES2-*+A*KW. The key-encryption key is 16, 24 or 32 bytes; the wrapped key a multiple of 8
// bytes, at least 16.
class AesKeyWrap final
{
public:
    [[nodiscard]] static Result<QByteArray> wrap(QByteArrayView kek, QByteArrayView key);
    // Fails (crypto.keywrap) when the integrity check value does not match: wrong key or altered data.
    [[nodiscard]] static Result<QByteArray> unwrap(QByteArrayView kek, QByteArrayView wrapped);
};

} // namespace authscope::crypto
