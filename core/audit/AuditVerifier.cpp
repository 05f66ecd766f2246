#include "core/audit/AuditVerifier.h"

#include "core/audit/AuditCheckpoint.h"
#include "core/audit/AuditLog.h"

#include <QDateTime>

using namespace Qt::StringLiterals;

namespace authscope {

namespace {

QString rowsText(qint64 from, qint64 to)
{
    return from == to ? u"row %1"_s.arg(from) : u"rows %1–%2"_s.arg(from).arg(to);
}

QString utc(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODate);
}

} // namespace

void AuditVerifier::bad(qint64 id, const QString& kind, const QString& reason)
{
    if (!m_report.intact) {
        return; // the first break found is the one reported
    }
    m_report.intact = false;
    m_report.firstBadId = id;
    m_report.kind = kind;
    m_report.reason = reason;
}

bool AuditVerifier::checkRow(const AuditEntry& e, const QByteArray& storedDetails)
{
    ++m_report.rowsChecked;
    if (e.id != m_expectedId) {
        bad(e.id, u"missing-rows"_s,
            u"%1 missing before row %2 (deleted?)"_s
                .arg(e.id - 1 == m_expectedId ? u"row %1 is"_s.arg(m_expectedId)
                                              : u"rows %1–%2 are"_s.arg(m_expectedId).arg(e.id - 1))
                .arg(e.id));
        return false;
    }
    if (e.prevHash != m_expectedPrev) {
        bad(e.id, u"chain"_s,
            u"row %1 does not continue the chain: its previous-hash field does not match row %2 (a row was edited "
            "or replaced)"_s.arg(e.id)
                .arg(e.id - 1));
        return false;
    }
    // Hash the details exactly as stored: a re-serialised object could hide an edit of the JSON text.
    if (AuditLog::computeHash(e.prevHash, e, storedDetails) != e.hash) {
        bad(e.id, u"edited"_s, u"row %1 was edited: its content does not match its hash"_s.arg(e.id));
        return false;
    }
    // A-SEAL: a row's tag binds its hash, which binds every row before it.
    if (!e.mac.isEmpty()) {
        m_anyRowSealed = true;
        if (m_seal && !AuditSeal::matches(e.mac, m_seal->rowMac(e.id, e.hash))) {
            bad(e.id, u"row-seal"_s,
                u"row %1's seal does not match its hash under the audit key: the row (or one before it) was changed "
                "and the chain recomputed, or the row was forged"_s.arg(e.id));
            return false;
        }
    } else if (m_sealRecord && e.id <= m_sealRecord->id) {
        bad(e.id, u"row-seal"_s,
            u"row %1 has no seal although the log was sealed through row %2: the row was replaced or inserted"_s
                .arg(e.id)
                .arg(m_sealRecord->id));
        return false;
    }
    if (m_sealRecord && e.id == m_sealRecord->id) {
        m_sealRowHash = e.hash;
    }
    if (m_checkpoint && e.id == m_checkpoint->headId) {
        m_checkpointRowHash = e.hash;
    }
    m_expectedPrev = e.hash;
    ++m_expectedId;
    return true;
}

void AuditVerifier::checkHead(const std::optional<AuditRepository::Head>& head)
{
    // The head recorded at the last append catches rows cut off the end of the log (A-CHAIN, keyless).
    const qint64 lastId = m_expectedId - 1;
    if (!head) {
        if (lastId > 0) {
            bad(1, u"head"_s, u"the log has rows but no recorded head: the meta table was edited"_s);
        }
        return;
    }
    if (head->id == lastId && head->hash == m_expectedPrev) {
        return;
    }
    if (head->id > lastId) {
        bad(lastId + 1, u"truncated"_s,
            u"the log ends at row %1 but row %2 was written: the newest rows were deleted"_s.arg(lastId).arg(head->id));
    } else {
        bad(head->id + 1 <= lastId ? head->id + 1 : lastId, u"head"_s,
            u"the log's recorded head (row %1) does not match its last row %2"_s.arg(head->id).arg(lastId));
    }
}

