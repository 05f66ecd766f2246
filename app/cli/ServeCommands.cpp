// authscope-cli serve: the local test server, headless.
#include "CliCommand.h"

#include "server/TestServer.h"

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
    const QCommandLineOption tls(QStringLiteral("tls"), QStringLiteral("Serve HTTPS with a self-signed certificate."));
    const QCommandLineOption quiet(QStringLiteral("quiet"), QStringLiteral("Do not log each request."));
    parser.addOptions({listen, port, tls, quiet});
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
    if (parser.isSet(tls)) {
        return ctx.fail(QStringLiteral("--tls is not available yet: the server speaks plain HTTP on loopback"));
    }
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

    TestServer server(**db, **audit);
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
