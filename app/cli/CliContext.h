#pragma once

#include "app/cli/CliCommand.h"
#include "app/cli/CliFormat.h"
#include "app/cli/CliOutcome.h"

#include "core/common/Clock.h"
#include "core/common/Error.h"

#include <QJsonValue>
#include <QTextStream>

#include <optional>

namespace authscope {
class AuditLog;
class Database;
class IssuedTokenRegistry;
class KeyStore;
class KeyVault;
class Services;
class SessionStore;
class UserStore;
} // namespace authscope

namespace authscope::cli {

class CliArgs;

// What a command gets: the streams, the engine's parts (opened by the framework for what the command declared),
// and the ways to end with a message.
class CliContext final
{
public:
    CliContext(Services& services, QTextStream& out, QTextStream& err);
    CliContext(const CliContext&) = delete;
    CliContext& operator=(const CliContext&) = delete;

    QTextStream& out() { return m_out; }
    QTextStream& err() { return m_err; }
    [[nodiscard]] const Clock& clock() const;
    [[nodiscard]] QString databasePath() const;
    Services& services() { return m_services; }

    // Opens the parts; the framework calls it with the command's declared needs before the command runs.
    Result<void> open(CliNeeds needs);
    // The opened parts (only those opened: the command declared them).
    Database& database();
    AuditLog& audit();
    KeyVault& vault();
    KeyStore& keys();
    SessionStore& sessions();
    UserStore& users();
    IssuedTokenRegistry& issuedTokens();

    // Reads an argument that may be "-" (or absent) meaning standard input.
    Result<QByteArray> readInput(const QString& argOrDash);
    Result<QByteArray> readFile(const QString& path);
    // readInput() without surrounding white space (a token); nothing left is a usage error saying `whenEmpty`.
    Result<QByteArray> readTrimmedInput(const QString& argOrDash, const QString& whenEmpty);
    // A secret file's bytes without the trailing newline an editor adds (the bytes as read are wiped); an empty one
    // is a usage error saying `whenEmpty` (%1: the path).
    Result<QByteArray> readSecretFile(const QString& path, const QString& whenEmpty);
    // Unlocks the key vault with the key store passphrase (--passphrase-file, AUTHSCOPE_PASSPHRASE or a prompt),
    // setting it on first use, which `announceFirstUse` says on stderr; the outcome to end with on failure.
    std::optional<Outcome> unlockVault(const CliArgs& args, bool announceFirstUse);

    // Prints "authscope-cli: <message>" on stderr and returns `outcome`.
    Outcome fail(const QString& message, Outcome outcome = Outcome::Usage);
    // Prints "authscope-cli: <message> [<code>]" and returns what the error means (outcomeOf).
    Outcome fail(const Error& error, Outcome otherwise = Outcome::Usage);
    // Indented JSON of an object or array on stdout.
    void printJson(const QJsonValue& value);

    // A listing: with --json the items as a JSON array (toJson: item -> QJsonValue), else a table with a row of cells
    // per item (toRow: item -> QStringList) under `headings`, then `footer` (e.g. "3 user(s)\n").
    template <typename Item, typename ToJson, typename ToRow>
    Outcome printList(const CliArgs& args, const QList<Item>& items, ToJson toJson, const QStringList& headings,
                      ToRow toRow, const QString& footer = {})
    {
        if (argsWantJson(args)) {
            printJson(jsonArray(items, toJson));
            return Outcome::Ok;
        }
        QList<QStringList> rows;
        rows.reserve(items.size());
        for (const Item& item : items) {
            rows << toRow(item);
        }
        m_out << formatTable(headings, rows) << footer;
        return Outcome::Ok;
    }

private:
    static bool argsWantJson(const CliArgs& args);
    // An opened part: `get` of the services, which one of `openedBy` opened.
    template <typename Part>
    Part& part(CliNeeds openedBy, Result<Part*> (Services::*get)());

    Services& m_services;
    QTextStream& m_out;
    QTextStream& m_err;
    CliNeeds m_opened;
};

} // namespace authscope::cli
