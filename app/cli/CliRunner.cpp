#include "app/cli/CliRunner.h"

#include "app/cli/CliArgs.h"
#include "app/cli/CliContext.h"
#include "app/cli/CliRegistry.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace authscope::cli {

namespace {

constexpr qsizetype kUsageWidth = 110;

// "[--state S]", "--count N", "[--role ROLE]...", "[--revoke-old --reason TEXT]": the command's part of its usage
// line, arguments first.
QStringList synopsis(const CliCommand& command)
{
    QStringList items;
    for (const CliArgument& a : command.arguments) {
        items << (a.syntax.isEmpty() ? a.name : a.syntax);
    }
    for (const CliOption& o : command.options) {
        QString text = QStringLiteral("--") + o.name();
        if (o.takesValue()) {
            text += u' ' + o.valueName();
        }
        const qsizetype close = items.isEmpty() ? -1 : items.last().lastIndexOf(u']');
        if (o.synopsis() == CliOption::Synopsis::WithPrevious && close > 0) {
            items.last().insert(close, QString(u' ' + text));
        } else if (o.synopsis() == CliOption::Synopsis::OrPrevious && close > 0) {
            items.last().insert(close, QString(QStringLiteral(" | ") + text));
        } else if (o.isRequired()) {
            items << text;
        } else {
            items << QString(u'[' + text + u']') + (o.isRepeatable() ? QStringLiteral("...") : QString());
        }
    }
    if (!command.stdinNote.isEmpty()) {
        items << command.stdinNote;
    }
    return items;
}

// `lead` and the items, wrapped at kUsageWidth; continuation lines start under `indent`.
QString wrapped(const QString& lead, const QStringList& items, qsizetype indent)
{
    QString text = lead;
    qsizetype lineStart = 0;
    for (const QString& item : items) {
        if (text.size() - lineStart + 1 + item.size() > kUsageWidth) {
            lineStart = text.size() + 1;
            text += u'\n' + QString(indent, u' ') + item;
        } else {
            text += u' ' + item;
        }
    }
    return text + u'\n';
}

// Thumbprint key IDs and opaque tokens (base64url) may start with '-', which QCommandLineParser reads as options. A
// long argument with one leading '-' is no option of ours, so it is moved behind "--" (a kid that starts with "--" has
// to be given that way).
QStringList dashArgumentsLast(const CliCommand& command, const QStringList& arguments)
{
    QStringList takesValue;
    for (const CliOption& o : command.options) {
        if (o.takesValue()) {
            takesValue << QStringLiteral("--") + o.name();
            for (const QString& old : o.deprecatedNames()) {
                takesValue << QStringLiteral("--") + old;
            }
        }
    }
    QStringList options;
    QStringList dashed;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString& a = arguments.at(i);
        const bool isValue = i > 0 && takesValue.contains(arguments.at(i - 1));
        if (!isValue && a.size() >= 20 && a.startsWith(u'-') && !a.startsWith(QStringLiteral("--"))) {
            dashed << a;
        } else {
            options << a;
        }
    }
    if (dashed.isEmpty()) {
        return arguments;
    }
    if (!options.contains(QStringLiteral("--"))) {
        options << QStringLiteral("--");
    }
    return options + dashed;
}

bool countFits(const CliCommand& command, qsizetype count)
{
    qsizetype min = 0;
    qsizetype max = 0;
    for (const CliArgument& a : command.arguments) {
        min += a.min;
        max = a.max < 0 || max < 0 ? -1 : max + a.max;
    }
    return count >= min && (max < 0 || count <= max);
}

} // namespace

CliRunner::CliRunner(CliContext& context) : m_ctx(context) {}

QString CliRunner::commandList()
{
    QString text = QStringLiteral("\nCommands:\n");
    for (const CliRegistry::Entry& e : CliRegistry::entries()) {
        text += QStringLiteral("  %1%2\n").arg(e.name.leftJustified(16, u' '), e.summary);
    }
    text += QStringLiteral("\nRun 'authscope-cli COMMAND --help' for the options of a command.\n"
                           "Exit codes: 0 ok, 1 refused or check failed (reasons printed), 2 usage error or "
                           "unusable input.\n");
    return text;
}

