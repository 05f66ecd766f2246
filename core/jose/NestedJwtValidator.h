#pragma once

#include "core/jose/JweDecryptor.h"
#include "core/jose/TokenValidator.h"
#include "core/jose/ValidationResult.h"

#include <QJsonObject>

namespace authscope::jose {

// A nested JWT (RFC 7519 §5.2, §11.2): a JWE whose plaintext is a signed JWT ("cty": "JWT"). It is decrypted
// with the decrypter's keys, then the inner JWS is verified by the TokenValidator with its own keys and policy;
// decryption alone never makes a token valid (an encrypted token is not an authenticated one).
class NestedJwtValidator final
{
public:
    // `validator` is used by reference and must outlive this object.
    NestedJwtValidator(JweDecryptor decryptor, const TokenValidator& validator);

    struct Outcome
    {
        bool decrypted = false;
        QJsonObject outerHeader; // the JWE's joined header, when it could be parsed
        QByteArray innerToken;   // the decrypted JWS
        ValidationResult inner;  // valid only when decryption and verification both succeeded
    };

    [[nodiscard]] Outcome validate(QByteArrayView token) const;

private:
    JweDecryptor m_decryptor;
    const TokenValidator* m_validator;
};

} // namespace authscope::jose