void AuditVerifier::checkSeal(bool keyStored)
{
    const qint64 lastId = m_expectedId - 1;
    m_report.sealed = keyStored || m_sealRecord || m_anyRowSealed || m_sealExpected;
    m_report.sealsChecked = m_report.sealed && m_seal != nullptr;
    if (m_sealExpected && !keyStored) {
        bad(1, u"audit-key"_s,
            u"the key vault vouches that this log is sealed, but its audit key is gone from the database%1: it was "
            "deleted, and the log may have been rewritten"_s.arg(m_sealRecord || m_anyRowSealed
                                                                     ? QString()
                                                                     : u" together with every seal and the seal "
                                                                       "record"_s));
        m_report.unsealedRows = m_sealRecord ? std::max<qint64>(0, lastId - m_sealRecord->id) : lastId;
        return;
    }
    if (!m_sealRecord) {
        if (m_report.sealed && lastId > 0) {
            bad(1, u"seal"_s,
                u"the log carries seals (or an audit key) but no seal record: the record was deleted to hide a "
                "change"_s);
        }
        m_report.unsealedRows = lastId;
        return;
    }
    const auto& [id, hash, mac] = *m_sealRecord;
    m_report.sealedThrough = id;
    m_report.unsealedRows = std::max<qint64>(0, lastId - id);
    if (id > lastId) {
        bad(lastId + 1, u"truncated"_s,
            u"the log was sealed through row %1 but ends at row %2: %3 deleted"_s.arg(id).arg(lastId).arg(
                rowsText(lastId + 1, id) + (id > lastId + 1 ? u" were"_s : u" was"_s)));
    } else if (m_sealRowHash != hash) {
        bad(id, u"seal"_s,
            u"the seal record names row %1 with another hash than the row has: the log was rewritten"_s.arg(id));
    } else if (m_seal && !AuditSeal::matches(mac, m_seal->headMac(id, hash))) {
        bad(id, u"seal"_s,
            u"the seal record (row %1) is not genuine: its tag does not match under the audit key (it was moved "
            "to hide deleted rows, or forged)"_s.arg(id));
    } else if (!keyStored) {
        bad(id, u"audit-key"_s, u"the log is sealed but its audit key is gone from the database: it was deleted"_s);
    }
}

Result<void> AuditVerifier::checkEmpty(bool keyStored, bool headStored)
{
    if (m_expectedId > 1) {
        return {};
    }
    if (keyStored || headStored || m_sealRecord) {
        bad(1, u"emptied"_s,
            u"the log is empty but it recorded rows before (its head, seal or audit key remain): the rows were "
            "deleted"_s);
        return {};
    }
    // Every user, session, key and the vault were created with an audit row (A-EVERY-ACTION).
    auto history = m_repository.history();
    if (!history) {
        return std::unexpected(history.error());
    }
    if (history->any()) {
        bad(1, u"emptied"_s,
            u"the log is empty but the database holds %1 user(s), %2 session(s), %3 signing key(s) and %4 key "
            "vault(s), each created with an audit row: the rows were deleted"_s.arg(history->users)
                .arg(history->sessions)
                .arg(history->keys)
                .arg(history->vault));
    }
    return {};
}

void AuditVerifier::checkCheckpoint(const AuditCheckpoint& c)
{
    const qint64 lastId = m_expectedId - 1;
    m_report.checkpointChecked = true;
    if (m_seal) {
        m_report.checkpointMacChecked = true;
        if (!AuditSeal::matches(c.mac, m_seal->checkpointMac(c.signedText()))) {
            bad(c.headId, u"checkpoint"_s,
                u"the checkpoint's tag does not match this database's audit key: the file was edited, or it "
                "belongs to another database"_s);
            return;
        }
    }
    if (c.headId > lastId) {
        bad(lastId + 1, u"truncated"_s,
            u"the checkpoint of %1 saw %2 row(s); the log now ends at row %3: %4 deleted"_s.arg(utc(c.timeMs))
                .arg(c.rows)
                .arg(lastId)
                .arg(rowsText(lastId + 1, c.headId) + (c.headId > lastId + 1 ? u" were"_s : u" was"_s)));
    } else if (c.headId > 0 && m_checkpointRowHash != c.headHash) {
        bad(c.headId, u"checkpoint"_s,
            u"row %1 is not the row the checkpoint of %2 saw: the log was rewritten up to there"_s.arg(c.headId).arg(
                utc(c.timeMs)));
    }
}

Result<AuditVerifyReport> AuditVerifier::run(const AuditCheckpoint* checkpoint)
{
    m_checkpoint = checkpoint;
    m_expectedPrev = AuditLog::genesisHash();
    auto head = m_repository.recordedHead();
    auto sealRecord = m_repository.recordedSeal();
    auto keyStored = m_repository.hasSealedKey();
    if (!head || !sealRecord || !keyStored) {
        return std::unexpected(!head ? head.error() : !sealRecord ? sealRecord.error() : keyStored.error());
    }
    m_sealRecord = *sealRecord;
    auto scanned = m_repository.scan(
        [this](const AuditEntry& e, const QByteArray& storedDetails) { return checkRow(e, storedDetails); });
    if (!scanned) {
        return std::unexpected(scanned.error());
    }
    if (m_report.intact && checkpoint) {
        checkCheckpoint(*checkpoint);
    }
    if (m_report.intact) {
        if (auto ok = checkEmpty(*keyStored, head->has_value()); !ok) {
            return std::unexpected(ok.error());
        }
    }
    if (m_report.intact) {
        checkHead(*head);
    }
    if (m_report.intact) {
        checkSeal(*keyStored);
    } else {
        m_report.sealed = *keyStored || m_sealRecord || m_anyRowSealed || m_sealExpected;
        m_report.sealsChecked = m_report.sealed && m_seal != nullptr;
    }
    return m_report;
}

} // namespace authscope
