#include "app/cli/CliArgs.h"

#include <QCommandLineParser>

#include <algorithm>

namespace authscope::cli {

CliArgs::CliArgs(const QCommandLineParser& parser, QStringList positional, QHash<QString, QStringList> deprecatedNames)
    : m_parser(parser), m_positional(std::move(positional)), m_deprecated(std::move(deprecatedNames))
{}

bool CliArgs::isSet(const QString& name) const
{
    if (m_parser.isSet(name)) {
        return true;
    }
    const QStringList old = m_deprecated.value(name);
    return std::any_of(old.cbegin(), old.cend(), [this](const QString& o) { return m_parser.isSet(o); });
}

bool CliArgs::number(const QString& name, qint64 min, qint64 max, qint64& into) const
{
    if (!isSet(name)) {
        return true;
    }
    bool ok = false;
    const qint64 n = value(name).toLongLong(&ok);
    if (!ok || n < min || n > max) {
        return false;
    }
    into = n;
    return true;
}

bool CliArgs::number(const QString& name, int min, int max, int& into) const
{
    qint64 n = into;
    if (!number(name, qint64{min}, qint64{max}, n)) {
        return false;
    }
    into = static_cast<int>(n);
    return true;
}

QString CliArgs::value(const QString& name) const
{
    if (!m_parser.isSet(name)) {
        for (const QString& old : m_deprecated.value(name)) {
            if (m_parser.isSet(old)) {
                return m_parser.value(old);
            }
        }
    }
    return m_parser.value(name);
}

QStringList CliArgs::values(const QString& name) const
{
    QStringList all = m_parser.values(name);
    for (const QString& old : m_deprecated.value(name)) {
        all += m_parser.values(old);
    }
    return all;
}

bool CliArgs::json() const
{
    return m_parser.optionNames().contains(QStringLiteral("json"));
}

} // namespace authscope::cli
