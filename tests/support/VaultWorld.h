#pragma once

#include "core/audit/AuditLog.h"
#include "core/common/Clock.h"
#include "core/keys/KeyVault.h"
#include "core/storage/Database.h"

#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace authscope::test {

// What the test worlds (ConsoleWorld, ServerWorld) start with: a fresh temporary directory, a database with its
// audit log, and a key vault initialised with cheap scrypt. The members are public so that a test reaches each part
// as it did when it built them itself.
struct VaultWorld
{
    QTemporaryDir dir;
    std::unique_ptr<Database> db;
    std::unique_ptr<AuditLog> audit;
    std::unique_ptr<KeyVault> vault;

    VaultWorld() = default;
    ~VaultWorld() { close(); }
    VaultWorld(const VaultWorld&) = delete;
    VaultWorld& operator=(const VaultWorld&) = delete;

    // Only the database `location` (a file path, or what testDatabase() gives) and its audit log on `clock`
    // (recording `actor`; empty: the log's default); false (with a warning saying why) when it fails. `clock` must
    // outlive the world's parts.
    [[nodiscard]] bool openDatabase(const QString& location, const QString& actor = {},
                                    const Clock& clock = Clock::system());
    // The vault on the open database, initialised with `passphrase`; false with a warning when that fails.
    [[nodiscard]] bool initialiseVault(const QString& passphrase);
    // Ends the vault, audit log and database (the temporary directory stays).
    void close();
};

} // namespace authscope::test
