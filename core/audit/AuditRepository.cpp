#include "core/audit/AuditRepository.h"

#include "core/storage/Database.h"
#include "core/storage/SqlDialect.h"
#include "core/storage/SqlError.h"
#include "core/storage/SqlRows.h"
#include "core/storage/Transaction.h"

#include <QJsonDocument>
#include <QSqlQuery>

namespace authscope {

namespace {

const QString kHeadKey = QStringLiteral("audit.head");
const QString kSealKey = QStringLiteral("audit.seal");    // "id:hash:tag", the newest sealed row (A-SEAL)
const QString kAuditKeyKey = QStringLiteral("audit.key"); // the audit key sealed under the vault (A-SEAL)
const QString kColumns = QStringLiteral("id, ts_ms, actor, action, target, details, prev_hash, hash, mac");

std::optional<AuditRepository::Head> parseHead(const QString& value)
{
    if (value.isEmpty()) {
        return std::nullopt;
    }
    return AuditRepository::Head{value.section(u':', 0, 0).toLongLong(), value.section(u':', 1, 1),
                                 value.section(u':', 2, 2)};
}

Result<QString> metaIn(Transaction& transaction, const QString& key)
{
    auto row = transaction.queryRow(QStringLiteral("SELECT value FROM meta WHERE key = ?"), {key});
    if (!row) {
        return std::unexpected(row.error());
    }
    return *row ? (*row)->at(0).toString() : QString();
}

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
    e.mac = q.value(8).toString();
    return e;
}

} // namespace

Result<std::optional<AuditRepository::Head>> AuditRepository::lastRow(Transaction& transaction)
{
    auto row = transaction.queryRow(QStringLiteral("SELECT id, hash, mac FROM audit_log ORDER BY id DESC LIMIT 1"));
    if (!row) {
        return std::unexpected(row.error());
    }
    if (!*row) {
        return std::optional<Head>();
    }
    return std::optional<Head>(Head{(*row)->at(0).toLongLong(), (*row)->at(1).toString(), (*row)->at(2).toString()});
}

Result<void> AuditRepository::insertRow(Transaction& transaction, const AuditEntry& entry,
                                        const QByteArray& detailsJson)
{
    auto done =
        transaction.exec(QStringLiteral("INSERT INTO audit_log(id, ts_ms, actor, action, target, details, "
                                        "prev_hash, hash, mac) VALUES(?, ?, ?, COALESCE(?, ''), COALESCE(?, ''), "
                                        "?, ?, ?, ?)"),
                         {entry.id, entry.timeMs, entry.actor, entry.action, entry.target,
                          QString::fromUtf8(detailsJson), entry.prevHash, entry.hash,
                          entry.mac.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(entry.mac)});
    if (!done) {
        return std::unexpected(done.error());
    }
    return {};
}

Result<void> AuditRepository::setHead(Transaction& transaction, const Head& head, const std::optional<Head>& seal)
{
    const QString headValue = QStringLiteral("%1:%2").arg(head.id).arg(head.hash);
    auto done = seal ? transaction.exec(QStringLiteral("INSERT INTO meta(key, value) VALUES(?, ?), (?, ?) "
                                                       "ON CONFLICT(key) DO UPDATE SET value = excluded.value"),
                                        {kHeadKey, headValue, kSealKey,
                                         QStringLiteral("%1:%2:%3").arg(seal->id).arg(seal->hash, seal->mac)})
                     : transaction.exec(QStringLiteral("INSERT INTO meta(key, value) VALUES(?, ?) "
                                                       "ON CONFLICT(key) DO UPDATE SET value = excluded.value"),
                                        {kHeadKey, headValue});
    if (!done) {
        return std::unexpected(done.error());
    }
    return {};
}

Result<std::optional<AuditRepository::Head>> AuditRepository::sealRecord(Transaction& transaction)
{
    auto value = metaIn(transaction, kSealKey);
    if (!value) {
        return std::unexpected(value.error());
    }
    return parseHead(*value);
}

Result<std::optional<AuditRepository::StoredRow>> AuditRepository::rowAt(Transaction& transaction, qint64 id)
{
    auto row = transaction.queryRow(
        QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM audit_log WHERE id = ?"), {id});
    if (!row) {
        return std::unexpected(row.error());
    }
    if (!*row) {
        return std::optional<StoredRow>();
    }
    const QVariantList& v = **row;
    StoredRow r;
    r.entry.id = v.at(0).toLongLong();
    r.entry.timeMs = v.at(1).toLongLong();
    r.entry.actor = v.at(2).toString();
    r.entry.action = v.at(3).toString();
    r.entry.target = v.at(4).toString();
    r.details = v.at(5).toString().toUtf8();
    r.entry.details = QJsonDocument::fromJson(r.details).object();
    r.entry.prevHash = v.at(6).toString();
    r.entry.hash = v.at(7).toString();
    r.entry.mac = v.at(8).toString();
    return std::optional<StoredRow>(std::move(r));
}

Result<void> AuditRepository::setRowMac(Transaction& transaction, qint64 id, const QString& mac)
{
    auto done = transaction.exec(QStringLiteral("UPDATE audit_log SET mac = ? WHERE id = ?"), {mac, id});
    if (!done) {
        return std::unexpected(done.error());
    }
    return {};
}

Result<QString> AuditRepository::sealedKey(Transaction& transaction)
{
    return metaIn(transaction, kAuditKeyKey);
}

Result<void> AuditRepository::setSealedKey(Transaction& transaction, const QString& sealedKey)
{
    auto done = transaction.exec(QStringLiteral("INSERT INTO meta(key, value) VALUES(?, ?) "
                                                "ON CONFLICT(key) DO UPDATE SET value = excluded.value"),
                                 {kAuditKeyKey, sealedKey});
    if (!done) {
        return std::unexpected(done.error());
    }
    return {};
}

Result<bool> AuditRepository::anyRowSealed(Transaction& transaction)
{
    auto row = transaction.queryRow(QStringLiteral("SELECT 1 FROM audit_log WHERE mac IS NOT NULL LIMIT 1"));
    if (!row) {
        return std::unexpected(row.error());
    }
    return row->has_value();
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
    return SqlRows::select(m_db.connection(), sql, bindings, entryFrom);
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
    return SqlRows::select(m_db.connection(), QStringLiteral("SELECT DISTINCT action FROM audit_log ORDER BY action"),
                           {}, SqlRows::text);
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
    return parseHead(*head);
}

Result<std::optional<AuditRepository::Head>> AuditRepository::recordedSeal() const
{
    auto seal = m_db.metaValue(kSealKey);
    if (!seal) {
        return std::unexpected(seal.error());
    }
    return parseHead(*seal);
}

Result<bool> AuditRepository::hasSealedKey() const
{
    auto key = m_db.metaValue(kAuditKeyKey);
    if (!key) {
        return std::unexpected(key.error());
    }
    return !key->isEmpty();
}

Result<AuditRepository::History> AuditRepository::history() const
{
    QSqlQuery q(m_db.connection());
    if (auto ok = execSql(q, QStringLiteral("SELECT (SELECT count(*) FROM users), (SELECT count(*) FROM sessions), "
                                            "(SELECT count(*) FROM signing_keys), (SELECT count(*) FROM key_vault)"));
        !ok) {
        return std::unexpected(ok.error());
    }
    History h;
    if (q.next()) {
        h.users = q.value(0).toLongLong();
        h.sessions = q.value(1).toLongLong();
        h.keys = q.value(2).toLongLong();
        h.vault = q.value(3).toLongLong();
    }
    return h;
}

} // namespace authscope
