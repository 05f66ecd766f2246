// authscope-cli against hostile input: a token whose kid holds terminal escapes (D-DISPLAY), --db paths that are
// not AuthScope's database (F-FOREIGN-DB), and the modes of the files it makes (F-FILE-MODES).
#include "tests/support/TestSupport.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace authscope::test;

namespace {

// ESC[2J clears the screen, an OSC sets the window title, CR returns to the line start, U+202E reverses the rest.
const QString kHostileKid = QStringLiteral("k\x1b[2J\x1b]0;pwned\x07\r\u202eDILAV");

// Bytes a terminal would act on: C0 controls other than LF, DEL, and U+202E in UTF-8.
bool hasRawControls(const QByteArray& out)
{
    for (const char c : out) {
        const auto u = static_cast<unsigned char>(c);
        if ((u < 0x20 && u != '\n') || u == 0x7f) {
            return true;
        }
    }
    return out.contains("\xe2\x80\xae");
}

} // namespace

class tst_CliHostileInput final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void verifyEscapesHostileKid();
    void decodeEscapesBidiInJson();
    void fifoDatabaseRefused();
    void devNullDatabaseRefused();
    void foreignDatabaseRefusedUntouched();
    void databaseFilesArePrivate();

private:
    QString writeKey(const QString& name);
    QByteArray hostileToken();

    QTemporaryDir m_dir;
};

QString tst_CliHostileInput::writeKey(const QString& name)
{
    const CliRun r = runCli({QStringLiteral("keygen"), QStringLiteral("--kty"), QStringLiteral("EC"),
                             QStringLiteral("--crv"), QStringLiteral("P-256"), QStringLiteral("--kid"), name});
    if (r.exitCode != 0) {
        return {};
    }
    const QString path = m_dir.filePath(name + QStringLiteral(".jwk"));
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly)) {
        return {};
    }
    f.write(r.out);
    return path;
}

QByteArray tst_CliHostileInput::hostileToken()
{
    const QString key = writeKey(QStringLiteral("signer"));
    const CliRun r = runCli({QStringLiteral("sign"), QStringLiteral("--key"), key, QStringLiteral("--alg"),
                             QStringLiteral("ES256"), QStringLiteral("--kid"), kHostileKid,
                             QStringLiteral("{\"sub\":\"alice\",\"exp\":4102444800,\"note\":\"\u202e\x7f\"}")});
    return r.exitCode == 0 ? r.out.trimmed() : QByteArray();
}

void tst_CliHostileInput::verifyEscapesHostileKid()
{
    const QByteArray token = hostileToken();
    QVERIFY(!token.isEmpty());
    const QString other = writeKey(QStringLiteral("other"));
    QVERIFY(!other.isEmpty());
    const CliRun r = runCli({QStringLiteral("verify"), QStringLiteral("--key"), other, QString::fromLatin1(token)});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.out.contains("kid 'k\\x1b[2J\\x1b]0;pwned\\x07\\r\\u202eDILAV'"), r.out.constData());
    QVERIFY2(!hasRawControls(r.out), r.out.toHex().constData());
    QVERIFY2(!hasRawControls(r.err), r.err.toHex().constData());
}

void tst_CliHostileInput::decodeEscapesBidiInJson()
{
    const QByteArray token = hostileToken();
    QVERIFY(!token.isEmpty());
    const CliRun r = runCli({QStringLiteral("decode"), QString::fromLatin1(token)});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(!hasRawControls(r.out), r.out.toHex().constData());
    QVERIFY(r.out.contains("\\u202e"));
    QVERIFY(r.out.contains("\\u007f"));
}

void tst_CliHostileInput::fifoDatabaseRefused()
{
    const QString fifo = m_dir.filePath(QStringLiteral("pipe.db"));
    QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
    const CliRun r =
        runCli({QStringLiteral("--db"), fifo, QStringLiteral("sessions"), QStringLiteral("list")}, {}, 30000);
    QCOMPARE(r.exitCode, 2); // not a hang: runCli gives up after 30 s and says "timed out"
    QVERIFY2(r.err.contains("FIFO"), r.err.constData());
}

void tst_CliHostileInput::devNullDatabaseRefused()
{
    const bool journalBefore = QFile::exists(QStringLiteral("/dev/null-journal"));
    const CliRun r = runCli(
        {QStringLiteral("--db"), QStringLiteral("/dev/null"), QStringLiteral("sessions"), QStringLiteral("list")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("not a database file"), r.err.constData());
    QCOMPARE(QFile::exists(QStringLiteral("/dev/null-journal")), journalBefore);
}

void tst_CliHostileInput::foreignDatabaseRefusedUntouched()
{
    const QString path = m_dir.filePath(QStringLiteral("photos.sqlite"));
    rawSql(path, "CREATE TABLE albums(id INTEGER PRIMARY KEY, title TEXT); INSERT INTO albums(title) "
                 "VALUES('holiday'); PRAGMA user_version=3;");
    const QByteArray before = fileHash(path);
    const CliRun r = runCli({QStringLiteral("--db"), path, QStringLiteral("audit"), QStringLiteral("verify")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("another application") && r.err.contains("albums"), r.err.constData());
    QCOMPARE(fileHash(path), before);
    QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
}

void tst_CliHostileInput::databaseFilesArePrivate()
{
    const QString path = m_dir.filePath(QStringLiteral("new/folder/auth.db"));
    const CliRun first = runCli({QStringLiteral("--db"), path, QStringLiteral("sessions"), QStringLiteral("list")});
    QCOMPARE(first.exitCode, 0);
    QCOMPARE(modeOf(path), mode_t(0600));
    QCOMPARE(modeOf(m_dir.filePath(QStringLiteral("new/folder"))), mode_t(0700));
    QCOMPARE(modeOf(m_dir.filePath(QStringLiteral("new"))), mode_t(0700));
    // As an older AuthScope left it: readable by everyone. The next run makes it private and says so.
    QCOMPARE(::chmod(QFile::encodeName(path).constData(), 0644), 0);
    const CliRun again = runCli({QStringLiteral("--db"), path, QStringLiteral("sessions"), QStringLiteral("list")});
    QCOMPARE(again.exitCode, 0);
    QCOMPARE(modeOf(path), mode_t(0600));
    QVERIFY2(again.err.contains("warning") && again.err.contains("0644") && again.err.contains("0600"),
             again.err.constData());
}

QTEST_GUILESS_MAIN(tst_CliHostileInput)
#include "tst_cli_hostileinput.moc"
