#include "tests/support/TestSupport.h"

#include <QCryptographicHash>
#include <QFile>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>
#include <sys/stat.h>

namespace authscope::test {

QString dataPath(const QString& relative)
{
    const QString root = qEnvironmentVariable("AUTHSCOPE_TEST_DATA");
    return root + u'/' + relative;
}

QByteArray readData(const QString& relative)
{
    QFile f(dataPath(relative));
    if (!f.open(QIODevice::ReadOnly)) {
        qFatal("cannot read test data %s", qPrintable(f.fileName()));
    }
    return f.readAll();
}

QJsonDocument readJsonData(const QString& relative)
{
    QJsonParseError error{};
    QJsonDocument doc = QJsonDocument::fromJson(readData(relative), &error);
    if (error.error != QJsonParseError::NoError) {
        qFatal("bad JSON in test data %s: %s", qPrintable(relative), qPrintable(error.errorString()));
    }
    return doc;
}

QByteArray fileHash(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        return {};
    }
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

mode_t modeOf(const QString& path)
{
    struct stat st
    {};
    return ::stat(QFile::encodeName(path).constData(), &st) == 0 ? (st.st_mode & 0777) : 07777;
}

bool rawSqlite(const QString& path, const QByteArray& sql, QByteArray* why)
{
    sqlite3* raw = nullptr;
    if (sqlite3_open(QFile::encodeName(path).constData(), &raw) != SQLITE_OK) {
        if (why != nullptr) {
            *why = "cannot open " + QFile::encodeName(path) + ": " + sqlite3_errmsg(raw);
        }
        sqlite3_close(raw);
        return false;
    }
    char* message = nullptr;
    const int rc = sqlite3_exec(raw, sql.constData(), nullptr, nullptr, &message);
    if (why != nullptr) {
        *why = message != nullptr ? QByteArray(message) : QByteArray();
    }
    sqlite3_free(message);
    sqlite3_close(raw);
    return rc == SQLITE_OK;
}

void rawSql(const QString& path, const QByteArray& sql)
{
    QByteArray why;
    const bool ok = rawSqlite(path, sql, &why);
    QVERIFY2(ok, why.constData());
}

QString writeFile(const QTemporaryDir& dir, const QString& name, const QByteArray& data)
{
    QFile f(dir.filePath(name));
    if (!f.open(QIODevice::WriteOnly)) {
        qFatal("cannot write %s", qPrintable(f.fileName()));
    }
    f.write(data);
    return f.fileName();
}

QString cliPath()
{
    return qEnvironmentVariable("AUTHSCOPE_CLI");
}

CliRun runCli(const QStringList& args, const QByteArray& stdinData, int timeoutMs, const QStringList& extraEnv)
{
    CliRun run;
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QString& kv : extraEnv) {
        const qsizetype eq = kv.indexOf(u'=');
        env.insert(kv.left(eq), kv.mid(eq + 1));
    }
    p.setProcessEnvironment(env);
    p.start(cliPath(), args);
    if (!p.waitForStarted(10000)) {
        run.err = "failed to start " + cliPath().toUtf8();
        return run;
    }
    if (!stdinData.isEmpty()) {
        p.write(stdinData);
    }
    p.closeWriteChannel();
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
        run.err = "timed out";
        return run;
    }
    run.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
    run.out = p.readAllStandardOutput();
    run.err = p.readAllStandardError();
    return run;
}

} // namespace authscope::test
