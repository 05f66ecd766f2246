#pragma once

#include "core/common/Error.h"

#include <QByteArray>
#include <QByteArrayView>

namespace authscope::crypto {

// AES-GCM with a 128/192/256-bit key, a 96-bit IV and a full 128-bit tag, for JWE's A*GCM content encryption and
// A*GCMKW key wrapping (RFC 7518 §4.7, §5.3). Shorter tags are never accepted (E-GCM-TAG).
class AesGcm final
{
public:
    static constexpr qsizetype IvSize = 12;
    static constexpr qsizetype TagSize = 16;

    struct Sealed
    {
        QByteArray ciphertext;
        QByteArray tag;
    };

    [[nodiscard]] static Result<Sealed> seal(QByteArrayView key, QByteArrayView iv, QByteArrayView plaintext,
                                             QByteArrayView aad);
    // crypto.gcm-tag when the tag does not authenticate; crypto.gcm for bad sizes.
    [[nodiscard]] static Result<QByteArray> open(QByteArrayView key, QByteArrayView iv, QByteArrayView ciphertext,
                                                 QByteArrayView aad, QByteArrayView tag);
};

} // namespace authscope::crypto
