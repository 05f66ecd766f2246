#include "core/server/RefreshTokenStore.h"

#include "core/crypto/DigestAlgorithm.h"
#include "core/crypto/Random.h"
#include "core/jose/Base64Url.h"
#include "core/storage/Database.h"
#include "core/storage/SqlError.h"

#include <QSqlQuery>

namespace authscope {

namespace {

constexpr qsizetype kTokenBytes = 32;

// Only well-formed tokens are looked up: 43 base64url characters (32 bytes).
std::optional<QByteArray> tokenHash(QByteArrayView token)
{
    if (token.size() != 43) {
        return std::nullopt;
    }
    for (char c : token) {
        const bool ok =
            (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
        if (!ok) {
            return std::nullopt;
        }
    }
    return crypto::Digest::hash(crypto::DigestAlgorithm::Sha256, token);
}

RefreshTokenStore::Record recordFrom(const QSqlQuery& q)
{
    RefreshTokenStore::Record r;
    r.id = q.value(0).toLongLong();
    r.family = q.value(1).toString();
    if (!q.value(2).isNull()) {
        r.sessionId = q.value(2).toLongLong();
    }
    r.userId = q.value(3).toLongLong();
    r.issuedMs = q.value(4).toLongLong();
    r.expiresMs = q.value(5).toLongLong();
    if (!q.value(6).isNull()) {
        r.usedMs = q.value(6).toLongLong();
    }
    if (!q.value(7).isNull()) {
        r.revokedMs = q.value(7).toLongLong();
    }
    r.revokeReason = q.value(8).toString();
    return r;
}

const QString kSelect = QStringLiteral("SELECT id, family, session_id, user_id, issued_ms, expires_ms, used_ms, "
                                       "revoked_ms, revoke_reason FROM refresh_tokens ");

} // namespace

RefreshTokenStore::RefreshTokenStore(Database& database, const Clock& clock) : m_db(database), m_clock(clock) {}

QString RefreshTokenStore::verdictName(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Ok:
        return QStringLiteral("ok");
    case Verdict::Unknown:
        return QStringLiteral("unknown");
    case Verdict::Expired:
        return QStringLiteral("expired");
    case Verdict::Revoked:
        return QStringLiteral("revoked");
    case Verdict::Reused:
        return QStringLiteral("reused");
    }
    return {};
}

Result<RefreshTokenStore::Issued> RefreshTokenStore::issue(qint64 userId, std::optional<qint64> sessionId,
                                                           qint64 lifetimeSecs, const QString& family)
{
    auto random = crypto::Random::bytes(kTokenBytes);
    if (!random) {
        return std::unexpected(random.error());
    }
    Issued out;
    out.token = jose::Base64Url::encode(*random);
    out.record.family = family;
    if (out.record.family.isEmpty()) {
        auto familyBytes = crypto::Random::bytes(16);
        if (!familyBytes) {
            return std::unexpected(familyBytes.error());
        }
        out.record.family = QString::fromLatin1(jose::Base64Url::encode(*familyBytes));
    }
    out.record.sessionId = sessionId;
    out.record.userId = userId;
    out.record.issuedMs = m_clock.nowMs();
    out.record.expiresMs = out.record.issuedMs + lifetimeSecs * 1000;
    const QByteArray hash = crypto::Digest::hash(crypto::DigestAlgorithm::Sha256, out.token);
    auto done = m_db.writeTransaction([&](QSqlDatabase& db) -> Result<void> {
        QSqlQuery q(db);
        if (auto ok = execSql(q,
                              QStringLiteral("INSERT INTO refresh_tokens(token_hash, family, session_id, user_id, "
                                             "issued_ms, expires_ms) VALUES(?, ?, ?, ?, ?, ?)"),
                              {hash, out.record.family,
                               sessionId ? QVariant(*sessionId) : QVariant(QMetaType(QMetaType::LongLong)), userId,
                               out.record.issuedMs, out.record.expiresMs});
            !ok) {
            return ok;
        }
        out.record.id = q.lastInsertId().toLongLong();
        return {};
    });
    if (!done) {
        return std::unexpected(done.error());
    }
    return out;
}

Result<RefreshTokenStore::Redemption> RefreshTokenStore::redeem(QByteArrayView token)
{
    Redemption out;
    const auto hash = tokenHash(token);
    if (!hash) {
        return out; // Unknown: never looked up
    }
    const qint64 now = m_clock.nowMs();
    auto done = m_db.writeTransaction([&](QSqlDatabase& db) -> Result<void> {
        QSqlQuery q(db);
        if (auto ok = execSql(q, kSelect + QStringLiteral("WHERE token_hash = ?"), {*hash}); !ok) {
            return ok;
        }
        if (!q.next()) {
            out.verdict = Verdict::Unknown;
            return {};
        }
        out.record = recordFrom(q);
        q.finish();
        if (out.record.revokedMs) {
            out.verdict = Verdict::Revoked;
            return {};
        }
        if (out.record.usedMs) {
            // A used token again: someone kept a copy. End the family.
            out.verdict = Verdict::Reused;
            return execSql(q,
                           QStringLiteral("UPDATE refresh_tokens SET revoked_ms = ?, revoke_reason = ? "
                                          "WHERE family = ? AND revoked_ms IS NULL"),
                           {now, QStringLiteral("refresh token reuse"), out.record.family});
        }
        if (out.record.expiresMs <= now) {
            out.verdict = Verdict::Expired;
            return {};
        }
        out.verdict = Verdict::Ok;
        out.record.usedMs = now;
        return execSql(q, QStringLiteral("UPDATE refresh_tokens SET used_ms = ? WHERE id = ?"), {now, out.record.id});
    });
    if (!done) {
        return std::unexpected(done.error());
    }
    return out;
}

Result<std::optional<RefreshTokenStore::Record>> RefreshTokenStore::find(QByteArrayView token)
{
    const auto hash = tokenHash(token);
    if (!hash) {
        return std::optional<Record>();
    }
    QSqlQuery q(m_db.connection());
    if (auto ok = execSql(q, kSelect + QStringLiteral("WHERE token_hash = ?"), {*hash}); !ok) {
        return std::unexpected(ok.error());
    }
    if (!q.next()) {
        return std::optional<Record>();
    }
    return std::optional<Record>(recordFrom(q));
}

Result<qint64> RefreshTokenStore::revokeWhere(const QString& column, const QVariant& value, const QString& reason)
{
    qint64 count = 0;
    auto done = m_db.writeTransaction([&](QSqlDatabase& db) -> Result<void> {
        QSqlQuery q(db);
        // `column` is one of our own names, never input.
        if (auto ok = execSql(q,
                              QStringLiteral("UPDATE refresh_tokens SET revoked_ms = ?, revoke_reason = ? "
                                             "WHERE %1 = ? AND revoked_ms IS NULL")
                                  .arg(column),
                              {m_clock.nowMs(), reason, value});
            !ok) {
            return ok;
        }
        count = q.numRowsAffected();
        return {};
    });
    if (!done) {
        return std::unexpected(done.error());
    }
    return count;
}

Result<qint64> RefreshTokenStore::revokeFamily(const QString& family, const QString& reason)
{
    return revokeWhere(QStringLiteral("family"), family, reason);
}

Result<qint64> RefreshTokenStore::revokeSession(qint64 sessionId, const QString& reason)
{
    return revokeWhere(QStringLiteral("session_id"), sessionId, reason);
}

} // namespace authscope
