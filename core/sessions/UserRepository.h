#pragma once

#include "core/common/Error.h"
#include "core/sessions/User.h"

#include <QList>
#include <QSqlDatabase>

#include <optional>

namespace authscope {

class Database;

// The SQL of the users table. Calls that take a QSqlDatabase run inside the caller's write transaction.
class UserRepository final
{
public:
    // A user with the stored password hash (which never leaves the UserStore).
    struct Credentials
    {
        User user;
        QString passwordHash;
    };

    explicit UserRepository(Database& database) : m_db(database) {}

    [[nodiscard]] Result<std::optional<Credentials>> findByName(const QString& username) const;
    [[nodiscard]] Result<std::optional<Credentials>> findById(qint64 id) const;
    // Users whose name starts with `prefix`, by name, with their active session counts as of `nowMs`.
    [[nodiscard]] Result<QList<User>> list(const QString& prefix, int limit, qint64 nowMs) const;
    // The ids of up to `limit` users who are not disabled, in no particular order.
    [[nodiscard]] Result<QList<qint64>> enabledIds(int limit) const;

    static Result<bool> exists(QSqlDatabase& transaction, const QString& username);
    static Result<void> insert(QSqlDatabase& transaction, const QString& username, const QString& displayName,
                               const QString& passwordHash, const QString& roles, qint64 nowMs);
    static Result<void> setDisabled(QSqlDatabase& transaction, qint64 id, bool disabled, qint64 nowMs);
    static Result<void> setPasswordHash(QSqlDatabase& transaction, qint64 id, const QString& hash, qint64 nowMs);
    // A stronger hash of the same password: not a change of the account, so updated_ms stays.
    static Result<void> upgradePasswordHash(QSqlDatabase& transaction, qint64 id, const QString& hash);
    static Result<void> setRoles(QSqlDatabase& transaction, qint64 id, const QString& roles, qint64 nowMs);

private:
    [[nodiscard]] Result<std::optional<Credentials>> load(const QString& where, const QVariant& key) const;

    Database& m_db;
};

} // namespace authscope
