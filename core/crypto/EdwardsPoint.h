#pragma once

#include "core/crypto/PKey.h"

#include <QByteArrayView>
#include <QString>

namespace authscope::crypto {

// Checks on encoded Edwards points and EdDSA signatures that OpenSSL does not make (RFC 8032 leaves them to the
// verifier). A small-order public key A makes [k]A vanish, so one signature (R = identity, S = 0) verifies for
// every message under it: anyone can forge tokens for such a key. Libsodium refuses these keys and signatures;
// so does AuthScope (docs/security.md, rule K-EDDSA).
//
// Ed25519 has eight points of small order (cofactor 8): y in {1, p-1, 0, y8, p-y8} with either sign of x.
// Ed448 has four (cofactor 4): y in {1, p-1, 0}. A non-canonical encoding (y >= p, the unused bits of Ed448's
// last byte set, or x = 0 with its sign bit set) is refused as well, because it names the same point twice.
class EdwardsPoint final
{
public:
    // An empty string when `encoded` is an acceptable public key for `algorithm` (Ed25519 or Ed448), else the
    // reason in one sentence.
    [[nodiscard]] static QString publicKeyProblem(KeyAlgorithm algorithm, QByteArrayView encoded);

    // True when the signature has the exact length, its R is canonical and not of small order, and its S is
    // reduced (S < L, which also rules out the S + L malleability).
    [[nodiscard]] static bool signatureAcceptable(KeyAlgorithm algorithm, QByteArrayView signature);

    [[nodiscard]] static bool isSmallOrder(KeyAlgorithm algorithm, QByteArrayView encoded);
    [[nodiscard]] static bool isCanonical(KeyAlgorithm algorithm, QByteArrayView encoded);
};

} // namespace authscope::crypto
