#include "app/cli/CliContext.h"

#include "app/cli/CliArgs.h"
#include "app/cli/Passphrase.h"

#include "core/common/DisplayText.h"
#include "core/keys/KeyVault.h"
#include "core/services/Services.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>
#include <functional>

namespace authscope::cli {

namespace {

// Inputs larger than this are refused before they are read whole: no token, key or claims set is this big.
constexpr qint64 kMaxInputBytes = 16 * 1024 * 1024;

template <typename T>
Result<void> opened(const Result<T>& part)
{
    if (!part) {
        return std::unexpected(part.error());
    }
    return {};
}

} // namespace

CliContext::CliContext(Services& services, QTextStream& out, QTextStream& err)
    : m_services(services), m_out(out), m_err(err)
{}

const Clock& CliContext::clock() const
{
    return m_services.clock();
}

QString CliContext::databasePath() const
{
    return m_services.databasePath();
}

Result<void> CliContext::open(CliNeeds needs)
{
    // In the order they depend on each other, so that the first error is the database's own.
    const std::pair<CliNeed, std::function<Result<void>()>> parts[] = {
        {CliNeed::Database, [this] { return opened(m_services.database()); }},
        {CliNeed::Audit, [this] { return opened(m_services.audit()); }},
        {CliNeed::KeyVault, [this] { return opened(m_services.keyVault()); }},
        {CliNeed::KeyStore, [this] { return opened(m_services.keyStore()); }},
        {CliNeed::Sessions, [this] { return opened(m_services.sessionStore()); }},
        {CliNeed::Users, [this] { return opened(m_services.userStore()); }},
        {CliNeed::IssuedTokens, [this] { return opened(m_services.issuedTokens()); }},
    };
    for (const auto& [need, openPart] : parts) {
        if (needs.testFlag(need)) {
            if (auto ok = openPart(); !ok) {
                return ok;
            }
            m_opened |= need;
        }
    }
    return {};
}

template <typename Part>
Part& CliContext::part(CliNeeds openedBy, Result<Part*> (Services::*get)())
{
    Q_ASSERT((m_opened & openedBy).toInt() != 0); // the command declared what opens it
    return **(m_services.*get)();
}

bool CliContext::argsWantJson(const CliArgs& args)
{
    return args.json();
}

Database& CliContext::database()
{
    return part(~CliNeeds(), &Services::database); // every part opens the database
}

AuditLog& CliContext::audit()
{
    return part(~CliNeeds(CliNeed::Database), &Services::audit); // every part but the database opens it
}

KeyVault& CliContext::vault()
{
    return part(CliNeed::KeyVault | CliNeed::KeyStore, &Services::keyVault);
}

KeyStore& CliContext::keys()
{
    return part(CliNeed::KeyStore, &Services::keyStore);
}

SessionStore& CliContext::sessions()
{
    return part(CliNeed::Sessions, &Services::sessionStore);
}

UserStore& CliContext::users()
{
    return part(CliNeed::Users, &Services::userStore);
}

IssuedTokenRegistry& CliContext::issuedTokens()
{
    return part(CliNeed::IssuedTokens, &Services::issuedTokens);
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

Result<QByteArray> CliContext::readTrimmedInput(const QString& argOrDash, const QString& whenEmpty)
{
    auto input = readInput(argOrDash);
    if (!input) {
        return input;
    }
    const QByteArray trimmed = input->trimmed();
    if (trimmed.isEmpty()) {
        return authscope::fail(QStringLiteral("cli.usage"), whenEmpty);
    }
    return trimmed;
}

Result<QByteArray> CliContext::readSecretFile(const QString& path, const QString& whenEmpty)
{
    auto data = readFile(path);
    if (!data) {
        return data;
    }
    QByteArray secret = *data;
    while (secret.endsWith('\n') || secret.endsWith('\r')) {
        secret.chop(1);
    }
    data->fill('\0');
    if (secret.isEmpty()) {
        return authscope::fail(QStringLiteral("cli.usage"), whenEmpty.arg(path));
    }
    return secret;
}

std::optional<Outcome> CliContext::unlockVault(const CliArgs& args, bool announceFirstUse)
{
    KeyVault& store = vault();
    auto initialised = store.isInitialised();
    if (!initialised) {
        return fail(initialised.error());
    }
    auto passphrase =
        Passphrase::obtain(Passphrase::keyStore(args.value(QStringLiteral("passphrase-file")), *initialised), m_err);
    if (!passphrase) {
        return fail(passphrase.error().message);
    }
    auto ok = *initialised ? store.unlock(*passphrase) : store.initialise(*passphrase);
    Passphrase::wipe(*passphrase); // D-ENV-SECRET
    if (!ok) {
        return fail(ok.error());
    }
    if (!*initialised && announceFirstUse) {
        m_err << "authscope-cli: the key store passphrase is now set (first use). Keep it safe: without it the "
                 "private keys cannot be used or recovered."
              << Qt::endl;
    }
    return std::nullopt;
}

Outcome CliContext::fail(const QString& message, Outcome outcome)
{
    m_err << "authscope-cli: " << DisplayText::escape(message) << Qt::endl; // D-DISPLAY: errors quote input
    return outcome;
}

Outcome CliContext::fail(const Error& error, Outcome otherwise)
{
    fail(error.message + QStringLiteral(" [") + error.code + u']');
    return outcomeOf(error, otherwise);
}

void CliContext::printJson(const QJsonValue& value)
{
    const QJsonDocument document = value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    m_out << DisplayText::escapeJson(QString::fromUtf8(document.toJson(QJsonDocument::Indented))); // D-DISPLAY
}

} // namespace authscope::cli
