// authscope-cli demo: fills a database with demo data so that a newcomer sees something at once.
#include "app/cli/CliArgs.h"
#include "app/cli/CliContext.h"
#include "app/cli/Passphrase.h"

#include "core/audit/AuditLog.h"
#include "core/common/DisplayText.h"
#include "core/common/Version.h"
#include "core/crypto/Random.h"
#include "core/history/TokenHistory.h"
#include "core/jose/Base64Url.h"
#include "core/jose/Jwk.h"
#include "core/jose/Jws.h"
#include "core/keys/KeyStore.h"
#include "core/keys/KeyVault.h"
#include "core/keys/RotationScheduler.h"
#include "core/sessions/IssuedTokenRegistry.h"
#include "core/sessions/SessionSeeder.h"
#include "core/sessions/SessionStore.h"
#include "core/sessions/UserStore.h"
#include "core/storage/Database.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <functional>

namespace authscope::cli {

namespace {

// Token inspector: three example tokens in its history, signed by a throwaway EC key (never stored): a valid
// access token, an expired one, and an HS256 token signed with that key's public PEM as the HMAC secret, the
// key-confusion forgery of CVE-2016-10555.
Result<void> seedTokens(CliContext& ctx)
{
    jose::Jwk::GenerateOptions options;
    options.type = jose::KeyType::Ec;
    options.kid = QStringLiteral("demo-es256");
    auto key = jose::Jwk::generate(options);
    if (!key) {
        return std::unexpected(key.error());
    }
    auto publicKey = key->publicKey();
    if (!publicKey) {
        return std::unexpected(publicKey.error());
    }
    auto publicPem = publicKey->toPem(crypto::PemFormat::PublicSpki);
    if (!publicPem) {
        return std::unexpected(publicPem.error());
    }
    auto confusedSecret = jose::Jwk::fromSecret(*publicPem);
    if (!confusedSecret) {
        return std::unexpected(confusedSecret.error());
    }
    const qint64 now = ctx.clock().nowSecs();
    const auto jti = [] {
        auto bytes = crypto::Random::bytes(12);
        return bytes ? QString::fromLatin1(jose::Base64Url::encode(*bytes)) : QStringLiteral("demo");
    };
    const QString issuer = QStringLiteral("https://idp.demo.authscope.test");
    const QJsonObject es256{{QStringLiteral("alg"), QStringLiteral("ES256")},
                            {QStringLiteral("typ"), QStringLiteral("JWT")},
                            {QStringLiteral("kid"), key->kid()}};
    struct Example
    {
        QString label;
        QJsonObject header;
        QJsonObject claims;
        const jose::Jwk* key;
    };
    const QList<Example> examples{
        {QStringLiteral("demo: valid access token (ES256)"), es256,
         QJsonObject{{QStringLiteral("iss"), issuer},
                     {QStringLiteral("sub"), QStringLiteral("alice")},
                     {QStringLiteral("aud"), QStringLiteral("api://orders")},
                     {QStringLiteral("iat"), now - 60},
                     {QStringLiteral("nbf"), now - 60},
                     {QStringLiteral("exp"), now + 15 * 60},
                     {QStringLiteral("jti"), jti()},
                     {QStringLiteral("scope"), QStringLiteral("orders:read orders:write")}},
         &*key},
        {QStringLiteral("demo: expired 3 h ago (ES256)"), es256,
         QJsonObject{{QStringLiteral("iss"), issuer},
                     {QStringLiteral("sub"), QStringLiteral("bob")},
                     {QStringLiteral("aud"), QStringLiteral("api://orders")},
                     {QStringLiteral("iat"), now - 4 * 3600},
                     {QStringLiteral("exp"), now - 3 * 3600},
                     {QStringLiteral("jti"), jti()}},
         &*key},
        {QStringLiteral("demo: HS256 signed with the public key (key confusion)"),
         QJsonObject{{QStringLiteral("alg"), QStringLiteral("HS256")},
                     {QStringLiteral("typ"), QStringLiteral("JWT")},
                     {QStringLiteral("kid"), key->kid()},
                     {QStringLiteral("jwk"), publicKey->toJson(false)}},
         QJsonObject{{QStringLiteral("iss"), issuer},
                     {QStringLiteral("sub"), QStringLiteral("mallory")},
                     {QStringLiteral("aud"), QStringLiteral("api://orders")},
                     {QStringLiteral("iat"), now},
                     {QStringLiteral("exp"), now + 30 * 24 * 3600},
                     {QStringLiteral("role"), QStringLiteral("admin")}},
         &*confusedSecret},
    };
    TokenHistory history(ctx.database(), ctx.clock());
    for (const Example& example : examples) {
        auto token =
            jose::Jws::sign(example.header, QJsonDocument(example.claims).toJson(QJsonDocument::Compact), *example.key);
        if (!token) {
            return std::unexpected(token.error());
        }
        auto id = history.add(*token);
        if (!id) {
            return std::unexpected(id.error());
        }
        if (id->has_value()) {
            if (auto labelled = history.setLabel(**id, example.label); !labelled) {
                return labelled;
            }
        }
    }
    return {};
}

// Keys: a history of rotations in a few states (an RS256 key retired, an ES256 key revoked with its reason, an
// ES256 key retiring, the active ES256 key and an EdDSA key published as next), written with a clock that walks
// through the last 75 days. The passphrase is AUTHSCOPE_PASSPHRASE, else "demo".
Result<QString> seedKeys(CliContext& ctx)
{
    // D-ENV-SECRET: the variable leaves the environment once read.
    QString fromEnv = Passphrase::takeFromEnvironment("AUTHSCOPE_PASSPHRASE");
    QString passphrase = fromEnv.isEmpty() ? QStringLiteral("demo") : fromEnv;
    const QString which = fromEnv.isEmpty() ? QStringLiteral("\"demo\" (the default; set AUTHSCOPE_PASSPHRASE to "
                                                             "choose another)")
                                            : QStringLiteral("the one in AUTHSCOPE_PASSPHRASE");
    KeyVault& vault = ctx.vault();
    auto unlocked = vault.unlockOrInitialise(passphrase);
    Passphrase::wipe(passphrase);
    Passphrase::wipe(fromEnv);
    if (!unlocked) {
        return std::unexpected(unlocked.error());
    }
    const qint64 now = ctx.clock().nowMs();
    constexpr qint64 Day = 86400 * 1000LL;
    // The demo's own store, on a clock that walks through the history it writes.
    FakeClock past(now - 75 * Day);
    KeyStore store(ctx.database(), ctx.audit(), vault, past);
    auto existing = store.list();
    if (!existing) {
        return std::unexpected(existing.error());
    }
    if (!existing->isEmpty()) {
        return QStringLiteral("keys: the store already holds keys; they were left as they are");
    }
    RotationPolicy policy;
    policy.rotateEveryDays = 30;
    policy.preGenerateNext = false;
    policy.tokenLifetimeSecs = 3600;
    policy.jwksMaxAgeSecs = 900;
    if (auto ok = store.setPolicy(policy); !ok) {
        return std::unexpected(ok.error());
    }
    KeyStore::GenerateRequest rsa;
    rsa.kty = QStringLiteral("RSA");
    rsa.alg = QStringLiteral("RS256");
    rsa.bits = 2048;
    rsa.state = KeyState::Active;
    KeyStore::GenerateRequest ec;
    ec.state = KeyState::Next;
    KeyStore::RotateOptions rotate;
    rotate.preGenerateNext = false;
    const auto check = [](const auto& result) -> Result<void> {
        if (!result) {
            return std::unexpected(result.error());
        }
        return {};
    };
    KeyStore::RotateOptions compromised = rotate;
    compromised.revokeOld = true;
    compromised.reason = QStringLiteral("demo: the private key was copied to a shared drive");
    KeyStore::GenerateRequest okp;
    okp.kty = QStringLiteral("OKP");
    okp.state = KeyState::Next;
    // Each step: how long before now it happens, and what it does.
    // The RS256 key signs for a month; an ES256 key published a day ahead replaces it and the RS256 key retires
    // once its tokens expired; that key is revoked as compromised (rotate & revoke); the last rotation was twenty
    // minutes ago, so its predecessor stays retiring for another forty; an EdDSA key waits as next.
    const QList<std::pair<qint64, std::function<Result<void>()>>> steps{
        {75 * Day, [&] { return check(store.generate(rsa)); }},
        {46 * Day, [&] { return check(store.generate(ec)); }},
        {45 * Day, [&] { return check(store.rotate(rotate)); }},
        {45 * Day - 7200 * 1000, [&] { return check(RotationScheduler(store).runMaintenance()); }},
        {21 * Day, [&] { return check(store.generate(ec)); }},
        {20 * Day, [&] { return check(store.rotate(compromised)); }},
        {Day, [&] { return check(store.generate(ec)); }},
        {20 * 60 * 1000, [&] { return check(store.rotate(rotate)); }},
        {5 * 60 * 1000, [&] { return check(store.generate(okp)); }},
    };
    for (const auto& [before, run] : steps) {
        past.setMs(now - before);
        if (auto done = run(); !done) {
            return std::unexpected(done.error());
        }
    }
    return QStringLiteral("keys: RS256 retired, ES256 revoked, ES256 retiring, ES256 active, EdDSA next; the key "
                          "store passphrase is %1")
        .arg(which);
}

// Each user gets a browser session and an API session holding two JWTs, all active now.
Result<void> seedLiveSessions(CliContext& ctx, const QList<qint64>& ids)
{
    const qint64 now = ctx.clock().nowMs();
    for (qsizetype i = 0; i < ids.size(); ++i) {
        NewSession browser;
        browser.userId = ids.at(i);
        browser.ip = QStringLiteral("192.0.2.%1").arg(10 + i);
        browser.userAgent = QStringLiteral("Mozilla/5.0 (X11; Linux x86_64; rv:121.0) Gecko/20100101 Firefox/121.0");
        if (auto created = ctx.sessions().create(browser); !created) {
            return std::unexpected(created.error());
        }
        NewSession api = browser;
        api.userAgent = QStringLiteral("okhttp/4.12.0");
        api.method = AuthMethod::Jwt;
        auto created = ctx.sessions().create(api);
        if (!created) {
            return std::unexpected(created.error());
        }
        for (int k = 0; k < 2; ++k) {
            auto jti = crypto::Random::bytes(12);
            if (!jti) {
                return std::unexpected(jti.error());
            }
            auto recorded = ctx.issuedTokens().record(NewIssuedToken{
                QStringLiteral("http://127.0.0.1:8080"), QString::fromLatin1(jose::Base64Url::encode(*jti)),
                created->session.id, ids.at(i), QStringLiteral("demo-es256"), now, now + 15 * 60 * 1000});
            if (!recorded) {
                return std::unexpected(recorded.error());
            }
        }
    }
    return {};
}

// Sessions: three users who can log in to the test server, and a few thousand sessions with their history
// (expired, logged out, revoked), some holding JWTs.
Result<QString> seedSessions(CliContext& ctx)
{
    const QByteArray password = "authscope-demo";
    UserStore& users = ctx.users();
    const QList<NewUser> named{
        {QStringLiteral("alice"), QStringLiteral("Alice Admin"), password, {QStringLiteral("admin")}},
        {QStringLiteral("bob"), QStringLiteral("Bob Builder"), password, {QStringLiteral("user")}},
        {QStringLiteral("carol"), QStringLiteral("Carol Support"), password, {QStringLiteral("support")}}};
    QList<qint64> ids;
    for (const NewUser& user : named) {
        auto added = users.add(user);
        if (!added && added.error().code != QStringLiteral("users.exists")) {
            return std::unexpected(added.error());
        }
        auto found = users.find(user.username);
        if (!found) {
            return std::unexpected(found.error());
        }
        ids << found->id;
    }
    SessionSeeder seeder(ctx.database(), ctx.audit(), ctx.clock());
    SessionSeeder::Options options;
    options.count = 3000;
    options.seed = 2026;
    auto report = seeder.run(options);
    if (!report) {
        return std::unexpected(report.error());
    }
    if (auto live = seedLiveSessions(ctx, ids); !live) {
        return std::unexpected(live.error());
    }
    return QStringLiteral("sessions: users alice, bob and carol (password \"%1\") and %2 sessions (%3 active, "
                          "%4 expired, %5 revoked)")
        .arg(QString::fromLatin1(password))
        .arg(report->sessions + 2 * ids.size())
        .arg(report->active + 2 * ids.size())
        .arg(report->expired)
        .arg(report->revoked);
}

Outcome runDemo(CliContext& ctx, const CliArgs& args)
{
    auto rows = ctx.audit().count();
    if (!rows) {
        return ctx.fail(rows.error());
    }
    if (*rows > 0 && !args.isSet(QStringLiteral("force"))) {
        return ctx.fail(QStringLiteral("%1 already holds data; demo data goes only into a fresh database (or pass "
                                       "--force)")
                            .arg(ctx.databasePath()),
                        Outcome::Refused);
    }
    // Each area adds its demo data here as it lands; the audit rows record what was seeded.
    if (auto tokens = seedTokens(ctx); !tokens) {
        return ctx.fail(tokens.error());
    }
    auto sessions = seedSessions(ctx);
    if (!sessions) {
        return ctx.fail(sessions.error());
    }
    auto keys = seedKeys(ctx);
    if (!keys) {
        return ctx.fail(keys.error());
    }
    auto seeded =
        ctx.audit().append(QStringLiteral("demo.seed"), ctx.databasePath(),
                           QJsonObject{{QStringLiteral("authscope"), versionInfo().authscope},
                                       {QStringLiteral("areas"), QStringLiteral("audit, tokens, sessions, keys")}});
    if (!seeded) {
        return ctx.fail(seeded.error());
    }
    ctx.out() << QStringLiteral("demo data written to %1\n").arg(DisplayText::escape(ctx.databasePath()));
    ctx.out() << *sessions << u'\n';
    ctx.out() << *keys << u'\n';
    return Outcome::Ok;
}

const CliRegistrar registrar{
    CliCommand(QStringLiteral("demo"),
               QStringLiteral("Fill the database with demo data (only a database that holds no data yet, unless "
                              "--force is given)."),
               &runDemo)
        .listed(QStringLiteral("Fill a fresh database with demo data."))
        .with({CliOption(QStringLiteral("force"), QStringLiteral("Add demo data to a database in use."))})
        .opens(CliNeed::Audit | CliNeed::KeyVault | CliNeed::Users | CliNeed::Sessions | CliNeed::IssuedTokens)};

} // namespace

} // namespace authscope::cli
