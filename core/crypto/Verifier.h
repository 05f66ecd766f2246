#pragma once

#include "core/common/Error.h"
#include "core/crypto/DigestAlgorithm.h"
#include "core/crypto/PKey.h"
#include "core/crypto/SignatureScheme.h"

#include <memory>

namespace authscope::crypto {

// A verification context prepared once per (key, scheme, digest). verify() duplicates the prepared
// EVP_MD_CTX, so repeated checks skip the algorithm fetch and key setup. Copies share the prepared state and
// verify() may be called from several threads at once.
class Verifier final
{
public:
    [[nodiscard]] static Result<Verifier> create(const PKey& key, SignatureScheme scheme, DigestAlgorithm digest);

    // For EcdsaP1363, r and s are range-checked (0 < r,s < n) before OpenSSL sees them (CVE-2022-21449).
    [[nodiscard]] bool verify(QByteArrayView data, QByteArrayView signature) const;

    // One-shot helper.
    [[nodiscard]] static bool verify(const PKey& key, SignatureScheme scheme, DigestAlgorithm digest,
                                     QByteArrayView data, QByteArrayView signature);

    // r||s <-> DER, exposed for tests and the benchmark. Fails on a wrong length or an r/s outside [1, n-1].
    [[nodiscard]] static Result<QByteArray> p1363ToDer(EcCurve curve, QByteArrayView rs);
    [[nodiscard]] static Result<QByteArray> derToP1363(EcCurve curve, QByteArrayView der);

private:
    struct Impl;
    explicit Verifier(std::shared_ptr<const Impl> impl);
    std::shared_ptr<const Impl> m_impl;
};

} // namespace authscope::crypto
