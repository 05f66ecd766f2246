#include "core/crypto/KeyDerivation.h"

#include "core/crypto/Scrypt.h"

#include <cstdint>

namespace authscope::crypto {

bool KeyDerivation::isValid(const ScryptParameters& parameters)
{
    return parameters.logN >= MinLogN && parameters.logN <= MaxLogN && parameters.r >= 1 && parameters.r <= MaxR &&
           parameters.p >= 1 && parameters.p <= MaxP;
}

Result<QByteArray> KeyDerivation::scrypt(QByteArrayView passphrase, QByteArrayView salt,
                                         const ScryptParameters& parameters, qsizetype length)
{
    if (!isValid(parameters)) {
        return fail(QStringLiteral("crypto.scrypt"),
                    QStringLiteral("scrypt parameters out of range (log2 N %1..%2, r 1..%3, p 1..%4)")
                        .arg(MinLogN)
                        .arg(MaxLogN)
                        .arg(MaxR)
                        .arg(MaxP));
    }
    if (salt.size() < MinSaltBytes || salt.size() > MaxSaltBytes || length < 16 || length > 64) {
        return fail(QStringLiteral("crypto.scrypt"), QStringLiteral("scrypt salt or output length out of range"));
    }
    const uint64_t n = uint64_t{1} << parameters.logN;
    // 128 * r * N bytes for V plus 128 * r * p for B, with room to spare; bounded by the limits above.
    const uint64_t maxMem =
        (uint64_t{128} * static_cast<uint64_t>(parameters.r) * (n + static_cast<uint64_t>(parameters.p))) +
        (uint64_t{1} << 20);
    return Scrypt::derive(passphrase, salt, parameters.logN, parameters.r, parameters.p, length, maxMem);
}

} // namespace authscope::crypto
