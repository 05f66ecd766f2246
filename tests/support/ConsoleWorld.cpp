#include "tests/support/ConsoleWorld.h"

#include "tests/support/ServerWorld.h"

namespace authscope::test {

bool ConsoleWorld::open(const QString& name, const QString& passphrase, const QString& actor, const Clock& clock)
{
    if (!dir.isValid()) {
        qWarning("no temporary directory");
        return false;
    }
    auto opened = Database::open(dir.filePath(name));
    if (!opened) {
        qWarning("cannot open %s: %s", qPrintable(name), qPrintable(opened.error().toString()));
        return false;
    }
    db = std::move(*opened);
    audit = std::make_unique<AuditLog>(*db, clock, actor);
    settings = std::make_unique<Settings>(dir.filePath(QStringLiteral("settings.ini")));
    if (passphrase.isEmpty()) {
        return true;
    }
    vault = std::make_unique<KeyVault>(*db, *audit);
    if (auto initialised = vault->initialise(passphrase, cheapScrypt()); !initialised) {
        qWarning("vault: %s", qPrintable(initialised.error().toString()));
        return false;
    }
    return true;
}

void ConsoleWorld::close()
{
    vault.reset();
    settings.reset();
    audit.reset();
    db.reset();
}

} // namespace authscope::test
