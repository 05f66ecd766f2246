#pragma once

#include "core/common/Error.h"
#include "core/jose/JweDecryptor.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace authscope {

class KeyStore;

// Nested JWTs at the test server (serve --encrypt-tokens KID, E-SERVER-NESTED): the access tokens it signs are
// encrypted to the encryption key KID of its key store (a JWE with cty "JWT" around the JWS, RFC 7519 §5.2), and a
// bearer token it is given must be such a JWE: it is decrypted with the store's encryption keys (next, active and
// retiring ones, K-ENC-PURPOSE) and only its inner JWS is verified, by the usual validator. A bare JWS is refused
// (E-TYPE-CONFUSION), and so is a JWE without a signed token inside: decrypting proves nothing about who made it.
//
// Not thread-safe: AuthService uses it under its validator lock.
class TokenEncryption final
{
public:
    TokenEncryption(const KeyStore& keys, QString kid);

    // Whether KID names a key the server can encrypt to and decrypt with (next or active, encryption purpose, private
    // part in the store, vault unlocked): checked when the server starts.
    [[nodiscard]] static Result<void> checkUsable(const KeyStore& keys, const QString& kid);

    [[nodiscard]] const QString& kid() const { return m_kid; }
    // The signed token encrypted to KID (alg: the key's own; enc: A256GCM, or what a dir key's size names).
    [[nodiscard]] Result<QByteArray> encrypt(const QByteArray& signedToken) const;
    // Reads the decryption keys again (after a key change); none when that fails (a locked vault).
    void reload();
    // The inner JWS of a nested JWT. Errors: jose.type-confusion (a JWS, or a JWE inside), jose.not-jwt (cty not JWT),
    // the decrypter's E-* codes (every decryption failure one message, E-RSA-ORACLE), server.encryption (no keys).
    [[nodiscard]] Result<QByteArray> unwrap(QByteArrayView token) const;

private:
    const KeyStore& m_keys;
    QString m_kid;
    std::optional<jose::JweDecryptor> m_decryptor;
    Error m_loadError;
};

} // namespace authscope
