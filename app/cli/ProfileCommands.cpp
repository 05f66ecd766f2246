// authscope-cli profiles: named database locations (an SQLite file or a PostgreSQL server) that --profile NAME
// opens. A profile's password lives only in the OS keychain; the settings file holds the location alone.
#include "app/cli/CliArgs.h"
#include "app/cli/CliContext.h"
#include "app/cli/CliFormat.h"
#include "app/cli/CliRegistry.h"
#include "app/cli/Passphrase.h"

#include "core/common/Settings.h"
#include "core/storage/PostgresUrl.h"
#include "core/storage/ProfilePasswords.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>

namespace authscope::cli {

namespace {

using namespace Qt::StringLiterals;

bool validName(const QString& name)
{
    static const QRegularExpression pattern(u"^[A-Za-z0-9._-]{1,64}$"_s);
    return pattern.match(name).hasMatch();
}

// The password for `profiles add --password-file FILE` (its first line), or a prompt without echo.
Result<QString> readPassword(CliContext& ctx, const QString& file, const QString& where)
{
    if (!file.isEmpty()) {
        QFile f(file);
        if (!f.open(QIODevice::ReadOnly)) {
            return fail(u"cli.unreadable"_s, u"cannot read %1"_s.arg(file));
        }
        return QString::fromUtf8(f.readLine()).trimmed();
    }
    Passphrase::Request request;
    request.what = u"the PostgreSQL password for %1"_s.arg(where);
    request.fileOption = u"--password-file"_s;
    return Passphrase::obtain(request, ctx.err());
}

Outcome runAdd(CliContext& ctx, const CliArgs& args)
{
    const QString name = args.positional(0);
    QString location = args.positional(1);
    if (!validName(name)) {
        return ctx.fail(u"a profile name is 1 to 64 letters, digits, '.', '_' or '-'"_s);
    }
    if (PostgresUrl::isPostgresUrl(location)) {
        auto url = PostgresUrl::parse(location);
        if (!url) {
            return ctx.fail(url.error());
        }
        location = url->toString();
    } else {
        location = QFileInfo(location).absoluteFilePath();
    }
    Settings settings(Settings::consoleFile());
    settings.setProfile(name, location);
    settings.sync();
    if (args.isSet(u"password-file"_s) || args.isSet(u"ask-password"_s)) {
        if (!PostgresUrl::isPostgresUrl(location)) {
            return ctx.fail(u"only a PostgreSQL profile has a password"_s);
        }
        auto password = readPassword(ctx, args.value(u"password-file"_s), location);
        if (!password) {
            return ctx.fail(password.error());
        }
        if (auto stored = ProfilePasswords::write(name, *password); !stored) {
            ctx.err() << "authscope-cli: note: " << stored.error().message << Qt::endl;
        } else {
            ctx.out() << "password stored in the OS keychain" << Qt::endl;
        }
    }
    ctx.out() << "profile " << name << " -> " << location << Qt::endl;
    return Outcome::Ok;
}

Outcome runList(CliContext& ctx, const CliArgs& args)
{
    Settings settings(Settings::consoleFile());
    const QStringList names = settings.profileNames();
    if (args.json()) {
        ctx.printJson(jsonArray(names, [&settings](const QString& name) {
            return QJsonObject{{u"name"_s, name}, {u"location"_s, settings.profileLocation(name)}};
        }));
        return Outcome::Ok;
    }
    for (const QString& name : names) {
        ctx.out() << name << (name == settings.lastProfile() ? " *" : "") << '\t' << settings.profileLocation(name)
                  << Qt::endl;
    }
    return Outcome::Ok;
}

Outcome runRemove(CliContext& ctx, const CliArgs& args)
{
    const QString name = args.positional(0);
    Settings settings(Settings::consoleFile());
    if (settings.profileLocation(name).isEmpty()) {
        return ctx.fail(u"no profile named %1"_s.arg(name), Outcome::Refused);
    }
    settings.removeProfile(name);
    settings.sync();
    if (auto removed = ProfilePasswords::remove(name); !removed && removed.error().code != u"storage.no-keychain"_s) {
        ctx.err() << "authscope-cli: note: " << removed.error().message << Qt::endl;
    }
    ctx.out() << "profile " << name << " removed" << Qt::endl;
    return Outcome::Ok;
}

QList<CliCommand> profileCommands()
{
    return {
        CliCommand(u"add"_s,
                   u"Save a profile: NAME for a database LOCATION (a file or postgresql://USER@HOST[:PORT]/DB). "
                   "With --ask-password or --password-file the password goes to the OS keychain, never to the "
                   "settings file."_s,
                   &runAdd)
            .takes({{u"NAME"_s, u"The profile's name."_s}, {u"LOCATION"_s, u"A file or a postgresql:// URI."_s}},
                   u"profiles add needs NAME and LOCATION (see --help)"_s)
            .with({CliOption(u"ask-password"_s, u"Prompt for the password (on a terminal) and keep it in the OS "
                                                "keychain."_s),
                   CliOption(u"password-file"_s, u"Read the password from FILE and keep it in the OS keychain."_s,
                             u"FILE"_s)}),
        CliCommand(u"list"_s, u"List the profiles (* marks the last one used)."_s, &runList)
            .with({jsonOption(u"Print a JSON array."_s)}),
        CliCommand(u"remove"_s, u"Remove a profile and its keychain entry."_s, &runRemove)
            .takes({{u"NAME"_s, u"The profile's name."_s}}, u"profiles remove needs one NAME (see --help)"_s),
    };
}

const CliRegistrar registrar{CliGroup{
    u"profiles"_s,
    u"Named database locations for --profile NAME (the console's File > Connect uses the same)."_s,
    profileCommands(),
    u"Passwords live only in the OS keychain; where none runs, the password comes from PGPASSWORD, ~/.pgpass or a "
    "prompt each time.\n"_s,
}};

} // namespace

} // namespace authscope::cli
