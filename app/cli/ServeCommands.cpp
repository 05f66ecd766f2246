// authscope-cli serve: the local test server, headless.
#include "app/cli/CliArgs.h"
#include "app/cli/CliContext.h"
#include "app/cli/KeyOutput.h"
#include "app/cli/Passphrase.h"

#include "core/common/DisplayText.h"
#include "core/keys/KeyStore.h"
#include "core/keys/KeyVault.h"
#include "core/keys/RotationScheduler.h"
#include "core/logout/BackchannelLogoutRoutes.h"
#include "core/logout/BackchannelService.h"
#include "core/logout/BackchannelTrace.h"
#include "core/logout/OidcLoginRoutes.h"
#include "core/server/HealthRoutes.h"
#include "core/server/TestServer.h"
#include "core/server/TokenEncryption.h"
#include "core/services/Services.h"
#include "core/storage/Database.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSocketNotifier>
#include <QUrl>

#include <csignal>
#include <sys/socket.h>
#include <unistd.h>

namespace authscope::cli {

namespace {

using namespace Qt::StringLiterals;

// SIGINT/SIGTERM arrive on a socket pair so that the event loop, not the signal handler, stops the server.
int s_signalFds[2] = {-1, -1};

void onSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const auto written = ::write(s_signalFds[0], &byte, 1);
}

// Runs the event loop until SIGINT or SIGTERM.
Result<void> runUntilSignal()
{
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, s_signalFds) != 0) {
        return fail(u"cli.signals"_s, u"cannot set up signal handling"_s);
    }
    QSocketNotifier notifier(s_signalFds[1], QSocketNotifier::Read);
    QObject::connect(&notifier, &QSocketNotifier::activated, &notifier, [] {
        char byte = 0;
        [[maybe_unused]] const auto got = ::read(s_signalFds[1], &byte, 1);
        QCoreApplication::quit();
    });
    struct sigaction action
    {};
    action.sa_handler = &onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    sigaction(SIGINT, &action, nullptr);
    sigaction(SIGTERM, &action, nullptr);
    QCoreApplication::exec();
    ::close(s_signalFds[0]);
    ::close(s_signalFds[1]);
    return {};
}

