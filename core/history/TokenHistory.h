#pragma once

#include "core/common/Clock.h"
#include "core/common/Error.h"
#include "core/history/TokenHistoryEntry.h"

#include <QByteArrayView>
#include <QJsonObject>
#include <QList>

#include <algorithm>
#include <optional>

class QSqlDatabase;

namespace authscope {

class AuditLog;
class Database;

// The token inspector's list of recently inspected tokens, kept in the database (table token_history).
//
// A token is a bearer credential, so storing it is the user's choice (D-TOKEN-HISTORY): "remember tokens" is a
// per-database flag (meta key tokens.remember, off unless turned on). While it is off, add() stores nothing at
// all. When on, an entry holds the claims (the token without its signature) and SHA-256 of the token, not a
// usable token; keepToken() stores the usable token for one entry on request, until its exp. Keys, HMAC secrets
// and passphrases are never given to this class and never stored. The same token added twice is one entry (found
// by its SHA-256) whose last-seen time and count move; past `capacity` entries the ones seen longest ago are
// dropped, and entries not seen for the retention period expire.
class TokenHistory final
{
public:
    static constexpr int DefaultCapacity = 200;
    static constexpr int MaxSummaryChars = 200; // iss/sub/kid/alg are cut to this many characters
    static constexpr int MaxLabelChars = 200;
    static constexpr qint64 DefaultRetentionMs = 7LL * 24 * 3600 * 1000;

    // With an audit log, clearing the history and turning "remember tokens" on or off write their audit rows in
    // the transaction of the change (A-SAME-TX): when the row cannot be written, nothing changes.
    explicit TokenHistory(Database& database, const Clock& clock = Clock::system(), int capacity = DefaultCapacity,
                          AuditLog* audit = nullptr);

    // Stores `token` (surrounding whitespace trimmed) or refreshes its entry. The token must decode
    // (DecodedToken::decode): text that is not a JWS/JWE is refused with the decoder's error and not stored.
    // Returns the entry's id, or nullopt when remembering tokens is off (nothing was written).
    Result<std::optional<qint64>> add(QByteArrayView token);

    // Newest (last seen) first.
    [[nodiscard]] Result<QList<TokenHistoryEntry>> list(int limit = DefaultCapacity) const;
    [[nodiscard]] Result<std::optional<TokenHistoryEntry>> find(qint64 id) const;
    [[nodiscard]] Result<qint64> count() const;
    // True when an entry was removed.
    Result<bool> remove(qint64 id);
    // Deletes every entry; returns how many there were.
    Result<qint64> clear();
    Result<void> setLabel(qint64 id, const QString& label);
    // Stores the usable `token` in its entry (the user asked for it); refused unless `token` is that entry's.
    Result<void> keepToken(qint64 id, QByteArrayView token);
    // Goes back to claims only for this entry.
    Result<void> forgetToken(qint64 id);
    // Deletes entries not seen for the retention period and drops usable tokens that have expired (and any kept
    // before redaction existed); returns how many entries were deleted. add() calls it.
    Result<qint64> expire();
    // The token without its signature: "header.payload." (a JWE: "header....").
    [[nodiscard]] static QString claimsOnly(QByteArrayView token);

    [[nodiscard]] Result<bool> rememberTokens() const;
    Result<void> setRememberTokens(bool remember);

    [[nodiscard]] int capacity() const { return m_capacity; }
    [[nodiscard]] qint64 retentionMs() const { return m_retentionMs; }
    void setRetentionMs(qint64 retentionMs) { m_retentionMs = std::max<qint64>(60'000, retentionMs); }

private:
    Result<void> audit(QSqlDatabase& transaction, const QString& action, const QJsonObject& details);

    Database& m_db;
    const Clock& m_clock;
    int m_capacity;
    AuditLog* m_audit;
    qint64 m_retentionMs = DefaultRetentionMs;
};

} // namespace authscope
