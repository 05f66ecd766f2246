#include "AttackRunner.h"

#include "audit/AuditLog.h"
#include "crypto/Random.h"
#include "jose/Base64Url.h"
#include "keys/KeyStore.h"
#include "keys/KeyVault.h"
#include "server/AuthRoutes.h"
#include "server/TestServer.h"
#include "sessions/UserStore.h"
#include "storage/Database.h"

#include <QTemporaryDir>

namespace authscope::lab {

namespace {

// The scratch database lives for one run and holds nothing worth stealing, so its scrypt costs are low: the cost
// of a password hash changes no attack's outcome.
constexpr int kScratchLogN = 12;
const QString kAttackUser = QStringLiteral("attack-check");
const QString kHmacPurpose = QStringLiteral("attack-hmac");

Error environmentError(const QString& what, const Error& cause)
{
    return Error{QStringLiteral("lab.environment"), what + QStringLiteral(": ") + cause.message};
}

} // namespace

struct SelfAttackEnvironment::Data
{
    std::unique_ptr<QTemporaryDir> dir;
    std::unique_ptr<Database> db;
    std::unique_ptr<AuditLog> audit;
    std::unique_ptr<KeyVault> vault;
    std::unique_ptr<KeyStore> keys;
    std::unique_ptr<TestServer> server;
};

SelfAttackEnvironment::SelfAttackEnvironment() : d(std::make_unique<Data>()) {}

SelfAttackEnvironment::~SelfAttackEnvironment()
{
    stop();
}

Result<AttackTarget> SelfAttackEnvironment::start()
{
    return start(Options{});
}

Result<AttackTarget> SelfAttackEnvironment::start(const Options& options)
{
    stop();
    const auto failed = [this](const QString& what, const Error& cause) {
        stop();
        return std::unexpected(environmentError(what, cause));
    };
    d->dir = std::make_unique<QTemporaryDir>();
    if (!d->dir->isValid()) {
        return failed(QStringLiteral("no scratch directory"), Error{QString(), d->dir->errorString()});
    }
    auto db = Database::open(d->dir->filePath(QStringLiteral("attack.db")));
    if (!db) {
        return failed(QStringLiteral("cannot create the scratch database"), db.error());
    }
    d->db = std::move(*db);
    d->audit = std::make_unique<AuditLog>(*d->db, Clock::system(), QStringLiteral("attack-check"));
    d->vault = std::make_unique<KeyVault>(*d->db, *d->audit);

    auto passphrase = crypto::Random::bytes(24);
    auto password = crypto::Random::bytes(24);
    if (!passphrase || !password) {
        return failed(QStringLiteral("no random bytes"), passphrase ? password.error() : passphrase.error());
    }
    crypto::KeyDerivation::ScryptParameters kdf;
    kdf.logN = options.vaultLogN > 0 ? options.vaultLogN : kScratchLogN;
    if (auto ok = d->vault->initialise(QString::fromLatin1(jose::Base64Url::encode(*passphrase)), kdf); !ok) {
        return failed(QStringLiteral("cannot set up the scratch key vault"), ok.error());
    }
    d->keys = std::make_unique<KeyStore>(*d->db, *d->audit, *d->vault);

    // RS256 signs; an ES256 key waits as "next" (published, so it verifies: the ECDSA row aims at it); an HS256
    // secret under another purpose puts an HMAC key into the verifier's set, so key confusion is a real risk.
    KeyStore::GenerateRequest rsa;
    rsa.kty = QStringLiteral("RSA");
    rsa.state = KeyState::Active;
    if (auto key = d->keys->generate(rsa); !key) {
        return failed(QStringLiteral("cannot generate the RS256 key"), key.error());
    }
    KeyStore::GenerateRequest ec;
    ec.kty = QStringLiteral("EC");
    ec.state = KeyState::Next;
    if (auto key = d->keys->generate(ec); !key) {
        return failed(QStringLiteral("cannot generate the ES256 key"), key.error());
    }
    KeyStore::GenerateRequest hmac;
    hmac.kty = QStringLiteral("oct");
    hmac.state = KeyState::Active;
    hmac.purpose = kHmacPurpose;
    if (auto key = d->keys->generate(hmac); !key) {
        return failed(QStringLiteral("cannot generate the HS256 key"), key.error());
    }

    crypto::PasswordHasher::Parameters hashing;
    hashing.logN = options.passwordLogN > 0 ? options.passwordLogN : kScratchLogN;
    AttackTarget target;
    target.username = kAttackUser;
    target.password = jose::Base64Url::encode(*password);
    UserStore users(*d->db, *d->audit, Clock::system(), hashing);
    NewUser user;
    user.username = target.username;
    user.password = target.password;
    if (auto added = users.add(user); !added) {
        return failed(QStringLiteral("cannot add the attack user"), added.error());
    }

    d->server = std::make_unique<TestServer>(*d->db, *d->audit);
    d->server->addRouteFactory([keys = d->keys.get()](const ServerContext& context) {
        std::vector<std::unique_ptr<RouteGroup>> groups;
        groups.push_back(std::make_unique<AuthRoutes>(context, keys));
        return groups;
    });
    if (options.extraRoutes) {
        d->server->addRouteFactory([extra = options.extraRoutes, keys = d->keys.get()](const ServerContext& context) {
            return extra(context, keys);
        });
    }
    ServerConfig config;
    config.port = 0;
    config.passwordHashing = hashing;
    config.accessTokenLifetimeSecs = options.accessTokenLifetimeSecs;
    if (auto port = d->server->start(config); !port) {
        return failed(QStringLiteral("cannot start the test server"), port.error());
    }

    auto signing = d->keys->signingKey();
    if (!signing) {
        return failed(QStringLiteral("no signing key"), signing.error());
    }
    target.baseUrl = d->server->baseUrl();
    target.signingKey = *signing;
    target.rotateAndRevoke = [keys = d->keys.get()]() -> Result<jose::Jwk> {
        KeyStore::RotateOptions rotate;
        rotate.revokeOld = true;
        rotate.reason = QStringLiteral("attack check: token of a revoked key");
        if (auto plan = keys->rotate(rotate); !plan) {
            return std::unexpected(plan.error());
        }
        return keys->signingKey();
    };
    return target;
}

void SelfAttackEnvironment::stop()
{
    // Server first (it uses the store), then the stores, then the file.
    d->server.reset();
    d->keys.reset();
    d->vault.reset();
    d->audit.reset();
    d->db.reset();
    d->dir.reset();
}

bool SelfAttackEnvironment::isRunning() const
{
    return d->server && d->server->isRunning();
}

QString SelfAttackEnvironment::baseUrl() const
{
    return d->server ? d->server->baseUrl() : QString();
}

Database* SelfAttackEnvironment::database() const
{
    return d->db.get();
}

KeyStore* SelfAttackEnvironment::keys() const
{
    return d->keys.get();
}

TestServer* SelfAttackEnvironment::server() const
{
    return d->server.get();
}

} // namespace authscope::lab
