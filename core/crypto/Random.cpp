#include "core/crypto/Random.h"

#include "core/crypto/OpenSslUtil.h"

#include <openssl/rand.h>

#include <climits>

namespace authscope::crypto {

Result<QByteArray> Random::bytes(qsizetype count)
{
    if (count < 0 || count > INT_MAX) {
        return fail(QStringLiteral("crypto.random"), QStringLiteral("invalid number of random bytes requested"));
    }
    QByteArray out(count, Qt::Uninitialized);
    if (count > 0 && RAND_bytes(reinterpret_cast<unsigned char*>(out.data()), static_cast<int>(count)) != 1) {
        return fail(QStringLiteral("crypto.random"),
                    QStringLiteral("the random number generator failed: ") + detail::opensslError());
    }
    return out;
}

} // namespace authscope::crypto
