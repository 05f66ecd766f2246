#include "core/server/TokenEncryption.h"

#include "core/jose/JoseError.h"
#include "core/jose/Jwe.h"
#include "core/jose/JweEncryptor.h"
#include "core/keys/EncryptionKeys.h"
#include "core/keys/KeyStore.h"

namespace authscope {

TokenEncryption::TokenEncryption(const KeyStore& keys, QString kid) : m_keys(keys), m_kid(std::move(kid))
{
    reload();
}

Result<void> TokenEncryption::checkUsable(const KeyStore& keys, const QString& kid)
{
    auto recipient = keys.encryptionKey(kid);
    if (!recipient) {
        return fail(QStringLiteral("server.encryption"),
                    QStringLiteral("--encrypt-tokens %1: %2").arg(kid, recipient.error().message));
    }
    // The server accepts what it issues, so it must hold the private half.
    auto own = keys.privateKey(kid);
    if (!own) {
        return fail(QStringLiteral("server.encryption"),
                    QStringLiteral("--encrypt-tokens %1: the server cannot decrypt its own tokens: %2")
                        .arg(kid, own.error().message));
    }
    return {};
}

Result<QByteArray> TokenEncryption::encrypt(const QByteArray& signedToken) const
{
    auto recipient = m_keys.encryptionKey(m_kid);
    if (!recipient) {
        return fail(QStringLiteral("server.encryption"),
                    QStringLiteral("Cannot encrypt the token to %1: %2").arg(m_kid, recipient.error().message));
    }
    const auto alg = jose::JweAlgorithms::fromName(recipient->alg());
    if (!alg) {
        return fail(QStringLiteral("server.encryption"),
                    QStringLiteral("The key %1 names no JWE algorithm ('%2').").arg(m_kid, recipient->alg()));
    }
    jose::JweEncryptOptions options;
    options.algorithm = *alg;
    options.encryption = EncryptionKeys::contentEncryption(*recipient);
    options.contentType = QStringLiteral("JWT"); // RFC 7519 §5.2: a nested JWT
    options.keyId = m_kid;
    return jose::JweEncryptor::encrypt(signedToken, *recipient, options);
}

void TokenEncryption::reload()
{
    auto keys = m_keys.decryptionKeys();
    if (!keys) {
        // Never the old set: it may hold a key that was just revoked.
        m_decryptor.reset();
        m_loadError = keys.error();
        return;
    }
    // E-ALG-PIN: each key decrypts only with its own alg; RSA1_5 and PBES2 never (the defaults).
    m_decryptor.emplace(*keys, jose::JweDecryptOptions{});
    m_loadError = Error{};
}

Result<QByteArray> TokenEncryption::unwrap(QByteArrayView token) const
{
    if (!jose::Jwe::looksCompact(token)) {
        if (token.count('.') == 2) {
            return jose::JoseError::fail(jose::JoseErrc::TypeConfusion,
                                         QStringLiteral("a signed token (JWS) where this server requires an encrypted "
                                                        "one: its tokens are nested JWTs (E-TYPE-CONFUSION)"));
        }
        return jose::JoseError::fail(jose::JoseErrc::Malformed,
                                     QStringLiteral("not a compact JWE (five parts separated by dots)"));
    }
    if (!m_decryptor) {
        return fail(QStringLiteral("server.encryption"),
                    QStringLiteral("This server has no key to decrypt tokens with: %1").arg(m_loadError.message));
    }
    auto decrypted = m_decryptor->decrypt(token);
    if (!decrypted) {
        return std::unexpected(decrypted.error());
    }
    if (!decrypted->isNestedJwt()) {
        return jose::JoseError::fail(jose::JoseErrc::NotJwt,
                                     QStringLiteral("the JWE carries no signed token (cty is not JWT): decrypting "
                                                    "proves nothing about who made it (E-TYPE-CONFUSION)"));
    }
    if (jose::Jwe::looksCompact(decrypted->plaintext)) {
        return jose::JoseError::fail(jose::JoseErrc::TypeConfusion,
                                     QStringLiteral("the nested token is another JWE; a nested JWT carries a JWS"));
    }
    return decrypted->plaintext;
}

} // namespace authscope
