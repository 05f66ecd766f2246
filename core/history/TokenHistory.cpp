#include "core/history/TokenHistory.h"

#include "core/audit/AuditLog.h"
#include "core/history/TokenHistoryRepository.h"
#include "core/jose/DecodedToken.h"
#include "core/storage/Database.h"

#include <QCryptographicHash>
#include <QJsonObject>
#include <QVariant>

namespace authscope {

namespace {

const QString kRememberKey = QStringLiteral("tokens.remember");

// Never null: QtSql binds a null QString as SQL NULL, and these columns are NOT NULL.
QString cut(const QString& text, int max)
{
    if (text.isNull()) {
        return QStringLiteral("");
    }
    return text.size() > max ? text.left(max) : text;
}

} // namespace

TokenHistory::TokenHistory(Database& database, const Clock& clock, int capacity, AuditLog* audit)
    : m_db(database), m_clock(clock), m_capacity(std::max(1, capacity)), m_audit(audit)
{}

Result<std::optional<qint64>> TokenHistory::add(QByteArrayView token)
{
    const QByteArrayView text = token.trimmed();
    auto decoded = jose::DecodedToken::decode(text);
    if (!decoded) {
        return std::unexpected(decoded.error());
    }
    auto remember = rememberTokens();
    if (!remember) {
        return std::unexpected(remember.error());
    }
    if (!*remember) {
        return std::optional<qint64>();
    }

    QString issuer;
    QString subject;
    QVariant expiresAt(QMetaType::fromType<qint64>()); // NULL unless the token has a usable exp
    if (!decoded->isJwe() && decoded->payloadIsJson && decoded->payloadJson.isObject()) {
        const QJsonObject claims = decoded->payloadJson.toObject();
        issuer = claims.value(QLatin1StringView("iss")).toString();
        subject = claims.value(QLatin1StringView("sub")).toString();
        const QJsonValue exp = claims.value(QLatin1StringView("exp"));
        if (exp.isDouble() && exp.toDouble() >= 0 && exp.toDouble() <= 253402300799.0) {
            expiresAt = static_cast<qint64>(exp.toDouble());
        }
    }
    TokenHistoryRepository::Row row;
    row.sha256 = QCryptographicHash::hash(text, QCryptographicHash::Sha256);
    row.token = claimsOnly(text);
    row.kind = decoded->isJwe() ? QStringLiteral("jwe") : QStringLiteral("jws");
    row.algorithm = cut(decoded->algorithmName(), MaxSummaryChars);
    row.keyId = cut(decoded->kid(), MaxSummaryChars);
    row.issuer = cut(issuer, MaxSummaryChars);
    row.subject = cut(subject, MaxSummaryChars);
    row.expiresAt = expiresAt;
    auto id = TokenHistoryRepository(m_db).upsert(row, m_clock.nowMs(), m_capacity);
    if (!id) {
        return std::unexpected(id.error());
    }
    if (auto expired = expire(); !expired) {
        return std::unexpected(expired.error());
    }
    return std::optional<qint64>(*id);
}

Result<QList<TokenHistoryEntry>> TokenHistory::list(int limit) const
{
    return TokenHistoryRepository(m_db).list(std::max(0, limit));
}

Result<std::optional<TokenHistoryEntry>> TokenHistory::find(qint64 id) const
{
    return TokenHistoryRepository(m_db).find(id);
}

Result<qint64> TokenHistory::count() const
{
    return TokenHistoryRepository(m_db).count();
}

Result<bool> TokenHistory::remove(qint64 id)
{
    return TokenHistoryRepository(m_db).remove(id);
}

Result<qint64> TokenHistory::clear()
{
    qint64 removed = 0;
    auto ok = m_db.writeTransaction([&](QSqlDatabase& db) -> Result<void> {
        auto done = TokenHistoryRepository::clear(db);
        if (!done) {
            return std::unexpected(done.error());
        }
        removed = *done;
        return audit(db, QStringLiteral("token.history.clear"), QJsonObject{{QStringLiteral("entries"), removed}});
    });
    if (!ok) {
        return std::unexpected(ok.error());
    }
    return removed;
}

Result<void> TokenHistory::setLabel(qint64 id, const QString& label)
{
    auto found = TokenHistoryRepository(m_db).setLabel(id, cut(label.trimmed(), MaxLabelChars));
    if (!found) {
        return std::unexpected(found.error());
    }
    if (!*found) {
        return fail(QStringLiteral("tokens.not-found"),
                    QStringLiteral("token history entry %1 does not exist (it may have been removed)").arg(id));
    }
    return {};
}

QString TokenHistory::claimsOnly(QByteArrayView token)
{
    const QByteArrayView text = token.trimmed();
    const qsizetype firstDot = text.indexOf('.');
    if (text.count('.') == 4) {
        return QString::fromLatin1(text.first(firstDot)) + QStringLiteral("....");
    }
    const qsizetype secondDot = firstDot < 0 ? -1 : text.indexOf('.', firstDot + 1);
    return QString::fromLatin1(secondDot < 0 ? text : text.first(secondDot)) + u'.';
}

Result<void> TokenHistory::keepToken(qint64 id, QByteArrayView token)
{
    const QByteArrayView text = token.trimmed();
    const QByteArray sha = QCryptographicHash::hash(text, QCryptographicHash::Sha256);
    auto kept = TokenHistoryRepository(m_db).setToken(id, QString::fromLatin1(text), true, sha);
    if (!kept) {
        return std::unexpected(kept.error());
    }
    if (!*kept) {
        return fail(
            QStringLiteral("tokens.not-found"),
            QStringLiteral("token history entry %1 does not hold this token (it may have been removed)").arg(id));
    }
    return {};
}

Result<void> TokenHistory::forgetToken(qint64 id)
{
    auto entry = find(id);
    if (!entry) {
        return std::unexpected(entry.error());
    }
    if (!*entry) {
        return fail(QStringLiteral("tokens.not-found"),
                    QStringLiteral("token history entry %1 does not exist (it may have been removed)").arg(id));
    }
    auto done = TokenHistoryRepository(m_db).setToken(id, claimsOnly((*entry)->token.toLatin1()), false);
    if (!done) {
        return std::unexpected(done.error());
    }
    return {};
}

Result<qint64> TokenHistory::expire()
{
    TokenHistoryRepository repository(m_db);
    const qint64 nowMs = m_clock.nowMs();
    auto removed = repository.deleteSeenBefore(nowMs - m_retentionMs);
    if (!removed) {
        return std::unexpected(removed.error());
    }
    auto usable = repository.toRedact(nowMs / 1000, nowMs - m_retentionMs);
    if (!usable) {
        return std::unexpected(usable.error());
    }
    for (const TokenHistoryEntry& e : *usable) {
        if (auto done = repository.setToken(e.id, claimsOnly(e.token.toLatin1()), false); !done) {
            return std::unexpected(done.error());
        }
    }
    return *removed;
}

Result<bool> TokenHistory::rememberTokens() const
{
    auto value = m_db.metaValue(kRememberKey);
    if (!value) {
        return std::unexpected(value.error());
    }
    return *value == u"1"; // off unless turned on (D-TOKEN-HISTORY)
}

Result<void> TokenHistory::setRememberTokens(bool remember)
{
    return m_db.writeTransaction([&](QSqlDatabase& db) -> Result<void> {
        auto set = Database::setMetaValue(db, kRememberKey, remember ? QStringLiteral("1") : QStringLiteral("0"));
        if (!set) {
            return set;
        }
        return audit(db, QStringLiteral("token.history.remember"), QJsonObject{{QStringLiteral("enabled"), remember}});
    });
}

Result<void> TokenHistory::audit(QSqlDatabase& transaction, const QString& action, const QJsonObject& details)
{
    if (m_audit == nullptr) {
        return {};
    }
    auto row = m_audit->append(transaction, action, m_db.path(), details);
    if (!row) {
        return std::unexpected(row.error());
    }
    return {};
}

} // namespace authscope
