// Two `authscope-cli serve` processes on one database (a PostgreSQL database, or one SQLite file when the test runs
// on SQLite): a session, a user's sessions and tokens, a JWT's jti and a signing key revoked on one node or in the
// CLI is refused by the other node, whose caches had already accepted it.
#include "tests/support/HttpClient.h"
#include "tests/support/ServerLogin.h"
#include "tests/support/TestDatabase.h"
#include "tests/support/TestSupport.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace authscope;
using namespace authscope::test;

namespace {

const QByteArray kPassword = "correct horse battery staple";
// The password in a form body, its spaces as '+'.
const QByteArray kFormPassword = QByteArray(kPassword).replace(' ', '+');
const QString kPassphrase = QStringLiteral("node test passphrase");
// How long another node may take to hear of a change (it is milliseconds; the bound only keeps a broken build
// from hanging the run).
constexpr int kPropagationMs = 10000;

// One `serve` process, killed with the test.
struct Node
{
    std::unique_ptr<QProcess> process;
    quint16 port = 0;
    QByteArray output;

    ~Node()
    {
        if (process && process->state() != QProcess::NotRunning) {
            process->terminate();
            if (!process->waitForFinished(5000)) {
                process->kill();
                process->waitForFinished(5000);
            }
        }
    }
};

} // namespace

class tst_MultiNode final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void sessionRevokedInTheCliIsRefusedByBothNodes();
    void userRevokedEndsCookiesAndJwtsEverywhere();
    void jwtLoggedOutOnOneNodeIsRefusedByTheOther();
    void revokedKeyIsRefusedByTheOtherNode();
    void healthNamesTheNode();
    void cleanupTestCase();

private:
    std::unique_ptr<Node> startNode(const QString& name);
    CliRun cli(const QStringList& args);

    QTemporaryDir m_dir;
    QString m_db;
    std::unique_ptr<Node> m_a;
    std::unique_ptr<Node> m_b;
};

CliRun tst_MultiNode::cli(const QStringList& args)
{
    return runCli(QStringList{QStringLiteral("--db"), m_db} + args, {}, 60000,
                  {QStringLiteral("AUTHSCOPE_PASSPHRASE=") + kPassphrase});
}

std::unique_ptr<Node> tst_MultiNode::startNode(const QString& name)
{
    auto node = std::make_unique<Node>();
    node->process = std::make_unique<QProcess>();
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("AUTHSCOPE_PASSPHRASE"), kPassphrase);
    node->process->setProcessEnvironment(env);
    node->process->setProcessChannelMode(QProcess::SeparateChannels);
    node->process->start(cliPath(), {QStringLiteral("--db"), m_db, QStringLiteral("serve"), QStringLiteral("--port"),
                                     QStringLiteral("0"), QStringLiteral("--node"), name,
                                     // one issuer for both, as behind a load balancer
                                     QStringLiteral("--issuer"), QStringLiteral("https://auth.example.test")});
    if (!node->process->waitForStarted(10000)) {
        return nullptr;
    }
    static const QRegularExpression listening(QStringLiteral("listening on http://127\\.0\\.0\\.1:(\\d+)"));
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < 60000) {
        node->process->waitForReadyRead(200);
        node->output += node->process->readAllStandardOutput();
        const auto m = listening.match(QString::fromUtf8(node->output));
        if (m.hasMatch()) {
            node->port = static_cast<quint16>(m.captured(1).toUInt());
            return node;
        }
        if (node->process->state() == QProcess::NotRunning) {
            qWarning("node %s ended: %s", qPrintable(name), node->process->readAllStandardError().constData());
            return nullptr;
        }
    }
    return nullptr;
}

