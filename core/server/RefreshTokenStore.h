#pragma once

#include "core/common/Clock.h"
#include "core/common/Error.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace authscope {

class AuditLog;
class Database;

// Refresh tokens of the test server, rotated on every use (OAuth 2.0 Security BCP §4.14): each token works
// once and hands out its successor in the same family; presenting a used one again means it was stolen (or
// replayed), so the whole family and its session are revoked. Tokens are 32 random bytes, base64url; only their
// SHA-256 is stored. Revoking a family for reuse is audited (auth.refresh-reuse) in the same transaction.
class RefreshTokenStore final
{
public:
    struct Record
    {
        qint64 id = 0;
        QString family;
        std::optional<qint64> sessionId;
        qint64 userId = 0;
        qint64 issuedMs = 0;
        qint64 expiresMs = 0;
        std::optional<qint64> usedMs;
        std::optional<qint64> revokedMs;
        QString revokeReason;
    };

    struct Issued
    {
        QByteArray token;
        Record record;
    };

    enum class Verdict
    {
        Ok,
        Unknown,
        Expired,
        Revoked,
        Reused
    };

    struct Redemption
    {
        Verdict verdict = Verdict::Unknown;
        Record record; // the token presented (when known)
    };

    RefreshTokenStore(Database& database, AuditLog& audit, const Clock& clock = Clock::system());

    // A new token; an empty family starts a new one.
    Result<Issued> issue(qint64 userId, std::optional<qint64> sessionId, qint64 lifetimeSecs,
                         const QString& family = {});
    // Uses the token once. Reused: the family was revoked as a side effect.
    Result<Redemption> redeem(QByteArrayView token);
    Result<std::optional<Record>> find(QByteArrayView token);
    Result<qint64> revokeFamily(const QString& family, const QString& reason);
    Result<qint64> revokeSession(qint64 sessionId, const QString& reason);

    [[nodiscard]] static QString verdictName(Verdict verdict);

private:
    Database& m_db;
    AuditLog& m_audit;
    const Clock& m_clock;
};

} // namespace authscope
