#include "tests/support/ConsoleWorld.h"

namespace authscope::test {

bool ConsoleWorld::open(const QString& name, const QString& passphrase, const QString& actor, const Clock& clock)
{
    if (!dir.isValid()) {
        qWarning("no temporary directory");
        return false;
    }
    if (!openDatabase(dir.filePath(name), actor, clock)) {
        return false;
    }
    settings = std::make_unique<Settings>(dir.filePath(QStringLiteral("settings.ini")));
    return passphrase.isEmpty() || initialiseVault(passphrase);
}

void ConsoleWorld::close()
{
    settings.reset();
    VaultWorld::close();
}

} // namespace authscope::test
