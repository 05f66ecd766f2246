#pragma once

#include "core/common/Error.h"
#include "core/history/TokenHistoryEntry.h"

#include <QByteArray>
#include <QList>
#include <QVariant>

#include <optional>

class QSqlDatabase;

namespace authscope {

class Database;

// The SQL of the token_history table.
class TokenHistoryRepository final
{
public:
    // What add() writes: the summary fields already cut to size, never null.
    struct Row
    {
        QByteArray sha256;
        QString token;
        QString kind;
        QString algorithm;
        QString keyId;
        QString issuer;
        QString subject;
        QVariant expiresAt; // a null qint64 when the token has no usable exp
    };

    explicit TokenHistoryRepository(Database& database) : m_db(database) {}

    // Inserts the row or moves its last-seen time and count; keeps the newest `capacity` entries; returns its id.
    Result<qint64> upsert(const Row& row, qint64 nowMs, int capacity);
    [[nodiscard]] Result<QList<TokenHistoryEntry>> list(int limit) const;
    [[nodiscard]] Result<std::optional<TokenHistoryEntry>> find(qint64 id) const;
    [[nodiscard]] Result<qint64> count() const;
    Result<bool> remove(qint64 id);
    Result<qint64> clear();
    // The same inside the caller's open write transaction (A-SAME-TX: with the audit row of the clearing).
    static Result<qint64> clear(QSqlDatabase& transaction);
    // False when no entry has this id.
    Result<bool> setLabel(qint64 id, const QString& label);
    // Stores `token` as the entry's text and whether it is the usable token; false when no entry has this id (or
    // `sha256` is given and is not the entry's).
    Result<bool> setToken(qint64 id, const QString& token, bool kept, const QByteArray& sha256 = {});
    [[nodiscard]] Result<QByteArray> sha256Of(qint64 id) const;
    // Deletes entries last seen before `cutoffMs`; returns how many.
    Result<qint64> deleteSeenBefore(qint64 cutoffMs);
    // Entries whose stored text may still be a usable token: kept ones whose exp has passed (or that have no exp
    // and were last seen before `staleMs`), and every not-kept entry whose text still carries a signature
    // (written before the history redacted tokens).
    [[nodiscard]] Result<QList<TokenHistoryEntry>> toRedact(qint64 nowSecs, qint64 staleMs) const;

private:
    Database& m_db;
};

} // namespace authscope
