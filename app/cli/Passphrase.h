#pragma once

#include "core/common/Error.h"

#include <QString>
#include <QTextStream>

namespace authscope::cli {

// Gets a passphrase for a command, in this order: the file given with an option (its first line), an
// environment variable, else a prompt without echo when standard input is a terminal. With none of these the
// answer is cli.no-passphrase, which commands turn into exit 2 with the message. The passphrase itself is never
// printed. Shared by the keys commands and the future `serve` command.
class Passphrase final
{
public:
    struct Request
    {
        QString file;         // value of the file option, empty when not given
        QString fileOption;   // "--passphrase-file", for messages
        QString envVar;       // "AUTHSCOPE_PASSPHRASE"
        QString what;         // "the key store passphrase", for prompts and messages
        bool confirm = false; // on a terminal: ask twice (setting a new passphrase)
    };

    // The key store passphrase: --passphrase-file FILE, else AUTHSCOPE_PASSPHRASE, else a prompt; a new one (the
    // vault not yet initialised) is asked twice on a terminal.
    [[nodiscard]] static Request keyStore(const QString& file, bool initialised);

    [[nodiscard]] static Result<QString> obtain(const Request& request, QTextStream& err);
    [[nodiscard]] static bool stdinIsTerminal();
    // D-ENV-SECRET: the value of environment variable `name`, which is then overwritten where the environment held
    // it and removed, so that neither /proc/PID/environ nor a child process sees it. Null when unset or empty.
    [[nodiscard]] static QString takeFromEnvironment(const char* name);
    // Overwrites the characters of a passphrase the caller is done with (when it holds the only copy) and empties it.
    static void wipe(QString& passphrase);

private:
    [[nodiscard]] static Result<QString> fromFile(const Request& request, QTextStream& err);
    [[nodiscard]] static Result<QString> prompt(const QString& text, QTextStream& err);
};

} // namespace authscope::cli
