#include "tests/support/VaultWorld.h"

namespace authscope::test {

crypto::KeyDerivation::ScryptParameters cheapScrypt()
{
    crypto::KeyDerivation::ScryptParameters kdf;
    kdf.logN = 10;
    return kdf;
}

bool VaultWorld::openDatabaseAndAudit(const QString& location, const Clock& clock, const QString& actor)
{
    auto opened = Database::open(location);
    if (!opened) {
        qWarning("cannot open %s: %s", qPrintable(location), qPrintable(opened.error().toString()));
        return false;
    }
    db = std::move(*opened);
    audit = std::make_unique<AuditLog>(*db, clock, actor);
    return true;
}

bool VaultWorld::initialiseVault(const QString& passphrase)
{
    vault = std::make_unique<KeyVault>(*db, *audit);
    if (auto initialised = vault->initialise(passphrase, cheapScrypt()); !initialised) {
        qWarning("vault: %s", qPrintable(initialised.error().toString()));
        return false;
    }
    return true;
}

} // namespace authscope::test
