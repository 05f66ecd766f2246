#pragma once

#include "app/cli/CliCommand.h"

#include <QStringList>

namespace authscope::cli {

// Runs a command from its declaration: finds it by its first one or two words, parses its options, answers
// --help (the command's, or the usage lines of its group), checks its arguments, opens what it needs and runs it.
class CliRunner final
{
public:
    explicit CliRunner(CliContext& context);

    // `words`: everything after the global options, starting with the command name.
    Outcome run(const QStringList& words);

    // The "Commands:" table and the closing lines of `authscope-cli --help`.
    [[nodiscard]] static QString commandList();
    // The usage lines of a group, generated from its commands' declarations, and its notes.
    [[nodiscard]] static QString groupUsage(const CliGroup& group);

private:
    Outcome runGroup(const CliGroup& group, const QStringList& arguments);
    Outcome runCommand(const CliCommand& command, const QString& fullName, const QStringList& arguments);

    CliContext& m_ctx;
};

} // namespace authscope::cli
