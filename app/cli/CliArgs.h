#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

class QCommandLineParser;

namespace authscope::cli {

// The parsed command line of one command, by option name (without dashes). An option's deprecated spellings
// count as the option itself.
class CliArgs final
{
public:
    CliArgs(const QCommandLineParser& parser, QStringList positional, QHash<QString, QStringList> deprecatedNames);

    [[nodiscard]] bool isSet(const QString& name) const;
    // The value given (the last one when repeated), else the option's default.
    [[nodiscard]] QString value(const QString& name) const;
    [[nodiscard]] QStringList values(const QString& name) const;
    [[nodiscard]] const QStringList& positional() const { return m_positional; }
    [[nodiscard]] QString positional(qsizetype index) const { return m_positional.value(index); }
    // --json, for commands that declare it.
    [[nodiscard]] bool json() const;

private:
    const QCommandLineParser& m_parser;
    QStringList m_positional;
    QHash<QString, QStringList> m_deprecated; // option name -> its old spellings
};

} // namespace authscope::cli
