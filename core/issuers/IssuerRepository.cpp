#include "core/issuers/IssuerRepository.h"

#include "core/storage/Database.h"
#include "core/storage/SqlColumns.h"
#include "core/storage/SqlError.h"
#include "core/storage/SqlFirstRow.h"
#include "core/storage/SqlRows.h"

#include <QJsonDocument>
#include <QSqlQuery>

namespace authscope::issuers {

namespace {

const QString kColumns =
    QStringLiteral("id, name, url, client_id, client_secret, allow_http, discovery_url, discovery, "
                   "discovered_ms, jwks, jwks_fetched_ms, jwks_max_age_s, jwks_refetch_ms, "
                   "last_error, created_ms");

Issuer issuerFrom(const QSqlQuery& q)
{
    Issuer i;
    SqlColumns c(q);
    c >> i.id >> i.name >> i.url >> i.clientId >> i.sealedClientSecret >> i.allowHttp >> i.discoveryUrl;
    i.discovery = QJsonDocument::fromJson(c.next().toString().toUtf8()).object();
    c >> i.discoveredMs;
    const QVariant jwks = c.next();
    i.jwks = jwks.isNull() ? QByteArray() : jwks.toString().toUtf8();
    c >> i.jwksFetchedMs >> i.jwksMaxAgeSecs >> i.jwksTriedMs >> i.lastError >> i.createdMs;
    return i;
}

QString discoveryText(const Issuer& issuer)
{
    return QString::fromUtf8(QJsonDocument(issuer.discovery).toJson(QJsonDocument::Compact));
}

} // namespace

Result<QList<Issuer>> IssuerRepository::list() const
{
    return SqlRows::select(m_db.connection(),
                           QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM issuers ORDER BY name"), {},
                           issuerFrom);
}

Result<std::optional<Issuer>> IssuerRepository::findBy(const QString& column, const QString& value) const
{
    return selectFirstRow(m_db.connection(),
                          QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM issuers WHERE ") + column +
                              QStringLiteral(" = ?"),
                          {value}, issuerFrom);
}

Result<std::optional<Issuer>> IssuerRepository::findByName(const QString& name) const
{
    return findBy(QStringLiteral("name"), name);
}

Result<std::optional<Issuer>> IssuerRepository::findByUrl(const QString& url) const
{
    return findBy(QStringLiteral("url"), url);
}

Result<qint64> IssuerRepository::insert(QSqlDatabase& transaction, const Issuer& issuer)
{
    QSqlQuery q(transaction);
    auto ok = execSql(q,
                      QStringLiteral("INSERT INTO issuers(name, url, client_id, client_secret, allow_http, "
                                     "discovery_url, discovery, discovered_ms, created_ms) "
                                     "VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
                      {issuer.name, issuer.url, issuer.clientId.isNull() ? QStringLiteral("") : issuer.clientId,
                       issuer.sealedClientSecret.isEmpty() ? QVariant(QMetaType(QMetaType::QByteArray))
                                                           : QVariant(issuer.sealedClientSecret),
                       issuer.allowHttp ? 1 : 0, issuer.discoveryUrl, discoveryText(issuer), issuer.discoveredMs,
                       issuer.createdMs});
    if (!ok) {
        return std::unexpected(ok.error());
    }
    // RETURNING (SQLite 3.35+, PostgreSQL): QPSQL has no last insert id without OIDs.
    return q.next() ? q.value(0).toLongLong() : 0;
}

Result<bool> IssuerRepository::remove(QSqlDatabase& transaction, qint64 id)
{
    QSqlQuery q(transaction);
    if (auto ok = execSql(q, QStringLiteral("DELETE FROM issuers WHERE id = ?"), {id}); !ok) {
        return std::unexpected(ok.error());
    }
    return q.numRowsAffected() > 0;
}

Result<void> IssuerRepository::saveDiscovery(QSqlDatabase& transaction, const Issuer& issuer)
{
    QSqlQuery q(transaction);
    return execSql(
        q, QStringLiteral("UPDATE issuers SET discovery_url = ?, discovery = ?, discovered_ms = ? WHERE id = ?"),
        {issuer.discoveryUrl, discoveryText(issuer), issuer.discoveredMs, issuer.id});
}

Result<void> IssuerRepository::saveClient(QSqlDatabase& transaction, const Issuer& issuer)
{
    QSqlQuery q(transaction);
    return execSql(q, QStringLiteral("UPDATE issuers SET client_id = ?, client_secret = ? WHERE id = ?"),
                   {issuer.clientId.isNull() ? QStringLiteral("") : issuer.clientId,
                    issuer.sealedClientSecret.isEmpty() ? QVariant(QMetaType(QMetaType::QByteArray))
                                                        : QVariant(issuer.sealedClientSecret),
                    issuer.id});
}

Result<void> IssuerRepository::saveJwks(QSqlDatabase& transaction, qint64 id, const QByteArray& jwks, qint64 fetchedMs,
                                        qint64 maxAgeSecs)
{
    QSqlQuery q(transaction);
    return execSql(q,
                   QStringLiteral("UPDATE issuers SET jwks = ?, jwks_fetched_ms = ?, jwks_max_age_s = ?, "
                                  "jwks_refetch_ms = ?, last_error = '' WHERE id = ?"),
                   {QString::fromUtf8(jwks), fetchedMs, maxAgeSecs, fetchedMs, id});
}

Result<void> IssuerRepository::saveJwks(qint64 id, const QByteArray& jwks, qint64 fetchedMs, qint64 maxAgeSecs)
{
    return m_db.writeTransaction([&](QSqlDatabase& db) { return saveJwks(db, id, jwks, fetchedMs, maxAgeSecs); });
}

Result<void> IssuerRepository::saveFailure(qint64 id, const QString& message, qint64 nowMs)
{
    return m_db.writeTransaction([&](QSqlDatabase& db) -> Result<void> {
        QSqlQuery q(db);
        return execSql(q, QStringLiteral("UPDATE issuers SET last_error = ?, jwks_refetch_ms = ? WHERE id = ?"),
                       {message, nowMs, id});
    });
}

Result<void> IssuerRepository::writeTransaction(const std::function<Result<void>(QSqlDatabase&)>& work)
{
    return m_db.writeTransaction(work);
}

} // namespace authscope::issuers
