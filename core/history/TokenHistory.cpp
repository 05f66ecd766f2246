#include "core/history/TokenHistory.h"

#include "core/jose/DecodedToken.h"
#include "core/storage/Database.h"
#include "core/storage/SqlError.h"

#include <QCryptographicHash>
#include <QJsonObject>
#include <QSqlQuery>
#include <QVariant>

namespace authscope {

namespace {

const QString kRememberKey = QStringLiteral("tokens.remember");

const QString kColumns = QStringLiteral("id, token, kind, alg, kid, issuer, subject, expires_at, label, "
                                        "first_seen_ms, last_seen_ms, seen_count");

// Never null: QtSql binds a null QString as SQL NULL, and these columns are NOT NULL.
QString cut(const QString& text, int max)
{
    if (text.isNull()) {
        return QStringLiteral("");
    }
    return text.size() > max ? text.left(max) : text;
}

TokenHistoryEntry entryFrom(const QSqlQuery& q)
{
    TokenHistoryEntry e;
    e.id = q.value(0).toLongLong();
    e.token = q.value(1).toString();
    e.kind = q.value(2).toString();
    e.algorithm = q.value(3).toString();
    e.keyId = q.value(4).toString();
    e.issuer = q.value(5).toString();
    e.subject = q.value(6).toString();
    if (!q.value(7).isNull()) {
        e.expiresAt = q.value(7).toLongLong();
    }
    e.label = q.value(8).toString();
    e.firstSeenMs = q.value(9).toLongLong();
    e.lastSeenMs = q.value(10).toLongLong();
    e.seenCount = q.value(11).toInt();
    return e;
}

} // namespace

TokenHistory::TokenHistory(Database& database, const Clock& clock, int capacity)
    : m_db(database), m_clock(clock), m_capacity(std::max(1, capacity))
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
    const QByteArray hash = QCryptographicHash::hash(text, QCryptographicHash::Sha256);
    const qint64 now = m_clock.nowMs();
    qint64 id = 0;
    auto written = m_db.writeTransaction([&](QSqlDatabase& db) -> Result<void> {
        QSqlQuery q(db);
        auto ok =
            execSql(q,
                    QStringLiteral("INSERT INTO token_history(token_sha256, token, kind, alg, kid, issuer, "
                                   "subject, expires_at, first_seen_ms, last_seen_ms, seen_count) "
                                   "VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1) "
                                   "ON CONFLICT(token_sha256) DO UPDATE SET "
                                   "last_seen_ms = max(last_seen_ms, excluded.last_seen_ms), "
                                   "seen_count = seen_count + 1"),
                    {hash, QString::fromLatin1(text), decoded->isJwe() ? QStringLiteral("jwe") : QStringLiteral("jws"),
                     cut(decoded->algorithmName(), MaxSummaryChars), cut(decoded->kid(), MaxSummaryChars),
                     cut(issuer, MaxSummaryChars), cut(subject, MaxSummaryChars), expiresAt, now, now});
        if (!ok) {
            return ok;
        }
        QSqlQuery idQuery(db);
        ok = execSql(idQuery, QStringLiteral("SELECT id FROM token_history WHERE token_sha256 = ?"), {hash});
        if (!ok) {
            return ok;
        }
        if (!idQuery.next()) {
            return fail(QStringLiteral("storage.sql"), QStringLiteral("the token history entry was not written"));
        }
        id = idQuery.value(0).toLongLong();
        // Keep the newest `capacity` entries.
        QSqlQuery prune(db);
        return execSql(prune,
                       QStringLiteral("DELETE FROM token_history WHERE id NOT IN (SELECT id FROM token_history "
                                      "ORDER BY last_seen_ms DESC, id DESC LIMIT ?)"),
                       {m_capacity});
    });
    if (!written) {
        return std::unexpected(written.error());
    }
    return std::optional<qint64>(id);
}

Result<QList<TokenHistoryEntry>> TokenHistory::list(int limit) const
{
    QSqlQuery q(m_db.connection());
    auto ok = execSql(q,
                      QStringLiteral("SELECT ") + kColumns +
                          QStringLiteral(" FROM token_history ORDER BY last_seen_ms DESC, id DESC LIMIT ?"),
                      {std::max(0, limit)});
    if (!ok) {
        return std::unexpected(ok.error());
    }
    QList<TokenHistoryEntry> out;
    while (q.next()) {
        out.append(entryFrom(q));
    }
    return out;
}

Result<std::optional<TokenHistoryEntry>> TokenHistory::find(qint64 id) const
{
    QSqlQuery q(m_db.connection());
    auto ok =
        execSql(q, QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM token_history WHERE id = ?"), {id});
    if (!ok) {
        return std::unexpected(ok.error());
    }
    if (!q.next()) {
        return std::optional<TokenHistoryEntry>();
    }
    return std::optional<TokenHistoryEntry>(entryFrom(q));
}

Result<qint64> TokenHistory::count() const
{
    QSqlQuery q(m_db.connection());
    auto ok = execSql(q, QStringLiteral("SELECT count(*) FROM token_history"));
    if (!ok) {
        return std::unexpected(ok.error());
    }
    return q.next() ? q.value(0).toLongLong() : 0;
}

Result<bool> TokenHistory::remove(qint64 id)
{
    bool removed = false;
    auto ok = m_db.writeTransaction([&](QSqlDatabase& db) -> Result<void> {
        QSqlQuery q(db);
        auto done = execSql(q, QStringLiteral("DELETE FROM token_history WHERE id = ?"), {id});
        removed = done && q.numRowsAffected() > 0;
        return done;
    });
    if (!ok) {
        return std::unexpected(ok.error());
    }
    return removed;
}

Result<qint64> TokenHistory::clear()
{
    qint64 removed = 0;
    auto ok = m_db.writeTransaction([&](QSqlDatabase& db) -> Result<void> {
        QSqlQuery q(db);
        auto done = execSql(q, QStringLiteral("DELETE FROM token_history"));
        if (done) {
            removed = q.numRowsAffected();
        }
        return done;
    });
    if (!ok) {
        return std::unexpected(ok.error());
    }
    return removed;
}

Result<void> TokenHistory::setLabel(qint64 id, const QString& label)
{
    return m_db.writeTransaction([&](QSqlDatabase& db) -> Result<void> {
        QSqlQuery q(db);
        auto done = execSql(q, QStringLiteral("UPDATE token_history SET label = ? WHERE id = ?"),
                            {cut(label.trimmed(), MaxLabelChars), id});
        if (done && q.numRowsAffected() == 0) {
            return fail(QStringLiteral("tokens.not-found"),
                        QStringLiteral("token history entry %1 does not exist (it may have been removed)").arg(id));
        }
        return done;
    });
}

Result<bool> TokenHistory::rememberTokens() const
{
    auto value = m_db.metaValue(kRememberKey);
    if (!value) {
        return std::unexpected(value.error());
    }
    return *value != u"0"; // on unless turned off
}

Result<void> TokenHistory::setRememberTokens(bool remember)
{
    return m_db.setMetaValue(kRememberKey, remember ? QStringLiteral("1") : QStringLiteral("0"));
}

} // namespace authscope
