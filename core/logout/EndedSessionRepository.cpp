#include "core/logout/EndedSessionRepository.h"

#include "core/sessions/SessionChangeScope.h"
#include "core/storage/Database.h"
#include "core/storage/SqlError.h"

#include <QSqlQuery>

namespace authscope::logout {

EndedSessionRepository::EndedSessionRepository(Database& database) : m_db(database) {}

Result<qint64> EndedSessionRepository::latestSeq()
{
    QSqlDatabase db = m_db.connection();
    QSqlQuery q(db);
    if (auto ok = execSql(q, QStringLiteral("SELECT coalesce(max(seq), 0) FROM session_changes")); !ok) {
        return std::unexpected(ok.error());
    }
    return q.next() ? q.value(0).toLongLong() : 0;
}

Result<EndedSessionRepository::Batch> EndedSessionRepository::endedAfter(qint64 afterSeq, int maxRows)
{
    QSqlDatabase db = m_db.connection();
    // One read transaction: the feed rows and the sessions they name come from the same snapshot.
    if (!db.transaction()) {
        return std::unexpected(sqlError(db.lastError(), QStringLiteral("Reading the session change feed")));
    }
    struct FeedRow
    {
        qint64 seq;
        qint64 tsMs;
        int scope;
        qint64 target;
    };
    QList<FeedRow> rows;
    Batch batch;
    batch.lastSeq = afterSeq;
    auto read = [&]() -> Result<void> {
        QSqlQuery q(db);
        if (auto ok = execSql(q,
                              QStringLiteral("SELECT seq, ts_ms, scope, target FROM session_changes WHERE seq > ? "
                                             "ORDER BY seq LIMIT ?"),
                              {afterSeq, maxRows});
            !ok) {
            return ok;
        }
        while (q.next()) {
            rows.append(
                {q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toInt(), q.value(3).toLongLong()});
        }
        for (const FeedRow& row : std::as_const(rows)) {
            QString where;
            QVariantList binds{row.tsMs};
            switch (static_cast<SessionChangeScope>(row.scope)) {
            case SessionChangeScope::Session:
                where = QStringLiteral(" AND s.id = ?");
                binds << row.target;
                break;
            case SessionChangeScope::User:
                where = QStringLiteral(" AND s.user_id = ?");
                binds << row.target;
                break;
            case SessionChangeScope::All:
                break;
            }
            if (auto ok = execSql(q,
                                  QStringLiteral("SELECT s.id, u.username, coalesce(s.revoke_reason, ''), s.revoked_ms "
                                                 "FROM sessions s JOIN users u ON u.id = s.user_id "
                                                 "WHERE s.revoked_ms = ?") +
                                      where + QStringLiteral(" ORDER BY s.id"),
                                  binds);
                !ok) {
                return ok;
            }
            while (q.next()) {
                batch.sessions.append(
                    {q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toLongLong()});
            }
            batch.lastSeq = row.seq;
            ++batch.rows;
        }
        return {};
    };
    auto done = read();
    db.rollback(); // read only
    if (!done) {
        return std::unexpected(done.error());
    }
    return batch;
}

} // namespace authscope::logout
