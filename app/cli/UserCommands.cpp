// authscope-cli users add|list|disable|enable|passwd|roles
#include "app/cli/CliArgs.h"
#include "app/cli/CliContext.h"
#include "app/cli/CliFormat.h"
#include "core/common/TimeFormat.h"

#include "core/common/DisplayText.h"
#include "core/sessions/UserStore.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <limits>

#include <cstdio>

#ifdef Q_OS_UNIX
#include <termios.h>
#include <unistd.h>
#endif

namespace authscope::cli {

namespace {

using namespace Qt::StringLiterals;

constexpr qsizetype kMaxPasswordInput = 4096;

// The first line of `data`, without its line break.
QByteArray firstLine(const QByteArray& data)
{
    QByteArray line = data;
    const qsizetype nl = line.indexOf('\n');
    if (nl >= 0) {
        line.truncate(nl);
    }
    if (line.endsWith('\r')) {
        line.chop(1);
    }
    return line;
}

#ifdef Q_OS_UNIX
// Reads a line from the terminal with echo off.
QByteArray promptHidden(CliContext& ctx, const QString& prompt)
{
    ctx.err() << DisplayText::escape(prompt) << Qt::flush;
    termios saved{};
    const bool tty = tcgetattr(STDIN_FILENO, &saved) == 0;
    if (tty) {
        termios quiet = saved;
        quiet.c_lflag &= ~static_cast<tcflag_t>(ECHO);
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
    }
    QByteArray line;
    int c = 0;
    while ((c = std::fgetc(stdin)) != EOF && c != '\n' && line.size() < kMaxPasswordInput) {
        line.append(static_cast<char>(c));
    }
    if (tty) {
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
    }
    ctx.err() << u'\n' << Qt::flush;
    return firstLine(line);
}
#endif

// A password from a file, an interactive prompt (asked twice) or the first line of standard input; never from
// the command line, where other users could read it in the process list.
Result<QByteArray> readPassword(CliContext& ctx, const QString& file, const QString& user)
{
    if (!file.isEmpty()) {
        auto data = ctx.readFile(file);
        if (!data) {
            return std::unexpected(data.error());
        }
        return firstLine(*data);
    }
#ifdef Q_OS_UNIX
    if (isatty(STDIN_FILENO)) {
        const QByteArray first = promptHidden(ctx, QStringLiteral("Password for %1: ").arg(user));
        const QByteArray again = promptHidden(ctx, QStringLiteral("Again: "));
        if (first != again) {
            return fail(QStringLiteral("cli.password-mismatch"), QStringLiteral("the two passwords differ"));
        }
        return first;
    }
#endif
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly)) {
        return fail(QStringLiteral("cli.stdin"), QStringLiteral("cannot read the password from standard input"));
    }
    return firstLine(in.read(kMaxPasswordInput));
}

QJsonObject userJson(const User& u)
{
    QJsonObject o{{QStringLiteral("id"), u.id},
                  {QStringLiteral("username"), u.username},
                  {QStringLiteral("display_name"), u.displayName},
                  {QStringLiteral("roles"), QJsonArray::fromStringList(u.roles)},
                  {QStringLiteral("disabled"), u.disabled},
                  {QStringLiteral("has_password"), u.hasPassword},
                  {QStringLiteral("created"), TimeFormat::isoUtc(u.createdMs, false)}};
    if (u.activeSessions >= 0) {
        o.insert(QStringLiteral("active_sessions"), u.activeSessions);
    }
    if (u.tokensNotBeforeMs > 0) {
        o.insert(QStringLiteral("tokens_not_before"), TimeFormat::isoUtc(u.tokensNotBeforeMs, true));
    }
    return o;
}

Outcome runAdd(CliContext& ctx, const CliArgs& args)
{
    if (args.isSet(u"password-file"_s) && args.isSet(u"no-password"_s)) {
        return ctx.fail(u"--password-file and --no-password exclude each other"_s);
    }
    NewUser spec;
    spec.username = args.positional(0);
    if (auto ok = UserStore::checkUsername(spec.username); !ok) {
        return ctx.fail(ok.error().message);
    }
    spec.displayName = args.value(u"display-name"_s);
    for (const QString& r : args.values(u"role"_s)) {
        spec.roles << r.split(u',', Qt::SkipEmptyParts);
    }
    if (!args.isSet(u"no-password"_s)) {
        auto password = readPassword(ctx, args.value(u"password-file"_s), spec.username);
        if (!password) {
            return ctx.fail(password.error().message);
        }
        if (password->isEmpty()) {
            return ctx.fail(u"no password given (use --no-password for a user without one)"_s);
        }
        spec.password = *password;
    }
    auto user = ctx.users().add(spec);
    spec.password.fill('\0');
    if (!user) {
        return ctx.fail(user.error(), Outcome::Refused);
    }
    ctx.out() << u"added user %1 (id %2)%3\n"_s
                     .arg(DisplayText::escape(user->username)) // D-DISPLAY
                     .arg(user->id)
                     .arg(user->roles.isEmpty() ? QString()
                                                : u", roles "_s + DisplayText::escape(user->roles.join(u' ')));
    return Outcome::Ok;
}

