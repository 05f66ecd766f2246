#pragma once

#include "core/common/Error.h"
#include "core/jose/JweAlgorithm.h"
#include "core/jose/JweKeyManagement.h"
#include "core/jose/Jwk.h"

#include <QByteArray>
#include <QString>

namespace authscope::jose {

struct JweEncryptOptions
{
    JweAlgorithm algorithm = JweAlgorithm::RsaOaep256;
    JweEncryption encryption = JweEncryption::A256Gcm;
    bool compress = false; // zip: DEF
    QString contentType;   // cty; "JWT" for a nested JWT
    QString type;          // typ
    QString keyId;         // kid; empty: the key's own kid, if any
    int p2c = JweKeyManagement::DefaultP2c;
};

// Encrypts to one recipient in the compact serialization (RFC 7516 §7.1). The key must allow encryption (K-USE)
// and fit the algorithm (E-KEY-SIZE); RSA1_5 is never used to encrypt.
class JweEncryptor final
{
public:
    [[nodiscard]] static Result<QByteArray> encrypt(QByteArrayView plaintext, const Jwk& key,
                                                    const JweEncryptOptions& options);
};

} // namespace authscope::jose
