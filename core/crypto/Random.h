#pragma once

#include "core/common/Error.h"

#include <QByteArray>

namespace authscope::crypto {

// Bytes from OpenSSL's CSPRNG (RAND_bytes); used for secrets, salts, nonces and session IDs.
class Random final
{
public:
    [[nodiscard]] static Result<QByteArray> bytes(qsizetype count);
};

} // namespace authscope::crypto
