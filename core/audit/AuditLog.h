#pragma once

#include "core/audit/AuditEntry.h"
#include "core/audit/AuditSeal.h"
#include "core/common/Clock.h"
#include "core/common/Error.h"

#include <QList>
#include <QMutex>
#include <QObject>

#include <atomic>
#include <memory>
#include <optional>

class QSqlDatabase;

namespace authscope {

class Database;
class Transaction;
struct AuditCheckpoint;

// The append-only record of every administrative action. Each row stores SHA-256(previous hash || its own
// content), and the newest hash is kept in the meta table (A-CHAIN). While the audit key is at hand (the key
// vault is unlocked, AuditSealer) each row also carries an HMAC of its hash and the meta table a tagged head, so
// that someone who can write the file but lacks the key cannot re-chain, append, cut or empty the log unseen
// (A-SEAL). Rows written without the key are sealed by the next process that has it, after their chain is
// checked. verify() names the first bad row and the kind of break; a checkpoint kept outside the database
// proves a prefix (A-CHECKPOINT).
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
    // `actor`, when given, names who acted instead of the log's own actor (a user logging in to the test server).
    [[nodiscard]] Result<qint64> append(Transaction& transaction, const QString& action, const QString& target,
                                        const QJsonObject& details = {}, const QString& actor = {});
    // Opens a transaction of its own: only for events that change nothing else (a failed login, a server start,
    // an export). Its callers decide what a failure means for them.
    [[nodiscard]] Result<qint64> append(const QString& action, const QString& target, const QJsonObject& details = {});
    Result<QList<AuditEntry>> list(const AuditFilter& filter = {}) const;
    Result<qint64> count(const AuditFilter& filter = {}) const;
    Result<QStringList> actions() const; // distinct actions, sorted
    // With a checkpoint: also proves that the log still holds the checkpoint's prefix unchanged.
    Result<AuditVerifyReport> verify(const AuditCheckpoint* checkpoint = nullptr) const;

    // The audit key in use (AuditSealer sets it when the vault unlocks); null: rows are written unsealed.
    void setSeal(std::shared_ptr<const AuditSeal> seal);
    [[nodiscard]] std::shared_ptr<const AuditSeal> seal() const;
    // For a verify that unlocks the vault: the key is only opened, nothing is made or sealed, so that the log is
    // judged as it was found (sealing late rows first would vouch for them before they were looked at).
    void setSealingPaused(bool paused) { m_sealingPaused = paused; }
    // Why the key is not at hand although the vault was unlocked (AuditSealer), for the commands to say.
    void setSealProblem(std::optional<Error> problem);
    [[nodiscard]] std::optional<Error> sealProblem() const;
    [[nodiscard]] bool sealingPaused() const { return m_sealingPaused; }
    // A-SEAL-BOUND: the unlocked key vault promises that this log is sealed (AuditSealer sets it), so verify() finds
    // an audit key deleted together with every seal and the seal record.
    void setSealExpected(bool expected) { m_sealExpected = expected; }
    [[nodiscard]] bool sealExpected() const { return m_sealExpected; }
    // Seals the rows written while the key was not at hand, once their chain checks out; how many were sealed.
    // audit.tail-broken (nothing sealed) when the chain after the last seal is broken: a break is never blessed.
    [[nodiscard]] Result<qint64> sealPending();
    // The head as it is now, tagged under the audit key (seals pending rows first); audit.no-key without the key.
    [[nodiscard]] Result<AuditCheckpoint> checkpoint();

    // The hash of a row: hex SHA-256 over the previous hash and the row's fields, each length-prefixed.
    [[nodiscard]] static QString computeHash(const QString& prevHash, const AuditEntry& entry);
    // The same over the details text exactly as stored (verify: a re-serialised object could hide an edit).
    [[nodiscard]] static QString computeHash(const QString& prevHash, const AuditEntry& entry,
                                             const QByteArray& detailsJson);
    [[nodiscard]] static QString genesisHash();

private:
    [[nodiscard]] Result<AuditEntry> makeEntry(const QString& action, const QString& target,
                                               const QJsonObject& details) const;
    [[nodiscard]] Result<void> writeRow(Transaction& transaction, AuditEntry& entry) const;
    // Checks the rows after the last seal and tags them; nothing when their chain is broken (nothing written).
    [[nodiscard]] static Result<std::optional<qint64>> sealTail(Transaction& transaction, const AuditSeal& seal);

public:
Q_SIGNALS:
    void entryAppended(qint64 id);

private:
    Database& m_db;
    const Clock& m_clock;
    QString m_actor;
    mutable QMutex m_sealMutex;
    std::shared_ptr<const AuditSeal> m_seal;
    std::optional<Error> m_sealProblem;
    std::atomic<bool> m_sealingPaused = false;
    std::atomic<bool> m_sealExpected = false;
};

} // namespace authscope
