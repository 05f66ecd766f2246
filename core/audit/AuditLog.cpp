#include "core/audit/AuditLog.h"

#include "core/audit/AuditCheckpoint.h"
#include "core/audit/AuditRepository.h"
#include "core/audit/AuditVerifier.h"
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

Result<std::optional<qint64>> AuditLog::sealTail(Transaction& transaction, const AuditSeal& seal)
{
    using Broken = std::optional<qint64>;
    qint64 nextId = 1;
    QString prev = genesisHash();
    auto record = AuditRepository::sealRecord(transaction);
    if (!record) {
        return std::unexpected(record.error());
    }
    if (*record) {
        // A-SEAL: start only from a genuine seal record that still names its row.
        const auto& [id, hash, mac] = **record;
        auto row = AuditRepository::rowAt(transaction, id);
        if (!row) {
            return std::unexpected(row.error());
        }
        if (!AuditSeal::matches(mac, seal.headMac(id, hash)) || !*row || (*row)->entry.hash != hash) {
            return Broken();
        }
        nextId = id + 1;
        prev = hash;
    }
    auto last = AuditRepository::lastRow(transaction);
    if (!last) {
        return std::unexpected(last.error());
    }
    if (!*last || (*last)->id < nextId) {
        return Broken(0);
    }
    // Check every row first and write only when all hold, so a broken tail stays exactly as it was found.
    QList<std::pair<qint64, QString>> tail;
    for (qint64 id = nextId; id <= (*last)->id; ++id) {
        auto row = AuditRepository::rowAt(transaction, id);
        if (!row) {
            return std::unexpected(row.error());
        }
        if (!*row) {
            return Broken();
        }
        const AuditEntry& e = (*row)->entry;
        if (e.prevHash != prev || computeHash(prev, e, (*row)->details) != e.hash ||
            (!e.mac.isEmpty() && !AuditSeal::matches(e.mac, seal.rowMac(id, e.hash)))) {
            return Broken();
        }
        tail.append({id, e.hash});
        prev = e.hash;
    }
    for (const auto& [id, hash] : tail) {
        if (auto ok = AuditRepository::setRowMac(transaction, id, seal.rowMac(id, hash)); !ok) {
            return std::unexpected(ok.error());
        }
    }
    const auto& [lastId, lastHash] = tail.constLast();
    if (auto ok = AuditRepository::setHead(transaction, {lastId, lastHash, {}},
                                           AuditRepository::Head{lastId, lastHash, seal.headMac(lastId, lastHash)});
        !ok) {
        return std::unexpected(ok.error());
    }
    return Broken(tail.size());
}

Result<void> AuditLog::writeRow(Transaction& transaction, AuditEntry& entry) const
{
    auto written = [&]() -> Result<void> {
        auto last = AuditRepository::lastRow(transaction);
        if (!last) {
            return std::unexpected(last.error());
        }
        std::shared_ptr<const AuditSeal> sealing = seal();
        if (sealing && *last && (*last)->mac.isEmpty()) {
            // Rows another process wrote while its vault was locked: sealed first, if their chain holds; if it
            // does not, this row stays unsealed too so that verify() keeps reporting the break (A-SEAL).
            auto sealed = sealTail(transaction, *sealing);
            if (!sealed) {
                return std::unexpected(sealed.error());
            }
            if (!*sealed) {
                sealing.reset();
            }
        }
        entry.prevHash = *last ? (*last)->hash : genesisHash();
        entry.id = *last ? (*last)->id + 1 : 1;
        const QByteArray details = canonicalDetails(entry.details);
        entry.hash = computeHash(entry.prevHash, entry, details);
        std::optional<AuditRepository::Head> sealedHead;
        if (sealing) {
            entry.mac = sealing->rowMac(entry.id, entry.hash);
            sealedHead = AuditRepository::Head{entry.id, entry.hash, sealing->headMac(entry.id, entry.hash)};
        }
        if (auto ok = AuditRepository::insertRow(transaction, entry, details); !ok) {
            return ok;
        }
        return AuditRepository::setHead(transaction, {entry.id, entry.hash, {}}, sealedHead);
    }();
    if (!written) {
        // Keep the storage code (disk full, busy, ...) and say what was being written.
        Error e = written.error();
        e.message = QStringLiteral("Could not write the audit row for %1: %2").arg(entry.action, e.message);
        return std::unexpected(std::move(e));
    }
    return {};
}

