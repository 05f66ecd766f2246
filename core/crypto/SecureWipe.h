#pragma once

#include <QByteArray>
#include <QString>

#include <cstddef>

namespace authscope::crypto {

// Overwrites secrets (keys, passphrases) before their memory is released, with OPENSSL_cleanse, which the
// compiler may not drop as it may drop a memset of memory about to be freed (D-WIPE-KEYS). Qt containers share
// their data implicitly: a container is wiped in place only when it holds the only reference; a shared one is
// just released, and the last holder's wipe clears the bytes.
class SecureWipe final
{
public:
    static void bytes(void* data, std::size_t size);
    // Overwrites and empties `secret`.
    static void wipe(QByteArray& secret);
    static void wipe(QString& secret);
    // Whether every byte of `data` is zero (what a wipe leaves behind).
    [[nodiscard]] static bool isZero(const void* data, std::size_t size);
};

} // namespace authscope::crypto
