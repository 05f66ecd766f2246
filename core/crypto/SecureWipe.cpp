#include "core/crypto/SecureWipe.h"

#include <openssl/crypto.h>

namespace authscope::crypto {

void SecureWipe::bytes(void* data, std::size_t size)
{
    if (data != nullptr && size > 0) {
        OPENSSL_cleanse(data, size);
    }
}

void SecureWipe::wipe(QByteArray& secret)
{
    if (!secret.isEmpty() && secret.isDetached()) {
        bytes(secret.data(), static_cast<std::size_t>(secret.size()));
    }
    secret.clear();
}

void SecureWipe::wipe(QString& secret)
{
    if (!secret.isEmpty() && secret.isDetached()) {
        bytes(secret.data(), static_cast<std::size_t>(secret.size()) * sizeof(QChar));
    }
    secret.clear();
}

bool SecureWipe::isZero(const void* data, std::size_t size)
{
    const auto* p = static_cast<const unsigned char*>(data);
    unsigned char any = 0;
    for (std::size_t i = 0; i < size; ++i) {
        any |= p[i];
    }
    return any == 0;
}

} // namespace authscope::crypto
