#include "tests/support/TestSupport.h"

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

// The smaller hardening rules as the CLI process shows them: bounded key generation and the passphrase variable.
class tst_CliHardening final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void keygenRefusesOddRsaSizes_data();
    void keygenRefusesOddRsaSizes();
    void keysGenerateRefusesOddRsaSizes();
    void keygenAcceptsRsa3072();

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

QTEST_GUILESS_MAIN(tst_CliHardening)
#include "tst_cli_hardening.moc"
