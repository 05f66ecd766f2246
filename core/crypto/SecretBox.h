#pragma once

#include "core/common/Error.h"

#include <QByteArray>
#include <QByteArrayView>

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
    [[nodiscard]] const QByteArray& key() const { return m_key; }

private:
    explicit SecretBox(QByteArray key) : m_key(std::move(key)) {}
    QByteArray m_key;
};

} // namespace authscope::crypto
