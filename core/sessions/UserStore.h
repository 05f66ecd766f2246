#pragma once

#include "core/common/Clock.h"
#include "core/common/Error.h"
#include "core/crypto/PasswordHasher.h"
#include "core/sessions/User.h"

#include <QByteArrayView>
#include <QList>

#include <optional>

namespace authscope {

class AuditLog;
class Database;

// The test server's users: names, scrypt password hashes with a per-user salt (D-PASSWORD-HASH), roles and a
// disabled flag. Every change is audited in the transaction that makes it; disabling a user also ends their sessions
// and JWTs at once.
class UserStore final
{
public:
    UserStore(Database& database, AuditLog& audit, const Clock& clock = Clock::system(),
              const crypto::PasswordHasher::Parameters& hashing = {});

    Result<User> add(const NewUser& user);
    Result<User> find(const QString& username);
    Result<User> find(qint64 id);
    // Users whose name starts with `prefix` (all when empty), by name, with their active session counts.
    Result<QList<User>> list(const QString& prefix = {}, int limit = -1);
    // Disabling revokes every session and JWT of the user; enabling does not bring them back.
    Result<User> setDisabled(const QString& username, bool disabled, const QString& reason = {});
    // S-PASSWORD-ENDS-SESSIONS: a new password ends every session, JWT (not-before moved, live ones deny-listed)
    // and refresh token of the user, in the transaction that stores the hash and writes the audit row; only
    // `keepSessionId`, the session that made the change, stays.
    Result<void> setPassword(const QString& username, QByteArrayView password,
                             std::optional<qint64> keepSessionId = {});
    Result<User> setRoles(const QString& username, const QStringList& roles);
    // Checks a password the same way whether or not the user exists, so timing does not tell which names are
    // taken; refuses disabled users. Failures are audited ("user.login-failed") unless `auditFailure` is false:
    // the test server counts them itself, one row per user, address and minute (A-FLOOD).
    Result<User> authenticate(const QString& username, QByteArrayView password, bool auditFailure = true);

    [[nodiscard]] static Result<void> checkUsername(const QString& username);
    [[nodiscard]] static Result<void> checkPassword(QByteArrayView password);
    [[nodiscard]] static Result<QStringList> normaliseRoles(const QStringList& roles);

private:
    Database& m_db;
    AuditLog& m_audit;
    const Clock& m_clock;
    crypto::PasswordHasher::Parameters m_hashing;
    QString m_decoyHash;
};

} // namespace authscope
