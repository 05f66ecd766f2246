#include "app/cli/CliCommand.h"

#include "core/audit/AuditLog.h"
#include "core/storage/Database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QMap>

#include <cstdio>

namespace authscope::cli {

namespace {

QMap<QString, CliCommand>& registry()
{
    static QMap<QString, CliCommand> commands;
    return commands;
}

// Inputs larger than this are refused before they are read whole: no token, key or claims set is this big.
constexpr qint64 kMaxInputBytes = 16 * 1024 * 1024;

} // namespace

CliContext::CliContext(QString dbPath, QTextStream& out, QTextStream& err)
    : m_dbPath(std::move(dbPath)), m_out(out), m_err(err)
{}

CliContext::~CliContext() = default;

QString CliContext::databasePath() const
{
    return m_dbPath.isEmpty() ? Database::defaultPath() : m_dbPath;
}

Result<Database*> CliContext::database()
{
    if (!m_db) {
        auto db = Database::open(databasePath());
        if (!db) {
            return std::unexpected(db.error());
        }
        m_db = std::move(db.value());
    }
    return m_db.get();
}

Result<AuditLog*> CliContext::audit()
{
    if (!m_audit) {
        auto db = database();
        if (!db) {
            return std::unexpected(db.error());
        }
        m_audit = std::make_unique<AuditLog>(**db);
    }
    return m_audit.get();
}

Result<QByteArray> CliContext::readInput(const QString& argOrDash)
{
    if (!argOrDash.isEmpty() && argOrDash != QStringLiteral("-")) {
        return argOrDash.toUtf8();
    }
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly)) {
        return authscope::fail(QStringLiteral("cli.stdin"), QStringLiteral("cannot read standard input"));
    }
    QByteArray data = in.read(kMaxInputBytes + 1);
    if (data.size() > kMaxInputBytes) {
        return authscope::fail(QStringLiteral("cli.too-large"), QStringLiteral("standard input is larger than 16 MiB"));
    }
    return data.trimmed();
}

Result<QByteArray> CliContext::readFile(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        return authscope::fail(QStringLiteral("cli.unreadable"),
                               QStringLiteral("cannot read %1: %2").arg(path, f.errorString()));
    }
    if (f.size() > kMaxInputBytes) {
        return authscope::fail(QStringLiteral("cli.too-large"), QStringLiteral("%1 is larger than 16 MiB").arg(path));
    }
    return f.readAll();
}

int CliContext::fail(const QString& message, int code)
{
    m_err << "authscope-cli: " << message << Qt::endl;
    return code;
}

int CliContext::fail(const Error& error, int code)
{
    return fail(error.message + QStringLiteral(" [") + error.code + u']', code);
}

void CliRegistry::add(CliCommand command)
{
    const QString name = command.name;
    registry().insert(name, std::move(command));
}

const CliCommand* CliRegistry::find(const QString& name)
{
    const auto it = registry().constFind(name);
    return it == registry().constEnd() ? nullptr : &it.value();
}

QList<const CliCommand*> CliRegistry::all()
{
    QList<const CliCommand*> list;
    for (const CliCommand& c : std::as_const(registry())) {
        list << &c;
    }
    return list;
}

int dispatchSubcommands(CliContext& ctx, const QStringList& arguments, const QString& usage,
                        const QList<CliSubcommand>& subcommands)
{
    const QString sub = arguments.value(1);
    for (const CliSubcommand& s : subcommands) {
        if (s.name == sub) {
            QStringList rest = arguments.mid(2);
            rest.prepend(arguments.value(0) + u' ' + sub);
            return s.run(ctx, rest);
        }
    }
    if (sub == QStringLiteral("-h") || sub == QStringLiteral("--help")) {
        ctx.out() << usage;
        return ExitOk;
    }
    ctx.err() << usage;
    if (sub.isEmpty()) {
        return ExitUsage;
    }
    return ctx.fail(QStringLiteral("unknown subcommand '%1'").arg(sub));
}

bool parseCommandLine(CliContext& ctx, QCommandLineParser& parser, const QStringList& arguments, int& exitCode)
{
    const QCommandLineOption help(QStringList{QStringLiteral("h"), QStringLiteral("help")},
                                  QStringLiteral("Show this help."));
    parser.addOption(help);
    if (!parser.parse(arguments)) {
        exitCode = ctx.fail(parser.errorText() + QStringLiteral(" (see --help)"));
        return false;
    }
    if (parser.isSet(help)) {
        // helpText() names only the executable; show the command too ("authscope-cli audit list").
        QString text = parser.helpText();
        const QString executable = QCoreApplication::applicationName();
        const qsizetype at = text.indexOf(executable);
        if (at >= 0 && !arguments.isEmpty()) {
            text.replace(at, executable.size(), arguments.constFirst());
        }
        ctx.out() << text;
        exitCode = ExitOk;
        return false;
    }
    return true;
}

} // namespace authscope::cli
