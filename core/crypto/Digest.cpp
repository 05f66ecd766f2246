#include "core/crypto/DigestAlgorithm.h"
#include "core/crypto/SignatureSupport.h"

#include <openssl/evp.h>

namespace authscope::crypto {

QByteArray Digest::hash(DigestAlgorithm algorithm, QByteArrayView data)
{
    unsigned char out[EVP_MAX_MD_SIZE];
    unsigned int len = 0;
    if (EVP_Digest(data.data(), static_cast<size_t>(data.size()), out, &len, detail::messageDigest(algorithm),
                   nullptr) != 1) {
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
