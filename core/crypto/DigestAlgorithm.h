#pragma once

#include <QByteArray>
#include <QByteArrayView>

namespace authscope::crypto {

// The SHA-2 hashes that JOSE uses (JWA §3).
enum class DigestAlgorithm
{
    Sha256,
    Sha384,
    Sha512
};

class Digest final
{
public:
    [[nodiscard]] static QByteArray hash(DigestAlgorithm algorithm, QByteArrayView data);
    [[nodiscard]] static qsizetype size(DigestAlgorithm algorithm);
};

} // namespace authscope::crypto
