#pragma once

#include "app/cli/CliOutcome.h"

#include <QFlags>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace authscope::cli {

class CliArgs;
class CliContext;

// What a command needs opened before it runs. Each part opens what it depends on (the key store opens the
// database, the audit log and the vault); a failure is reported once by the framework, with exit 2.
enum class CliNeed
{
    Database = 0x01,
    Audit = 0x02,
    KeyVault = 0x04,
    KeyStore = 0x08,
    Sessions = 0x10,
    Users = 0x20,
    IssuedTokens = 0x40,
};
Q_DECLARE_FLAGS(CliNeeds, CliNeed)
Q_DECLARE_OPERATORS_FOR_FLAGS(CliNeeds)

// One option of a command: its names, help text, value name (none: a switch) and how it shows in the group's
// usage lines. Built with a constructor and modifiers: CliOption(u"role"_s, u"..."_s, u"ROLE"_s).repeatable().
class CliOption final
{
public:
    // How the option appears in the usage line of its group.
    enum class Synopsis
    {
        Alone,        // [--name VALUE], or --name VALUE when required
        WithPrevious, // inside the previous option's brackets: [--revoke-old --reason TEXT]
        OrPrevious,   // an alternative to the previous option: [--password-file FILE | --no-password]
    };

    CliOption(QString name, QString help, QString valueName = {});

    // Shown as "[--role ROLE]..." in the usage line; values() returns every occurrence.
    [[nodiscard]] CliOption repeatable() const;
    // The framework refuses the command without it, with `message`.
    [[nodiscard]] CliOption required(QString message) const;
    [[nodiscard]] CliOption withPrevious() const;
    [[nodiscard]] CliOption orPrevious() const;
    [[nodiscard]] CliOption defaultValue(QString value) const;
    // An old spelling that still works, hidden from --help; using it prints one deprecation line on stderr.
    [[nodiscard]] CliOption deprecatedName(QString name) const;

    [[nodiscard]] const QString& name() const { return m_name; }
    [[nodiscard]] const QString& help() const { return m_help; }
    [[nodiscard]] const QString& valueName() const { return m_valueName; }
    [[nodiscard]] const QString& defaultValueText() const { return m_default; }
    [[nodiscard]] const QStringList& deprecatedNames() const { return m_deprecated; }
    [[nodiscard]] const QString& missingMessage() const { return m_missing; }
    [[nodiscard]] bool isRepeatable() const { return m_repeatable; }
    [[nodiscard]] bool isRequired() const { return !m_missing.isEmpty(); }
    [[nodiscard]] bool takesValue() const { return !m_valueName.isEmpty(); }
    [[nodiscard]] Synopsis synopsis() const { return m_synopsis; }

private:
    QString m_name;
    QString m_help;
    QString m_valueName;
    QString m_default;
    QString m_missing;
    QStringList m_deprecated;
    bool m_repeatable = false;
    Synopsis m_synopsis = Synopsis::Alone;
};

// A positional argument: its name and help for --help, its form in usage lines ("[TOKEN|-]", "ID..."), and how
// many it takes (max -1: any number).
struct CliArgument
{
    QString name{};
    QString help{};
    QString syntax{}; // empty: the name
    int min = 1;
    int max = 1;
};

using CliRun = std::function<Outcome(CliContext&, const CliArgs&)>;

// One command, declared: the framework parses its options (QCommandLineParser), prints its --help and its line in
// the group's usage, checks the number of arguments and the required options, opens what it needs, and then calls
// `run`, which only does the command's work. Declared with a constructor and modifiers:
//   CliCommand(u"show"_s, u"Show one session."_s, &runShow).takes({id}, u"... needs one id"_s).opens(CliNeed::Sessions)
struct CliCommand
{
    CliCommand(QString commandName, QString text, CliRun work);

    // Its arguments, and what a wrong number of them prints (default "<command> takes no arguments (see --help)").
    [[nodiscard]] CliCommand takes(QList<CliArgument> arguments, QString countError) &&;
    [[nodiscard]] CliCommand with(QList<CliOption> options) &&;
    [[nodiscard]] CliCommand opens(CliNeeds needs) &&;
    // A command on its own (not in a group): its row in `authscope-cli --help`.
    [[nodiscard]] CliCommand listed(QString summary) &&;
    // Standard input it reads, shown at the end of its usage line ("< secret-session-id").
    [[nodiscard]] CliCommand readsStdin(QString note) &&;
    // Long arguments that start with one '-' (key IDs, opaque tokens) are arguments, not options.
    [[nodiscard]] CliCommand dashArgumentsAllowed() &&;
    // Printed for a wrong number of arguments when takes() gave none.
    [[nodiscard]] CliCommand refusesArgumentsWith(QString countError) &&;

    QString name;        // "list" inside a group; "decode" or "bench jose" on its own
    QString description; // the text under "Usage:" in --help
    CliRun run;
    QString summary;
    QList<CliArgument> arguments;
    QList<CliOption> options;
    CliNeeds needs;
    QString countError;
    QString stdinNote;
    bool dashArguments = false;
};

// A command group ("keys"): `authscope-cli keys SUB ...`. Its usage lines are generated from the commands'
// declarations; `notes` follow them.
struct CliGroup
{
    QString name{};
    QString summary{};
    QList<CliCommand> commands{};
    QString notes{};
};

// Command files register their group or command with a namespace-scope constant:
//   const CliRegistrar registrar{CliGroup{...}};
struct CliRegistrar
{
    explicit CliRegistrar(CliGroup group);
    explicit CliRegistrar(CliCommand command);
};

// The --json option, with the command's own help text.
[[nodiscard]] CliOption jsonOption(const QString& help);

} // namespace authscope::cli
