#pragma once

#include "core/common/Error.h"
#include "core/lab/LabHttpClient.h"
#include "core/server/ServerConfig.h"
#include "core/server/TestServer.h"

#include <QByteArray>
#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace authscope {
class AuditLog;
class Database;
class KeyStore;
class Services;
} // namespace authscope

namespace authscope::lab {

// The world an experiment (or the self-attack check) runs in, made fresh and thrown away after: a database in a
// temporary folder, its own audit log, an unlocked key vault under a random passphrase nobody sees, one user with
// a random password, and the test server with its login routes on 127.0.0.1. The user's database, keys and
// sessions are never opened.
class LabScratch final
{
public:
    struct Options
    {
        QString actor;         // who the scratch audit log names
        QString fileName;      // of the database in the temporary folder
        QString username;      // the one user, with a random password
        int vaultLogN = 10;    // scrypt cost of the vault passphrase: scratch secrets protect nothing lasting
        int passwordLogN = 10; // scrypt cost of the user's password hash
        // The Lab's key policy: no pre-generated next key, no leeway (a revocation window ends exactly at exp),
        // one-hour tokens. Off: the store's defaults, as a real server has them.
        bool labKeyPolicy = true;
        // Another place for the database than fileName in the temporary folder: another file, or a PostgreSQL
        // database the caller created for the run (with the password to reach it; never stored).
        QString databasePath;
        QString databasePassword;
    };
    // The Lab's world: actor "lab", user "lab-user".
    static Result<std::unique_ptr<LabScratch>> create();
    static Result<std::unique_ptr<LabScratch>> create(const Options& options);
    // The Lab's world whose active signing key has `alg` (see useAlgorithm()).
    static Result<std::unique_ptr<LabScratch>> createSigningWith(const QString& alg);
    static Result<std::unique_ptr<LabScratch>> createSigningWith(const Options& options, const QString& alg);
    ~LabScratch();
    Q_DISABLE_COPY_MOVE(LabScratch)

    [[nodiscard]] Database& database();
    [[nodiscard]] AuditLog& audit();
    [[nodiscard]] KeyStore& keys();
    [[nodiscard]] QString directory() const { return m_dir.path(); }
    [[nodiscard]] QString username() const { return m_username; }
    [[nodiscard]] QByteArray password() const { return m_password; }
    // The random passphrase of the scratch vault: handed to a second server process of this world (the Lab's
    // revocation-across-nodes experiment) through its environment, never argv; it guards only scratch keys.
    [[nodiscard]] QByteArray vaultPassphrase() const { return m_passphrase; }
    // The cost the user's password was hashed with (a server's decoy hash should match it).
    [[nodiscard]] crypto::PasswordHasher::Parameters passwordHashing() const { return m_hashing; }

    // Makes a fresh key for `alg` (HS256, RS256, ES256, EdDSA, ...) the active signing key, unless the active key
    // already has that algorithm.
    Result<void> useAlgorithm(const QString& alg);

    // A server configuration for the scratch world: loopback, any free port, cheap decoy hashing.
    [[nodiscard]] static ServerConfig serverConfig();
    // Starts a test server with the login routes (and `extra` route groups) on this world's database and keys.
    Result<std::unique_ptr<TestServer>> startServer(const ServerConfig& config,
                                                    const std::vector<TestServer::RouteFactory>& extra = {});

    struct Login
    {
        qint64 sessionId = 0;
        QByteArray cookieValue;                         // session mode
        QByteArray setCookie;                           // the Set-Cookie header value the server sent (session mode)
        QByteArray accessToken;                         // jwt mode
        [[nodiscard]] QByteArray requestHeader() const; // "Cookie: sid=..." or "Authorization: Bearer ..."
    };
    // POST /login as the scratch user.
    Result<Login> login(quint16 port, bool jwt);

private:
    LabScratch() = default;

    QTemporaryDir m_dir;                  // outlives the database in it
    std::unique_ptr<Services> m_services; // the database, audit log, vault, key store and user store
    QString m_username;
    QByteArray m_password;
    QByteArray m_passphrase;
    crypto::PasswordHasher::Parameters m_hashing;
    QString m_cookieName = QStringLiteral("sid");
};

} // namespace authscope::lab
