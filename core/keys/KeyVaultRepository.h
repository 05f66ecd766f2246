#pragma once

#include "core/common/Error.h"
#include "core/crypto/KeyDerivation.h"

#include <QByteArray>
#include <QString>

#include <optional>

class QSqlDatabase;

namespace authscope {

class Database;

// The SQL of the key vault: its one row in key_vault (id = 1) and the SQLite settings that a passphrase change
// needs so that the old wrapping does not linger on disk. Nothing else knows the table.
class KeyVaultRepository final
{
public:
    struct Row
    {
        QString kdf; // "scrypt"
        crypto::KeyDerivation::ScryptParameters params;
        QByteArray salt;
        QByteArray wrappedKey;
        qint64 createdMs = 0;
        qint64 changedMs = 0;
    };

    explicit KeyVaultRepository(Database& database);

    [[nodiscard]] Result<std::optional<Row>> read() const;

    // Inside the caller's write transaction.
    [[nodiscard]] Result<bool> exists(QSqlDatabase& transaction) const;
    [[nodiscard]] Result<std::optional<QByteArray>> wrappedKey(QSqlDatabase& transaction) const;
    [[nodiscard]] Result<void> insert(QSqlDatabase& transaction, const Row& row);
    // Re-wraps: new parameters, salt and wrapped key, and the time of the change.
    [[nodiscard]] Result<void> rewrap(QSqlDatabase& transaction, const Row& row);

    // Freed pages are zeroed while it is on (this thread's connection).
    [[nodiscard]] bool isSecureDeleteOn() const;
    void setSecureDelete(bool on);
    // Moves the WAL into the database file and truncates it, so that old pages leave the WAL too.
    void checkpoint();

private:
    // Runs a PRAGMA on this thread's connection; returns its first value (or -1) and finishes the statement.
    int pragma(const QString& statement) const;

    Database& m_db;
};

} // namespace authscope
