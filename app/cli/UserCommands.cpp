// authscope-cli users add|list|disable|enable|passwd|roles
#include "app/cli/CliCommand.h"
#include "app/cli/CliFormat.h"

#include "core/audit/AuditLog.h"
#include "core/sessions/UserStore.h"
#include "core/storage/Database.h"

#include <QCommandLineParser>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>
#include <memory>

#ifdef Q_OS_UNIX
#include <termios.h>
#include <unistd.h>
#endif

namespace authscope::cli {

namespace {

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
    ctx.err() << prompt << Qt::flush;
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

Result<UserStore*> userStore(CliContext& ctx, std::unique_ptr<UserStore>& holder)
{
    auto db = ctx.database();
    if (!db) {
        return std::unexpected(db.error());
    }
    auto audit = ctx.audit();
    if (!audit) {
        return std::unexpected(audit.error());
    }
    holder = std::make_unique<UserStore>(**db, **audit, ctx.clock());
    return holder.get();
}

QJsonObject userJson(const User& u)
{
    QJsonObject o{
        {QStringLiteral("id"), u.id},
        {QStringLiteral("username"), u.username},
        {QStringLiteral("display_name"), u.displayName},
        {QStringLiteral("roles"), QJsonArray::fromStringList(u.roles)},
        {QStringLiteral("disabled"), u.disabled},
        {QStringLiteral("has_password"), u.hasPassword},
        {QStringLiteral("created"), QDateTime::fromMSecsSinceEpoch(u.createdMs, Qt::UTC).toString(Qt::ISODate)}};
    if (u.activeSessions >= 0) {
        o.insert(QStringLiteral("active_sessions"), u.activeSessions);
    }
    if (u.tokensNotBeforeMs > 0) {
        o.insert(QStringLiteral("tokens_not_before"),
                 QDateTime::fromMSecsSinceEpoch(u.tokensNotBeforeMs, Qt::UTC).toString(Qt::ISODateWithMs));
    }
    return o;
}

int exitFor(const Error& e)
{
    // Bad input is a usage error; "no such user" or "already exists" is a refusal.
    return e.code.startsWith(QStringLiteral("users.bad")) || e.code == QStringLiteral("users.weak-password") ||
                   e.code.startsWith(QStringLiteral("cli."))
               ? ExitUsage
               : ExitRefused;
}

int runAdd(CliContext& ctx, const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Add a user of the test server. The password comes from --password-file, a prompt, or the "
                       "first line of standard input; it is stored as an scrypt hash."));
    parser.addPositionalArgument(QStringLiteral("NAME"), QStringLiteral("The user name."));
    const QCommandLineOption file(QStringLiteral("password-file"), QStringLiteral("Read the password from FILE."),
                                  QStringLiteral("FILE"));
    const QCommandLineOption none(
        QStringLiteral("no-password"),
        QStringLiteral("Create the user without a password (cannot log in until one is set)."));
    const QCommandLineOption role(QStringLiteral("role"), QStringLiteral("Give the user ROLE (repeatable)."),
                                  QStringLiteral("ROLE"));
    const QCommandLineOption display(QStringLiteral("display-name"), QStringLiteral("The user's full name."),
                                     QStringLiteral("TEXT"));
    parser.addOptions({file, none, role, display});
    int code = ExitOk;
    if (!parseCommandLine(ctx, parser, args, code)) {
        return code;
    }
    if (parser.positionalArguments().size() != 1) {
        return ctx.fail(QStringLiteral("users add needs one user name (see --help)"));
    }
    if (parser.isSet(file) && parser.isSet(none)) {
        return ctx.fail(QStringLiteral("--password-file and --no-password exclude each other"));
    }
    NewUser spec;
    spec.username = parser.positionalArguments().constFirst();
    if (auto ok = UserStore::checkUsername(spec.username); !ok) {
        return ctx.fail(ok.error().message);
    }
    spec.displayName = parser.value(display);
    for (const QString& r : parser.values(role)) {
        spec.roles << r.split(u',', Qt::SkipEmptyParts);
    }
    if (!parser.isSet(none)) {
        auto password = readPassword(ctx, parser.value(file), spec.username);
        if (!password) {
            return ctx.fail(password.error().message);
        }
        if (password->isEmpty()) {
            return ctx.fail(QStringLiteral("no password given (use --no-password for a user without one)"));
        }
        spec.password = *password;
    }
    std::unique_ptr<UserStore> holder;
    auto users = userStore(ctx, holder);
    if (!users) {
        return ctx.fail(users.error());
    }
    auto user = (*users)->add(spec);
    spec.password.fill('\0');
    if (!user) {
        return ctx.fail(user.error(), exitFor(user.error()));
    }
    ctx.out() << QStringLiteral("added user %1 (id %2)%3\n")
                     .arg(user->username)
                     .arg(user->id)
                     .arg(user->roles.isEmpty() ? QString() : QStringLiteral(", roles ") + user->roles.join(u' '));
    return ExitOk;
}

