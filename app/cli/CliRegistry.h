#pragma once

#include "app/cli/CliCommand.h"

#include <QList>
#include <QString>

namespace authscope::cli {

// Every command group and every command on its own, by name. Filled before main() by the CliRegistrar constants
// of the command files.
class CliRegistry final
{
public:
    static void add(CliGroup group);
    static void add(CliCommand command);
    [[nodiscard]] static const CliGroup* group(const QString& name);
    [[nodiscard]] static const CliCommand* command(const QString& name);

    // What `authscope-cli --help` lists: a name and its summary, sorted by name.
    struct Entry
    {
        QString name;
        QString summary;
    };
    [[nodiscard]] static QList<Entry> entries();
};

} // namespace authscope::cli
