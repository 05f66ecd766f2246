// authscope-cli: the AuthScope engine without a GUI, for scripts and tests.
#include "app/cli/CliCommand.h"

#include "core/common/Version.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

using namespace authscope;
using namespace authscope::cli;

namespace {

QString commandList()
{
    QString text = QStringLiteral("\nCommands:\n");
    for (const CliCommand* c : CliRegistry::all()) {
        text += QStringLiteral("  %1%2\n").arg(c->name.leftJustified(16, u' '), c->summary);
    }
    text += QStringLiteral("\nRun 'authscope-cli COMMAND --help' for the options of a command.\n"
                           "Exit codes: 0 ok, 1 refused or check failed (reasons printed), 2 usage error or "
                           "unusable input.\n");
    return text;
}

} // namespace

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
        return ExitUsage;
    }
    if (parser.isSet(versionOption)) {
        out << versionInfo().toText();
        return ExitOk;
    }
    const QStringList positional = parser.positionalArguments();
    if (parser.isSet(helpOption) || positional.isEmpty()) {
        out << parser.helpText() << commandList();
        return positional.isEmpty() && !parser.isSet(helpOption) ? ExitUsage : ExitOk;
    }
    if (parser.isSet(dbOption) && parser.value(dbOption).isEmpty()) {
        err << "authscope-cli: --db needs a path" << Qt::endl;
        return ExitUsage;
    }

    // Two-word commands ("bench jose", "bench sessions") come from different areas; they win over one word.
    QString name = positional.constFirst();
    qsizetype used = 1;
    const CliCommand* command = nullptr;
    if (positional.size() >= 2) {
        command = CliRegistry::find(name + u' ' + positional.at(1));
        if (command != nullptr) {
            name = command->name;
            used = 2;
        }
    }
    if (command == nullptr) {
        command = CliRegistry::find(name);
    }
    if (command == nullptr) {
        err << "authscope-cli: unknown command '" << name << "' (see --help)" << Qt::endl;
        return ExitUsage;
    }
    CliContext ctx(parser.value(dbOption), out, err);
    QStringList commandArgs = positional.mid(used);
    commandArgs.prepend(QStringLiteral("authscope-cli ") + name);
    const int code = command->run(ctx, commandArgs);
    out.flush();
    err.flush();
    return code;
}
