#pragma once

#include "core/common/Error.h"

#include <QString>

#include <optional>

namespace authscope {

// A connection profile's database password in the OS keychain (Secret Service / KWallet on Linux, Keychain on
// macOS, Credential Manager on Windows) through QtKeychain, never in a settings file (QtKeychain's plaintext
// fallback stays off). Where no keychain service runs (headless, CI) every call answers storage.no-keychain and
// the profile uses libpq's own sources or asks each time. Calls wait for the keychain (a local event loop).
class ProfilePasswords final
{
public:
    // nullopt: the keychain has no password for this profile.
    static Result<std::optional<QString>> read(const QString& profile);
    static Result<void> write(const QString& profile, const QString& password);
    static Result<void> remove(const QString& profile);
};

} // namespace authscope
