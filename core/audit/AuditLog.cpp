#include "core/audit/AuditLog.h"

#include "core/audit/OsUser.h"
#include "core/storage/Database.h"
#include "core/storage/SqlError.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace authscope {

namespace {

const QString kHeadKey = QStringLiteral("audit.head");

void addField(QCryptographicHash& hash, const QByteArray& field)
{
    // Length prefixes keep ("ab","c") and ("a","bc") apart.
    hash.addData(QByteArray::number(field.size()));
    hash.addData(QByteArrayView(":"));
    hash.addData(field);
    hash.addData(QByteArrayView("\n"));
}

QByteArray canonicalDetails(const QJsonObject& details)
{
    // QJsonObject keeps its keys sorted, so the compact form is canonical for our own rows.
    return QJsonDocument(details).toJson(QJsonDocument::Compact);
}

struct Where
{
    QString sql;
    QVariantList bindings;
};

Where whereClause(const AuditFilter& filter)
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
        parts << QStringLiteral("(instr(lower(actor), lower(?)) > 0 OR instr(lower(action), lower(?)) > 0 OR "
                                "instr(lower(target), lower(?)) > 0 OR instr(lower(details), lower(?)) > 0)");
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

AuditLog::AuditLog(Database& database, const Clock& clock, QString actor, QObject* parent)
    : QObject(parent), m_db(database), m_clock(clock), m_actor(actor.isEmpty() ? osUserName() : std::move(actor))
{}

QString AuditLog::genesisHash()
{
    return QString(64, u'0');
}

QString AuditLog::computeHash(const QString& prevHash, const AuditEntry& entry)
{
    return computeHash(prevHash, entry, canonicalDetails(entry.details));
}

QString AuditLog::computeHash(const QString& prevHash, const AuditEntry& entry, const QByteArray& detailsJson)
{
    QCryptographicHash h(QCryptographicHash::Sha256);
    addField(h, prevHash.toLatin1());
    addField(h, QByteArray::number(entry.id));
    addField(h, QByteArray::number(entry.timeMs));
    addField(h, entry.actor.toUtf8());
    addField(h, entry.action.toUtf8());
    addField(h, entry.target.toUtf8());
    addField(h, detailsJson);
    return QString::fromLatin1(h.result().toHex());
}

Result<AuditEntry> AuditLog::makeEntry(const QString& action, const QString& target, const QJsonObject& details) const
{
    if (action.isEmpty()) {
        return fail(QStringLiteral("audit.no-action"), QStringLiteral("An audit row needs an action."));
    }
    AuditEntry entry;
    entry.timeMs = m_clock.nowMs();
    entry.actor = m_actor;
    entry.action = action;
    entry.target = target.isNull() ? QString(u""_s) : target;
    entry.details = details;
    return entry;
}

Result<void> AuditLog::writeRow(QSqlDatabase& db, AuditEntry& entry) const
{
    QSqlQuery q(db);
    if (auto ok = execSql(q, QStringLiteral("SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1")); !ok) {
        return ok;
    }
    entry.prevHash = genesisHash();
    entry.id = 1;
    if (q.next()) {
        entry.id = q.value(0).toLongLong() + 1;
        entry.prevHash = q.value(1).toString();
    }
    entry.hash = computeHash(entry.prevHash, entry);
    if (auto ok = execSql(q,
                          QStringLiteral("INSERT INTO audit_log(id, ts_ms, actor, action, target, details, "
                                         "prev_hash, hash) VALUES(?, ?, ?, COALESCE(?, ''), COALESCE(?, ''), ?, ?, ?)"),
                          {entry.id, entry.timeMs, entry.actor, entry.action, entry.target,
                           QString::fromUtf8(canonicalDetails(entry.details)), entry.prevHash, entry.hash});
        !ok) {
        return ok;
    }
    return execSql(q,
                   QStringLiteral("INSERT INTO meta(key, value) VALUES(?, ?) "
                                  "ON CONFLICT(key) DO UPDATE SET value = excluded.value"),
                   {kHeadKey, QStringLiteral("%1:%2").arg(entry.id).arg(entry.hash)});
}

Result<qint64> AuditLog::append(QSqlDatabase& transaction, const QString& action, const QString& target,
                                const QJsonObject& details)
{
    auto entry = makeEntry(action, target, details);
    if (!entry) {
        return std::unexpected(entry.error());
    }
    if (auto ok = writeRow(transaction, *entry); !ok) {
        return std::unexpected(ok.error());
    }
    // Listeners reload what they show; the signal goes out after the caller's transaction had its chance to commit.
    QMetaObject::invokeMethod(
        this, [this, id = entry->id] { Q_EMIT entryAppended(id); }, Qt::QueuedConnection);
    return entry->id;
}

Result<qint64> AuditLog::append(const QString& action, const QString& target, const QJsonObject& details)
{
    auto entry = makeEntry(action, target, details);
    if (!entry) {
        return std::unexpected(entry.error());
    }
    // Reading the head and inserting happen under one write lock, so two processes never fork the chain.
    auto done = m_db.writeTransaction([&](QSqlDatabase& db) { return writeRow(db, *entry); });
    if (!done) {
        return std::unexpected(done.error());
    }
    Q_EMIT entryAppended(entry->id);
    return entry->id;
}

Result<QList<AuditEntry>> AuditLog::list(const AuditFilter& filter) const
{
    const Where w = whereClause(filter);
    QString sql = QStringLiteral("SELECT id, ts_ms, actor, action, target, details, prev_hash, hash FROM audit_log") +
                  w.sql + (filter.newestFirst ? QStringLiteral(" ORDER BY id DESC") : QStringLiteral(" ORDER BY id"));
    QVariantList bindings = w.bindings;
    if (filter.limit >= 0 || filter.offset > 0) {
        sql += QStringLiteral(" LIMIT ? OFFSET ?");
        bindings << (filter.limit >= 0 ? filter.limit : -1) << filter.offset;
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

Result<qint64> AuditLog::count(const AuditFilter& filter) const
{
    const Where w = whereClause(filter);
    QSqlQuery q(m_db.connection());
    if (auto ok = execSql(q, QStringLiteral("SELECT count(*) FROM audit_log") + w.sql, w.bindings); !ok) {
        return std::unexpected(ok.error());
    }
    return q.next() ? q.value(0).toLongLong() : 0;
}

Result<QStringList> AuditLog::actions() const
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

Result<AuditVerifyReport> AuditLog::verify() const
{
    AuditVerifyReport report;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (auto ok = execSql(q, QStringLiteral("SELECT id, ts_ms, actor, action, target, details, prev_hash, hash "
                                            "FROM audit_log ORDER BY id"));
        !ok) {
        return std::unexpected(ok.error());
    }
    QString expectedPrev = genesisHash();
    qint64 expectedId = 1;
    auto bad = [&report](qint64 id, QString reason) {
        report.intact = false;
        report.firstBadId = id;
        report.reason = std::move(reason);
    };
    while (q.next()) {
        AuditEntry e = entryFrom(q);
        // Hash the details exactly as stored: a re-serialised object could hide an edit of the JSON text.
        const QByteArray storedDetails = q.value(5).toString().toUtf8();
        ++report.rowsChecked;
        if (e.id != expectedId) {
            const QString missing = expectedId == e.id - 1
                                        ? QStringLiteral("row %1 is").arg(expectedId)
                                        : QStringLiteral("rows %1–%2 are").arg(expectedId).arg(e.id - 1);
            bad(e.id, QStringLiteral("%1 missing before row %2 (deleted?)").arg(missing).arg(e.id));
            return report;
        }
        if (e.prevHash != expectedPrev) {
            bad(e.id, QStringLiteral("row %1 does not continue the chain: its previous-hash field does not match "
                                     "row %2 (a row was edited or replaced)")
                          .arg(e.id)
                          .arg(e.id - 1));
            return report;
        }
        const QString actual = computeHash(e.prevHash, e, storedDetails);
        if (actual != e.hash) {
            bad(e.id, QStringLiteral("row %1 was edited: its content does not match its hash").arg(e.id));
            return report;
        }
        expectedPrev = e.hash;
        ++expectedId;
    }
    // The head recorded at the last append catches rows cut off the end of the log.
    auto head = m_db.metaValue(kHeadKey);
    if (!head) {
        return std::unexpected(head.error());
    }
    const qint64 lastId = expectedId - 1;
    if (!head->isEmpty()) {
        const qint64 headId = head->section(u':', 0, 0).toLongLong();
        const QString headHash = head->section(u':', 1);
        if (headId != lastId || headHash != expectedPrev) {
            if (headId > lastId) {
                bad(lastId + 1, QStringLiteral("the log ends at row %1 but row %2 was written: the newest rows were "
                                               "deleted")
                                    .arg(lastId)
                                    .arg(headId));
            } else {
                bad(headId + 1 <= lastId ? headId + 1 : lastId,
                    QStringLiteral("the log's recorded head (row %1) does not match its last row %2")
                        .arg(headId)
                        .arg(lastId));
            }
        }
    } else if (lastId > 0) {
        bad(1, QStringLiteral("the log has rows but no recorded head: the meta table was edited"));
    }
    return report;
}

} // namespace authscope
