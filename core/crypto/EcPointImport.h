#pragma once

#include <QByteArrayView>

#include <openssl/evp.h>

namespace authscope::crypto::detail {

// An EC public key from an uncompressed point (0x04 || x || y) on the named curve ("P-256", "P-384", "P-521"). The
// domain parameters are copied from a key made once per curve instead of being built from the curve name for every
// key: building them recomputes the curve's Montgomery constants, a third of the cost of importing an ECDH-ES epk.
// OpenSSL still refuses a point that is not on the curve. Null on any failure; the caller owns the key.
[[nodiscard]] EVP_PKEY* ecPublicKeyFromPoint(const char* curveName, QByteArrayView point);

} // namespace authscope::crypto::detail
