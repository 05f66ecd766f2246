#include "core/history/TokenHistoryRepository.h"

#include "core/storage/Database.h"
#include "core/storage/SqlColumns.h"
#include "core/storage/SqlDialect.h"
#include "core/storage/SqlError.h"
#include "core/storage/SqlFirstRow.h"
#include "core/storage/SqlRows.h"
#include "core/storage/TransactionValue.h"

#include <QSqlQuery>

namespace authscope {

namespace {

const QString kColumns = QStringLiteral("id, token, kind, alg, kid, issuer, subject, expires_at, label, "
                                        "first_seen_ms, last_seen_ms, seen_count, keep_token");

TokenHistoryEntry entryFrom(const QSqlQuery& q)
{
    TokenHistoryEntry e;
    SqlColumns(q) >> e.id >> e.token >> e.kind >> e.algorithm >> e.keyId >> e.issuer >> e.subject >> e.expiresAt >>
        e.label >> e.firstSeenMs >> e.lastSeenMs >> e.seenCount >> e.tokenKept;
    return e;
}

// The entries `rest` (a WHERE and/or ORDER BY clause, with `bindings`) selects from token_history.
Result<QList<TokenHistoryEntry>> selectEntries(const QSqlDatabase& db, const QString& rest,
                                               const QVariantList& bindings)
{
    return SqlRows::select(db, QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM token_history ") + rest,
                           bindings, entryFrom);
}

} // namespace

Result<qint64> TokenHistoryRepository::upsert(const Row& row, qint64 nowMs, int capacity)
{
    qint64 id = 0;
    auto written = m_db.writeTransaction([&](QSqlDatabase& db) -> Result<void> {
        QSqlQuery q(db);
        auto ok = execSql(q,
                          QStringLiteral("INSERT INTO token_history(token_sha256, token, kind, alg, kid, issuer, "
                                         "subject, expires_at, first_seen_ms, last_seen_ms, seen_count) "
                                         "VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1) "
                                         "ON CONFLICT(token_sha256) DO UPDATE SET "
                                         "last_seen_ms = ") +
                              SqlDialect(m_db).greatest(QStringLiteral("token_history.last_seen_ms"),
                                                        QStringLiteral("excluded.last_seen_ms")) +
                              QStringLiteral(", seen_count = token_history.seen_count + 1"),
                          {row.sha256, row.token, row.kind, row.algorithm, row.keyId, row.issuer, row.subject,
                           row.expiresAt, nowMs, nowMs});
        if (!ok) {
            return ok;
        }
        QSqlQuery idQuery(db);
        ok = execSql(idQuery, QStringLiteral("SELECT id FROM token_history WHERE token_sha256 = ?"), {row.sha256});
        if (!ok) {
            return ok;
        }
        if (!idQuery.next()) {
            return fail(QStringLiteral("storage.sql"), QStringLiteral("the token history entry was not written"));
        }
        id = idQuery.value(0).toLongLong();
        QSqlQuery prune(db);
        return execSql(prune,
                       QStringLiteral("DELETE FROM token_history WHERE id NOT IN (SELECT id FROM token_history "
                                      "ORDER BY last_seen_ms DESC, id DESC LIMIT ?)"),
                       {capacity});
    });
    if (!written) {
        return std::unexpected(written.error());
    }
    return id;
}

Result<QList<TokenHistoryEntry>> TokenHistoryRepository::list(int limit) const
{
    return selectEntries(m_db.connection(), QStringLiteral("ORDER BY last_seen_ms DESC, id DESC LIMIT ?"), {limit});
}

Result<std::optional<TokenHistoryEntry>> TokenHistoryRepository::find(qint64 id) const
{
    return selectFirstRow(m_db.connection(),
                          QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM token_history WHERE id = ?"),
                          {id}, entryFrom);
}

Result<qint64> TokenHistoryRepository::count() const
{
    QSqlQuery q(m_db.connection());
    auto ok = execSql(q, QStringLiteral("SELECT count(*) FROM token_history"));
    if (!ok) {
        return std::unexpected(ok.error());
    }
    return q.next() ? q.value(0).toLongLong() : 0;
}

Result<bool> TokenHistoryRepository::remove(qint64 id)
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

Result<qint64> TokenHistoryRepository::clear()
{
    return writeTransactionValue(m_db, [](QSqlDatabase& db) { return clear(db); });
}

Result<qint64> TokenHistoryRepository::clear(QSqlDatabase& transaction)
{
    QSqlQuery q(transaction);
    auto done = execSql(q, QStringLiteral("DELETE FROM token_history"));
    if (!done) {
        return std::unexpected(done.error());
    }
    return q.numRowsAffected();
}

Result<bool> TokenHistoryRepository::setLabel(qint64 id, const QString& label)
{
    bool found = false;
    auto ok = m_db.writeTransaction([&](QSqlDatabase& db) -> Result<void> {
        QSqlQuery q(db);
        auto done = execSql(q, QStringLiteral("UPDATE token_history SET label = ? WHERE id = ?"), {label, id});
        found = done && q.numRowsAffected() > 0;
        return done;
    });
    if (!ok) {
        return std::unexpected(ok.error());
    }
    return found;
}

Result<bool> TokenHistoryRepository::setToken(qint64 id, const QString& token, bool kept, const QByteArray& sha256)
{
    bool found = false;
    auto ok = m_db.writeTransaction([&](QSqlDatabase& db) -> Result<void> {
        QSqlQuery q(db);
        auto done = sha256.isEmpty()
                        ? execSql(q, QStringLiteral("UPDATE token_history SET token = ?, keep_token = ? WHERE id = ?"),
                                  {token, kept ? 1 : 0, id})
                        : execSql(q,
                                  QStringLiteral("UPDATE token_history SET token = ?, keep_token = ? "
                                                 "WHERE id = ? AND token_sha256 = ?"),
                                  {token, kept ? 1 : 0, id, sha256});
        found = done && q.numRowsAffected() > 0;
        return done;
    });
    if (!ok) {
        return std::unexpected(ok.error());
    }
    return found;
}

Result<QByteArray> TokenHistoryRepository::sha256Of(qint64 id) const
{
    QSqlQuery q(m_db.connection());
    auto ok = execSql(q, QStringLiteral("SELECT token_sha256 FROM token_history WHERE id = ?"), {id});
    if (!ok) {
        return std::unexpected(ok.error());
    }
    return q.next() ? q.value(0).toByteArray() : QByteArray();
}

Result<qint64> TokenHistoryRepository::deleteSeenBefore(qint64 cutoffMs)
{
    qint64 removed = 0;
    auto ok = m_db.writeTransaction([&](QSqlDatabase& db) -> Result<void> {
        QSqlQuery q(db);
        auto done = execSql(q, QStringLiteral("DELETE FROM token_history WHERE last_seen_ms < ?"), {cutoffMs});
        removed = done ? q.numRowsAffected() : 0;
        return done;
    });
    if (!ok) {
        return std::unexpected(ok.error());
    }
    return removed;
}

Result<QList<TokenHistoryEntry>> TokenHistoryRepository::toRedact(qint64 nowSecs, qint64 staleMs) const
{
    return selectEntries(m_db.connection(),
                         QStringLiteral("WHERE "
                                        "(keep_token = 0 AND token NOT LIKE '%.') OR "
                                        "(keep_token <> 0 AND ((expires_at IS NOT NULL AND expires_at <= ?) OR "
                                        "(expires_at IS NULL AND last_seen_ms < ?)))"),
                         {nowSecs, staleMs});
}

} // namespace authscope
