#include "core/audit/AuditLog.h"

#include "core/audit/AuditRepository.h"
#include "core/audit/OsUser.h"
#include "core/storage/Database.h"
#include "core/storage/QtSqlTransaction.h"

#include <QCryptographicHash>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace authscope {

namespace {

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

Result<void> AuditLog::writeRow(Transaction& transaction, AuditEntry& entry) const
{
    auto written = [&]() -> Result<void> {
        auto last = AuditRepository::lastRow(transaction);
        if (!last) {
            return std::unexpected(last.error());
        }
        entry.prevHash = *last ? (*last)->hash : genesisHash();
        entry.id = *last ? (*last)->id + 1 : 1;
        const QByteArray details = canonicalDetails(entry.details);
        entry.hash = computeHash(entry.prevHash, entry, details);
        if (auto ok = AuditRepository::insertRow(transaction, entry, details); !ok) {
            return ok;
        }
        return AuditRepository::setHead(transaction, {entry.id, entry.hash});
    }();
    if (!written) {
        // Keep the storage code (disk full, busy, ...) and say what was being written.
        Error e = written.error();
        e.message = QStringLiteral("Could not write the audit row for %1: %2").arg(entry.action, e.message);
        return std::unexpected(std::move(e));
    }
    return {};
}

Result<qint64> AuditLog::append(QSqlDatabase& transaction, const QString& action, const QString& target,
                                const QJsonObject& details)
{
    QtSqlTransaction tx(transaction);
    return append(tx, action, target, details);
}

Result<qint64> AuditLog::append(Transaction& transaction, const QString& action, const QString& target,
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
    auto done = m_db.writeTransaction([&](QSqlDatabase& db) {
        QtSqlTransaction tx(db);
        return writeRow(tx, *entry);
    });
    if (!done) {
        return std::unexpected(done.error());
    }
    Q_EMIT entryAppended(entry->id);
    return entry->id;
}

Result<QList<AuditEntry>> AuditLog::list(const AuditFilter& filter) const
{
    return AuditRepository(m_db).list(filter);
}

Result<qint64> AuditLog::count(const AuditFilter& filter) const
{
    return AuditRepository(m_db).count(filter);
}

Result<QStringList> AuditLog::actions() const
{
    return AuditRepository(m_db).actions();
}

Result<AuditVerifyReport> AuditLog::verify() const
{
    AuditVerifyReport report;
    QString expectedPrev = genesisHash();
    qint64 expectedId = 1;
    auto bad = [&report](qint64 id, QString reason) {
        report.intact = false;
        report.firstBadId = id;
        report.reason = std::move(reason);
    };
    const AuditRepository repository(m_db);
    auto scanned = repository.scan([&](const AuditEntry& e, const QByteArray& storedDetails) {
        ++report.rowsChecked;
        if (e.id != expectedId) {
            const QString missing = expectedId == e.id - 1
                                        ? QStringLiteral("row %1 is").arg(expectedId)
                                        : QStringLiteral("rows %1–%2 are").arg(expectedId).arg(e.id - 1);
            bad(e.id, QStringLiteral("%1 missing before row %2 (deleted?)").arg(missing).arg(e.id));
            return false;
        }
        if (e.prevHash != expectedPrev) {
            bad(e.id, QStringLiteral("row %1 does not continue the chain: its previous-hash field does not match "
                                     "row %2 (a row was edited or replaced)")
                          .arg(e.id)
                          .arg(e.id - 1));
            return false;
        }
        // Hash the details exactly as stored: a re-serialised object could hide an edit of the JSON text.
        if (computeHash(e.prevHash, e, storedDetails) != e.hash) {
            bad(e.id, QStringLiteral("row %1 was edited: its content does not match its hash").arg(e.id));
            return false;
        }
        expectedPrev = e.hash;
        ++expectedId;
        return true;
    });
    if (!scanned) {
        return std::unexpected(scanned.error());
    }
    if (!report.intact) {
        return report;
    }
    // The head recorded at the last append catches rows cut off the end of the log.
    auto head = repository.recordedHead();
    if (!head) {
        return std::unexpected(head.error());
    }
    const qint64 lastId = expectedId - 1;
    if (*head) {
        const qint64 headId = (*head)->id;
        const QString& headHash = (*head)->hash;
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
