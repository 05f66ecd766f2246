#include "tests/support/TestSupport.h"

#include <QFile>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTest>

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