Result<ServerConfig> configFrom(const CliArgs& args)
{
    ServerConfig config;
    if (!config.address.setAddress(args.value(u"listen"_s))) {
        return fail(u"cli.usage"_s, u"--listen: '%1' is not an IP address"_s.arg(args.value(u"listen"_s)));
    }
    bool ok = false;
    const uint portNumber = args.value(u"port"_s).toUInt(&ok);
    if (!ok || portNumber > 65535) {
        return fail(u"cli.usage"_s, u"--port needs a number from 0 to 65535"_s);
    }
    config.port = static_cast<quint16>(portNumber);
    bool lifetimeOk = false;
    config.accessTokenLifetimeSecs = args.value(u"token-lifetime"_s).toInt(&lifetimeOk);
    if (!lifetimeOk || config.accessTokenLifetimeSecs < 1 || config.accessTokenLifetimeSecs > 7 * 24 * 3600) {
        return fail(u"cli.usage"_s, u"--token-lifetime needs a number of seconds from 1 to 604800"_s);
    }
    config.denyListEnabled = !args.isSet(u"no-deny-list"_s);
    config.verifiedTokenCache = !args.isSet(u"no-token-cache"_s);
    const QString parser = args.value(u"http-parser"_s);
    if (parser == u"own"_s) {
        config.httpParser = ServerConfig::HttpParser::Own;
    } else if (parser == u"qt"_s) {
        config.httpParser = ServerConfig::HttpParser::Qt;
    } else {
        return fail(u"cli.usage"_s, u"--http-parser: '%1' is neither own nor qt"_s.arg(parser));
    }
    config.corsOrigin = args.value(u"cors-origin"_s);
    if (args.isSet(u"public-host"_s)) {
        // H-HOST: a DNS name (or address literal) clients use besides the loopback names.
        static const QRegularExpression name(u"^([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)*"
                                             "[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?$|^\\[[0-9A-Fa-f:.]+\\]$"_s);
        const QString host = args.value(u"public-host"_s);
        if (host.size() > 253 || !name.match(host).hasMatch()) {
            return fail(u"cli.usage"_s, u"--public-host: '%1' is not a host name"_s.arg(host.left(80)));
        }
        config.publicHosts << host;
    }
    if (args.isSet(u"issuer"_s)) {
        const QString issuer = args.value(u"issuer"_s).trimmed();
        const QUrl url(issuer, QUrl::StrictMode);
        if (issuer.size() > 255 || !url.isValid() || (url.scheme() != u"https"_s && url.scheme() != u"http"_s) ||
            url.host().isEmpty() || url.hasQuery() || url.hasFragment() || !url.userInfo().isEmpty()) {
            return fail(u"cli.usage"_s, u"--issuer: '%1' is not an http(s) URL without query, fragment or user"_s.arg(
                                            DisplayText::escape(issuer.left(80))));
        }
        config.issuer = issuer;
    }
    config.nodeName = args.value(u"node"_s).trimmed();
    if (config.nodeName.isEmpty()) {
        config.nodeName = HealthRoutes::defaultNodeName();
    }
    static const QRegularExpression nodePattern(u"^[A-Za-z0-9._-]{1,64}$"_s);
    if (!nodePattern.match(config.nodeName).hasMatch()) {
        return fail(u"cli.usage"_s, u"--node: use 1 to 64 letters, digits, '.', '_' or '-'"_s);
    }
    config.tls = args.isSet(u"tls"_s);
    config.dpopNonce = args.isSet(u"dpop-nonce"_s);
    for (const QString& uri : args.values(u"backchannel-logout-uri"_s)) {
        // B-TOKEN: an absolute http(s) URL without user info or fragment, where the logout token is POSTed.
        const QUrl url(uri, QUrl::StrictMode);
        if (!url.isValid() || (url.scheme() != u"http"_s && url.scheme() != u"https"_s) || url.host().isEmpty() ||
            !url.userInfo().isEmpty() || url.hasFragment()) {
            return fail(u"cli.usage"_s, u"--backchannel-logout-uri: '%1' is not an http(s) URL"_s.arg(
                                            DisplayText::escape(uri.left(200))));
        }
        config.backchannelLogoutUris << url.toString(QUrl::FullyEncoded);
    }
    return config;
}

// Reading and verifying need no passphrase; signing (JWT logins) needs the vault unlocked. Without a passphrase
// the server still runs, with cookie logins only; a wrong one ends the command.
std::optional<Outcome> unlockKeys(CliContext& ctx, const CliArgs& args)
{
    KeyVault& vault = ctx.vault();
    auto initialised = vault.isInitialised();
    if (!initialised) {
        return ctx.fail(initialised.error());
    }
    if (!*initialised) {
        // D-ENV-SECRET: unused, the variable still leaves the environment of a long-running process.
        QString unused = Passphrase::takeFromEnvironment("AUTHSCOPE_PASSPHRASE");
        Passphrase::wipe(unused);
        ctx.err() << "authscope-cli: warning: the key store has no keys yet (authscope-cli keys generate ...); "
                     "JWT logins are off"
                  << Qt::endl;
        return std::nullopt;
    }
    auto passphrase = Passphrase::obtain(Passphrase::keyStore(args.value(u"passphrase-file"_s), true), ctx.err());
    if (!passphrase) {
        ctx.err() << "authscope-cli: warning: " << passphrase.error().message
                  << "; JWT logins are off (cookie sessions work)" << Qt::endl;
    } else {
        auto unlocked = vault.unlock(*passphrase);
        Passphrase::wipe(*passphrase); // D-ENV-SECRET
        if (!unlocked) {
            return ctx.fail(unlocked.error(), Outcome::Refused);
        }
    }
    return std::nullopt;
}