int runList(CliContext& ctx, const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("List users by name, with their active sessions."));
    const QCommandLineOption prefix(QStringLiteral("prefix"), QStringLiteral("Only names starting with TEXT."),
                                    QStringLiteral("TEXT"));
    const QCommandLineOption limit(QStringLiteral("limit"), QStringLiteral("At most N users."), QStringLiteral("N"));
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print a JSON array."));
    parser.addOptions({prefix, limit, json});
    int code = ExitOk;
    if (!parseCommandLine(ctx, parser, args, code)) {
        return code;
    }
    int max = -1;
    if (parser.isSet(limit)) {
        bool ok = false;
        max = parser.value(limit).toInt(&ok);
        if (!ok || max < 0) {
            return ctx.fail(QStringLiteral("--limit needs a number >= 0"));
        }
    }
    std::unique_ptr<UserStore> holder;
    auto users = userStore(ctx, holder);
    if (!users) {
        return ctx.fail(users.error());
    }
    auto list = (*users)->list(parser.value(prefix), max);
    if (!list) {
        return ctx.fail(list.error());
    }
    if (parser.isSet(json)) {
        QJsonArray array;
        for (const User& u : std::as_const(*list)) {
            array.append(userJson(u));
        }
        ctx.out() << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
        return ExitOk;
    }
    QList<QStringList> rows;
    for (const User& u : std::as_const(*list)) {
        rows << QStringList{QString::number(u.id),
                            u.username,
                            u.displayName,
                            u.roles.join(u' '),
                            u.disabled ? QStringLiteral("disabled") : QStringLiteral("enabled"),
                            u.hasPassword ? QStringLiteral("yes") : QStringLiteral("no"),
                            QString::number(u.activeSessions)};
    }
    ctx.out() << formatTable({QStringLiteral("ID"), QStringLiteral("NAME"), QStringLiteral("DISPLAY NAME"),
                              QStringLiteral("ROLES"), QStringLiteral("STATUS"), QStringLiteral("PASSWORD"),
                              QStringLiteral("ACTIVE SESSIONS")},
                             rows);
    ctx.out() << QStringLiteral("%1 user(s)\n").arg(list->size());
    return ExitOk;
}

int runSetDisabled(CliContext& ctx, const QStringList& args, bool disable)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(disable ? QStringLiteral("Disable a user: refuse their logins and revoke every "
                                                              "session and JWT they hold, at once.")
                                             : QStringLiteral("Enable a disabled user again (revoked sessions stay "
                                                              "revoked)."));
    parser.addPositionalArgument(QStringLiteral("NAME"), QStringLiteral("The user name."));
    const QCommandLineOption reason(QStringLiteral("reason"), QStringLiteral("Why (audited)."), QStringLiteral("TEXT"));
    if (disable) {
        parser.addOption(reason);
    }
    int code = ExitOk;
    if (!parseCommandLine(ctx, parser, args, code)) {
        return code;
    }
    if (parser.positionalArguments().size() != 1) {
        return ctx.fail(QStringLiteral("needs one user name (see --help)"));
    }
    std::unique_ptr<UserStore> holder;
    auto users = userStore(ctx, holder);
    if (!users) {
        return ctx.fail(users.error());
    }
    const QString name = parser.positionalArguments().constFirst();
    auto user = (*users)->setDisabled(name, disable, disable ? parser.value(reason) : QString());
    if (!user) {
        return ctx.fail(user.error(), exitFor(user.error()));
    }
    ctx.out() << QStringLiteral("%1 %2\n").arg(disable ? QStringLiteral("disabled") : QStringLiteral("enabled"),
                                               user->username);
    return ExitOk;
}

