#pragma once

#include "core/audit/AuditLog.h"
#include "core/common/Clock.h"
#include "core/crypto/KeyDerivation.h"
#include "core/keys/KeyVault.h"
#include "core/storage/Database.h"

#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace authscope::test {

// Vault scrypt cheap enough for the sanitizers (2^10; the production default is 2^16, exercised by the CLI tests).
[[nodiscard]] crypto::KeyDerivation::ScryptParameters cheapScrypt();

// What the console's and the server's test worlds (ConsoleWorld, ServerWorld) both hold: a fresh temporary directory,
// a database, its audit log and a key vault. The members are public so that a test reaches each part as it did when
// it built them itself; each world ends them in its own close().
struct VaultWorld
{
    QTemporaryDir dir;
    std::unique_ptr<Database> db;
    std::unique_ptr<AuditLog> audit;
    std::unique_ptr<KeyVault> vault;

    VaultWorld() = default;
    VaultWorld(const VaultWorld&) = delete;
    VaultWorld& operator=(const VaultWorld&) = delete;

protected:
    ~VaultWorld() = default;

    // Opens the database `location` and its audit log on `clock` (recording `actor`; empty: the log's default);
    // false (with a warning saying why) when the database does not open.
    [[nodiscard]] bool openDatabaseAndAudit(const QString& location, const Clock& clock = Clock::system(),
                                            const QString& actor = {});
    // The vault on the database, initialised with `passphrase` and cheapScrypt(); false (with a warning) when that
    // fails.
    [[nodiscard]] bool initialiseVault(const QString& passphrase);
};

} // namespace authscope::test
