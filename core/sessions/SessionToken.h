#pragma once

#include "core/common/Error.h"
#include "core/sessions/SessionKey.h"

#include <QByteArray>
#include <QByteArrayView>

#include <optional>

namespace authscope {

// The secret session ID handed to a client (S-ID, S-SERVER-ISSUED): 32 bytes from the CSPRNG, base64url without
// padding (43 characters). A presented ID is untrusted input: only that exact, canonical form is accepted.
class SessionToken final
{
public:
    static constexpr qsizetype RawBytes = 32;
    static constexpr qsizetype EncodedLength = 43;

    // A fresh ID and its key.
    struct Fresh
    {
        QByteArray token;
        SessionKey key;
    };
    static Result<Fresh> generate();

    // The key of a presented ID, or nothing when the text is not a well-formed ID.
    [[nodiscard]] static std::optional<SessionKey> keyOf(QByteArrayView token);
    // The key of raw random bytes (the seeder makes IDs in bulk).
    [[nodiscard]] static SessionKey keyOfRaw(QByteArrayView raw);
    [[nodiscard]] static QByteArray encode(QByteArrayView raw);
};

} // namespace authscope
