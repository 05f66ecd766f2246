#pragma once

#include "core/audit/AuditEntry.h"
#include "core/common/Clock.h"
#include "core/common/Error.h"

#include <QList>
#include <QObject>

class QSqlDatabase;

namespace authscope {

class Database;
class Transaction;

// The append-only record of every administrative action. Each row stores SHA-256(previous hash || its own
// content), and the newest hash is kept in the meta table, so an edited, inserted, deleted or truncated row is
// found by verify(), which names the first bad row. It proves tampering after the fact; it cannot stop
// someone with write access to the file from rewriting the whole chain.
class AuditLog final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuditLog)

public:
    explicit AuditLog(Database& database, const Clock& clock = Clock::system(), QString actor = {},
                      QObject* parent = nullptr);

    [[nodiscard]] QString actor() const { return m_actor; }

    // The rule for every audited change: the row is written inside the caller's open write transaction, so the
    // change and its audit row commit together or not at all. A failure here must make the caller roll back and
    // hand the error on (Database::writeTransaction does when the work returns it).
    [[nodiscard]] Result<qint64> append(QSqlDatabase& transaction, const QString& action, const QString& target,
                                        const QJsonObject& details = {});
    // The same inside a transaction on another kind of connection (the raw SQLite hot paths: SqliteTransaction).
    [[nodiscard]] Result<qint64> append(Transaction& transaction, const QString& action, const QString& target,
                                        const QJsonObject& details = {});
    // Opens a transaction of its own: only for events that change nothing else (a failed login, a server start,
    // an export). Its callers decide what a failure means for them.
    [[nodiscard]] Result<qint64> append(const QString& action, const QString& target, const QJsonObject& details = {});
    Result<QList<AuditEntry>> list(const AuditFilter& filter = {}) const;
    Result<qint64> count(const AuditFilter& filter = {}) const;
    Result<QStringList> actions() const; // distinct actions, sorted
    Result<AuditVerifyReport> verify() const;

    // The hash of a row: hex SHA-256 over the previous hash and the row's fields, each length-prefixed.
    [[nodiscard]] static QString computeHash(const QString& prevHash, const AuditEntry& entry);
    [[nodiscard]] static QString genesisHash();

private:
    [[nodiscard]] static QString computeHash(const QString& prevHash, const AuditEntry& entry,
                                             const QByteArray& detailsJson);
    [[nodiscard]] Result<AuditEntry> makeEntry(const QString& action, const QString& target,
                                               const QJsonObject& details) const;
    [[nodiscard]] Result<void> writeRow(Transaction& transaction, AuditEntry& entry) const;

public:
Q_SIGNALS:
    void entryAppended(qint64 id);

private:
    Database& m_db;
    const Clock& m_clock;
    QString m_actor;
};

} // namespace authscope
