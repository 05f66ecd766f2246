#include "core/logout/OidcSessionRepository.h"

#include "core/storage/Database.h"
#include "core/storage/SqlError.h"
#include "core/storage/SqlRows.h"

#include <QSqlQuery>

namespace authscope::logout {

Result<void> OidcSessionRepository::link(qint64 sessionId, const QString& issuerUrl, const QString& sub,
                                         const QString& sid, qint64 nowMs)
{
    return m_db.writeTransaction([&](QSqlDatabase& db) -> Result<void> {
        QSqlQuery q(db);
        return execSql(q,
                       QStringLiteral("INSERT INTO oidc_sessions(session_id, issuer_url, sub, sid, created_ms) "
                                      "VALUES(?, ?, ?, ?, ?)"),
                       {sessionId, issuerUrl, sub, sid.isNull() ? QStringLiteral("") : sid, nowMs});
    });
}

Result<QList<qint64>> OidcSessionRepository::openSessions(const QString& issuerUrl, const QString& sid,
                                                          const QString& sub)
{
    QString where;
    QVariantList binds{issuerUrl};
    if (!sid.isEmpty()) {
        where = QStringLiteral(" AND o.sid = ?");
        binds << sid;
    }
    if (!sub.isEmpty()) {
        where += QStringLiteral(" AND o.sub = ?");
        binds << sub;
    }
    return SqlRows::select(m_db.connection(),
                           QStringLiteral("SELECT o.session_id FROM oidc_sessions o JOIN sessions s ON s.id = "
                                          "o.session_id WHERE o.issuer_url = ?") +
                               where + QStringLiteral(" AND s.revoked_ms IS NULL ORDER BY o.session_id"),
                           binds, SqlRows::int64);
}

} // namespace authscope::logout