int runDisable(CliContext& ctx, const QStringList& args)
{
    return runSetDisabled(ctx, args, true);
}

int runEnable(CliContext& ctx, const QStringList& args)
{
    return runSetDisabled(ctx, args, false);
}

int runPasswd(CliContext& ctx, const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Set a user's password (from a file, a prompt or standard input)."));
    parser.addPositionalArgument(QStringLiteral("NAME"), QStringLiteral("The user name."));
    const QCommandLineOption file(QStringLiteral("password-file"), QStringLiteral("Read the password from FILE."),
                                  QStringLiteral("FILE"));
    parser.addOption(file);
    int code = ExitOk;
    if (!parseCommandLine(ctx, parser, args, code)) {
        return code;
    }
    if (parser.positionalArguments().size() != 1) {
        return ctx.fail(QStringLiteral("users passwd needs one user name (see --help)"));
    }
    const QString name = parser.positionalArguments().constFirst();
    auto password = readPassword(ctx, parser.value(file), name);
    if (!password) {
        return ctx.fail(password.error().message);
    }
    std::unique_ptr<UserStore> holder;
    auto users = userStore(ctx, holder);
    if (!users) {
        return ctx.fail(users.error());
    }
    auto done = (*users)->setPassword(name, *password);
    password->fill('\0');
    if (!done) {
        return ctx.fail(done.error(), exitFor(done.error()));
    }
    ctx.out() << QStringLiteral("password of %1 changed\n").arg(name);
    return ExitOk;
}

int runRoles(CliContext& ctx, const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Replace a user's roles (no --role: remove them all)."));
    parser.addPositionalArgument(QStringLiteral("NAME"), QStringLiteral("The user name."));
    const QCommandLineOption role(QStringLiteral("role"), QStringLiteral("A role (repeatable)."),
                                  QStringLiteral("ROLE"));
    parser.addOption(role);
    int code = ExitOk;
    if (!parseCommandLine(ctx, parser, args, code)) {
        return code;
    }
    if (parser.positionalArguments().size() != 1) {
        return ctx.fail(QStringLiteral("users roles needs one user name (see --help)"));
    }
    QStringList roles;
    for (const QString& r : parser.values(role)) {
        roles << r.split(u',', Qt::SkipEmptyParts);
    }
    std::unique_ptr<UserStore> holder;
    auto users = userStore(ctx, holder);
    if (!users) {
        return ctx.fail(users.error());
    }
    auto user = (*users)->setRoles(parser.positionalArguments().constFirst(), roles);
    if (!user) {
        return ctx.fail(user.error(), exitFor(user.error()));
    }
    ctx.out() << QStringLiteral("roles of %1: %2\n")
                     .arg(user->username, user->roles.isEmpty() ? QStringLiteral("(none)") : user->roles.join(u' '));
    return ExitOk;
}

int runUsers(CliContext& ctx, const QStringList& args)
{
    return dispatchSubcommands(
        ctx, args,
        QStringLiteral(
            "Usage: authscope-cli [--db PATH] users add NAME [--password-file F | --no-password] [--role R]...\n"
            "                                          [--display-name TEXT]\n"
            "       authscope-cli [--db PATH] users list [--prefix TEXT] [--limit N] [--json]\n"
            "       authscope-cli [--db PATH] users disable NAME [--reason T]\n"
            "       authscope-cli [--db PATH] users enable NAME\n"
            "       authscope-cli [--db PATH] users passwd NAME [--password-file F]\n"
            "       authscope-cli [--db PATH] users roles NAME [--role R]...\n"
            "Passwords are never taken from the command line: a file, a prompt or standard input.\n"),
        {{QStringLiteral("add"), &runAdd},
         {QStringLiteral("list"), &runList},
         {QStringLiteral("disable"), &runDisable},
         {QStringLiteral("enable"), &runEnable},
         {QStringLiteral("passwd"), &runPasswd},
         {QStringLiteral("roles"), &runRoles}});
}

const CliRegistrar registrar{
    {QStringLiteral("users"), QStringLiteral("Add, list, disable and enable the test server's users."), &runUsers}};

} // namespace

} // namespace authscope::cli
