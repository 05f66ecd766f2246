#pragma once

#include "core/common/Error.h"
#include "core/crypto/DigestAlgorithm.h"

#include <QByteArray>
#include <QByteArrayView>

#include <memory>

namespace authscope::crypto {

// HMAC over EVP_MAC with the key set once: each call duplicates a prepared context, so a verifier that checks
// many tokens with one key does not fetch or re-key every time. Copies share the prepared context.
class Hmac final
{
public:
    [[nodiscard]] static Result<Hmac> create(DigestAlgorithm algorithm, QByteArrayView key);
    [[nodiscard]] static Result<QByteArray> compute(DigestAlgorithm algorithm, QByteArrayView key, QByteArrayView data);
    // Constant-time comparison (CRYPTO_memcmp) after an exact length check; the length is not secret.
    [[nodiscard]] static bool constantTimeEquals(QByteArrayView a, QByteArrayView b);

    [[nodiscard]] Result<QByteArray> mac(QByteArrayView data) const;
    // True only when `tag` is the full-length tag of `data`.
    [[nodiscard]] bool verify(QByteArrayView data, QByteArrayView tag) const;
    [[nodiscard]] DigestAlgorithm algorithm() const { return m_algorithm; }

private:
    struct Impl;
    Hmac(DigestAlgorithm algorithm, std::shared_ptr<Impl> impl);
    DigestAlgorithm m_algorithm;
    std::shared_ptr<Impl> m_impl;
};

} // namespace authscope::crypto
