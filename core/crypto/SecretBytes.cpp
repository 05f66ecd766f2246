#include "core/crypto/SecretBytes.h"

#include "core/crypto/SecureWipe.h"

namespace authscope::crypto {

SecretBytes::SecretBytes(QByteArrayView bytes) : m_bytes(bytes.data(), bytes.size())
{
    m_bytes.detach();
}

SecretBytes::~SecretBytes()
{
    wipe();
}

void SecretBytes::wipe()
{
    // data() on the only reference does not reallocate: the key's own buffer is overwritten.
    SecureWipe::bytes(m_bytes.data(), static_cast<std::size_t>(m_bytes.size()));
}

bool SecretBytes::isWiped() const
{
    return SecureWipe::isZero(m_bytes.constData(), static_cast<std::size_t>(m_bytes.size()));
}

} // namespace authscope::crypto
