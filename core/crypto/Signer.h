#pragma once

#include "core/common/Error.h"
#include "core/crypto/DigestAlgorithm.h"
#include "core/crypto/PKey.h"
#include "core/crypto/SignatureScheme.h"

namespace authscope::crypto {

class Signer final
{
public:
    [[nodiscard]] static Result<QByteArray> sign(const PKey& key, SignatureScheme scheme, DigestAlgorithm digest,
                                                 QByteArrayView data);
};

} // namespace authscope::crypto
