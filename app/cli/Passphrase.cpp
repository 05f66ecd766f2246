#include "app/cli/Passphrase.h"

#include "core/crypto/SecureWipe.h"

#include <QFile>
#include <QFileInfo>

#include <cstdio>
#include <cstdlib>
#include <cstring>

#ifdef Q_OS_WIN
#include <io.h>
#include <windows.h>
#else
#include <termios.h>
#include <unistd.h>
#endif

namespace authscope::cli {

namespace {

constexpr qint64 MaxPassphraseBytes = 4096;

// Turns terminal echo off for its lifetime.
class EchoOff final
{
public:
    EchoOff()
    {
#ifdef Q_OS_WIN
        m_handle = GetStdHandle(STD_INPUT_HANDLE);
        if (GetConsoleMode(m_handle, &m_mode)) {
            m_active = SetConsoleMode(m_handle, m_mode & ~ENABLE_ECHO_INPUT) != 0;
        }
#else
        if (tcgetattr(STDIN_FILENO, &m_saved) == 0) {
            termios quiet = m_saved;
            quiet.c_lflag &= ~static_cast<tcflag_t>(ECHO);
            quiet.c_lflag |= ECHONL;
            m_active = tcsetattr(STDIN_FILENO, TCSANOW, &quiet) == 0;
        }
#endif
    }
    ~EchoOff()
    {
        if (m_active) {
#ifdef Q_OS_WIN
            SetConsoleMode(m_handle, m_mode);
#else
            tcsetattr(STDIN_FILENO, TCSANOW, &m_saved);
#endif
        }
    }
    EchoOff(const EchoOff&) = delete;
    EchoOff& operator=(const EchoOff&) = delete;

private:
    bool m_active = false;
#ifdef Q_OS_WIN
    HANDLE m_handle = nullptr;
    DWORD m_mode = 0;
#else
    termios m_saved{};
#endif
};

QString stripLineEnd(QByteArray line)
{
    while (line.endsWith('\n') || line.endsWith('\r')) {
        line.chop(1);
    }
    QString text = QString::fromUtf8(line);
    line.fill('\0');
    return text;
}

} // namespace

QString Passphrase::takeFromEnvironment(const char* name)
{
    // std::getenv rather than qEnvironmentVariable: the bytes must be overwritten where the environment keeps them
    // (the block the kernel copied at exec, which /proc/PID/environ shows; unsetting alone leaves them there).
    char* raw = std::getenv(name);
    if (raw == nullptr) {
        return {};
    }
    const std::size_t length = std::strlen(raw);
    QString value = QString::fromLocal8Bit(raw, static_cast<qsizetype>(length));
    crypto::SecureWipe::bytes(raw, length);
    qunsetenv(name);
    return value;
}

void Passphrase::wipe(QString& passphrase)
{
    crypto::SecureWipe::wipe(passphrase);
}

bool Passphrase::stdinIsTerminal()
{
#ifdef Q_OS_WIN
    return _isatty(_fileno(stdin)) != 0;
#else
    return isatty(STDIN_FILENO) != 0;
#endif
}

Result<QString> Passphrase::fromFile(const Request& request, QTextStream& err)
{
    QFile file(request.file);
    if (!file.open(QIODevice::ReadOnly)) {
        return fail(
            QStringLiteral("cli.unreadable"),
            QStringLiteral("cannot read %1 (%2): %3").arg(request.file, request.fileOption, file.errorString()));
    }
#ifndef Q_OS_WIN
    const QFileDevice::Permissions others = QFileDevice::ReadGroup | QFileDevice::ReadOther;
    if (file.permissions() & others) {
        err << "authscope-cli: warning: " << request.file
            << " can be read by other users; keep passphrase files private (chmod 600)" << Qt::endl;
    }
#endif
    QByteArray line = file.readLine(MaxPassphraseBytes + 2);
    const QString text = stripLineEnd(line);
    line.fill('\0');
    if (text.isEmpty()) {
        return fail(QStringLiteral("cli.no-passphrase"),
                    QStringLiteral("%1 is empty: its first line must hold %2").arg(request.file, request.what));
    }
    return text;
}

Result<QString> Passphrase::prompt(const QString& text, QTextStream& err)
{
    err << text << Qt::flush;
    char buffer[MaxPassphraseBytes + 2] = {};
    bool ok = false;
    {
        const EchoOff quiet;
        ok = std::fgets(buffer, sizeof buffer, stdin) != nullptr;
    }
    QByteArray line(buffer);
    std::memset(buffer, 0, sizeof buffer);
    if (!ok) {
        return fail(QStringLiteral("cli.no-passphrase"), QStringLiteral("no passphrase was entered"));
    }
    return stripLineEnd(line);
}

Passphrase::Request Passphrase::keyStore(const QString& file, bool initialised)
{
    return Request{file, QStringLiteral("--passphrase-file"), QStringLiteral("AUTHSCOPE_PASSPHRASE"),
                   initialised ? QStringLiteral("the key store passphrase")
                               : QStringLiteral("a new key store passphrase"),
                   !initialised};
}

Result<QString> Passphrase::obtain(const Request& request, QTextStream& err)
{
    // D-ENV-SECRET: the variable leaves the environment whichever source wins.
    QString fromEnvironment =
        request.envVar.isEmpty() ? QString() : takeFromEnvironment(request.envVar.toLatin1().constData());
    if (!request.file.isEmpty()) {
        wipe(fromEnvironment);
        return fromFile(request, err);
    }
    // An empty variable counts as unset (scripts clear it that way).
    if (!fromEnvironment.isEmpty()) {
        return fromEnvironment;
    }
    if (!stdinIsTerminal()) {
        return fail(QStringLiteral("cli.no-passphrase"),
                    QStringLiteral("%1 is needed: give it with %2 FILE or the %3 environment variable (standard "
                                   "input is not a terminal to ask on)")
                        .arg(request.what, request.fileOption, request.envVar));
    }
    QString prompted = QStringLiteral("Enter %1: ").arg(request.what);
    auto first = prompt(prompted, err);
    if (!first) {
        return first;
    }
    if (first->isEmpty()) {
        return fail(QStringLiteral("cli.no-passphrase"), QStringLiteral("the passphrase cannot be empty"));
    }
    if (request.confirm) {
        QString again = QStringLiteral("Repeat the passphrase: ");
        auto second = prompt(again, err);
        if (!second) {
            return second;
        }
        if (*second != *first) {
            return fail(QStringLiteral("cli.no-passphrase"),
                        QStringLiteral("the two passphrases differ; nothing was changed"));
        }
    }
    return first;
}

} // namespace authscope::cli
