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
    };

    explicit AuditRepository(Database& database) : m_db(database) {}

    static Result<std::optional<Head>> lastRow(Transaction& transaction);
    static Result<void> insertRow(Transaction& transaction, const AuditEntry& entry, const QByteArray& detailsJson);
    static Result<void> setHead(Transaction& transaction, const Head& head);

    [[nodiscard]] Result<QList<AuditEntry>> list(const AuditFilter& filter) const;
    [[nodiscard]] Result<qint64> count(const AuditFilter& filter) const;
    [[nodiscard]] Result<QStringList> actions() const;
    // Every row in id order with its details exactly as stored; `visit` returns false to stop.
    Result<void> scan(const std::function<bool(const AuditEntry& entry, const QByteArray& storedDetails)>& visit) const;
    // The head recorded at the last append; nothing when none was.
    [[nodiscard]] Result<std::optional<Head>> recordedHead() const;

private:
    Database& m_db;
};

} // namespace authscope
