#include "core/crypto/DigestAlgorithm.h"

#include <openssl/evp.h>

namespace authscope::crypto {

namespace {
const EVP_MD* md(DigestAlgorithm algorithm)
{
    switch (algorithm) {
    case DigestAlgorithm::Sha384:
        return EVP_sha384();
    case DigestAlgorithm::Sha512:
        return EVP_sha512();
    case DigestAlgorithm::Sha256:
        break;
    }
    return EVP_sha256();
}
} // namespace

QByteArray Digest::hash(DigestAlgorithm algorithm, QByteArrayView data)
{
    unsigned char out[EVP_MAX_MD_SIZE];
    unsigned int len = 0;
    if (EVP_Digest(data.data(), static_cast<size_t>(data.size()), out, &len, md(algorithm), nullptr) != 1) {
        return {};
    }
    return QByteArray(reinterpret_cast<const char*>(out), static_cast<qsizetype>(len));
}

qsizetype Digest::size(DigestAlgorithm algorithm)
{
    switch (algorithm) {
    case DigestAlgorithm::Sha384:
        return 48;
    case DigestAlgorithm::Sha512:
        return 64;
    case DigestAlgorithm::Sha256:
        break;
    }
    return 32;
}

} // namespace authscope::crypto
