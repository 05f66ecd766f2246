// authscope-cli serve: the local test server, headless.
#include "app/cli/CliCommand.h"

#include "app/cli/Passphrase.h"
#include "core/keys/KeyStore.h"
#include "core/keys/KeyVault.h"
#include "core/keys/RotationScheduler.h"
#include "core/server/AuthRoutes.h"
#include "core/server/TestServer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QSocketNotifier>

#include <csignal>
#include <sys/socket.h>
#include <unistd.h>

namespace authscope::cli {

namespace {

// SIGINT/SIGTERM arrive on a socket pair so that the event loop, not the signal handler, stops the server.
int s_signalFds[2] = {-1, -1};

void onSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const auto written = ::write(s_signalFds[0], &byte, 1);
}

int runServe(CliContext& ctx, const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Run the local test server until SIGINT or SIGTERM. It binds to 127.0.0.1 unless --listen "
                       "names another address. One line per request is logged to standard output (never a token "
                       "or cookie)."));
    const QCommandLineOption listen(QStringLiteral("listen"),
                                    QStringLiteral("Address to listen on (default 127.0.0.1)."), QStringLiteral("ADDR"),
                                    QStringLiteral("127.0.0.1"));
    const QCommandLineOption port(QStringLiteral("port"), QStringLiteral("Port (default 8080; 0 picks a free one)."),
                                  QStringLiteral("N"), QStringLiteral("8080"));
    const QCommandLineOption tls(QStringLiteral("tls"),
                                 QStringLiteral("Serve HTTPS with a self-signed certificate made at start "
                                                "(cookies then get Secure and the __Host- prefix)."));
    const QCommandLineOption quiet(QStringLiteral("quiet"), QStringLiteral("Do not log each request."));
    const QCommandLineOption passphraseFile(
        QStringLiteral("passphrase-file"),
        QStringLiteral("Read the key store passphrase from FILE (else AUTHSCOPE_PASSPHRASE, else a prompt); "
                       "without it the server cannot sign JWTs."),
        QStringLiteral("FILE"));
    const QCommandLineOption lifetime(QStringLiteral("token-lifetime"),
                                      QStringLiteral("Access token lifetime in seconds (default 900; capped by the key "
                                                     "policy's token lifetime)."),
                                      QStringLiteral("SEC"), QStringLiteral("900"));
    const QCommandLineOption noDenyList(QStringLiteral("no-deny-list"),
                                        QStringLiteral("Accept a JWT until it expires, even after logout or "
                                                       "revocation (stateless JWTs, to watch the revocation window)."));
    const QCommandLineOption noTokenCache(
        QStringLiteral("no-token-cache"),
        QStringLiteral("Verify the signature of every bearer token on every request (by default a token that "
                       "verified is remembered by its exact bytes until it expires or the keys change; time claims "
                       "and the deny-list are checked on every request either way)."));
    const QCommandLineOption httpParser(
        QStringLiteral("http-parser"),
        QStringLiteral("Which code reads the requests: own (default; reads headers in blocks) or qt (Qt's "
                       "QHttpServer, for comparison)."),
        QStringLiteral("PARSER"), QStringLiteral("own"));
    const QCommandLineOption cors(QStringLiteral("cors-origin"),
                                  QStringLiteral("Allow cross-origin calls from ORIGIN (e.g. http://localhost:3000)."),
                                  QStringLiteral("ORIGIN"));
    parser.addOptions({listen, port, tls, quiet, passphraseFile, lifetime, noDenyList, noTokenCache, httpParser, cors});
    int code = ExitOk;
    if (!parseCommandLine(ctx, parser, args, code)) {
        return code;
    }
    if (!parser.positionalArguments().isEmpty()) {
        return ctx.fail(QStringLiteral("serve takes no arguments (see --help)"));
    }
    ServerConfig config;
    if (!config.address.setAddress(parser.value(listen))) {
        return ctx.fail(QStringLiteral("--listen: '%1' is not an IP address").arg(parser.value(listen)));
    }
    bool ok = false;
    const uint portNumber = parser.value(port).toUInt(&ok);
    if (!ok || portNumber > 65535) {
        return ctx.fail(QStringLiteral("--port needs a number from 0 to 65535"));
    }
    config.port = static_cast<quint16>(portNumber);
    bool lifetimeOk = false;
    config.accessTokenLifetimeSecs = parser.value(lifetime).toInt(&lifetimeOk);
    if (!lifetimeOk || config.accessTokenLifetimeSecs < 1 || config.accessTokenLifetimeSecs > 7 * 24 * 3600) {
        return ctx.fail(QStringLiteral("--token-lifetime needs a number of seconds from 1 to 604800"));
    }
    config.denyListEnabled = !parser.isSet(noDenyList);
    config.verifiedTokenCache = !parser.isSet(noTokenCache);
    if (parser.value(httpParser) == QLatin1String("own")) {
        config.httpParser = ServerConfig::HttpParser::Own;
    } else if (parser.value(httpParser) == QLatin1String("qt")) {
        config.httpParser = ServerConfig::HttpParser::Qt;
    } else {
        return ctx.fail(QStringLiteral("--http-parser: '%1' is neither own nor qt").arg(parser.value(httpParser)));
    }
    config.corsOrigin = parser.value(cors);
    config.tls = parser.isSet(tls);
    if (!config.address.isLoopback()) {
        ctx.err() << "authscope-cli: warning: listening on " << config.address.toString()
                  << ", which other machines can reach; this is a test server" << Qt::endl;
    }

    auto db = ctx.database();
    if (!db) {
        return ctx.fail(db.error());
    }
    auto audit = ctx.audit();
    if (!audit) {
        return ctx.fail(audit.error());
    }

    // Keys: reading and verifying need no passphrase; signing (JWT logins) needs the vault unlocked.
    KeyVault vault(**db, **audit);
    KeyStore keys(**db, **audit, vault);
    auto initialised = vault.isInitialised();
    if (!initialised) {
        return ctx.fail(initialised.error());
    }
    if (*initialised) {
        Passphrase::Request request;
        request.file = parser.value(passphraseFile);
        request.fileOption = QStringLiteral("--passphrase-file");
        request.envVar = QStringLiteral("AUTHSCOPE_PASSPHRASE");
        request.what = QStringLiteral("the key store passphrase");
        auto passphrase = Passphrase::obtain(request, ctx.err());
        if (!passphrase) {
            ctx.err() << "authscope-cli: warning: " << passphrase.error().message
                      << "; JWT logins are off (cookie sessions work)" << Qt::endl;
        } else if (auto unlocked = vault.unlock(*passphrase); !unlocked) {
            return ctx.fail(unlocked.error(), ExitRefused);
        }
    } else {
        ctx.err() << "authscope-cli: warning: the key store has no keys yet (authscope-cli keys generate ...); "
                     "JWT logins are off"
                  << Qt::endl;
    }
    RotationScheduler scheduler(keys);
    scheduler.start();

    TestServer server(**db, **audit);
    server.addRouteFactory([&keys](const ServerContext& context) {
        std::vector<std::unique_ptr<RouteGroup>> groups;
        groups.push_back(std::make_unique<AuthRoutes>(context, &keys));
        return groups;
    });
    if (!parser.isSet(quiet)) {
        QObject::connect(
            &server, &TestServer::requestServed, &server,
            [&ctx](const RequestLogEntry& entry) { ctx.out() << entry.toLine() << Qt::endl; }, Qt::QueuedConnection);
    }
    auto started = server.start(config);
    if (!started) {
        return ctx.fail(started.error());
    }
    ctx.out() << "AuthScope test server listening on " << server.baseUrl() << " (Ctrl+C stops it)" << Qt::endl;
    if (config.tls) {
        ctx.out() << "self-signed certificate, SHA-256 " << server.tlsFingerprint()
                  << " (curl: add -k, or --pinnedpubkey)" << Qt::endl;
    }

    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, s_signalFds) != 0) {
        return ctx.fail(QStringLiteral("cannot set up signal handling"));
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

    server.stop();
    ctx.out() << "AuthScope test server stopped" << Qt::endl;
    ::close(s_signalFds[0]);
    ::close(s_signalFds[1]);
    return ExitOk;
}

const CliRegistrar registrar{
    {QStringLiteral("serve"), QStringLiteral("Run the local test server (loopback, until Ctrl+C)."), &runServe}};

} // namespace

} // namespace authscope::cli