// --encrypt-tokens KID: exact, else a unique prefix of an encryption key's kid the server can use (E-SERVER-NESTED).
Result<QString> encryptionKid(const KeyStore& keys, const QString& given)
{
    auto rows = keys.list();
    if (!rows) {
        return std::unexpected(rows.error());
    }
    const QStringList matches =
        kidCandidates(*rows, given, [&given](const KeyRecord& r) { return !given.isEmpty() && r.isEncryption(); });
    if (matches.size() != 1) {
        return fail(
            u"keys.not-found"_s,
            matches.isEmpty()
                ? u"--encrypt-tokens: there is no key '%1' (keys generate --purpose encryption)"_s.arg(
                      DisplayText::escape(given.left(128)))
                : u"--encrypt-tokens: '%1' matches %2 keys"_s.arg(DisplayText::escape(given)).arg(matches.size()));
    }
    if (auto ok = TokenEncryption::checkUsable(keys, matches.constFirst()); !ok) {
        return std::unexpected(ok.error());
    }
    return matches.constFirst();
}

Outcome runServe(CliContext& ctx, const CliArgs& args)
{
    auto config = configFrom(args);
    if (!config) {
        return ctx.fail(config.error().message);
    }
    if (!config->address.isLoopback()) {
        ctx.err() << "authscope-cli: warning: listening on " << config->address.toString()
                  << ", which other machines can reach; this is a test server" << Qt::endl;
    }
    if (auto failed = unlockKeys(ctx, args)) {
        return *failed;
    }
    if (args.isSet(u"encrypt-tokens"_s)) {
        auto kid = encryptionKid(ctx.keys(), args.value(u"encrypt-tokens"_s));
        if (!kid) {
            return ctx.fail(kid.error());
        }
        config->encryptTokensKid = *kid;
    }
    RotationScheduler scheduler(ctx.keys());
    scheduler.start();

    TestServer server(ctx.database(), ctx.audit());
    server.addRouteFactory(Services::authRoutes(&ctx.keys()));
    auto trace = std::make_shared<logout::BackchannelTrace>();
    server.addRouteFactory(logout::BackchannelService::factory(&ctx.keys(), trace));
    // The relying party side: /login/oidc through a saved issuer, and its logout tokens at /backchannel-logout.
    server.addRouteFactory(logout::OidcLoginRoutes::factory(&ctx.keys()));
    server.addRouteFactory(logout::BackchannelLogoutRoutes::factory(trace, &ctx.keys()));
    // B-TRACE: every delivery attempt goes to the log, quiet or not (it names the token by its jti only).
    QObject::connect(
        trace.get(), &logout::BackchannelTrace::deliveryRecorded, &server,
        [&ctx](const logout::BackchannelDelivery& delivery) { ctx.out() << delivery.toLine() << Qt::endl; },
        Qt::QueuedConnection);
    if (!args.isSet(u"quiet"_s)) {
        QObject::connect(
            &server, &TestServer::requestServed, &server,
            // toLine() escapes what the request brought (D-DISPLAY)
            [&ctx, node = config->nodeName](const RequestLogEntry& entry) {
                ctx.out() << '[' << node << "] " << entry.toLine() << Qt::endl;
            },
            Qt::QueuedConnection);
    }
    auto started = server.start(*config);
    if (!started) {
        return ctx.fail(started.error());
    }
    ctx.out() << "AuthScope test server listening on " << server.baseUrl() << " as node " << config->nodeName << " on "
              << (ctx.database().isPostgres() ? "PostgreSQL " : "SQLite ") << ctx.database().displayName()
              << " (Ctrl+C stops it)" << Qt::endl;
    if (!config->encryptTokensKid.isEmpty()) {
        ctx.out() << "access tokens are nested JWTs encrypted to " << DisplayText::escape(config->encryptTokensKid)
                  << "; bearer tokens must be such JWEs" << Qt::endl;
    }
    if (config->tls) {
        ctx.out() << "self-signed certificate, SHA-256 " << server.tlsFingerprint()
                  << " (curl: add -k, or --pinnedpubkey)" << Qt::endl;
    }
    if (auto ran = runUntilSignal(); !ran) {
        return ctx.fail(ran.error().message);
    }
    server.stop();
    ctx.out() << "AuthScope test server stopped" << Qt::endl;
    return Outcome::Ok;
}

