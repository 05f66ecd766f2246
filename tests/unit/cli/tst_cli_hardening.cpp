#include "tests/support/TestSupport.h"

#include "core/audit/AuditLog.h"
#include "core/sessions/SessionStore.h"
#include "core/sessions/UserStore.h"
#include "core/storage/Database.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTest>

using namespace authscope::test;

// The smaller hardening rules as the CLI process shows them: bounded key generation, the passphrase variable and
// `users passwd`.
class tst_CliHardening final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void keygenRefusesOddRsaSizes_data();
    void keygenRefusesOddRsaSizes();
    void keysGenerateRefusesOddRsaSizes();
    void keygenAcceptsRsa3072();
    void passphraseLeavesTheEnvironment_data();
    void passphraseLeavesTheEnvironment();
    void usersPasswdEndsTheUsersSessions();

private:
    QString db() const { return m_dir.filePath(QStringLiteral("cli.db")); }
    QTemporaryDir m_dir;
};

void tst_CliHardening::keygenRefusesOddRsaSizes_data()
{
    QTest::addColumn<QString>("size");
    QTest::newRow("16384") << QStringLiteral("16384");
    QTest::newRow("8192") << QStringLiteral("8192");
    QTest::newRow("2049") << QStringLiteral("2049");
    QTest::newRow("1024") << QStringLiteral("1024");
}

// K-RSA-GEN-SIZE: a 16384-bit key took minutes; now it is refused at once with exit 2 and a reason.
void tst_CliHardening::keygenRefusesOddRsaSizes()
{
    QFETCH(QString, size);
    const CliRun r = runCli(
        {QStringLiteral("keygen"), QStringLiteral("--kty"), QStringLiteral("RSA"), QStringLiteral("--size"), size}, {},
        30000);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("2048, 3072 or 4096"), r.err.constData());
    QVERIFY(r.out.isEmpty());
}

void tst_CliHardening::keysGenerateRefusesOddRsaSizes()
{
    const QStringList env{QStringLiteral("AUTHSCOPE_PASSPHRASE=hardening pass")};
    const CliRun r =
        runCli({QStringLiteral("--db"), db(), QStringLiteral("keys"), QStringLiteral("generate"),
                QStringLiteral("--kty"), QStringLiteral("RSA"), QStringLiteral("--bits"), QStringLiteral("16384")},
               {}, 30000, env);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("2048, 3072 or 4096"), r.err.constData());
    const CliRun list =
        runCli({QStringLiteral("--db"), db(), QStringLiteral("keys"), QStringLiteral("list"), QStringLiteral("--json")},
               {}, 30000, env);
    QCOMPARE(list.exitCode, 0);
    QVERIFY2(!list.out.contains("\"RSA\""), list.out.constData());
}

void tst_CliHardening::keygenAcceptsRsa3072()
{
    const CliRun r = runCli({QStringLiteral("keygen"), QStringLiteral("--kty"), QStringLiteral("RSA"),
                             QStringLiteral("--size"), QStringLiteral("3072"), QStringLiteral("--public")},
                            {}, 120000);
    QCOMPARE(r.exitCode, 0);
    const QJsonObject key = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(key.value(QStringLiteral("kty")).toString(), QStringLiteral("RSA"));
    // 3072 bits: a 384-byte modulus, 512 base64url characters.
    QCOMPARE(key.value(QStringLiteral("n")).toString().size(), 512);
}

void tst_CliHardening::passphraseLeavesTheEnvironment_data()
{
    QTest::addColumn<bool>("keysFirst");
    QTest::newRow("vault unlocked") << true;
    QTest::newRow("no vault yet") << false;
}

