#pragma once

#include "core/crypto/KeyDerivation.h"
#include "core/crypto/PasswordHasher.h"
#include "core/keys/KeyStore.h"
#include "core/server/ServerConfig.h"
#include "core/server/TestServer.h"
#include "core/sessions/User.h"
#include "tests/support/VaultWorld.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <memory>

namespace authscope::test {

// Password hashing and vault scrypt cheap enough for the sanitizers (2^10; the production defaults are 2^15 and
// 2^16, exercised by the CLI tests).
[[nodiscard]] crypto::PasswordHasher::Parameters cheapHashing();
[[nodiscard]] crypto::KeyDerivation::ScryptParameters cheapScrypt();

// The global data of the server tests: every case runs on the server's own HTTP parser and again on Qt's
// (QFETCH_GLOBAL(bool, qtParser), handed to ServerWorld::start()).
void addHttpParserRows();

// The world behind the real test server that the server, logout and issuer tests build before each test: a
// database in a temporary directory, its audit log, a key vault initialised with cheap scrypt, the key store on
// it, and the TestServer serving AuthRoutes. openDatabase() alone makes a server without keys (no vault, no key
// store).
struct ServerWorld : VaultWorld
{
    std::unique_ptr<KeyStore> keys;
    std::unique_ptr<TestServer> server;

    ~ServerWorld() { close(); }

    // Opens `location` (a file path, or what testDatabase() gives), the audit log, the vault initialised with
    // `passphrase`, and the key store; false (with a warning saying why) when any of it fails.
    [[nodiscard]] bool open(const QString& location, const QString& passphrase = QStringLiteral("test passphrase"));
    // open() on the SQLite file `name` in the temporary directory.
    [[nodiscard]] bool openFile(const QString& name, const QString& passphrase = QStringLiteral("test passphrase"));
    // The usual server test: openFile(name), an active signing key, the user `user` with `password`, and
    // createServer().
    [[nodiscard]] bool openWithUser(const QString& name, const QString& user, const QByteArray& password);
    // A signing key (EC, active) in the key store; false with a warning when generation fails.
    [[nodiscard]] bool addActiveKey();
    // A user of the test server (cheap hashing); no password when `password` is empty.
    [[nodiscard]] Result<User> addUser(const QString& name, const QByteArray& password = {},
                                       const QStringList& roles = {});
    // Creates the TestServer with AuthRoutes on the key store (or on no key store: `withKeys` false).
    TestServer& createServer(bool withKeys = true);
    // Starts the server on an ephemeral port with cheap password hashing and the chosen request parser; a server
    // that does not start ends the test run (qFatal with the reason), as every caller would.
    quint16 start(ServerConfig config = {}, bool qtParser = false);
    // Saves the running server as the issuer `name` in its own database (the server is then its own provider, over
    // plain HTTP on 127.0.0.1) with `clientId`; false with a warning when discovery or the save fails.
    [[nodiscard]] bool addSelfIssuer(const QString& name, const QString& clientId);
    // Ends the server and the key store, then the vault, audit log and database (the temporary directory stays).
    void close();
};

} // namespace authscope::test
