#include "core/lab/LabScratch.h"

#include "core/audit/AuditLog.h"
#include "core/crypto/Random.h"
#include "core/jose/Base64Url.h"
#include "core/keys/KeyStore.h"
#include "core/keys/KeyVault.h"
#include "core/keys/RotationPolicy.h"
#include "core/server/TestServer.h"
#include "core/services/Services.h"
#include "core/sessions/UserStore.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace authscope::lab {

namespace {

// Scratch secrets protect nothing that outlives the run: cheap derivations keep the Lab fast.
crypto::PasswordHasher::Parameters cheapHashing()
{
    crypto::PasswordHasher::Parameters p;
    p.logN = 10;
    return p;
}

Result<QByteArray> randomText(qsizetype bytes)
{
    auto raw = crypto::Random::bytes(bytes);
    if (!raw) {
        return std::unexpected(raw.error());
    }
    return jose::Base64Url::encode(*raw);
}

Result<KeyStore::GenerateRequest> requestFor(const QString& alg)
{
    KeyStore::GenerateRequest r;
    r.alg = alg;
    if (alg.startsWith(QStringLiteral("HS"))) {
        r.kty = QStringLiteral("oct");
        r.bits = alg.mid(2).toInt();
    } else if (alg.startsWith(QStringLiteral("RS")) || alg.startsWith(QStringLiteral("PS"))) {
        r.kty = QStringLiteral("RSA");
        r.bits = 2048;
    } else if (alg == QStringLiteral("ES256") || alg == QStringLiteral("ES384") || alg == QStringLiteral("ES512")) {
        r.kty = QStringLiteral("EC");
        r.curve = alg == QStringLiteral("ES256")   ? QStringLiteral("P-256")
                  : alg == QStringLiteral("ES384") ? QStringLiteral("P-384")
                                                   : QStringLiteral("P-521");
    } else if (alg == QStringLiteral("EdDSA")) {
        r.kty = QStringLiteral("OKP");
        r.curve = QStringLiteral("Ed25519");
    } else {
        return fail(QStringLiteral("lab.bad-algorithm"), QStringLiteral("The Lab cannot sign with '%1'.").arg(alg));
    }
    return r;
}

} // namespace

namespace {

// The Lab's default world: actor "lab", user "lab-user", a file in the scratch folder.
LabScratch::Options labWorld()
{
    LabScratch::Options options;
    options.actor = QStringLiteral("lab");
    options.fileName = QStringLiteral("lab-scratch.db");
    options.username = QStringLiteral("lab-user");
    return options;
}

} // namespace

Result<std::unique_ptr<LabScratch>> LabScratch::create()
{
    return create(labWorld());
}

Result<std::unique_ptr<LabScratch>> LabScratch::createSigningWith(const QString& alg)
{
    return createSigningWith(labWorld(), alg);
}

Result<std::unique_ptr<LabScratch>> LabScratch::createSigningWith(const Options& options, const QString& alg)
{
    auto scratch = create(options);
    if (!scratch) {
        return scratch;
    }
    if (auto ok = (*scratch)->useAlgorithm(alg); !ok) {
        return std::unexpected(ok.error());
    }
    return scratch;
}

Result<std::unique_ptr<LabScratch>> LabScratch::create(const Options& options)
{
    std::unique_ptr<LabScratch> s(new LabScratch);
    if (!s->m_dir.isValid()) {
        return fail(QStringLiteral("lab.io"), QStringLiteral("Cannot create a temporary folder for the Lab."));
    }
    s->m_hashing.logN = options.passwordLogN;
    s->m_services = std::make_unique<Services>(Services::Options{
        .databasePath = options.databasePath.isEmpty() ? s->m_dir.filePath(options.fileName) : options.databasePath,
        .auditActor = options.actor,
        .passwordHashing = s->m_hashing,
        .databasePassword = options.databasePassword});
    auto vault = s->m_services->keyVault();
    if (!vault) {
        return std::unexpected(vault.error());
    }
    auto passphrase = randomText(24);
    if (!passphrase) {
        return std::unexpected(passphrase.error());
    }
    crypto::KeyDerivation::ScryptParameters kdf;
    kdf.logN = options.vaultLogN;
    s->m_passphrase = *passphrase;
    if (auto ok = (*vault)->initialise(QString::fromLatin1(*passphrase), kdf); !ok) {
        return std::unexpected(ok.error());
    }
    auto keys = s->m_services->keyStore();
    if (!keys) {
        return std::unexpected(keys.error());
    }
    if (options.labKeyPolicy) {
        RotationPolicy policy;
        policy.preGenerateNext = false;
        policy.leewaySecs = 0; // the revocation window ends exactly at exp
        policy.tokenLifetimeSecs = 3600;
        policy.jwksMaxAgeSecs = 60;
        if (auto ok = (*keys)->setPolicy(policy); !ok) {
            return std::unexpected(ok.error());
        }
    }
    auto password = randomText(18);
    if (!password) {
        return std::unexpected(password.error());
    }
    s->m_username = options.username;
    s->m_password = *password;
    auto users = s->m_services->userStore();
    if (!users) {
        return std::unexpected(users.error());
    }
    NewUser user;
    user.username = s->m_username;
    user.password = s->m_password;
    if (auto added = (*users)->add(user); !added) {
        return std::unexpected(added.error());
    }
    return s;
}

