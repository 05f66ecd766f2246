#include "tests/support/VaultWorld.h"

#include "tests/support/ServerWorld.h"

namespace authscope::test {

bool VaultWorld::openDatabase(const QString& location, const QString& actor, const Clock& clock)
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

void VaultWorld::close()
{
    vault.reset();
    audit.reset();
    db.reset();
}

} // namespace authscope::test
