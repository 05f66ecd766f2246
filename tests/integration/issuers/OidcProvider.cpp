#include "OidcProvider.h"

#include "core/issuers/HttpFetcher.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QStandardPaths>

namespace authscope::test {

OidcProvider::~OidcProvider()
{
    if (m_node.state() != QProcess::NotRunning) {
        m_node.closeWriteChannel(); // the provider exits when its standard input ends
        if (!m_node.waitForFinished(3000)) {
            m_node.kill();
            m_node.waitForFinished(3000);
        }
    }
}

QString OidcProvider::start()
{
    return start({});
}

QString OidcProvider::start(const QStringList& extraArguments)
{
    const QString dir = qEnvironmentVariable("AUTHSCOPE_IDP_DIR");
    if (dir.isEmpty()) {
        return QStringLiteral("AUTHSCOPE_IDP_DIR is not set (the CTest fixture idp_install sets up the provider)");
    }
    if (!QFileInfo::exists(dir + QStringLiteral("/node_modules/oidc-provider/package.json"))) {
        return QStringLiteral("oidc-provider is not installed in %1: run scripts/idp.sh install tests/idp %1").arg(dir);
    }
    const QString node = QStandardPaths::findExecutable(QStringLiteral("node"));
    if (node.isEmpty()) {
        return QStringLiteral("node is not on the PATH (scripts/deps: nodejs)");
    }
    m_node.setWorkingDirectory(dir);
    m_node.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_node.start(node, QStringList{QStringLiteral("provider.mjs"), QStringLiteral("--port"), QStringLiteral("0")} +
                           extraArguments);
    if (!m_node.waitForStarted(10000)) {
        return QStringLiteral("node did not start: %1").arg(m_node.errorString());
    }
    QByteArray output;
    const QDeadlineTimer deadline(60000);
    while (!output.contains('\n') && !deadline.hasExpired() && m_node.state() == QProcess::Running) {
        m_node.waitForReadyRead(500);
        output += m_node.readAllStandardOutput();
    }
    const QByteArray line = output.left(output.indexOf('\n')).trimmed();
    if (!line.startsWith("listening ")) {
        // Say enough to tell a slow start from a crash next time (seen once: no output within 60 s, node running).
        const bool running = m_node.state() == QProcess::Running;
        return QStringLiteral("the provider did not start (output: '%1'; after %2 ms node is %3)")
            .arg(QString::fromUtf8(output))
            .arg(60000 - deadline.remainingTime())
            .arg(running ? QStringLiteral("still running")
                         : QStringLiteral("gone, exit code %1").arg(m_node.exitCode()));
    }
    m_url = QString::fromUtf8(line.mid(10));
    return {};
}

QByteArray OidcProvider::call(const QByteArray& verb, const QString& path)
{
    issuers::HttpFetcher fetcher(true);
    const QUrl url(m_url + path);
    auto answer = verb == "GET" ? fetcher.get(url) : fetcher.postForm(url, {}, {});
    if (!answer) {
        qFatal("provider test endpoint %s failed: %s", qPrintable(path), qPrintable(answer.error().message));
    }
    return answer->body;
}

int OidcProvider::requests(const QString& path)
{
    const QJsonObject stats = QJsonDocument::fromJson(call("GET", QStringLiteral("/__test/stats"))).object();
    return stats.value(QStringLiteral("requests")).toObject().value(path).toInt();
}

void OidcProvider::resetCounters()
{
    call("POST", QStringLiteral("/__test/reset"));
}

void OidcProvider::rotateKeys()
{
    call("POST", QStringLiteral("/__test/rotate"));
}

} // namespace authscope::test
