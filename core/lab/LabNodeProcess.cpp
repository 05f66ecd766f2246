#include "core/lab/LabNodeProcess.h"

#include "core/common/DisplayText.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>

namespace authscope::lab {

QString LabNodeProcess::cliPath()
{
    const QString configured = qEnvironmentVariable("AUTHSCOPE_CLI");
    if (!configured.isEmpty()) {
        return configured;
    }
    // Installed, the two programs sit side by side; in a build tree the console is in app/gui, the CLI in app/cli.
    const QDir here(QCoreApplication::applicationDirPath());
    for (const QString& name : {QStringLiteral("authscope-cli"), QStringLiteral("../cli/authscope-cli")}) {
        if (const QFileInfo candidate(here.filePath(name)); candidate.isExecutable()) {
            return candidate.absoluteFilePath();
        }
    }
    return QStandardPaths::findExecutable(QStringLiteral("authscope-cli"));
}

Result<std::unique_ptr<LabNodeProcess>> LabNodeProcess::start(const Options& options, const std::atomic<bool>* cancel)
{
    std::unique_ptr<LabNodeProcess> node(new LabNodeProcess);
    node->m_process = std::make_unique<QProcess>();
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("AUTHSCOPE_PASSPHRASE"), QString::fromLatin1(options.vaultPassphrase));
    if (!options.databasePassword.isEmpty()) {
        env.insert(QStringLiteral("PGPASSWORD"), options.databasePassword);
    }
    QProcess& p = *node->m_process;
    p.setProcessEnvironment(env);
    p.setProcessChannelMode(QProcess::SeparateChannels);
    const QString program = cliPath();
    if (program.isEmpty()) {
        return fail(QStringLiteral("lab.node"),
                    QStringLiteral("A second server node needs authscope-cli, which is neither next to this program "
                                   "nor on the PATH."));
    }
    p.start(program, {QStringLiteral("--db"), options.database, QStringLiteral("serve"), QStringLiteral("--port"),
                      QStringLiteral("0"), QStringLiteral("--quiet"), QStringLiteral("--node"), options.nodeName,
                      QStringLiteral("--issuer"), options.issuer});
    if (!p.waitForStarted(10000)) {
        return fail(QStringLiteral("lab.node"),
                    QStringLiteral("Cannot start a second server node (%1): %2").arg(program, p.errorString()));
    }
    static const QRegularExpression listening(QStringLiteral("listening on http://127\\.0\\.0\\.1:(\\d+)"));
    QByteArray output;
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < 60000 && (cancel == nullptr || !cancel->load())) {
        p.waitForReadyRead(100);
        output += p.readAllStandardOutput();
        if (const auto m = listening.match(QString::fromUtf8(output)); m.hasMatch()) {
            node->m_port = static_cast<quint16>(m.captured(1).toUInt());
            return node;
        }
        if (p.state() == QProcess::NotRunning) {
            const QString why = QString::fromUtf8(p.readAllStandardError()).trimmed().left(500);
            return fail(QStringLiteral("lab.node"),
                        QStringLiteral("The second server node ended at start: %1").arg(DisplayText::escape(why)));
        }
    }
    return fail(QStringLiteral("lab.node"), QStringLiteral("The second server node did not start listening."));
}

LabNodeProcess::~LabNodeProcess()
{
    if (m_process && m_process->state() != QProcess::NotRunning) {
        m_process->terminate();
        if (!m_process->waitForFinished(5000)) {
            m_process->kill();
            m_process->waitForFinished(5000);
        }
    }
}

} // namespace authscope::lab
