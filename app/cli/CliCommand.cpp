#include "app/cli/CliCommand.h"

#include "app/cli/CliRegistry.h"

namespace authscope::cli {

CliOption::CliOption(QString name, QString help, QString valueName)
    : m_name(std::move(name)), m_help(std::move(help)), m_valueName(std::move(valueName))
{}

CliOption CliOption::repeatable() const
{
    CliOption o = *this;
    o.m_repeatable = true;
    return o;
}

CliOption CliOption::required(QString message) const
{
    CliOption o = *this;
    o.m_missing = std::move(message);
    return o;
}

CliOption CliOption::withPrevious() const
{
    CliOption o = *this;
    o.m_synopsis = Synopsis::WithPrevious;
    return o;
}

CliOption CliOption::orPrevious() const
{
    CliOption o = *this;
    o.m_synopsis = Synopsis::OrPrevious;
    return o;
}

CliOption CliOption::defaultValue(QString value) const
{
    CliOption o = *this;
    o.m_default = std::move(value);
    return o;
}

CliOption CliOption::deprecatedName(QString name) const
{
    CliOption o = *this;
    o.m_deprecated.append(std::move(name));
    return o;
}

CliCommand::CliCommand(QString commandName, QString text, CliRun work)
    : name(std::move(commandName)), description(std::move(text)), run(std::move(work))
{}

CliCommand CliCommand::takes(QList<CliArgument> list, QString error) &&
{
    arguments = std::move(list);
    countError = std::move(error);
    return std::move(*this);
}

CliCommand CliCommand::with(QList<CliOption> list) &&
{
    options = std::move(list);
    return std::move(*this);
}

CliCommand CliCommand::opens(CliNeeds parts) &&
{
    needs = parts;
    return std::move(*this);
}

CliCommand CliCommand::listed(QString text) &&
{
    summary = std::move(text);
    return std::move(*this);
}

CliCommand CliCommand::readsStdin(QString note) &&
{
    stdinNote = std::move(note);
    return std::move(*this);
}

CliCommand CliCommand::dashArgumentsAllowed() &&
{
    dashArguments = true;
    return std::move(*this);
}

CliCommand CliCommand::refusesArgumentsWith(QString error) &&
{
    countError = std::move(error);
    return std::move(*this);
}

CliRegistrar::CliRegistrar(CliGroup group)
{
    CliRegistry::add(std::move(group));
}

CliRegistrar::CliRegistrar(CliCommand command)
{
    CliRegistry::add(std::move(command));
}

CliOption jsonOption(const QString& help)
{
    return CliOption(QStringLiteral("json"), help);
}

} // namespace authscope::cli
