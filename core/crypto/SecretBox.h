#pragma once

#include "core/common/Error.h"
#include "core/crypto/SecretBytes.h"

#include <QByteArray>
#include <QByteArrayView>

#include <memory>

namespace authscope::crypto {

// AES-256-GCM for data at rest. A sealed box is: version byte 0x01 || 96-bit random nonce || ciphertext ||
// 128-bit tag. The AAD (e.g. a row ID) binds the box to its context so it cannot be moved to another row.
class SecretBox final
{
public:
    static constexpr qsizetype KeySize = 32;
    static constexpr qsizetype NonceSize = 12;
    static constexpr qsizetype TagSize = 16;
    static constexpr qsizetype Overhead = 1 + NonceSize + TagSize;

    [[nodiscard]] static Result<SecretBox> create(QByteArrayView key);
    [[nodiscard]] static Result<SecretBox> generate(); // a fresh random key

    [[nodiscard]] Result<QByteArray> seal(QByteArrayView plaintext, QByteArrayView aad = {}) const;
    [[nodiscard]] Result<QByteArray> open(QByteArrayView sealed, QByteArrayView aad = {}) const;
    [[nodiscard]] QByteArrayView key() const { return m_key->view(); }
    // The holder of the key bytes, shared by copies of this box; wiped when the last copy is gone (D-WIPE-KEYS).
    [[nodiscard]] std::shared_ptr<const SecretBytes> keyHolder() const { return m_key; }

private:
    explicit SecretBox(QByteArrayView key) : m_key(std::make_shared<const SecretBytes>(key)) {}
    std::shared_ptr<const SecretBytes> m_key;
};

} // namespace authscope::crypto