LabScratch::~LabScratch() = default;

Database& LabScratch::database()
{
    return **m_services->database();
}

AuditLog& LabScratch::audit()
{
    return **m_services->audit();
}

KeyStore& LabScratch::keys()
{
    return **m_services->keyStore();
}

Result<void> LabScratch::useAlgorithm(const QString& alg)
{
    KeyStore& store = keys();
    auto active = store.activeKey();
    if (!active) {
        return std::unexpected(active.error());
    }
    if (active->has_value() && (*active)->alg == alg) {
        return {};
    }
    auto request = requestFor(alg);
    if (!request) {
        return std::unexpected(request.error());
    }
    request->state = active->has_value() ? KeyState::Next : KeyState::Active;
    if (auto key = store.generate(*request); !key) {
        return std::unexpected(key.error());
    }
    if (active->has_value()) {
        KeyStore::RotateOptions rotate;
        rotate.preGenerateNext = false;
        if (auto rotated = store.rotate(rotate); !rotated) {
            return std::unexpected(rotated.error());
        }
    }
    return {};
}

ServerConfig LabScratch::serverConfig()
{
    ServerConfig config;
    config.address = QHostAddress::LocalHost;
    config.port = 0;
    config.passwordHashing = cheapHashing();
    config.maxConnections = 256;
    return config;
}

Result<std::unique_ptr<TestServer>> LabScratch::startServer(const ServerConfig& config,
                                                            const std::vector<TestServer::RouteFactory>& extra)
{
    auto server = std::make_unique<TestServer>(database(), audit());
    server->addRouteFactory(Services::authRoutes(&keys()));
    for (const TestServer::RouteFactory& factory : extra) {
        server->addRouteFactory(factory);
    }
    ServerConfig c = config;
    c.address = QHostAddress::LocalHost; // the Lab never listens anywhere else
    c.tls = false;
    if (auto port = server->start(c); !port) {
        return std::unexpected(port.error());
    }
    return server;
}

QByteArray LabScratch::Login::requestHeader() const
{
    if (!cookieValue.isEmpty()) {
        const qsizetype eq = setCookie.indexOf('=');
        const QByteArray name = eq > 0 ? setCookie.left(eq) : QByteArrayLiteral("sid");
        return "Cookie: " + name + '=' + cookieValue;
    }
    return "Authorization: Bearer " + accessToken;
}

Result<LabScratch::Login> LabScratch::login(quint16 port, bool jwt)
{
    LabHttpClient client(QHostAddress::LocalHost, port);
    const QJsonObject body{{QStringLiteral("username"), m_username},
                           {QStringLiteral("password"), QString::fromLatin1(m_password)},
                           {QStringLiteral("mode"), jwt ? QStringLiteral("jwt") : QStringLiteral("session")}};
    auto response = client.request("POST", "/login", {}, QJsonDocument(body).toJson(QJsonDocument::Compact));
    if (!response) {
        return std::unexpected(response.error());
    }
    if (response->status != 200) {
        return fail(QStringLiteral("lab.login"),
                    QStringLiteral("The scratch server refused the Lab's login (HTTP %1).").arg(response->status));
    }
    const QJsonObject answer = QJsonDocument::fromJson(response->body).object();
    Login login;
    if (jwt) {
        login.accessToken = answer.value(QStringLiteral("access_token")).toString().toLatin1();
        const QList<QByteArray> parts = login.accessToken.split('.');
        if (parts.size() == 3) {
            if (auto payload = jose::Base64Url::decode(parts.at(1)); payload) {
                login.sessionId =
                    QJsonDocument::fromJson(*payload).object().value(QStringLiteral("sid")).toString().toLongLong();
            }
        }
    } else {
        login.setCookie = response->header("set-cookie");
        const qsizetype eq = login.setCookie.indexOf('=');
        const qsizetype semi = login.setCookie.indexOf(';');
        login.cookieValue = eq < 0 ? QByteArray() : login.setCookie.mid(eq + 1, semi < 0 ? -1 : semi - eq - 1);
        login.sessionId = answer.value(QStringLiteral("session")).toInteger();
    }
    if ((jwt && login.accessToken.isEmpty()) || (!jwt && login.cookieValue.isEmpty()) || login.sessionId <= 0) {
        return fail(QStringLiteral("lab.login"), QStringLiteral("The scratch server's login answer was incomplete."));
    }
    return login;
}

} // namespace authscope::lab
