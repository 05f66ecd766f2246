#pragma once

#include "core/common/Error.h"
#include "core/issuers/Issuer.h"

#include <QList>

#include <functional>
#include <optional>

class QSqlDatabase;

namespace authscope {
class Database;
}

namespace authscope::issuers {

// The SQL of the issuers table. Writes that are audited take the caller's transaction (A-SAME-TX); the cache
// updates of the key set are not administrative actions and write on their own.
class IssuerRepository final
{
public:
    explicit IssuerRepository(Database& database) : m_db(database) {}

    [[nodiscard]] Result<QList<Issuer>> list() const;
    [[nodiscard]] Result<std::optional<Issuer>> findByName(const QString& name) const;
    [[nodiscard]] Result<std::optional<Issuer>> findByUrl(const QString& url) const;

    // Inside the caller's write transaction: inserts and returns the id.
    [[nodiscard]] static Result<qint64> insert(QSqlDatabase& transaction, const Issuer& issuer);
    [[nodiscard]] static Result<bool> remove(QSqlDatabase& transaction, qint64 id);
    [[nodiscard]] static Result<void> saveDiscovery(QSqlDatabase& transaction, const Issuer& issuer);
    // The client id and the sealed client secret (empty: none).
    [[nodiscard]] static Result<void> saveClient(QSqlDatabase& transaction, const Issuer& issuer);

    // The key cache: a good set replaces the last one; a failure only records its message (the good set stays).
    // Both record the attempt's time (jwks_refetch_ms), which the cooldown counts from.
    Result<void> saveJwks(qint64 id, const QByteArray& jwks, qint64 fetchedMs, qint64 maxAgeSecs);
    [[nodiscard]] static Result<void> saveJwks(QSqlDatabase& transaction, qint64 id, const QByteArray& jwks,
                                               qint64 fetchedMs, qint64 maxAgeSecs);
    Result<void> saveFailure(qint64 id, const QString& message, qint64 nowMs);

    Result<void> writeTransaction(const std::function<Result<void>(QSqlDatabase&)>& work);

private:
    [[nodiscard]] Result<std::optional<Issuer>> findBy(const QString& column, const QString& value) const;

    Database& m_db;
};

} // namespace authscope::issuers