Outcome runList(CliContext& ctx, const CliArgs& args)
{
    int max = -1;
    if (!args.number(u"limit"_s, 0, std::numeric_limits<int>::max(), max)) {
        return ctx.fail(u"--limit needs a number >= 0"_s);
    }
    auto list = ctx.users().list(args.value(u"prefix"_s), max);
    if (!list) {
        return ctx.fail(list.error());
    }
    return ctx.printList(
        args, *list, userJson,
        {u"ID"_s, u"NAME"_s, u"DISPLAY NAME"_s, u"ROLES"_s, u"STATUS"_s, u"PASSWORD"_s, u"ACTIVE SESSIONS"_s},
        [](const User& u) {
            return QStringList{QString::number(u.id),
                               u.username,
                               u.displayName,
                               u.roles.join(u' '),
                               u.disabled ? u"disabled"_s : u"enabled"_s,
                               u.hasPassword ? u"yes"_s : u"no"_s,
                               QString::number(u.activeSessions)};
        },
        u"%1 user(s)\n"_s.arg(list->size()));
}

Outcome setDisabled(CliContext& ctx, const CliArgs& args, bool disable)
{
    auto user = ctx.users().setDisabled(args.positional(0), disable, disable ? args.value(u"reason"_s) : QString());
    if (!user) {
        return ctx.fail(user.error(), Outcome::Refused);
    }
    ctx.out() << u"%1 %2\n"_s.arg(disable ? u"disabled"_s : u"enabled"_s, DisplayText::escape(user->username));
    return Outcome::Ok;
}

Outcome runDisable(CliContext& ctx, const CliArgs& args)
{
    return setDisabled(ctx, args, true);
}

Outcome runEnable(CliContext& ctx, const CliArgs& args)
{
    return setDisabled(ctx, args, false);
}

Outcome runPasswd(CliContext& ctx, const CliArgs& args)
{
    const QString name = args.positional(0);
    auto password = readPassword(ctx, args.value(u"password-file"_s), name);
    if (!password) {
        return ctx.fail(password.error().message);
    }
    auto done = ctx.users().setPassword(name, *password);
    password->fill('\0');
    if (!done) {
        return ctx.fail(done.error(), Outcome::Refused);
    }
    // S-PASSWORD-ENDS-SESSIONS: the store ended every session, JWT and refresh token of the user with it.
    ctx.out() << u"password of %1 changed; all of their sessions, JWTs and refresh tokens were ended\n"_s.arg(
        DisplayText::escape(name));
    return Outcome::Ok;
}

Outcome runRoles(CliContext& ctx, const CliArgs& args)
{
    QStringList roles;
    for (const QString& r : args.values(u"role"_s)) {
        roles << r.split(u',', Qt::SkipEmptyParts);
    }
    auto user = ctx.users().setRoles(args.positional(0), roles);
    if (!user) {
        return ctx.fail(user.error(), Outcome::Refused);
    }
    ctx.out() << u"roles of %1: %2\n"_s.arg(DisplayText::escape(user->username),
                                            user->roles.isEmpty() ? u"(none)"_s
                                                                  : DisplayText::escape(user->roles.join(u' ')));
    return Outcome::Ok;
}

// ---- declarations ----------------------------------------------------------------------------------------------

const CliArgument kName{u"NAME"_s, u"The user name."_s};

CliOption passwordFileOption()
{
    return CliOption(u"password-file"_s, u"Read the password from FILE."_s, u"FILE"_s);
}

QList<CliCommand> userCommands()
{
    const QString oneName = u"needs one user name (see --help)"_s;
    return {
        CliCommand(u"add"_s,
                   u"Add a user of the test server. The password comes from --password-file, a prompt, or the first "
                   "line of standard input; it is stored as an scrypt hash."_s,
                   &runAdd)
            .takes({kName}, u"users add "_s + oneName)
            .with(
                {passwordFileOption(),
                 CliOption(u"no-password"_s, u"Create the user without a password (cannot log in until one is set)."_s)
                     .orPrevious(),
                 CliOption(u"role"_s, u"Give the user ROLE (repeatable)."_s, u"ROLE"_s).repeatable(),
                 CliOption(u"display-name"_s, u"The user's full name."_s, u"TEXT"_s)})
            .opens(CliNeed::Users),
        CliCommand(u"list"_s, u"List users by name, with their active sessions."_s, &runList)
            .with({CliOption(u"prefix"_s, u"Only names starting with TEXT."_s, u"TEXT"_s),
                   CliOption(u"limit"_s, u"At most N users."_s, u"N"_s), jsonOption(u"Print a JSON array."_s)})
            .opens(CliNeed::Users),
        CliCommand(u"disable"_s,
                   u"Disable a user: refuse their logins and revoke every session and JWT they hold, at once."_s,
                   &runDisable)
            .takes({kName}, oneName)
            .with({CliOption(u"reason"_s, u"Why (audited)."_s, u"TEXT"_s)})
            .opens(CliNeed::Users),
        CliCommand(u"enable"_s, u"Enable a disabled user again (revoked sessions stay revoked)."_s, &runEnable)
            .takes({kName}, oneName)
            .opens(CliNeed::Users),
        CliCommand(
            u"passwd"_s,
            u"Set a user's password (from a file, a prompt or standard input); ends all of the user's sessions, JWTs "
            "and refresh tokens."_s,
            &runPasswd)
            .takes({kName}, u"users passwd "_s + oneName)
            .with({passwordFileOption()})
            .opens(CliNeed::Users),
        CliCommand(u"roles"_s, u"Replace a user's roles (no --role: remove them all)."_s, &runRoles)
            .takes({kName}, u"users roles "_s + oneName)
            .with({CliOption(u"role"_s, u"A role (repeatable)."_s, u"ROLE"_s).repeatable()})
            .opens(CliNeed::Users),
    };
}

const CliRegistrar registrar{CliGroup{
    u"users"_s,
    u"Add, list, disable and enable the test server's users."_s,
    userCommands(),
    u"Passwords are never taken from the command line: a file, a prompt or standard input.\n"_s,
}};

} // namespace

} // namespace authscope::cli
