#pragma once

#include "core/common/Error.h"
#include "core/lab/LabExperiments.h"

#include <QList>

#include <optional>

namespace authscope {
class AuditLog;
class Database;
} // namespace authscope

namespace authscope::lab {

// The Lab's results in the application's database (table lab_runs, migration 6): one row per experiment run.
// Saving and deleting are audited (lab.save, lab.delete) in the same transaction. Usable from any thread (one
// connection per thread).
class LabResultStore final
{
public:
    LabResultStore(Database& database, AuditLog& audit);

    // Saves the run and returns its id (run.id is ignored).
    Result<qint64> save(const LabRun& run);
    // Newest first; `experiment` limits the list to one experiment; limit <= 0: all.
    [[nodiscard]] Result<QList<LabRun>> list(std::optional<Experiment> experiment = std::nullopt, int limit = 0) const;
    [[nodiscard]] Result<std::optional<LabRun>> load(qint64 id) const;
    // False when no run has this id.
    Result<bool> remove(qint64 id);

private:
    Database& m_db;
    AuditLog& m_audit;
};

} // namespace authscope::lab
