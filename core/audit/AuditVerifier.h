#pragma once

#include "core/audit/AuditEntry.h"
#include "core/audit/AuditRepository.h"
#include "core/audit/AuditSeal.h"
#include "core/common/Error.h"

#include <memory>
#include <optional>

namespace authscope {

class Database;
struct AuditCheckpoint;

// One pass of AuditLog::verify(): the keyless chain (A-CHAIN), the seals under the audit key when it is at hand
// (A-SEAL), the recorded heads, an emptied log next to other history, and a checkpoint kept outside the
// database (A-CHECKPOINT). The first break found is reported with its row and kind.
class AuditVerifier final
{
public:
    // `sealExpected`: the unlocked key vault promises a sealed log (A-SEAL-BOUND).
    AuditVerifier(Database& database, std::shared_ptr<const AuditSeal> seal, bool sealExpected = false)
        : m_db(database), m_repository(database), m_seal(std::move(seal)), m_sealExpected(sealExpected)
    {}

    [[nodiscard]] Result<AuditVerifyReport> run(const AuditCheckpoint* checkpoint);

private:
    void bad(qint64 id, const QString& kind, const QString& reason);
    bool checkRow(const AuditEntry& e, const QByteArray& storedDetails);
    void checkHead(const std::optional<AuditRepository::Head>& head);
    void checkSeal(bool keyStored);
    [[nodiscard]] Result<void> checkEmpty(bool keyStored, bool headStored);
    void checkCheckpoint(const AuditCheckpoint& checkpoint);

    Database& m_db;
    AuditRepository m_repository;
    std::shared_ptr<const AuditSeal> m_seal;
    bool m_sealExpected = false;
    AuditVerifyReport m_report;
    std::optional<AuditRepository::Head> m_sealRecord;
    const AuditCheckpoint* m_checkpoint = nullptr;
    QString m_expectedPrev;
    qint64 m_expectedId = 1;
    bool m_anyRowSealed = false;
    QString m_sealRowHash;       // the hash of the row the seal record names, as found
    QString m_checkpointRowHash; // the hash of the row the checkpoint names, as found
};

} // namespace authscope
