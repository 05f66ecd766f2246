#pragma once

#include "core/common/Error.h"
#include "core/crypto/PKey.h"

#include <QByteArray>
#include <QByteArrayView>

namespace authscope::crypto {

// ECDH for JWE's ECDH-ES (RFC 7518 §4.6): the shared secret Z through EVP_PKEY_derive, and the Concat KDF that
// turns Z into a key.
class KeyAgreement final
{
public:
    // Z from our private key and the peer's public key, which must be of the same type and curve. An EC peer
    // must be on the curve (EVP_PKEY_public_check_quick); an all-zero X25519/X448 result is refused with
    // crypto.zero-secret (E-ZERO-SECRET), a peer on another curve or off the curve with crypto.ecdh-curve.
    [[nodiscard]] static Result<QByteArray> derive(const PKey& ours, const PKey& peer);

    // Concat KDF (NIST SP 800-56A §5.8.1, single step with SHA-256; OpenSSL's "SSKDF") as RFC 7518 §4.6.2 uses
    // it: `otherInfo` is AlgorithmID || PartyUInfo || PartyVInfo || SuppPubInfo, already length-prefixed.
    [[nodiscard]] static Result<QByteArray> concatKdf(QByteArrayView z, QByteArrayView otherInfo, qsizetype length);
};

} // namespace authscope::crypto
