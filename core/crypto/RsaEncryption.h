#pragma once

#include "core/common/Error.h"
#include "core/crypto/PKey.h"

#include <QByteArray>
#include <QByteArrayView>

namespace authscope::crypto {

enum class RsaPadding
{
    OaepSha1,   // JWE RSA-OAEP: OAEP with SHA-1 and MGF1-SHA-1
    OaepSha256, // JWE RSA-OAEP-256: OAEP with SHA-256 and MGF1-SHA-256
    Pkcs1v15,   // JWE RSA1_5: decryption only, and only when the caller enables it
};

// RSA key transport through EVP_PKEY_encrypt/decrypt with the padding set on the context. Every decryption
// failure has the same code and message (crypto.rsa-decrypt), so nothing above can tell padding errors apart
// (E-RSA-ORACLE).
class RsaEncryption final
{
public:
    [[nodiscard]] static Result<QByteArray> encrypt(const PKey& publicKey, RsaPadding padding, QByteArrayView data);
    [[nodiscard]] static Result<QByteArray> decrypt(const PKey& privateKey, RsaPadding padding,
                                                    QByteArrayView ciphertext);
};

} // namespace authscope::crypto
