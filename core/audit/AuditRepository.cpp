#include "core/audit/AuditRepository.h"

#include "core/storage/Database.h"
#include "core/storage/SqlDialect.h"
#include "core/storage/SqlError.h"
#include "core/storage/Transaction.h"

#include <QJsonDocument>
#include <QSqlQuery>

namespace authscope {

namespace {

const QString kHeadKey = QStringLiteral("audit.head");
const QString kColumns = QStringLiteral("id, ts_ms, actor, action, target, details, prev_hash, hash");

struct Where
{
    QString sql;
    QVariantList bindings;
};

Where whereClause(const AuditFilter& filter, const SqlDialect& dialect)
{
    QStringList parts;
    Where w;
    if (filter.sinceMs) {
        parts << QStringLiteral("ts_ms >= ?");
        w.bindings << *filter.sinceMs;
    }
    if (filter.beforeId) {
        parts << QStringLiteral("id < ?");
        w.bindings << *filter.beforeId;
    }
    if (!filter.action.isEmpty()) {
        if (filter.action.endsWith(u'.')) {
            parts << QStringLiteral("substr(action, 1, ?) = ?");
            w.bindings << filter.action.size() << filter.action;
        } else {
            parts << QStringLiteral("action = ?");
            w.bindings << filter.action;
        }
    }
    if (!filter.text.isEmpty()) {
        parts << QStringLiteral("(%1 OR %2 OR %3 OR %4)")
                     .arg(dialect.containsText(QStringLiteral("actor")), dialect.containsText(QStringLiteral("action")),
                          dialect.containsText(QStringLiteral("target")),
                          dialect.containsText(QStringLiteral("details")));
        w.bindings << filter.text << filter.text << filter.text << filter.text;
    }
    if (!parts.isEmpty()) {
        w.sql = QStringLiteral(" WHERE ") + parts.join(QStringLiteral(" AND "));
    }
    return w;
}

AuditEntry entryFrom(const QSqlQuery& q)
{
    AuditEntry e;
    e.id = q.value(0).toLongLong();
    e.timeMs = q.value(1).toLongLong();
    e.actor = q.value(2).toString();
    e.action = q.value(3).toString();
    e.target = q.value(4).toString();
    e.details = QJsonDocument::fromJson(q.value(5).toString().toUtf8()).object();
    e.prevHash = q.value(6).toString();
    e.hash = q.value(7).toString();
    return e;
}

} // namespace

Result<std::optional<AuditRepository::Head>> AuditRepository::lastRow(Transaction& transaction)
{
    auto row = transaction.queryRow(QStringLiteral("SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1"));
    if (!row) {
        return std::unexpected(row.error());
    }
    if (!*row) {
        return std::optional<Head>();
    }
    return std::optional<Head>(Head{(*row)->at(0).toLongLong(), (*row)->at(1).toString()});
}

Result<void> AuditRepository::insertRow(Transaction& transaction, const AuditEntry& entry,
                                        const QByteArray& detailsJson)
{
    auto done = transaction.exec(QStringLiteral("INSERT INTO audit_log(id, ts_ms, actor, action, target, details, "
                                                "prev_hash, hash) VALUES(?, ?, ?, COALESCE(?, ''), COALESCE(?, ''), "
                                                "?, ?, ?)"),
                                 {entry.id, entry.timeMs, entry.actor, entry.action, entry.target,
                                  QString::fromUtf8(detailsJson), entry.prevHash, entry.hash});
    if (!done) {
        return std::unexpected(done.error());
    }
    return {};
}

Result<void> AuditRepository::setHead(Transaction& transaction, const Head& head)
{
    auto done = transaction.exec(QStringLiteral("INSERT INTO meta(key, value) VALUES(?, ?) "
                                                "ON CONFLICT(key) DO UPDATE SET value = excluded.value"),
                                 {kHeadKey, QStringLiteral("%1:%2").arg(head.id).arg(head.hash)});
    if (!done) {
        return std::unexpected(done.error());
    }
    return {};
}

Result<QList<AuditEntry>> AuditRepository::list(const AuditFilter& filter) const
{
    const Where w = whereClause(filter, SqlDialect(m_db));
    QString sql = QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM audit_log") + w.sql +
                  (filter.newestFirst ? QStringLiteral(" ORDER BY id DESC") : QStringLiteral(" ORDER BY id"));
    QVariantList bindings = w.bindings;
    if (filter.limit >= 0 || filter.offset > 0) {
        sql += QStringLiteral(" LIMIT ? OFFSET ?");
        bindings << (filter.limit >= 0 ? QVariant(filter.limit) : SqlDialect(m_db).noLimit()) << filter.offset;
    }
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (auto ok = execSql(q, sql, bindings); !ok) {
        return std::unexpected(ok.error());
    }
    QList<AuditEntry> rows;
    while (q.next()) {
        rows.append(entryFrom(q));
    }
    return rows;
}

Result<qint64> AuditRepository::count(const AuditFilter& filter) const
{
    const Where w = whereClause(filter, SqlDialect(m_db));
    QSqlQuery q(m_db.connection());
    if (auto ok = execSql(q, QStringLiteral("SELECT count(*) FROM audit_log") + w.sql, w.bindings); !ok) {
        return std::unexpected(ok.error());
    }
    return q.next() ? q.value(0).toLongLong() : 0;
}

Result<QStringList> AuditRepository::actions() const
{
    QSqlQuery q(m_db.connection());
    if (auto ok = execSql(q, QStringLiteral("SELECT DISTINCT action FROM audit_log ORDER BY action")); !ok) {
        return std::unexpected(ok.error());
    }
    QStringList out;
    while (q.next()) {
        out << q.value(0).toString();
    }
    return out;
}

Result<void>
AuditRepository::scan(const std::function<bool(const AuditEntry& entry, const QByteArray& storedDetails)>& visit) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (auto ok = execSql(q, QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM audit_log ORDER BY id"));
        !ok) {
        return std::unexpected(ok.error());
    }
    while (q.next()) {
        if (!visit(entryFrom(q), q.value(5).toString().toUtf8())) {
            break;
        }
    }
    return {};
}

Result<std::optional<AuditRepository::Head>> AuditRepository::recordedHead() const
{
    auto head = m_db.metaValue(kHeadKey);
    if (!head) {
        return std::unexpected(head.error());
    }
    if (head->isEmpty()) {
        return std::optional<Head>();
    }
    return std::optional<Head>(Head{head->section(u':', 0, 0).toLongLong(), head->section(u':', 1)});
}

} // namespace authscope