const CliRegistrar registrar{
    CliCommand(u"serve"_s,
               u"Run the local test server until SIGINT or SIGTERM. It binds to 127.0.0.1 unless --listen names "
               "another address. One line per request is logged to standard output (never a token or cookie)."_s,
               &runServe)
        .listed(u"Run the local test server (loopback, until Ctrl+C)."_s)
        .with({
            CliOption(u"listen"_s, u"Address to listen on (default 127.0.0.1)."_s, u"ADDR"_s)
                .defaultValue(u"127.0.0.1"_s),
            CliOption(u"port"_s, u"Port (default 8080; 0 picks a free one)."_s, u"N"_s).defaultValue(u"8080"_s),
            CliOption(u"tls"_s, u"Serve HTTPS with a self-signed certificate made at start (cookies then get Secure "
                                "and the __Host- prefix)."_s),
            CliOption(u"quiet"_s, u"Do not log each request."_s),
            CliOption(u"node"_s,
                      u"This server's node name, shown in /healthz and each request line (default "
                      "hostname-pid); several nodes may serve one PostgreSQL database or SQLite file."_s,
                      u"NAME"_s),
            CliOption(u"issuer"_s,
                      u"The iss of the tokens this server issues and accepts (default: its own address). Nodes that "
                      "serve one database behind a load balancer share one issuer, so each accepts the others' "
                      "tokens."_s,
                      u"URL"_s),
            CliOption(u"passphrase-file"_s,
                      u"Read the key store passphrase from FILE (else AUTHSCOPE_PASSPHRASE, else a prompt); without "
                      "it the server cannot sign JWTs."_s,
                      u"FILE"_s),
            CliOption(u"token-lifetime"_s,
                      u"Access token lifetime in seconds (default 900; capped by the key policy's token lifetime)."_s,
                      u"SEC"_s)
                .defaultValue(u"900"_s),
            CliOption(u"no-deny-list"_s, u"Accept a JWT until it expires, even after logout or revocation "
                                         "(stateless JWTs, to watch the revocation window)."_s),
            CliOption(u"no-token-cache"_s,
                      u"Verify the signature of every bearer token on every request (by default a token that "
                      "verified is remembered by its exact bytes until it expires or the keys change; time claims "
                      "and the deny-list are checked on every request either way)."_s),
            CliOption(u"http-parser"_s,
                      u"Which code reads the requests: own (default; reads headers in blocks) or qt (Qt's "
                      "QHttpServer, for comparison)."_s,
                      u"PARSER"_s)
                .defaultValue(u"own"_s),
            CliOption(u"cors-origin"_s, u"Allow cross-origin calls from ORIGIN (e.g. http://localhost:3000)."_s,
                      u"ORIGIN"_s),
            CliOption(u"public-host"_s,
                      u"Also answer requests whose Host is NAME (the name clients reach the server by); others "
                      "than localhost, 127.0.0.1, [::1] and the --listen address get 421 (DNS rebinding)."_s,
                      u"NAME"_s),
            CliOption(u"dpop-nonce"_s,
                      u"Demand a server-issued nonce in every DPoP proof (use_dpop_nonce and a "
                      "DPoP-Nonce header when it is missing or stale; nonces rotate every 5 minutes)."_s),
            CliOption(u"backchannel-logout-uri"_s,
                      u"Tell the relying party at URL of every session that ends (logout, revocation, refresh token "
                      "reuse) with a signed logout token (OpenID Connect Back-Channel Logout 1.0); repeatable. Each "
                      "delivery is retried with backoff and logged."_s,
                      u"URL"_s),
            CliOption(u"encrypt-tokens"_s,
                      u"Issue access tokens as nested JWTs: the signed token encrypted (JWE, cty JWT) to KID, a key of "
                      "the encryption purpose (keys generate --purpose encryption; a unique prefix is enough). Bearer "
                      "tokens must then be such JWEs; they are decrypted with the store's encryption keys before the "
                      "signature is checked, and a bare signed token is refused. Needs the passphrase."_s,
                      u"KID"_s),
        })
        .opens(CliNeed::KeyStore)};

} // namespace

} // namespace authscope::cli
