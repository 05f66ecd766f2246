// authscope-cli: the AuthScope engine without a GUI, for scripts and tests.
#include "app/cli/CliContext.h"
#include "app/cli/CliRunner.h"
#include "app/cli/Passphrase.h"

#include "core/common/DisplayText.h"
#include "core/common/Settings.h"
#include "core/common/Version.h"
#include "core/services/Services.h"
#include "core/storage/PostgresUrl.h"
#include "core/storage/ProfilePasswords.h"

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
    const QCommandLineOption dbOption(
        QStringLiteral("db"),
        QStringLiteral("Use the database at PATH (default: the per-user data folder), or the PostgreSQL database "
                       "postgresql://USER@HOST[:PORT]/DBNAME[?sslmode=...]; its password comes from PGPASSWORD, "
                       "~/.pgpass (PGPASSFILE) or a prompt, never from the command line."),
        QStringLiteral("PATH"));
    const QCommandLineOption helpOption(QStringList{QStringLiteral("h"), QStringLiteral("help")},
                                        QStringLiteral("Show this help."));
    const QCommandLineOption versionOption(QStringList{QStringLiteral("v"), QStringLiteral("version")},
                                           QStringLiteral("Show the versions of AuthScope, Qt, OpenSSL and SQLite."));
    const QCommandLineOption profileOption(
        QStringLiteral("profile"),
        QStringLiteral("Use the database of the connection profile NAME (see 'profiles'); its password comes from "
                       "the OS keychain."),
        QStringLiteral("NAME"));
    parser.addOption(dbOption);
    parser.addOption(profileOption);
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

    Services::Options options{.databasePath = parser.value(dbOption)};
    if (parser.isSet(profileOption)) {
        if (parser.isSet(dbOption)) {
            err << "authscope-cli: --db and --profile name two databases: give one" << Qt::endl;
            return exitCode(Outcome::Usage);
        }
        Settings settings(Settings::consoleFile());
        const QString name = parser.value(profileOption);
        options.databasePath = settings.profileLocation(name);
        if (options.databasePath.isEmpty()) {
            err << "authscope-cli: no connection profile named " << DisplayText::escape(name)
                << " (see 'profiles list')" << Qt::endl;
            return exitCode(Outcome::Usage);
        }
        if (PostgresUrl::isPostgresUrl(options.databasePath)) {
            auto password = ProfilePasswords::read(name);
            if (password && *password) {
                options.databasePassword = **password;
            } else if (!password) {
                err << "authscope-cli: note: " << password.error().message << Qt::endl;
            }
        }
        settings.setLastProfile(name);
    }
    // Only a person at a terminal is asked; a script gets the connection error (exit 2) with what to set.
    if (Passphrase::stdinIsTerminal()) {
        options.askDatabasePassword = [&err](const QString& where) {
            Passphrase::Request request;
            request.what = QStringLiteral("the PostgreSQL password for %1").arg(where);
            return Passphrase::obtain(request, err);
        };
    }
    Services services(std::move(options));
    CliContext ctx(services, out, err);
    const Outcome outcome = CliRunner(ctx).run(positional);
    out.flush();
    err.flush();
    return exitCode(outcome);
}
