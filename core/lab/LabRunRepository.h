#pragma once

#include "core/common/Error.h"
#include "core/lab/LabExperiments.h"

#include <QList>
#include <QSqlDatabase>

#include <optional>

namespace authscope {
class Database;
} // namespace authscope

namespace authscope::lab {

// The SQL of the lab_runs table. Calls that take a QSqlDatabase run inside the caller's write transaction.
class LabRunRepository final
{
public:
    explicit LabRunRepository(Database& database) : m_db(database) {}

    // Returns the new row's id.
    static Result<qint64> insert(QSqlDatabase& transaction, const LabRun& run);
    // The experiment id of a run, or nothing when no run has this id.
    static Result<std::optional<QString>> experimentOf(QSqlDatabase& transaction, qint64 id);
    // True when a row was deleted.
    static Result<bool> remove(QSqlDatabase& transaction, qint64 id);

    [[nodiscard]] Result<QList<LabRun>> list(std::optional<Experiment> experiment, int limit) const;
    [[nodiscard]] Result<std::optional<LabRun>> load(qint64 id) const;

private:
    Database& m_db;
};

} // namespace authscope::lab