// D-ENV-SECRET: a long-running `serve` must not keep AUTHSCOPE_PASSPHRASE where /proc/PID/environ (and every child
// process) would show it.
void tst_CliHardening::passphraseLeavesTheEnvironment()
{
#ifndef Q_OS_LINUX
    QSKIP("reads /proc/PID/environ");
#else
    QFETCH(bool, keysFirst);
    const QByteArray secret = "env-secret-" + QByteArray::number(QDateTime::currentMSecsSinceEpoch());
    const QString path = m_dir.filePath(keysFirst ? QStringLiteral("env-a.db") : QStringLiteral("env-b.db"));
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("AUTHSCOPE_PASSPHRASE"), QString::fromLatin1(secret));
    if (keysFirst) {
        const CliRun made = runCli({QStringLiteral("--db"), path, QStringLiteral("keys"), QStringLiteral("generate"),
                                    QStringLiteral("--kty"), QStringLiteral("EC")},
                                   {}, 60000, {QStringLiteral("AUTHSCOPE_PASSPHRASE=") + QString::fromLatin1(secret)});
        QCOMPARE(made.exitCode, 0);
    }
    QProcess serve;
    serve.setProcessEnvironment(env);
    serve.start(cliPath(), {QStringLiteral("--db"), path, QStringLiteral("serve"), QStringLiteral("--port"),
                            QStringLiteral("0"), QStringLiteral("--quiet")});
    QVERIFY(serve.waitForStarted(10000));
    QByteArray out;
    while (!out.contains("listening on") && serve.waitForReadyRead(30000)) {
        out += serve.readAllStandardOutput();
    }
    QVERIFY2(out.contains("listening on"), serve.readAllStandardError().constData());
    QFile environFile(QStringLiteral("/proc/%1/environ").arg(serve.processId()));
    QVERIFY(environFile.open(QIODevice::ReadOnly));
    const QByteArray shown = environFile.readAll();
    serve.terminate();
    QVERIFY(serve.waitForFinished(30000));
    QVERIFY(shown.contains("PATH=")); // the rest of the environment is still there
    QVERIFY2(!shown.contains(secret), "the passphrase is still in /proc/PID/environ");
#endif
}

// S-PASSWORD-ENDS-SESSIONS through the CLI: sessions made by the engine on the real file end when `users passwd`
// sets a new password; another user's do not.
void tst_CliHardening::usersPasswdEndsTheUsersSessions()
{
    const QString path = m_dir.filePath(QStringLiteral("passwd.db"));
    for (const char* name : {"alice", "bob"}) {
        const CliRun added = runCli(
            {QStringLiteral("--db"), path, QStringLiteral("users"), QStringLiteral("add"), QString::fromLatin1(name)},
            "first password 1\n");
        QCOMPARE(added.exitCode, 0);
    }
    QByteArray aliceToken;
    QByteArray bobToken;
    {
        auto db = authscope::Database::open(path);
        QVERIFY(db.has_value());
        authscope::AuditLog audit(**db);
        authscope::UserStore users(**db, audit);
        authscope::SessionStore sessions(**db, audit);
        authscope::NewSession spec;
        spec.userId = users.find(QStringLiteral("alice"))->id;
        aliceToken = sessions.create(spec)->token;
        spec.userId = users.find(QStringLiteral("bob"))->id;
        bobToken = sessions.create(spec)->token;
    }
    const CliRun changed = runCli(
        {QStringLiteral("--db"), path, QStringLiteral("users"), QStringLiteral("passwd"), QStringLiteral("alice")},
        "second password 2\n");
    QCOMPARE(changed.exitCode, 0);
    QVERIFY2(changed.out.contains("sessions, JWTs and refresh tokens were ended"), changed.out.constData());
    auto db = authscope::Database::open(path);
    QVERIFY(db.has_value());
    authscope::AuditLog audit(**db);
    authscope::SessionStore sessions(**db, audit);
    QCOMPARE(sessions.validate(aliceToken)->verdict, authscope::SessionValidation::Verdict::Revoked);
    QCOMPARE(sessions.validate(bobToken)->verdict, authscope::SessionValidation::Verdict::Valid);
}

QTEST_GUILESS_MAIN(tst_CliHardening)
#include "tst_cli_hardening.moc"
