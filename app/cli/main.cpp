// authscope-cli: the AuthScope engine without a GUI, for scripts and tests.
#include "app/cli/CliContext.h"
#include "app/cli/CliRunner.h"

#include "core/common/Version.h"
#include "core/services/Services.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

using namespace authscope;
using namespace authscope::cli;

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("authscope-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("AuthScope"));
    QCoreApplication::setApplicationVersion(QStringLiteral(AUTHSCOPE_VERSION));

    QTextStream out(stdout);
    QTextStream err(stderr);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("AuthScope command line: sessions, JWTs, signing keys and the audit log, headless."));
    // Everything after the command name belongs to the command.
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    const QCommandLineOption dbOption(QStringLiteral("db"),
                                      QStringLiteral("Use the database at PATH (default: the per-user data folder)."),
                                      QStringLiteral("PATH"));
    const QCommandLineOption helpOption(QStringList{QStringLiteral("h"), QStringLiteral("help")},
                                        QStringLiteral("Show this help."));
    const QCommandLineOption versionOption(QStringList{QStringLiteral("v"), QStringLiteral("version")},
                                           QStringLiteral("Show the versions of AuthScope, Qt, OpenSSL and SQLite."));
    parser.addOption(dbOption);
    parser.addOption(helpOption);
    parser.addOption(versionOption);
    parser.addPositionalArgument(QStringLiteral("command"), QStringLiteral("The command to run (see below)."),
                                 QStringLiteral("COMMAND [ARGS...]"));

    if (!parser.parse(QCoreApplication::arguments())) {
        err << "authscope-cli: " << parser.errorText() << " (see --help)" << Qt::endl;
        return exitCode(Outcome::Usage);
    }
    if (parser.isSet(versionOption)) {
        out << versionInfo().toText();
        return exitCode(Outcome::Ok);
    }
    const QStringList positional = parser.positionalArguments();
    if (parser.isSet(helpOption) || positional.isEmpty()) {
        out << parser.helpText() << CliRunner::commandList();
        return exitCode(positional.isEmpty() && !parser.isSet(helpOption) ? Outcome::Usage : Outcome::Ok);
    }
    if (parser.isSet(dbOption) && parser.value(dbOption).isEmpty()) {
        err << "authscope-cli: --db needs a path" << Qt::endl;
        return exitCode(Outcome::Usage);
    }

    Services services(Services::Options{.databasePath = parser.value(dbOption)});
    CliContext ctx(services, out, err);
    const Outcome outcome = CliRunner(ctx).run(positional);
    out.flush();
    err.flush();
    return exitCode(outcome);
}
