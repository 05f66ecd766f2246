#pragma once

#include "core/common/Error.h"

#include <QByteArray>
#include <QString>

namespace authscope::crypto {

// scrypt (RFC 7914) through EVP_KDF with a random per-password salt. The encoded form carries its parameters
// so they can be raised later without breaking stored hashes:
//   $scrypt$ln=15,r=8,p=1$<salt base64url>$<hash base64url>
class PasswordHasher final
{
public:
    struct Parameters
    {
        int logN = 15; // N = 2^15: about 32 MiB and ~0.1 s per hash on a desktop core
        int r = 8;
        int p = 1;
        int saltBytes = 16;
        int hashBytes = 32;
    };

    [[nodiscard]] static Result<QString> hash(QByteArrayView password);
    [[nodiscard]] static Result<QString> hash(QByteArrayView password, const Parameters& parameters);
    // Result<bool>: an error means the encoded string is unusable (not "wrong password").
    [[nodiscard]] static Result<bool> verify(QByteArrayView password, const QString& encoded);
    // True when `encoded` uses weaker parameters than `current` and should be re-hashed at the next login.
    [[nodiscard]] static bool needsRehash(const QString& encoded, const Parameters& current);
};

} // namespace authscope::crypto
