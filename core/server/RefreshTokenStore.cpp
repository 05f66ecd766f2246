#include "core/server/RefreshTokenStore.h"

#include "core/audit/AuditLog.h"
#include "core/common/EnumNames.h"
#include "core/crypto/DigestAlgorithm.h"
#include "core/crypto/Random.h"
#include "core/jose/Base64Url.h"
#include "core/server/RefreshTokenRepository.h"
#include "core/sessions/RevocationRetry.h"
#include "core/storage/Database.h"
#include "core/storage/TransactionValue.h"

#include <QJsonObject>

namespace authscope {

namespace {

constexpr qsizetype kTokenBytes = 32;

constexpr auto kVerdictNames =
    enumNames<RefreshTokenStore::Verdict::Reused>(u"ok", u"unknown", u"expired", u"revoked", u"reused");

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

} // namespace

RefreshTokenStore::RefreshTokenStore(Database& database, AuditLog& audit, const Clock& clock)
    : m_db(database), m_audit(audit), m_clock(clock)
{}

QString RefreshTokenStore::verdictName(Verdict verdict)
{
    return kVerdictNames.name(verdict);
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
        auto id = RefreshTokenRepository::insert(db, hash, out.record);
        if (!id) {
            return std::unexpected(id.error());
        }
        out.record.id = *id;
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
        auto found = RefreshTokenRepository::findByHash(db, *hash);
        if (!found) {
            return std::unexpected(found.error());
        }
        if (!*found) {
            out.verdict = Verdict::Unknown;
            return {};
        }
        out.record = **found;
        if (out.record.revokedMs) {
            out.verdict = Verdict::Revoked;
            return {};
        }
        if (out.record.usedMs) {
            // A used token again: someone kept a copy. End the family.
            out.verdict = Verdict::Reused;
            auto revoked =
                RefreshTokenRepository::revokeFamily(db, out.record.family, now, QStringLiteral("refresh token reuse"));
            if (!revoked) {
                return std::unexpected(revoked.error());
            }
            auto audited = m_audit.append(
                db, QStringLiteral("auth.refresh-reuse"), QStringLiteral("family:") + out.record.family,
                QJsonObject{{QStringLiteral("user_id"), out.record.userId},
                            {QStringLiteral("session"), out.record.sessionId ? *out.record.sessionId : 0}});
            if (!audited) {
                return std::unexpected(audited.error());
            }
            return {};
        }
        if (out.record.expiresMs <= now) {
            out.verdict = Verdict::Expired;
            return {};
        }
        out.verdict = Verdict::Ok;
        out.record.usedMs = now;
        return RefreshTokenRepository::markUsed(db, out.record.id, now);
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
    return RefreshTokenRepository(m_db).findByHash(*hash);
}

Result<qint64> RefreshTokenStore::revokeFamily(const QString& family, const QString& reason)
{
    return writeTransactionValue(m_db, [&](QSqlDatabase& db) {
        return RefreshTokenRepository::revokeFamily(db, family, m_clock.nowMs(), reason);
    });
}

Result<qint64> RefreshTokenStore::revokeSession(qint64 sessionId, const QString& reason)
{
    return transactionValue(
        [this](const auto& body) { return RevocationRetry::writeTransaction(m_db, body); }, // S-REVOKE-RETRY
        [&](QSqlDatabase& db) {
            return RefreshTokenRepository::revokeSession(db, sessionId, m_clock.nowMs(), reason);
        });
}

} // namespace authscope
