#pragma once

#include "core/common/Error.h"
#include "core/jose/JweAlgorithm.h"

#include <QByteArray>
#include <QByteArrayView>

namespace authscope::jose {

// JWE content encryption (RFC 7518 §5): AES-CBC with HMAC-SHA-2 (the composite A*CBC-HS* of §5.2) and AES-GCM.
class JweContentCipher final
{
public:
    struct Sealed
    {
        QByteArray iv;
        QByteArray ciphertext;
        QByteArray tag;
    };

    // A fresh random IV per call. `cek` must be exactly JweAlgorithms::cekBytes(enc) bytes.
    [[nodiscard]] static Result<Sealed> encrypt(JweEncryption enc, QByteArrayView cek, QByteArrayView plaintext,
                                                QByteArrayView aad);
    // CBC-HMAC: the tag must be full length and is compared in constant time before anything is decrypted
    // (E-CBC-TAG); GCM: the tag is exactly 16 bytes (E-GCM-TAG). A tag that does not authenticate gives
    // jose.decrypt-failed, a tag of the wrong length jose.tag-length.
    [[nodiscard]] static Result<QByteArray> decrypt(JweEncryption enc, QByteArrayView cek, QByteArrayView iv,
                                                    QByteArrayView ciphertext, QByteArrayView aad, QByteArrayView tag);

    [[nodiscard]] static qsizetype ivBytes(JweEncryption enc);  // 16 for CBC, 12 for GCM
    [[nodiscard]] static qsizetype tagBytes(JweEncryption enc); // 16/24/32 for CBC-HMAC, 16 for GCM
};

} // namespace authscope::jose
