#include "core/keys/KeyVaultRepository.h"

#include "core/storage/Database.h"
#include "core/storage/SqlError.h"

#include <QSqlQuery>

namespace authscope {

KeyVaultRepository::KeyVaultRepository(Database& database) : m_db(database) {}

int KeyVaultRepository::pragma(const QString& statement) const
{
    QSqlQuery q(m_db.connection());
    int value = -1;
    if (q.exec(statement) && q.next()) {
        value = q.value(0).toInt();
    }
    q.finish();
    return value;
}

bool KeyVaultRepository::isSecureDeleteOn() const
{
    return pragma(QStringLiteral("PRAGMA secure_delete")) == 1;
}

void KeyVaultRepository::setSecureDelete(bool on)
{
    pragma(on ? QStringLiteral("PRAGMA secure_delete = ON") : QStringLiteral("PRAGMA secure_delete = OFF"));
}

void KeyVaultRepository::checkpoint()
{
    pragma(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
}

Result<std::optional<KeyVaultRepository::Row>> KeyVaultRepository::read() const
{
    QSqlQuery q(m_db.connection());
    if (auto ok = execSql(q, QStringLiteral("SELECT kdf, kdf_log_n, kdf_r, kdf_p, salt, wrapped_key, created_ms, "
                                            "changed_ms FROM key_vault WHERE id = 1"));
        !ok) {
        return std::unexpected(ok.error());
    }
    if (!q.next()) {
        return std::optional<Row>();
    }
    Row row;
    row.kdf = q.value(0).toString();
    row.params.logN = q.value(1).toInt();
    row.params.r = q.value(2).toInt();
    row.params.p = q.value(3).toInt();
    row.salt = q.value(4).toByteArray();
    row.wrappedKey = q.value(5).toByteArray();
    row.createdMs = q.value(6).toLongLong();
    row.changedMs = q.value(7).toLongLong();
    return std::optional<Row>(std::move(row));
}

Result<bool> KeyVaultRepository::exists(QSqlDatabase& transaction) const
{
    QSqlQuery q(transaction);
    if (auto ok = execSql(q, QStringLiteral("SELECT 1 FROM key_vault WHERE id = 1")); !ok) {
        return std::unexpected(ok.error());
    }
    return q.next();
}

Result<std::optional<QByteArray>> KeyVaultRepository::wrappedKey(QSqlDatabase& transaction) const
{
    QSqlQuery q(transaction);
    if (auto ok = execSql(q, QStringLiteral("SELECT wrapped_key FROM key_vault WHERE id = 1")); !ok) {
        return std::unexpected(ok.error());
    }
    return q.next() ? std::optional<QByteArray>(q.value(0).toByteArray()) : std::optional<QByteArray>();
}

Result<void> KeyVaultRepository::insert(QSqlDatabase& transaction, const Row& row)
{
    QSqlQuery q(transaction);
    return execSql(
        q,
        QStringLiteral("INSERT INTO key_vault(id, format, kdf, kdf_log_n, kdf_r, kdf_p, salt, "
                       "wrapped_key, created_ms, changed_ms) VALUES(1, 1, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {row.kdf, row.params.logN, row.params.r, row.params.p, row.salt, row.wrappedKey, row.createdMs, row.changedMs});
}

Result<void> KeyVaultRepository::rewrap(QSqlDatabase& transaction, const Row& row)
{
    QSqlQuery q(transaction);
    return execSql(q,
                   QStringLiteral("UPDATE key_vault SET kdf_log_n = ?, kdf_r = ?, kdf_p = ?, salt = ?, "
                                  "wrapped_key = ?, changed_ms = ? WHERE id = 1"),
                   {row.params.logN, row.params.r, row.params.p, row.salt, row.wrappedKey, row.changedMs});
}

} // namespace authscope
