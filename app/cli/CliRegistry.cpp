#include "app/cli/CliRegistry.h"

#include <QMap>

namespace authscope::cli {

namespace {

QMap<QString, CliGroup>& groups()
{
    static QMap<QString, CliGroup> all;
    return all;
}

QMap<QString, CliCommand>& commands()
{
    static QMap<QString, CliCommand> all;
    return all;
}

} // namespace

void CliRegistry::add(CliGroup group)
{
    const QString name = group.name;
    groups().insert(name, std::move(group));
}

void CliRegistry::add(CliCommand command)
{
    const QString name = command.name;
    commands().insert(name, std::move(command));
}

const CliGroup* CliRegistry::group(const QString& name)
{
    const auto it = groups().constFind(name);
    return it == groups().constEnd() ? nullptr : &it.value();
}

const CliCommand* CliRegistry::command(const QString& name)
{
    const auto it = commands().constFind(name);
    return it == commands().constEnd() ? nullptr : &it.value();
}

QList<CliRegistry::Entry> CliRegistry::entries()
{
    QMap<QString, QString> sorted;
    for (const CliGroup& g : std::as_const(groups())) {
        sorted.insert(g.name, g.summary);
    }
    for (const CliCommand& c : std::as_const(commands())) {
        sorted.insert(c.name, c.summary);
    }
    QList<Entry> list;
    for (auto it = sorted.cbegin(); it != sorted.cend(); ++it) {
        list.append({it.key(), it.value()});
    }
    return list;
}

} // namespace authscope::cli
