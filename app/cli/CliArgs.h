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
    // A whole number from `min` to `max` into `into` when the option is given; true when it is absent (`into`
    // keeps its default) or valid, false when it is given and is not such a number (the caller says why).
    [[nodiscard]] bool number(const QString& name, qint64 min, qint64 max, qint64& into) const;
    [[nodiscard]] bool number(const QString& name, int min, int max, int& into) const;
    // --json, for commands that declare it.
    [[nodiscard]] bool json() const;

private:
    const QCommandLineParser& m_parser;
    QStringList m_positional;
    QHash<QString, QStringList> m_deprecated; // option name -> its old spellings
};

} // namespace authscope::cli
