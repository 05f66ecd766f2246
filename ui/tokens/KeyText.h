#pragma once

#include "core/common/Error.h"
#include "core/jose/Jwk.h"

#include <QByteArray>
#include <QString>

namespace authscope {

// What the key inputs show and read as text: a key described in one line ("EC P-256 public key · kid '…' ·
// ES256"), and an HMAC secret typed as text, base64, base64url or hex turned into its bytes.
class KeyText final
{
public:
    enum class SecretEncoding
    {
        Text,
        Base64,
        Base64Url,
        Hex
    };

    [[nodiscard]] static QString describe(const jose::Jwk& key);
    // Spaces, line breaks and colons between the digits are ignored; "ui.secret-encoding" when it does not decode.
    [[nodiscard]] static Result<QByteArray> decodeSecret(const QString& text, SecretEncoding encoding);
};

} // namespace authscope
