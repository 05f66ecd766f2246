#pragma once

#include <QByteArray>
#include <QJsonDocument>
#include <QList>
#include <QProcess>
#include <QString>
#include <QStringList>

#include <sys/types.h>

class QTemporaryDir;

namespace authscope::test {

// Absolute path of a file under tests/data (AUTHSCOPE_TEST_DATA is set by authscope_add_test).
QString dataPath(const QString& relative);
QByteArray readData(const QString& relative);
QJsonDocument readJsonData(const QString& relative);

// Writes `data` to the file `name` in `dir` and returns its path; a file that cannot be written ends the run.
QString writeFile(const QTemporaryDir& dir, const QString& name, const QByteArray& data);

// SHA-256 of a file's bytes (empty when it cannot be read): "the file is unchanged", byte for byte.
QByteArray fileHash(const QString& path);

// The permission bits of a file or folder (07777, which no real file has, when it cannot be read): what
// F-FILE-MODES promises, checked on the real file.
mode_t modeOf(const QString& path);

// Runs `sql` on the SQLite file `path` through the SQLite C API, as someone with write access to the file (and
// sqlite3) would, bypassing AuthScope; false with SQLite's message in `why` when it fails.
bool rawSqlite(const QString& path, const QByteArray& sql, QByteArray* why = nullptr);
// rawSqlite() that fails the running test (with SQLite's message) when it fails.
void rawSql(const QString& path, const QByteArray& sql);

// One text member of every element, in order (the ids or codes a check reported), to compare as one list.
template <typename T>
QStringList memberList(const QList<T>& items, QString T::*member)
{
    QStringList out;
    for (const T& item : items) {
        out.append(item.*member);
    }
    return out;
}

// Path of the authscope-cli executable under test.
QString cliPath();

struct CliRun
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

// Runs authscope-cli with the given arguments and optional standard input; waits at most timeoutMs.
CliRun runCli(const QStringList& args, const QByteArray& stdinData = {}, int timeoutMs = 60000,
              const QStringList& extraEnv = {});

} // namespace authscope::test
