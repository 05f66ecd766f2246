#include "core/lab/AttackRunner.h"
#include "core/lab/LabScratch.h"

#include "core/audit/AuditLog.h"
#include "core/issuers/HttpFetcher.h"
#include "core/issuers/IssuerStore.h"
#include "core/keys/EncryptionKeys.h"
#include "core/keys/KeyStore.h"
#include "core/logout/BackchannelLogoutRoutes.h"
#include "core/logout/LogoutToken.h"
#include "core/server/AuthRoutes.h"
#include "core/server/TestServer.h"

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
    std::unique_ptr<LabScratch> scratch; // database, audit log, vault, key store, the attack user
    std::unique_ptr<TestServer> server;
    std::unique_ptr<TestServer> encryptedServer; // E-SERVER-NESTED, for the JWE rows
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
    LabScratch::Options world;
    world.actor = QStringLiteral("attack-check");
    world.fileName = QStringLiteral("attack.db");
    world.username = kAttackUser;
    world.vaultLogN = options.vaultLogN > 0 ? options.vaultLogN : kScratchLogN;
    world.passwordLogN = options.passwordLogN > 0 ? options.passwordLogN : kScratchLogN;
    world.labKeyPolicy = false; // attacked as a server is configured by default
    auto scratch = LabScratch::create(world);
    if (!scratch) {
        return failed(QStringLiteral("cannot set up the scratch database, vault and user"), scratch.error());
    }
    d->scratch = std::move(*scratch);
    KeyStore* keys = &d->scratch->keys();

    // RS256 signs; an ES256 key waits as "next" (published, so it verifies: the ECDSA row aims at it); an HS256
    // secret under another purpose puts an HMAC key into the verifier's set, so key confusion is a real risk.
    KeyStore::GenerateRequest rsa;
    rsa.kty = QStringLiteral("RSA");
    rsa.state = KeyState::Active;
    if (auto key = keys->generate(rsa); !key) {
        return failed(QStringLiteral("cannot generate the RS256 key"), key.error());
    }
    KeyStore::GenerateRequest ec;
    ec.kty = QStringLiteral("EC");
    ec.state = KeyState::Next;
    if (auto key = keys->generate(ec); !key) {
        return failed(QStringLiteral("cannot generate the ES256 key"), key.error());
    }
    KeyStore::GenerateRequest hmac;
    hmac.kty = QStringLiteral("oct");
    hmac.state = KeyState::Active;
    hmac.purpose = kHmacPurpose;
    if (auto key = keys->generate(hmac); !key) {
        return failed(QStringLiteral("cannot generate the HS256 key"), key.error());
    }

    // The encryption purpose (K-ENC-PURPOSE): RSA-OAEP-256 for the RSA padding-oracle row, ECDH-ES as the next key.
    auto encryptionKid = generateEncryptionKeys(*keys);
    if (!encryptionKid) {
        return failed(QStringLiteral("cannot generate the encryption keys"), encryptionKid.error());
    }

    AttackTarget target;
    target.username = d->scratch->username();
    target.password = d->scratch->password();
    d->server = std::make_unique<TestServer>(d->scratch->database(), d->scratch->audit());
    d->server->addRouteFactory([keys](const ServerContext& context) {
        std::vector<std::unique_ptr<RouteGroup>> groups;
        groups.push_back(std::make_unique<AuthRoutes>(context, keys));
        return groups;
    });
    // The relying party side, with the server's own issuer saved: the logout token attacks (B-RP-VALIDATE).
    d->server->addRouteFactory(logout::BackchannelLogoutRoutes::factory(nullptr, nullptr));
    if (options.extraRoutes) {
        d->server->addRouteFactory(
            [extra = options.extraRoutes, keys](const ServerContext& context) { return extra(context, keys); });
    }
    ServerConfig config;
    config.port = 0;
    config.passwordHashing = d->scratch->passwordHashing();
    config.accessTokenLifetimeSecs = options.accessTokenLifetimeSecs;
    // DP-NONCE: demand DPoP nonces, rotated every 2 s, so that the stale-nonce attack has something to judge
    // (requests without a DPoP proof are not affected).
    config.dpopNonce = true;
    config.dpopNonceLifetimeSecs = 2;
    if (auto port = d->server->start(config); !port) {
        return failed(QStringLiteral("cannot start the test server"), port.error());
    }

    if (auto started = startEncryptedServer(options, config, *encryptionKid); !started) {
        return failed(QStringLiteral("cannot start the test server with encrypted tokens"), started.error());
    }
    target.encryptedBaseUrl = d->encryptedServer->baseUrl();

    issuers::HttpFetcher fetcher(true);
    issuers::IssuerStore issuers(d->scratch->database(), d->scratch->audit());
    issuers::IssuerStore::NewIssuer self;
    self.name = QStringLiteral("self");
    self.url = d->server->baseUrl();
    self.clientId = QString(logout::LogoutToken::DefaultAudience);
    self.allowHttp = true;
    if (auto saved = issuers.add(self, fetcher, nullptr); !saved) {
        return failed(QStringLiteral("cannot save the server as its own issuer"), saved.error());
    }

    auto signing = keys->signingKey();
    if (!signing) {
        return failed(QStringLiteral("no signing key"), signing.error());
    }
    target.baseUrl = d->server->baseUrl();
    target.signingKey = *signing;
    target.rotateAndRevoke = [keys]() -> Result<jose::Jwk> {
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

Result<QString> SelfAttackEnvironment::generateEncryptionKeys(KeyStore& keys)
{
    KeyStore::GenerateRequest rsa;
    rsa.purpose = EncryptionKeys::Purpose;
    rsa.kty = QStringLiteral("RSA");
    rsa.state = KeyState::Active;
    auto active = keys.generate(rsa);
    if (!active) {
        return std::unexpected(active.error());
    }
    KeyStore::GenerateRequest ec = rsa;
    ec.kty = QStringLiteral("EC");
    ec.state = KeyState::Next;
    if (auto next = keys.generate(ec); !next) {
        return std::unexpected(next.error());
    }
    return active->kid;
}

Result<void> SelfAttackEnvironment::startEncryptedServer(const Options& options, const ServerConfig& plain,
                                                         const QString& kid)
{
    KeyStore* keys = &d->scratch->keys();
    d->encryptedServer = std::make_unique<TestServer>(d->scratch->database(), d->scratch->audit());
    d->encryptedServer->addRouteFactory([keys](const ServerContext& context) {
        std::vector<std::unique_ptr<RouteGroup>> groups;
        groups.push_back(std::make_unique<AuthRoutes>(context, keys));
        return groups;
    });
    if (options.encryptedExtraRoutes) {
        d->encryptedServer->addRouteFactory([extra = options.encryptedExtraRoutes, keys](const ServerContext& context) {
            return extra(context, keys);
        });
    }
    ServerConfig config = plain;
    config.port = 0;
    config.dpopNonce = false;
    config.issuer = d->server->baseUrl(); // one issuer: the signed tokens of either server are the same kind
    config.encryptTokensKid = kid;
    auto port = d->encryptedServer->start(config);
    if (!port) {
        return std::unexpected(port.error());
    }
    return {};
}

void SelfAttackEnvironment::stop()
{
    // Servers first (they use the stores), then the scratch world (stores, then the file).
    d->encryptedServer.reset();
    d->server.reset();
    d->scratch.reset();
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
    return d->scratch ? &d->scratch->database() : nullptr;
}

KeyStore* SelfAttackEnvironment::keys() const
{
    return d->scratch ? &d->scratch->keys() : nullptr;
}

TestServer* SelfAttackEnvironment::server() const
{
    return d->server.get();
}

} // namespace authscope::lab
