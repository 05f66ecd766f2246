#pragma once

#include <QString>

class QWidget;

namespace authscope {

class KeyVault;

// The key vault for a client secret (R-CLIENT-SECRET: sealed with the private keys, as `issuers add
// --client-secret-file` seals it): asks for the key store passphrase when the vault is locked, or for a new one
// when it has none yet. False, with the reason in `why`, when there is no vault or the user cancelled.
class IssuerVault final
{
public:
    IssuerVault() = delete;
    [[nodiscard]] static bool ensureUnlocked(KeyVault* vault, QWidget* parent, QString* why);
};

} // namespace authscope
