#include "core/crypto/Pbkdf2.h"

#include "core/crypto/OpenSslUtil.h"

namespace authscope::crypto {

Result<QByteArray> Pbkdf2::derive(DigestAlgorithm digest, QByteArrayView password, QByteArrayView salt, int iterations,
                                  qsizetype length)
{
    if (iterations < 1 || iterations > MaxIterations || length < 1 || length > 64) {
        return fail(QStringLiteral("crypto.pbkdf2"),
                    QStringLiteral("PBKDF2 iterations (1..%1) or output length out of range").arg(MaxIterations));
    }
    const EVP_MD* md = digest == DigestAlgorithm::Sha512   ? EVP_sha512()
                       : digest == DigestAlgorithm::Sha384 ? EVP_sha384()
                                                           : EVP_sha256();
    QByteArray out(length, Qt::Uninitialized);
    static const char empty[1] = {0};
    if (PKCS5_PBKDF2_HMAC(password.isEmpty() ? empty : password.data(), static_cast<int>(password.size()),
                          reinterpret_cast<const unsigned char*>(salt.data()), static_cast<int>(salt.size()),
                          iterations, md, static_cast<int>(length),
                          reinterpret_cast<unsigned char*>(out.data())) != 1) {
        out.fill('\0');
        return fail(QStringLiteral("crypto.pbkdf2"), QStringLiteral("PBKDF2 failed: ") + detail::opensslError());
    }
    return out;
}

} // namespace authscope::crypto
