#pragma once

#include "core/common/Error.h"
#include "core/crypto/DigestAlgorithm.h"

#include <QByteArray>
#include <QByteArrayView>

namespace authscope::crypto {

// PBKDF2 with HMAC-SHA-2 (RFC 8018 §5.2) through OpenSSL's PKCS5_PBKDF2_HMAC, for JWE's PBES2 (RFC 7518 §4.8).
// The caller bounds the iteration count before calling (E-P2C-CAP); this refuses more than MaxIterations anyway.
class Pbkdf2 final
{
public:
    static constexpr int MaxIterations = 10'000'000;

    [[nodiscard]] static Result<QByteArray> derive(DigestAlgorithm digest, QByteArrayView password, QByteArrayView salt,
                                                   int iterations, qsizetype length);
};

} // namespace authscope::crypto
