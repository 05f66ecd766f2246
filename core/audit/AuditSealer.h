#pragma once

#include "core/common/Error.h"

#include <QObject>

namespace authscope {

class AuditLog;
class Database;
class KeyVault;

// Hands the audit log its key while the key vault is unlocked (A-SEAL). The audit key (32 random bytes) is made
// on the first unlock and stored in the meta table only sealed under the vault's data key, so the database never
// holds it in clear; on each unlock it is opened, given to the AuditLog, and the rows written meanwhile (while the
// vault was locked) are sealed once their chain checks out. Locking the vault takes the key away again.
class AuditSealer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuditSealer)

public:
    AuditSealer(Database& database, AuditLog& audit, KeyVault& vault, QObject* parent = nullptr);

    // What the unlock did: how many late rows it sealed, and whether it made the audit key.
    struct Outcome
    {
        qint64 sealedRows = 0;
        bool keyCreated = false;
    };
    // Opens (or makes) the audit key with the unlocked vault and seals pending rows. audit.key-mismatch when the
    // stored key does not open under this vault (replaced), audit.key-missing when a sealed log lost its key,
    // audit.tail-broken when the unsealed rows do not chain: the log stays as found, for verify to report.
    Result<Outcome> activate();

    // The vault's AAD for the sealed audit key.
    static constexpr auto KeyAad = "authscope/audit-key/v1";

private:
    [[nodiscard]] Result<bool> openOrCreateKey();
    void onUnlocked();

    Database& m_db;
    AuditLog& m_audit;
    KeyVault& m_vault;
};

} // namespace authscope
