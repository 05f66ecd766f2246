#include "core/lab/LabResultStore.h"

#include "core/audit/AuditLog.h"
#include "core/lab/LabRunRepository.h"
#include "core/storage/Database.h"
#include "core/storage/TransactionValue.h"

#include <QJsonObject>

namespace authscope::lab {

LabResultStore::LabResultStore(Database& database, AuditLog& audit) : m_db(database), m_audit(audit) {}

Result<qint64> LabResultStore::save(const LabRun& run)
{
    return writeTransactionValue(m_db, [&](QSqlDatabase& db) -> Result<qint64> {
        auto id = LabRunRepository::insert(db, run);
        if (!id) {
            return id;
        }
        auto audited = m_audit.append(db, QStringLiteral("lab.save"), QStringLiteral("lab-run:%1").arg(*id),
                                      QJsonObject{{QStringLiteral("experiment"), experimentId(run.experiment)},
                                                  {QStringLiteral("quick"), run.quick},
                                                  {QStringLiteral("cancelled"), run.cancelled}});
        if (!audited) {
            return std::unexpected(audited.error());
        }
        return id;
    });
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
    return writeTransactionValue(m_db, [&](QSqlDatabase& db) -> Result<bool> {
        auto experiment = LabRunRepository::experimentOf(db, id);
        if (!experiment) {
            return std::unexpected(experiment.error());
        }
        if (!*experiment) {
            return false;
        }
        auto deleted = LabRunRepository::remove(db, id);
        if (!deleted || !*deleted) {
            return deleted;
        }
        auto audited = m_audit.append(db, QStringLiteral("lab.delete"), QStringLiteral("lab-run:%1").arg(id),
                                      QJsonObject{{QStringLiteral("experiment"), **experiment}});
        if (!audited) {
            return std::unexpected(audited.error());
        }
        return true;
    });
}

} // namespace authscope::lab
