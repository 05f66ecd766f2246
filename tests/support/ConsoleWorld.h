#pragma once

#include "core/common/Clock.h"
#include "core/common/Settings.h"
#include "tests/support/VaultWorld.h"

#include <QString>

#include <memory>

namespace authscope::test {

// What the console's page tests build before each test: a database and a settings file (settings.ini) in a fresh
// temporary directory, the audit log, and (given a passphrase) a key vault initialised with cheap scrypt. The page on
// top is the test's own.
struct ConsoleWorld : VaultWorld
{
    std::unique_ptr<Settings> settings;

    ~ConsoleWorld() { close(); }

    // Opens the SQLite file `name` in the directory, its audit log on `clock` (recording `actor`; empty: the log's
    // default), the settings and, unless `passphrase` is empty, the vault initialised with it; false (with a warning
    // saying why) when any of it fails. `clock` must outlive the world's parts.
    [[nodiscard]] bool open(const QString& name, const QString& passphrase, const QString& actor = {},
                            const Clock& clock = Clock::system());
    // Ends the settings, then the vault, audit log and database; the directory and its files stay (to be read whole).
    void close();
};

} // namespace authscope::test
