#include "core/lab/LabResultStore.h"

#include "core/audit/AuditLog.h"
#include "core/lab/LabRunRepository.h"
#include "core/storage/Database.h"

#include <QJsonObject>

namespace authscope::lab {

LabResultStore::LabResultStore(Database& database, AuditLog& audit) : m_db(database), m_audit(audit) {}

Result<qint64> LabResultStore::save(const LabRun& run)
{
    qint64 id = 0;
    auto done = m_db.writeTransaction([&](QSqlDatabase& db) -> Result<void> {
        auto inserted = LabRunRepository::insert(db, run);
        if (!inserted) {
            return std::unexpected(inserted.error());
        }
        id = *inserted;
        auto audited = m_audit.append(db, QStringLiteral("lab.save"), QStringLiteral("lab-run:%1").arg(id),
                                      QJsonObject{{QStringLiteral("experiment"), experimentId(run.experiment)},
                                                  {QStringLiteral("quick"), run.quick},
                                                  {QStringLiteral("cancelled"), run.cancelled}});
        if (!audited) {
            return std::unexpected(audited.error());
        }
        return {};
    });
    if (!done) {
        return std::unexpected(done.error());
    }
    return id;
}

Result<QList<LabRun>> LabResultStore::list(std::optional<Experiment> experiment, int limit) const
{
    return LabRunRepository(m_db).list(experiment, limit);
}

Result<std::optional<LabRun>> LabResultStore::load(qint64 id) const
{
    return LabRunRepository(m_db).load(id);
}

Result<bool> LabResultStore::remove(qint64 id)
{
    bool removed = false;
    auto done = m_db.writeTransaction([&](QSqlDatabase& db) -> Result<void> {
        auto experiment = LabRunRepository::experimentOf(db, id);
        if (!experiment) {
            return std::unexpected(experiment.error());
        }
        if (!*experiment) {
            return {};
        }
        auto deleted = LabRunRepository::remove(db, id);
        if (!deleted) {
            return std::unexpected(deleted.error());
        }
        removed = *deleted;
        if (!removed) {
            return {};
        }
        auto audited = m_audit.append(db, QStringLiteral("lab.delete"), QStringLiteral("lab-run:%1").arg(id),
                                      QJsonObject{{QStringLiteral("experiment"), **experiment}});
        if (!audited) {
            return std::unexpected(audited.error());
        }
        return {};
    });
    if (!done) {
        return std::unexpected(done.error());
    }
    return removed;
}

} // namespace authscope::lab
