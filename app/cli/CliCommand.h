#pragma once

#include "core/common/Clock.h"
#include "core/common/Error.h"

#include <QCommandLineParser>
#include <QStringList>
#include <QTextStream>

#include <functional>
#include <memory>

namespace authscope {
class Database;
class AuditLog;
} // namespace authscope

namespace authscope::cli {

// Exit codes shared by every command.
enum ExitCode : int
{
    ExitOk = 0,      // done, or the check passed
    ExitRefused = 1, // the answer is "no": invalid token, tampered chain, refused transition (reasons printed)
    ExitUsage = 2,   // bad arguments or unusable input (unreadable file, malformed token, database refused)
};

// What a command gets: the streams, the global options, and the database opened on first use.
class CliContext final
{
public:
    CliContext(QString dbPath, QTextStream& out, QTextStream& err);
    ~CliContext();
    CliContext(const CliContext&) = delete;
    CliContext& operator=(const CliContext&) = delete;

    QTextStream& out() { return m_out; }
    QTextStream& err() { return m_err; }
    const Clock& clock() const { return Clock::system(); }

    // Opens the database (--db or the default location) on first call; prints nothing.
    Result<Database*> database();
    Result<AuditLog*> audit();
    QString databasePath() const;

    // Reads an argument that may be "-" (or absent) meaning standard input.
    Result<QByteArray> readInput(const QString& argOrDash);
    Result<QByteArray> readFile(const QString& path);

    // Prints "authscope-cli: <message>" on stderr and returns ExitUsage (or the given code).
    int fail(const QString& message, int code = ExitUsage);
    int fail(const Error& error, int code = ExitUsage);

private:
    QString m_dbPath;
    QTextStream& m_out;
    QTextStream& m_err;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<AuditLog> m_audit;
};

// One command group ("audit", "decode", "keys", ...). A name may be two words ("bench sessions"): the
// dispatcher tries the first two arguments before the first one, so areas can share a verb. `run` gets the arguments
// after the command name and parses them itself with QCommandLineParser (arguments[0] is "authscope-cli <name>").
struct CliCommand
{
    QString name;
    QString summary; // one line for `authscope-cli --help`
    std::function<int(CliContext&, const QStringList& arguments)> run;
};

// Commands register themselves from their own .cpp file:
//   static const CliRegistrar registrar{{u"audit"_s, u"..."_s, &runAudit}};
class CliRegistry final
{
public:
    static void add(CliCommand command);
    static const CliCommand* find(const QString& name);
    static QList<const CliCommand*> all(); // sorted by name
};

struct CliRegistrar
{
    explicit CliRegistrar(CliCommand command) { CliRegistry::add(std::move(command)); }
};

// A command group with subcommands ("audit list", "keys rotate"): dispatches on arguments[1], prints `usage`
// for no subcommand (exit 2), --help (exit 0) or an unknown one (exit 2). Each subcommand gets arguments
// starting with "authscope-cli <group> <sub>".
struct CliSubcommand
{
    QString name;
    std::function<int(CliContext&, const QStringList& arguments)> run;
};
int dispatchSubcommands(CliContext& ctx, const QStringList& arguments, const QString& usage,
                        const QList<CliSubcommand>& subcommands);

// Parses `arguments` with `parser` (adds -h/--help); on error or --help prints and sets `exitCode`.
// Returns true when the command should go on.
bool parseCommandLine(CliContext& ctx, QCommandLineParser& parser, const QStringList& arguments, int& exitCode);

} // namespace authscope::cli