QString CliRunner::groupUsage(const CliGroup& group)
{
    const QString program = QStringLiteral("authscope-cli [--db PATH] ");
    const QString indent = QStringLiteral("       ");
    QString text;
    for (const CliCommand& c : group.commands) {
        const QString lead =
            (text.isEmpty() ? QStringLiteral("Usage: ") : indent) + program + group.name + u' ' + c.name;
        text += wrapped(lead, synopsis(c), indent.size() + program.size());
    }
    return text + group.notes;
}

Outcome CliRunner::run(const QStringList& words)
{
    // Two-word commands ("bench jose", "bench sessions") come from different areas; they win over one word.
    const QString name = words.value(0);
    if (words.size() >= 2) {
        const QString twoWords = name + u' ' + words.at(1);
        if (const CliCommand* command = CliRegistry::command(twoWords)) {
            return runCommand(*command, twoWords, words.mid(2));
        }
    }
    if (const CliGroup* group = CliRegistry::group(name)) {
        return runGroup(*group, words.mid(1));
    }
    if (const CliCommand* command = CliRegistry::command(name)) {
        return runCommand(*command, name, words.mid(1));
    }
    return m_ctx.fail(QStringLiteral("unknown command '%1' (see --help)").arg(name));
}

Outcome CliRunner::runGroup(const CliGroup& group, const QStringList& arguments)
{
    const QString sub = arguments.value(0);
    for (const CliCommand& c : group.commands) {
        if (c.name == sub) {
            return runCommand(c, group.name + u' ' + sub, arguments.mid(1));
        }
    }
    const QString usage = groupUsage(group);
    if (sub == QStringLiteral("-h") || sub == QStringLiteral("--help")) {
        m_ctx.out() << usage;
        return Outcome::Ok;
    }
    m_ctx.err() << usage;
    if (sub.isEmpty()) {
        return Outcome::Usage;
    }
    return m_ctx.fail(QStringLiteral("unknown subcommand '%1'").arg(sub));
}

Outcome CliRunner::runCommand(const CliCommand& command, const QString& fullName, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(command.description);
    QHash<QString, QStringList> deprecated;
    for (const CliOption& o : command.options) {
        parser.addOption(QCommandLineOption(o.name(), o.help(), o.valueName(), o.defaultValueText()));
        for (const QString& old : o.deprecatedNames()) {
            QCommandLineOption hidden(old, o.help(), o.valueName(), o.defaultValueText());
            hidden.setFlags(QCommandLineOption::HiddenFromHelp);
            parser.addOption(hidden);
            deprecated[o.name()] << old;
        }
    }
    for (const CliArgument& a : command.arguments) {
        parser.addPositionalArgument(a.name, a.help, a.syntax);
    }
    const QCommandLineOption help(QStringList{QStringLiteral("h"), QStringLiteral("help")},
                                  QStringLiteral("Show this help."));
    parser.addOption(help);
    const QString program = QStringLiteral("authscope-cli ") + fullName;
    if (!parser.parse(QStringList{program} +
                      (command.dashArguments ? dashArgumentsLast(command, arguments) : arguments))) {
        return m_ctx.fail(parser.errorText() + QStringLiteral(" (see --help)"));
    }
    if (parser.isSet(help)) {
        // helpText() names only the executable; show the command too ("authscope-cli audit list").
        QString text = parser.helpText();
        const QString executable = QCoreApplication::applicationName();
        if (const qsizetype at = text.indexOf(executable); at >= 0) {
            text.replace(at, executable.size(), program);
        }
        m_ctx.out() << text;
        return Outcome::Ok;
    }
    for (auto it = deprecated.cbegin(); it != deprecated.cend(); ++it) {
        for (const QString& old : it.value()) {
            if (parser.isSet(old)) {
                m_ctx.err() << "authscope-cli: warning: --" << old << " is deprecated here; use --" << it.key()
                            << Qt::endl;
            }
        }
    }
    const CliArgs args(parser, parser.positionalArguments(), deprecated);
    if (!countFits(command, args.positional().size())) {
        return m_ctx.fail(command.countError.isEmpty() ? fullName + QStringLiteral(" takes no arguments (see --help)")
                                                       : command.countError);
    }
    for (const CliOption& o : command.options) {
        if (o.isRequired() && !args.isSet(o.name())) {
            return m_ctx.fail(o.missingMessage());
        }
    }
    if (auto opened = m_ctx.open(command.needs); !opened) {
        return m_ctx.fail(opened.error());
    }
    return command.run(m_ctx, args);
}

} // namespace authscope::cli
