#pragma once

#include "core/common/Error.h"

#include <QByteArray>
#include <QByteArrayView>

namespace authscope::crypto {

// AES-CBC with PKCS#7 padding, the encryption half of JWE's A*CBC-HS* (RFC 7518 §5.2). Unauthenticated on its
// own: callers check the HMAC tag first (E-CBC-TAG), so a padding error never reaches an attacker as a signal.
class AesCbc final
{
public:
    static constexpr qsizetype IvSize = 16;

    [[nodiscard]] static Result<QByteArray> encrypt(QByteArrayView key, QByteArrayView iv, QByteArrayView plaintext);
    [[nodiscard]] static Result<QByteArray> decrypt(QByteArrayView key, QByteArrayView iv, QByteArrayView ciphertext);
};

} // namespace authscope::crypto
