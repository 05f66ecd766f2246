#pragma once

#include "common/Error.h"
#include "crypto/DigestAlgorithm.h"
#include "crypto/PKey.h"
#include "crypto/SignatureScheme.h"

namespace authscope::crypto {

class Signer final
{
public:
    [[nodiscard]] static Result<QByteArray> sign(const PKey& key, SignatureScheme scheme, DigestAlgorithm digest,
                                                 QByteArrayView data);
};

} // namespace authscope::crypto
