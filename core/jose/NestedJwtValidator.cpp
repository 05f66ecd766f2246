#include "core/jose/NestedJwtValidator.h"

#include "core/jose/JoseError.h"

namespace authscope::jose {

NestedJwtValidator::NestedJwtValidator(JweDecryptor decryptor, const TokenValidator& validator)
    : m_decryptor(std::move(decryptor)), m_validator(&validator)
{}

NestedJwtValidator::Outcome NestedJwtValidator::validate(QByteArrayView token) const
{
    Outcome out;
    auto decrypted = m_decryptor.decrypt(token);
    if (!decrypted) {
        out.inner.issues.append(decrypted.error());
        return out;
    }
    out.decrypted = true;
    out.outerHeader = decrypted->header;
    out.innerToken = decrypted->plaintext.trimmed();
    if (!decrypted->isNestedJwt()) {
        out.inner.issues.append(
            JoseError::make(JoseErrc::NotJwt, QStringLiteral("the JWE's cty is '%1', not 'JWT': "
                                                             "its plaintext is not a nested JWT")
                                                  .arg(decrypted->header.value(QLatin1StringView("cty")).toString())));
        return out;
    }
    if (Jwe::looksCompact(out.innerToken)) {
        out.inner.issues.append(JoseError::make(JoseErrc::TypeConfusion,
                                                QStringLiteral("the nested token is another JWE; a nested JWT must "
                                                               "carry a signed JWS inside")));
        return out;
    }
    out.inner = m_validator->validate(out.innerToken);
    return out;
}

} // namespace authscope::jose
