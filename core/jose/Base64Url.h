#pragma once

#include "core/common/Error.h"

#include <QByteArray>
#include <QByteArrayView>

namespace authscope::jose {

// base64url without padding (RFC 7515 §2). decode() is strict: it refuses padding, whitespace, characters
// outside [A-Za-z0-9_-], a length of 1 mod 4 and non-zero unused bits, so every byte string has exactly one
// accepted encoding (signatures cannot be altered without changing the decoded bytes).
class Base64Url final
{
public:
    [[nodiscard]] static QByteArray encode(QByteArrayView data);
    [[nodiscard]] static Result<QByteArray> decode(QByteArrayView text);
    [[nodiscard]] static bool isValid(QByteArrayView text);
};

} // namespace authscope::jose
