#pragma once

#include "core/audit/AuditEntry.h"
#include "core/common/Error.h"

#include <QList>
#include <QStringList>

#include <functional>
#include <optional>

namespace authscope {

class Database;
class Transaction;

// The SQL of the audit log: the audit_log table and the chain's head in the meta table. The writing calls run in
// the transaction of the change the row records (any Transaction: QtSql or the raw SQLite hot paths).
class AuditRepository final
{
public:
    struct Head
    {
        qint64 id = 0;
        QString hash;
        QString mac; // lastRow(): the row's seal; the seal record: its head tag; empty when none
    };
    // A row as stored, with its details text exactly as written (the hash covers that text).
    struct StoredRow
    {
        AuditEntry entry;
        QByteArray details;
    };
    // What else the database holds: an empty log next to any of it was emptied (A-SEAL).
    struct History
    {
        qint64 users = 0;
        qint64 sessions = 0;
        qint64 keys = 0;
        qint64 vault = 0;
        [[nodiscard]] bool any() const { return users + sessions + keys + vault > 0; }
    };

    explicit AuditRepository(Database& database) : m_db(database) {}

    static Result<std::optional<Head>> lastRow(Transaction& transaction);
    static Result<void> insertRow(Transaction& transaction, const AuditEntry& entry, const QByteArray& detailsJson);
    // The keyless head, and with `seal` the sealed head too, in one statement.
    static Result<void> setHead(Transaction& transaction, const Head& head, const std::optional<Head>& seal = {});
    static Result<std::optional<Head>> sealRecord(Transaction& transaction);
    static Result<std::optional<StoredRow>> rowAt(Transaction& transaction, qint64 id);
    static Result<void> setRowMac(Transaction& transaction, qint64 id, const QString& mac);
    // The audit key sealed under the vault's data key (base64), empty when none was made.
    static Result<QString> sealedKey(Transaction& transaction);
    static Result<void> setSealedKey(Transaction& transaction, const QString& sealedKey);
    // Whether any row carries a seal (a log that was sealed once and lost its key was tampered with).
    static Result<bool> anyRowSealed(Transaction& transaction);

    [[nodiscard]] Result<QList<AuditEntry>> list(const AuditFilter& filter) const;
    [[nodiscard]] Result<qint64> count(const AuditFilter& filter) const;
    [[nodiscard]] Result<QStringList> actions() const;
    // Every row in id order with its details exactly as stored; `visit` returns false to stop.
    Result<void> scan(const std::function<bool(const AuditEntry& entry, const QByteArray& storedDetails)>& visit) const;
    // The head recorded at the last append; nothing when none was.
    [[nodiscard]] Result<std::optional<Head>> recordedHead() const;
    [[nodiscard]] Result<std::optional<Head>> recordedSeal() const;
    [[nodiscard]] Result<bool> hasSealedKey() const;
    [[nodiscard]] Result<History> history() const;

private:
    Database& m_db;
};

} // namespace authscope