void tst_MultiNode::initTestCase()
{
    QVERIFY(!cliPath().isEmpty());
    m_db = testDatabase(m_dir, QStringLiteral("nodes.db"));
    const QString passwordFile = m_dir.filePath(QStringLiteral("password"));
    {
        QFile f(passwordFile);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(kPassword + '\n');
    }
    CliRun r = cli({QStringLiteral("users"), QStringLiteral("add"), QStringLiteral("alice"),
                    QStringLiteral("--password-file"), passwordFile});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    r = cli({QStringLiteral("keys"), QStringLiteral("generate"), QStringLiteral("--kty"), QStringLiteral("EC")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    m_a = startNode(QStringLiteral("node-a"));
    m_b = startNode(QStringLiteral("node-b"));
    QVERIFY(m_a && m_b);
}

void tst_MultiNode::cleanupTestCase()
{
    m_a.reset();
    m_b.reset();
}

void tst_MultiNode::sessionRevokedInTheCliIsRefusedByBothNodes()
{
    const QByteArray sid = loginCookie(m_a->port, QStringLiteral("alice"), kFormPassword);
    QVERIFY(!sid.isEmpty());
    // Both nodes accept it, and answer the second time from their caches.
    QCOMPARE(meStatus(m_b->port, sid), 200);
    QCOMPARE(meStatus(m_b->port, sid), 200);
    QCOMPARE(meStatus(m_a->port, sid), 200);
    const RawHttpResponse who = fetch(m_a->port, "GET", "/api/me", {{"Cookie", "sid=" + sid}});
    const QString id = QString::number(who.json().value(QStringLiteral("session")).toInteger());
    const CliRun r = cli({QStringLiteral("sessions"), QStringLiteral("revoke"), id});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QTRY_COMPARE_WITH_TIMEOUT(meStatus(m_b->port, sid), 401, kPropagationMs);
    QTRY_COMPARE_WITH_TIMEOUT(meStatus(m_a->port, sid), 401, kPropagationMs);
}

void tst_MultiNode::userRevokedEndsCookiesAndJwtsEverywhere()
{
    const QByteArray sid = loginCookie(m_b->port, QStringLiteral("alice"), kFormPassword);
    const QByteArray jwt = loginJwt(m_a->port, QStringLiteral("alice"), kPassword);
    QVERIFY(!sid.isEmpty() && !jwt.isEmpty());
    QCOMPARE(meStatus(m_a->port, sid), 200);
    QCOMPARE(meStatus(m_b->port, {}, jwt), 200);
    QCOMPARE(meStatus(m_b->port, {}, jwt), 200);
    const CliRun r = cli({QStringLiteral("sessions"), QStringLiteral("revoke-user"), QStringLiteral("alice")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QTRY_COMPARE_WITH_TIMEOUT(meStatus(m_a->port, sid), 401, kPropagationMs);
    QTRY_COMPARE_WITH_TIMEOUT(meStatus(m_b->port, {}, jwt), 401, kPropagationMs);
    QTRY_COMPARE_WITH_TIMEOUT(meStatus(m_a->port, {}, jwt), 401, kPropagationMs);
}

void tst_MultiNode::jwtLoggedOutOnOneNodeIsRefusedByTheOther()
{
    const QByteArray jwt = loginJwt(m_a->port, QStringLiteral("alice"), kPassword);
    QVERIFY(!jwt.isEmpty());
    QCOMPARE(meStatus(m_b->port, {}, jwt), 200);
    QCOMPARE(meStatus(m_b->port, {}, jwt), 200);
    const RawHttpResponse out = fetch(m_a->port, "POST", "/logout", {{"Authorization", "Bearer " + jwt}});
    QVERIFY2(out.status / 100 == 2, out.body.constData());
    QTRY_COMPARE_WITH_TIMEOUT(meStatus(m_b->port, {}, jwt), 401, kPropagationMs);
}

void tst_MultiNode::revokedKeyIsRefusedByTheOtherNode()
{
    const QByteArray jwt = loginJwt(m_a->port, QStringLiteral("alice"), kPassword);
    QVERIFY(!jwt.isEmpty());
    QCOMPARE(meStatus(m_b->port, {}, jwt), 200);
    QCOMPARE(meStatus(m_b->port, {}, jwt), 200);
    const CliRun r = cli({QStringLiteral("keys"), QStringLiteral("rotate"), QStringLiteral("--revoke-old"),
                          QStringLiteral("--reason"), QStringLiteral("multi-node test")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QTRY_COMPARE_WITH_TIMEOUT(meStatus(m_b->port, {}, jwt), 401, kPropagationMs);
    QTRY_COMPARE_WITH_TIMEOUT(meStatus(m_a->port, {}, jwt), 401, kPropagationMs);
    // The nodes sign with the new key.
    const QByteArray fresh = loginJwt(m_b->port, QStringLiteral("alice"), kPassword);
    QVERIFY(!fresh.isEmpty());
    QCOMPARE(meStatus(m_a->port, {}, fresh), 200);
}

void tst_MultiNode::healthNamesTheNode()
{
    const RawHttpResponse a = fetch(m_a->port, "GET", "/healthz");
    const RawHttpResponse b = fetch(m_b->port, "GET", "/healthz");
    QCOMPARE(a.json().value(QStringLiteral("node")).toString(), QStringLiteral("node-a"));
    QCOMPARE(b.json().value(QStringLiteral("node")).toString(), QStringLiteral("node-b"));
    QCOMPARE(a.json().value(QStringLiteral("backend")).toString(),
             testUsesPostgres() ? QStringLiteral("postgresql") : QStringLiteral("sqlite"));
    // The request log names the node.
    m_a->output += m_a->process->readAllStandardOutput();
    QTRY_VERIFY((m_a->output += m_a->process->readAllStandardOutput()).contains("[node-a] "));
}

QTEST_GUILESS_MAIN(tst_MultiNode)
#include "tst_multinode.moc"
