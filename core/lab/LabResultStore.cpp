#include "core/lab/LabResultStore.h"

#include "core/audit/AuditLog.h"
#include "core/storage/Database.h"
#include "core/storage/SqlError.h"

#include <QJsonDocument>
#include <QSqlQuery>
#include <QVariant>

namespace authscope::lab {

namespace {

const QString kColumns =
    QStringLiteral("id, experiment, started_ms, finished_ms, quick, cancelled, options, machine, result");

QString compact(const QJsonObject& o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QJsonObject object(const QVariant& text)
{
    return QJsonDocument::fromJson(text.toString().toUtf8()).object();
}

std::optional<LabRun> runFrom(const QSqlQuery& q)
{
    const auto experiment = experimentFromId(q.value(1).toString());
    if (!experiment) {
        return std::nullopt; // written by a newer version with an experiment this one does not know
    }
    LabRun r;
    r.id = q.value(0).toLongLong();
    r.experiment = *experiment;
    r.started = QDateTime::fromMSecsSinceEpoch(q.value(2).toLongLong(), Qt::UTC);
    r.finished = QDateTime::fromMSecsSinceEpoch(q.value(3).toLongLong(), Qt::UTC);
    r.quick = q.value(4).toInt() != 0;
    r.cancelled = q.value(5).toInt() != 0;
    r.options = object(q.value(6));
    r.machine = object(q.value(7));
    r.result = object(q.value(8));
    return r;
}

} // namespace

LabResultStore::LabResultStore(Database& database, AuditLog& audit) : m_db(database), m_audit(audit) {}

Result<qint64> LabResultStore::save(const LabRun& run)
{
    qint64 id = 0;
    auto done = m_db.writeTransaction([&](QSqlDatabase& db) -> Result<void> {
        QSqlQuery q(db);
        if (auto ok = execSql(q,
                              QStringLiteral("INSERT INTO lab_runs (experiment, started_ms, finished_ms, quick, "
                                             "cancelled, options, machine, result) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                              {experimentId(run.experiment), run.started.toMSecsSinceEpoch(),
                               run.finished.toMSecsSinceEpoch(), run.quick ? 1 : 0, run.cancelled ? 1 : 0,
                               compact(run.options), compact(run.machine), compact(run.result)});
            !ok) {
            return ok;
        }
        id = q.lastInsertId().toLongLong();
        return {};
    });
    if (!done) {
        return std::unexpected(done.error());
    }
    (void)m_audit.append(QStringLiteral("lab.save"), QStringLiteral("lab-run:%1").arg(id),
                         QJsonObject{{QStringLiteral("experiment"), experimentId(run.experiment)},
                                     {QStringLiteral("quick"), run.quick},
                                     {QStringLiteral("cancelled"), run.cancelled}});
    return id;
}

Result<QList<LabRun>> LabResultStore::list(std::optional<Experiment> experiment, int limit) const
{
    QSqlQuery q(m_db.connection());
    QString sql = QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM lab_runs");
    QVariantList bindings;
    if (experiment) {
        sql += QStringLiteral(" WHERE experiment = ?");
        bindings << experimentId(*experiment);
    }
    sql += QStringLiteral(" ORDER BY started_ms DESC, id DESC");
    if (limit > 0) {
        sql += QStringLiteral(" LIMIT ?");
        bindings << limit;
    }
    if (auto ok = execSql(q, sql, bindings); !ok) {
        return std::unexpected(ok.error());
    }
    QList<LabRun> runs;
    while (q.next()) {
        if (auto r = runFrom(q); r) {
            runs.append(*r);
        }
    }
    return runs;
}

Result<std::optional<LabRun>> LabResultStore::load(qint64 id) const
{
    QSqlQuery q(m_db.connection());
    if (auto ok =
            execSql(q, QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM lab_runs WHERE id = ?"), {id});
        !ok) {
        return std::unexpected(ok.error());
    }
    if (!q.next()) {
        return std::optional<LabRun>();
    }
    return runFrom(q);
}

Result<bool> LabResultStore::remove(qint64 id)
{
    QString experiment;
    bool removed = false;
    auto done = m_db.writeTransaction([&](QSqlDatabase& db) -> Result<void> {
        QSqlQuery q(db);
        if (auto ok = execSql(q, QStringLiteral("SELECT experiment FROM lab_runs WHERE id = ?"), {id}); !ok) {
            return ok;
        }
        if (!q.next()) {
            return {};
        }
        experiment = q.value(0).toString();
        q.finish();
        if (auto ok = execSql(q, QStringLiteral("DELETE FROM lab_runs WHERE id = ?"), {id}); !ok) {
            return ok;
        }
        removed = q.numRowsAffected() > 0;
        return {};
    });
    if (!done) {
        return std::unexpected(done.error());
    }
    if (removed) {
        (void)m_audit.append(QStringLiteral("lab.delete"), QStringLiteral("lab-run:%1").arg(id),
                             QJsonObject{{QStringLiteral("experiment"), experiment}});
    }
    return removed;
}

} // namespace authscope::lab
