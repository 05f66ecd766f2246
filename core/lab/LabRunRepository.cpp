#include "core/lab/LabRunRepository.h"

#include "core/storage/Database.h"
#include "core/storage/SqlError.h"
#include "core/storage/SqlFirstRow.h"
#include "core/storage/SqlRows.h"

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

Result<qint64> LabRunRepository::insert(QSqlDatabase& transaction, const LabRun& run)
{
    QSqlQuery q(transaction);
    if (auto ok =
            execSql(q,
                    QStringLiteral("INSERT INTO lab_runs (experiment, started_ms, finished_ms, quick, "
                                   "cancelled, options, machine, result) VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
                    {experimentId(run.experiment), run.started.toMSecsSinceEpoch(), run.finished.toMSecsSinceEpoch(),
                     run.quick ? 1 : 0, run.cancelled ? 1 : 0, compact(run.options), compact(run.machine),
                     compact(run.result)});
        !ok) {
        return std::unexpected(ok.error());
    }
    // RETURNING (SQLite 3.35+, PostgreSQL): QPSQL has no last insert id without OIDs.
    return q.next() ? q.value(0).toLongLong() : 0;
}

Result<std::optional<QString>> LabRunRepository::experimentOf(QSqlDatabase& transaction, qint64 id)
{
    return selectFirstRow(transaction, QStringLiteral("SELECT experiment FROM lab_runs WHERE id = ?"), {id},
                          SqlRows::text);
}

Result<bool> LabRunRepository::remove(QSqlDatabase& transaction, qint64 id)
{
    QSqlQuery q(transaction);
    if (auto ok = execSql(q, QStringLiteral("DELETE FROM lab_runs WHERE id = ?"), {id}); !ok) {
        return std::unexpected(ok.error());
    }
    return q.numRowsAffected() > 0;
}

Result<QList<LabRun>> LabRunRepository::list(std::optional<Experiment> experiment, int limit) const
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

Result<std::optional<LabRun>> LabRunRepository::load(qint64 id) const
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

} // namespace authscope::lab
