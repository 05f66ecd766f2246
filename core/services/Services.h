#pragma once

#include "core/common/Clock.h"
#include "core/common/Error.h"
#include "core/crypto/PasswordHasher.h"
#include "core/server/TestServer.h"

#include <QString>

#include <functional>

#include <memory>

namespace authscope {

class AuditLog;
class AuditSealer;
class Database;
class IssuedTokenRegistry;
class KeyStore;
class KeyVault;
class SessionStore;
class UserStore;

// Builds the engine's parts on one database, each on first request and once: the database, the audit log, the key
// vault, the key store, the session and user stores and the issued-token registry. The CLI, the GUI, the Lab's
// scratch world and the test server all get their parts here, so a process holds one of each (one KeyStore, one
// private-key cache) and the order they depend on each other is written down once.
class Services final
{
public:
    struct Options
    {
        QString databasePath{};                               // empty: Database::defaultPath()
        QString auditActor{};                                 // who the audit log names; empty: the OS user
        crypto::PasswordHasher::Parameters passwordHashing{}; // for the user store's password hashes
        // PostgreSQL: a password from the connection profile's keychain entry (empty: libpq's own sources).
        QString databasePassword{};
        // PostgreSQL: asked once when the server wants a password that libpq's sources do not have (a prompt on
        // a terminal); unset or failing: the connection error stands.
        std::function<Result<QString>(const QString& where)> askDatabasePassword{};
    };

    explicit Services(Options options, const Clock& clock = Clock::system());
    // On a database and audit log the caller opened and keeps open longer than this object (the GUI's pages on
    // their own, tests); `vault` too when given, else one is made here.
    Services(Database& database, AuditLog& audit, KeyVault* vault = nullptr, const Clock& clock = Clock::system());
    ~Services();
    Q_DISABLE_COPY_MOVE(Services)

    [[nodiscard]] const Clock& clock() const { return m_clock; }
    // The file the database is (or will be) opened from.
    [[nodiscard]] QString databasePath() const;
    // PostgreSQL: the password the open database was given (from the keychain or a prompt; empty when libpq found
    // its own), for a command that opens a second connection to the same server. Never printed or stored.
    [[nodiscard]] QString databasePassword() const { return m_databasePassword; }

    // Each opens what it depends on first; an error comes from the database (missing, newer, not ours) or from
    // reading the session policy.
    Result<Database*> database();
    Result<AuditLog*> audit();
    Result<KeyVault*> keyVault();
    Result<KeyStore*> keyStore();
    Result<SessionStore*> sessionStore(); // with the session policy saved in the database
    Result<UserStore*> userStore();
    Result<IssuedTokenRegistry*> issuedTokens();

    // The test server's login routes, signing JWTs with `keys` (null: cookie logins only).
    [[nodiscard]] static TestServer::RouteFactory authRoutes(KeyStore* keys);

private:
    Options m_options;
    QString m_databasePassword;
    const Clock& m_clock;
    // Declared in the order they depend on each other, so that they are destroyed in the reverse one.
    std::unique_ptr<Database> m_ownDatabase;
    std::unique_ptr<AuditLog> m_ownAudit;
    std::unique_ptr<KeyVault> m_ownVault;
    Database* m_database = nullptr;
    AuditLog* m_audit = nullptr;
    KeyVault* m_vault = nullptr;
    std::unique_ptr<KeyStore> m_keys;
    std::unique_ptr<SessionStore> m_sessions;
    std::unique_ptr<UserStore> m_users;
    std::unique_ptr<IssuedTokenRegistry> m_issuedTokens;
    std::unique_ptr<AuditSealer> m_auditSealer; // A-SEAL: the audit key follows the vault's lock state
};

} // namespace authscope