void AuditLog::setSeal(std::shared_ptr<const AuditSeal> seal)
{
    const QMutexLocker lock(&m_sealMutex);
    m_seal = std::move(seal);
}

std::shared_ptr<const AuditSeal> AuditLog::seal() const
{
    const QMutexLocker lock(&m_sealMutex);
    return m_seal;
}

void AuditLog::setSealProblem(std::optional<Error> problem)
{
    const QMutexLocker lock(&m_sealMutex);
    m_sealProblem = std::move(problem);
}

std::optional<Error> AuditLog::sealProblem() const
{
    const QMutexLocker lock(&m_sealMutex);
    return m_sealProblem;
}

Result<qint64> AuditLog::sealPending()
{
    const std::shared_ptr<const AuditSeal> sealing = seal();
    if (!sealing) {
        return fail(QStringLiteral("audit.no-key"),
                    QStringLiteral("the audit key is not at hand: unlock the key vault to seal the log"));
    }
    qint64 count = 0;
    std::optional<AuditEntry> note;
    auto done = m_db.writeTransaction([&](QSqlDatabase& db) -> Result<void> {
        QtSqlTransaction tx(db);
        auto sealed = sealTail(tx, *sealing);
        if (!sealed) {
            return std::unexpected(sealed.error());
        }
        if (!*sealed) {
            return fail(QStringLiteral("audit.tail-broken"),
                        QStringLiteral("the rows after the last seal do not chain (run audit verify): they were "
                                       "left unsealed"));
        }
        count = **sealed;
        if (count == 0) {
            return {};
        }
        // The sealing itself is on record: how many rows were sealed late, and which.
        auto entry = makeEntry(QStringLiteral("audit.seal"), QString(), QJsonObject{{QStringLiteral("rows"), count}});
        if (!entry) {
            return std::unexpected(entry.error());
        }
        if (auto ok = writeRow(tx, *entry); !ok) {
            return ok;
        }
        note = *entry;
        return {};
    });
    if (!done) {
        return std::unexpected(done.error());
    }
    if (note) {
        Q_EMIT entryAppended(note->id);
    }
    return count;
}

Result<AuditCheckpoint> AuditLog::checkpoint()
{
    auto sealed = sealPending();
    if (!sealed) {
        return std::unexpected(sealed.error());
    }
    // A-CHECKPOINT: only a log that verifies (seals included) is vouched for.
    auto report = verify();
    if (!report) {
        return std::unexpected(report.error());
    }
    if (!report->intact) {
        return fail(
            QStringLiteral("audit.broken"),
            QStringLiteral("no checkpoint of a broken log: row %1: %2").arg(report->firstBadId).arg(report->reason));
    }
    const std::shared_ptr<const AuditSeal> sealing = seal();
    auto head = AuditRepository(m_db).recordedSeal();
    if (!head) {
        return std::unexpected(head.error());
    }
    AuditCheckpoint c;
    c.timeMs = m_clock.nowMs();
    if (*head) {
        c.headId = (*head)->id;
        c.headHash = (*head)->hash;
    } else {
        c.headHash = genesisHash();
    }
    c.rows = c.headId;
    c.mac = sealing->checkpointMac(c.signedText());
    return c;
}

Result<qint64> AuditLog::append(QSqlDatabase& transaction, const QString& action, const QString& target,
                                const QJsonObject& details)
{
    QtSqlTransaction tx(transaction);
    return append(tx, action, target, details);
}

Result<qint64> AuditLog::append(Transaction& transaction, const QString& action, const QString& target,
                                const QJsonObject& details, const QString& actor)
{
    auto entry = makeEntry(action, target, details);
    if (!entry) {
        return std::unexpected(entry.error());
    }
    if (!actor.isEmpty()) {
        entry->actor = actor;
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

Result<AuditVerifyReport> AuditLog::verify(const AuditCheckpoint* checkpoint) const
{
    return AuditVerifier(m_db, seal(), m_sealExpected).run(checkpoint);
}

} // namespace authscope
