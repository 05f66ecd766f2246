#include "tests/support/ServerWorld.h"

#include "core/issuers/HttpFetcher.h"
#include "core/issuers/IssuerStore.h"
#include "core/server/AuthRoutes.h"
#include "core/sessions/UserStore.h"

#include <QTest>

namespace authscope::test {

crypto::PasswordHasher::Parameters cheapHashing()
{
    crypto::PasswordHasher::Parameters p;
    p.logN = 10;
    return p;
}

crypto::KeyDerivation::ScryptParameters cheapScrypt()
{
    crypto::KeyDerivation::ScryptParameters kdf;
    kdf.logN = 10;
    return kdf;
}

void addHttpParserRows()
{
    QTest::addColumn<bool>("qtParser");
    QTest::newRow("own parser") << false;
    QTest::newRow("qt parser") << true;
}

bool ServerWorld::open(const QString& location, const QString& passphrase)
{
    if (!openDatabase(location) || !initialiseVault(passphrase)) {
        return false;
    }
    keys = std::make_unique<KeyStore>(*db, *audit, *vault);
    return true;
}

bool ServerWorld::openFile(const QString& name, const QString& passphrase)
{
    return open(dir.filePath(name), passphrase);
}

bool ServerWorld::openWithUser(const QString& name, const QString& user, const QByteArray& password)
{
    if (!openFile(name) || !addActiveKey()) {
        return false;
    }
    if (auto added = addUser(user, password); !added) {
        qWarning("user %s: %s", qPrintable(user), qPrintable(added.error().message));
        return false;
    }
    createServer();
    return true;
}

bool ServerWorld::addActiveKey()
{
    KeyStore::GenerateRequest request;
    request.kty = QStringLiteral("EC");
    request.state = KeyState::Active;
    auto key = keys->generate(request);
    if (!key) {
        qWarning("key: %s", qPrintable(key.error().toString()));
    }
    return key.has_value();
}

Result<User> ServerWorld::addUser(const QString& name, const QByteArray& password, const QStringList& roles)
{
    UserStore users(*db, *audit, Clock::system(), cheapHashing());
    NewUser user;
    user.username = name;
    user.password = password;
    user.roles = roles;
    return users.add(user);
}

TestServer& ServerWorld::createServer(bool withKeys)
{
    server = std::make_unique<TestServer>(*db, *audit);
    server->addRouteFactory([keyStore = withKeys ? keys.get() : nullptr](const ServerContext& context) {
        std::vector<std::unique_ptr<RouteGroup>> groups;
        groups.push_back(std::make_unique<AuthRoutes>(context, keyStore));
        return groups;
    });
    return *server;
}

quint16 ServerWorld::start(ServerConfig config, bool qtParser)
{
    config.httpParser = qtParser ? ServerConfig::HttpParser::Qt : ServerConfig::HttpParser::Own;
    config.port = 0;
    config.passwordHashing = cheapHashing();
    auto port = server->start(config);
    if (!port) {
        qFatal("server did not start: %s", qPrintable(port.error().message));
    }
    return *port;
}

bool ServerWorld::addSelfIssuer(const QString& name, const QString& clientId)
{
    issuers::HttpFetcher fetcher(true);
    issuers::IssuerStore store(*db, *audit);
    issuers::IssuerStore::NewIssuer self;
    self.name = name;
    self.url = server->baseUrl();
    self.clientId = clientId;
    self.allowHttp = true;
    auto saved = store.add(self, fetcher, nullptr);
    if (!saved) {
        qWarning("issuer %s: %s", qPrintable(name), qPrintable(saved.error().message));
    }
    return saved.has_value();
}

void ServerWorld::close()
{
    server.reset();
    keys.reset();
    VaultWorld::close();
}

} // namespace authscope::test
