#include "tests/support/TestSupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace authscope::test;

class tst_KeyCommands final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void usage();
    void firstUseSetsThePassphrase();
    void missingPassphraseIsAUsageError();
    void wrongPassphraseIsRefused();
    void passphraseFile();
    void listJson();
    void lifecycleExitCodes();
    void dryRunChangesNothing();
    void jwksHoldsPublicKeysOnly();
    void exportImportRoundTrip();
    void policy();
    void passphraseChange();
    void databaseHoldsNoPrivateMaterial();
    void kidStartingWithADash();

private:
    CliRun keys(const QStringList& args, const QStringList& env = {QStringLiteral("AUTHSCOPE_PASSPHRASE=cli pass")},
                const QString& db = {});
    // A kid goes after "--": a thumbprint may start with '-'.
    CliRun keysKid(const QStringList& args, const QString& kid,
                   const QStringList& env = {QStringLiteral("AUTHSCOPE_PASSPHRASE=cli pass")})
    {
        return keys(args + QStringList{QStringLiteral("--"), kid}, env);
    }
    QJsonArray listed();
    QString db() const { return m_dir.filePath(QStringLiteral("keys.db")); }
    QTemporaryDir m_dir;
};

CliRun tst_KeyCommands::keys(const QStringList& args, const QStringList& env, const QString& database)
{
    QStringList all{QStringLiteral("--db"), database.isEmpty() ? db() : database, QStringLiteral("keys")};
    all << args;
    // No inherited passphrase: each test says where it comes from.
    QStringList environment{QStringLiteral("AUTHSCOPE_PASSPHRASE="), QStringLiteral("AUTHSCOPE_NEW_PASSPHRASE=")};
    environment << env;
    return runCli(all, {}, 60000, environment);
}

QJsonArray tst_KeyCommands::listed()
{
    const CliRun r = keys({QStringLiteral("list"), QStringLiteral("--json")}, {});
    return QJsonDocument::fromJson(r.out).array();
}

void tst_KeyCommands::init()
{
    for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        QFile::remove(db() + suffix);
    }
}

void tst_KeyCommands::usage()
{
    QCOMPARE(keys({}).exitCode, 2);
    const CliRun help = keys({QStringLiteral("--help")});
    QCOMPARE(help.exitCode, 0);
    QVERIFY(help.out.contains("keys rotate [--revoke-old --reason TEXT]"));
    QCOMPARE(keys({QStringLiteral("frobnicate")}).exitCode, 2);
    QCOMPARE(keys({QStringLiteral("generate")}).exitCode, 2);
    QCOMPARE(keys({QStringLiteral("generate"), QStringLiteral("--kty"), QStringLiteral("EC"), QStringLiteral("--state"),
                   QStringLiteral("retired")})
                 .exitCode,
             2);
    QCOMPARE(keys({QStringLiteral("revoke"), QStringLiteral("abc")}).exitCode, 2); // no --reason
    QCOMPARE(keys({QStringLiteral("rotate"), QStringLiteral("--revoke-old")}).exitCode, 2);
    const CliRun gen = keys({QStringLiteral("generate"), QStringLiteral("--help")});
    QCOMPARE(gen.exitCode, 0);
    QVERIFY(gen.out.contains("--passphrase-file"));
}

void tst_KeyCommands::firstUseSetsThePassphrase()
{
    const CliRun r = keys({QStringLiteral("generate"), QStringLiteral("--kty"), QStringLiteral("EC")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains("as active"));
    QVERIFY(r.err.contains("passphrase is now set"));
    QVERIFY(!r.out.contains("cli pass") && !r.err.contains("cli pass"));
    const QJsonArray rows = listed();
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.at(0).toObject().value(QStringLiteral("state")).toString(), QStringLiteral("active"));
    // The second key uses the passphrase that is now set.
    const CliRun second = keys({QStringLiteral("generate"), QStringLiteral("--kty"), QStringLiteral("OKP")});
    QCOMPARE(second.exitCode, 0);
    QVERIFY(second.out.contains("as next"));
    QVERIFY(!second.err.contains("now set"));
    const CliRun list = keys({QStringLiteral("list")}, {});
    QCOMPARE(list.exitCode, 0);
    QVERIFY(list.out.contains("EdDSA"));
    QVERIFY(list.out.contains("2 key(s); passphrase set"));
}

void tst_KeyCommands::missingPassphraseIsAUsageError()
{
    const CliRun r = keys({QStringLiteral("generate"), QStringLiteral("--kty"), QStringLiteral("EC")}, {});
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.err.contains("--passphrase-file"));
    QVERIFY(r.err.contains("AUTHSCOPE_PASSPHRASE"));
    QVERIFY(r.err.contains("not a terminal"));
    QCOMPARE(listed().size(), 0);
}

void tst_KeyCommands::wrongPassphraseIsRefused()
{
    QCOMPARE(keys({QStringLiteral("generate"), QStringLiteral("--kty"), QStringLiteral("EC")}).exitCode, 0);
    const CliRun r = keys({QStringLiteral("generate"), QStringLiteral("--kty"), QStringLiteral("EC")},
                          {QStringLiteral("AUTHSCOPE_PASSPHRASE=not it")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.err.contains("wrong passphrase"));
    QVERIFY(r.err.contains("keys.wrong-passphrase"));
    QCOMPARE(listed().size(), 1);
}

void tst_KeyCommands::passphraseFile()
{
    const QString file = writeFile(m_dir, QStringLiteral("pass.txt"), "from a file\n");
    QFile::setPermissions(file, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    QCOMPARE(keys({QStringLiteral("generate"), QStringLiteral("--kty"), QStringLiteral("EC"),
                   QStringLiteral("--passphrase-file"), file},
                  {})
                 .exitCode,
             0);
    // The trailing newline is not part of it: the same passphrase from the environment opens the store.
    const CliRun env = keys({QStringLiteral("generate"), QStringLiteral("--kty"), QStringLiteral("EC")},
                            {QStringLiteral("AUTHSCOPE_PASSPHRASE=from a file")});
    QCOMPARE(env.exitCode, 0);
    QFile empty(m_dir.filePath(QStringLiteral("empty.txt")));
    QVERIFY(empty.open(QIODevice::WriteOnly));
    empty.close();
    const CliRun r = keys({QStringLiteral("rotate"), QStringLiteral("--passphrase-file"), empty.fileName()}, {});
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.err.contains("empty"));
}

void tst_KeyCommands::listJson()
{
    QCOMPARE(keys({QStringLiteral("generate"), QStringLiteral("--kty"), QStringLiteral("oct"), QStringLiteral("--alg"),
                   QStringLiteral("HS384")})
                 .exitCode,
             0);
    const QJsonArray rows = listed();
    QCOMPARE(rows.size(), 1);
    const QJsonObject o = rows.at(0).toObject();
    QCOMPARE(o.value(QStringLiteral("alg")).toString(), QStringLiteral("HS384"));
    QCOMPARE(o.value(QStringLiteral("kty")).toString(), QStringLiteral("oct"));
    QCOMPARE(o.value(QStringLiteral("published")).toBool(), false);
    QVERIFY(!o.contains(QStringLiteral("k")));
    QVERIFY(o.value(QStringLiteral("created")).toString().endsWith(u'Z'));
}

void tst_KeyCommands::lifecycleExitCodes()
{
    QCOMPARE(keys({QStringLiteral("generate"), QStringLiteral("--kty"), QStringLiteral("EC")}).exitCode, 0);
    const QString first = listed().at(0).toObject().value(QStringLiteral("kid")).toString();
    QCOMPARE(keys({QStringLiteral("generate"), QStringLiteral("--kty"), QStringLiteral("EC"), QStringLiteral("--state"),
                   QStringLiteral("active")})
                 .exitCode,
             1);
    QCOMPARE(keysKid({QStringLiteral("retire")}, first).exitCode, 1);
    const CliRun revokeActive =
        keysKid({QStringLiteral("revoke"), QStringLiteral("--reason"), QStringLiteral("x")}, first);
    QCOMPARE(revokeActive.exitCode, 1);
    QVERIFY(revokeActive.err.contains("rotate --revoke-old"));

    const CliRun rotate = keys({QStringLiteral("rotate")});
    QCOMPARE(rotate.exitCode, 0);
    QVERIFY(rotate.out.contains(QByteArray(first.toLatin1() + ": active -> retiring")));
    // A unique prefix is enough on the command line.
    const CliRun early = keysKid({QStringLiteral("retire")}, first.left(8));
    QCOMPARE(early.exitCode, 1);
    QVERIFY(early.err.contains("still verifies tokens"));
    QCOMPARE(keys({QStringLiteral("retire"), QStringLiteral("no-such-kid")}).exitCode, 2);

    const CliRun compromised = keys({QStringLiteral("rotate"), QStringLiteral("--revoke-old"),
                                     QStringLiteral("--reason"), QStringLiteral("key leaked")});
    QCOMPARE(compromised.exitCode, 0);
    QVERIFY(compromised.out.contains("-> revoked"));
    QVERIFY(compromised.out.contains("WARNING"));
    QCOMPARE(keysKid({QStringLiteral("retire"), QStringLiteral("--force")}, first).exitCode, 0);
    QCOMPARE(
        keysKid({QStringLiteral("revoke"), QStringLiteral("--reason"), QStringLiteral("backup found")}, first).exitCode,
        0);
    QCOMPARE(keysKid({QStringLiteral("revoke"), QStringLiteral("--reason"), QStringLiteral("again")}, first).exitCode,
             1);

    const CliRun audit = runCli({QStringLiteral("--db"), db(), QStringLiteral("audit"), QStringLiteral("list"),
                                 QStringLiteral("--action"), QStringLiteral("key.")});
    for (const char* action : {"key.generate", "key.rotate", "key.retire", "key.revoke", "key.passphrase-change"}) {
        QVERIFY2(audit.out.contains(action), action);
    }
}

void tst_KeyCommands::dryRunChangesNothing()
{
    QCOMPARE(keys({QStringLiteral("generate"), QStringLiteral("--kty"), QStringLiteral("EC")}).exitCode, 0);
    const QByteArray before = keys({QStringLiteral("list"), QStringLiteral("--json")}, {}).out;
    const CliRun r = keys({QStringLiteral("rotate"), QStringLiteral("--dry-run")}, {});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains("dry run"));
    QVERIFY(r.out.contains("JWKS +"));
    QCOMPARE(keys({QStringLiteral("list"), QStringLiteral("--json")}, {}).out, before);
}

void tst_KeyCommands::jwksHoldsPublicKeysOnly()
{
    QCOMPARE(keys({QStringLiteral("generate"), QStringLiteral("--kty"), QStringLiteral("EC")}).exitCode, 0);
    QCOMPARE(keys({QStringLiteral("generate"), QStringLiteral("--kty"), QStringLiteral("oct"),
                   QStringLiteral("--purpose"), QStringLiteral("internal")})
                 .exitCode,
             0);
    QCOMPARE(keys({QStringLiteral("import"), dataPath(QStringLiteral("keys/rsa2048.pkcs8.pem")),
                   QStringLiteral("--state"), QStringLiteral("next")})
                 .exitCode,
             0);
    const CliRun r = keys({QStringLiteral("jwks")}, {});
    QCOMPARE(r.exitCode, 0);
    const QJsonArray published = QJsonDocument::fromJson(r.out).object().value(QStringLiteral("keys")).toArray();
    QCOMPARE(published.size(), 2);
    for (const QJsonValue& v : published) {
        const QJsonObject key = v.toObject();
        for (const QString& m : {QStringLiteral("d"), QStringLiteral("p"), QStringLiteral("q"), QStringLiteral("dp"),
                                 QStringLiteral("dq"), QStringLiteral("qi"), QStringLiteral("k")}) {
            QVERIFY(!key.contains(m));
        }
        QVERIFY(key.value(QStringLiteral("kty")).toString() != QStringLiteral("oct"));
        QCOMPARE(key.value(QStringLiteral("use")).toString(), QStringLiteral("sig"));
    }
}

void tst_KeyCommands::exportImportRoundTrip()
{
    QCOMPARE(keys({QStringLiteral("generate"), QStringLiteral("--kty"), QStringLiteral("EC"), QStringLiteral("--crv"),
                   QStringLiteral("P-384")})
                 .exitCode,
             0);
    const QString kid = listed().at(0).toObject().value(QStringLiteral("kid")).toString();
    const CliRun pub = keysKid({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("pem")}, kid, {});
    QCOMPARE(pub.exitCode, 0);
    QVERIFY(pub.out.startsWith("-----BEGIN PUBLIC KEY-----"));

    const QString pemFile = m_dir.filePath(QStringLiteral("exported.pem"));
    const CliRun priv = keysKid(
        {QStringLiteral("export"), QStringLiteral("--private"), QStringLiteral("--format"), QStringLiteral("pem"),
         QStringLiteral("--out"), pemFile},
        kid,
        {QStringLiteral("AUTHSCOPE_PASSPHRASE=cli pass"), QStringLiteral("AUTHSCOPE_EXPORT_PASSPHRASE=export pass")});
    QCOMPARE(priv.exitCode, 0);
    QVERIFY(priv.out.isEmpty());
    QCOMPARE(QFile(pemFile).permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
             QFileDevice::Permissions());
    QFile exported(pemFile);
    QVERIFY(exported.open(QIODevice::ReadOnly));
    QVERIFY(exported.readAll().startsWith("-----BEGIN ENCRYPTED PRIVATE KEY-----"));
    // Without the export passphrase and no terminal: usage error.
    QCOMPARE(keysKid({QStringLiteral("export"), QStringLiteral("--private"), QStringLiteral("--format"),
                      QStringLiteral("pem")},
                     kid)
                 .exitCode,
             2);

    const QString other = m_dir.filePath(QStringLiteral("other.db"));
    const CliRun imported = keys(
        {QStringLiteral("import"), pemFile},
        {QStringLiteral("AUTHSCOPE_PASSPHRASE=second store"), QStringLiteral("AUTHSCOPE_FILE_PASSPHRASE=export pass")},
        other);
    QCOMPARE(imported.exitCode, 0);
    QVERIFY(imported.out.contains(kid.toLatin1())); // the same key: the same thumbprint
    QVERIFY(imported.out.contains("ES384"));

    const CliRun jwk = keysKid({QStringLiteral("export"), QStringLiteral("--private")}, kid);
    QCOMPARE(jwk.exitCode, 0);
    QVERIFY(QJsonDocument::fromJson(jwk.out).object().contains(QStringLiteral("d")));
    const CliRun audit = runCli({QStringLiteral("--db"), db(), QStringLiteral("audit"), QStringLiteral("list"),
                                 QStringLiteral("--action"), QStringLiteral("key.export"), QStringLiteral("--json")});
    QCOMPARE(QJsonDocument::fromJson(audit.out).array().size(), 2); // the two private exports; not the public one
}

void tst_KeyCommands::policy()
{
    const CliRun show = keys({QStringLiteral("policy")}, {});
    QCOMPARE(show.exitCode, 0);
    QVERIFY(show.out.contains("by hand only"));
    const CliRun set = keys({QStringLiteral("policy"), QStringLiteral("--rotate-every"), QStringLiteral("30"),
                             QStringLiteral("--token-lifetime"), QStringLiteral("900"), QStringLiteral("--json")},
                            {});
    QCOMPARE(set.exitCode, 0);
    const QJsonObject o = QJsonDocument::fromJson(set.out).object();
    QCOMPARE(o.value(QStringLiteral("rotate_every_days")).toInt(), 30);
    QCOMPARE(o.value(QStringLiteral("token_lifetime_s")).toInt(), 900);
    QCOMPARE(keys({QStringLiteral("policy"), QStringLiteral("--leeway"), QStringLiteral("301")}, {}).exitCode, 2);
    QCOMPARE(keys({QStringLiteral("policy"), QStringLiteral("--rotate-every"), QStringLiteral("soon")}, {}).exitCode,
             2);
    QVERIFY(keys({QStringLiteral("policy")}, {}).out.contains("30 day(s)"));
    QCOMPARE(keys({QStringLiteral("generate"), QStringLiteral("--kty"), QStringLiteral("EC")}).exitCode, 0);
    QVERIFY(keys({QStringLiteral("list")}, {}).out.contains("rotates in 29 d 23 h"));
    const CliRun due = keys({QStringLiteral("rotate"), QStringLiteral("--if-due")});
    QCOMPARE(due.exitCode, 0);
    QVERIFY(due.out.contains("pre-generated next key"));
}

void tst_KeyCommands::passphraseChange()
{
    QCOMPARE(keys({QStringLiteral("passphrase")}).exitCode, 1); // nothing set yet
    QCOMPARE(keys({QStringLiteral("generate"), QStringLiteral("--kty"), QStringLiteral("EC")}).exitCode, 0);
    const CliRun change = keys({QStringLiteral("passphrase")}, {QStringLiteral("AUTHSCOPE_PASSPHRASE=cli pass"),
                                                                QStringLiteral("AUTHSCOPE_NEW_PASSPHRASE=new pass")});
    QCOMPARE(change.exitCode, 0);
    QVERIFY(change.out.contains("re-wrapped"));
    const QString kid = listed().at(0).toObject().value(QStringLiteral("kid")).toString();
    QCOMPARE(keysKid({QStringLiteral("export"), QStringLiteral("--private")}, kid).exitCode, 1);
    QCOMPARE(keysKid({QStringLiteral("export"), QStringLiteral("--private")}, kid,
                     {QStringLiteral("AUTHSCOPE_PASSPHRASE=new pass")})
                 .exitCode,
             0);
    const CliRun wrongCurrent = keys({QStringLiteral("passphrase")}, {QStringLiteral("AUTHSCOPE_PASSPHRASE=cli pass"),
                                                                      QStringLiteral("AUTHSCOPE_NEW_PASSPHRASE=x")});
    QCOMPARE(wrongCurrent.exitCode, 1);
}

void tst_KeyCommands::databaseHoldsNoPrivateMaterial()
{
    QCOMPARE(keys({QStringLiteral("generate"), QStringLiteral("--kty"), QStringLiteral("EC")}).exitCode, 0);
    QCOMPARE(keys({QStringLiteral("import"), dataPath(QStringLiteral("keys/ed25519.pkcs8.pem"))}).exitCode, 0);
    QByteArray raw;
    for (const QString& suffix : {QString(), QStringLiteral("-wal")}) {
        QFile f(db() + suffix);
        if (f.open(QIODevice::ReadOnly)) {
            raw += f.readAll();
        }
    }
    QVERIFY(!raw.isEmpty());
    for (const QJsonValue& row : listed()) {
        const QString kid = row.toObject().value(QStringLiteral("kid")).toString();
        const CliRun jwk = keysKid({QStringLiteral("export"), QStringLiteral("--private")}, kid);
        const QString d = QJsonDocument::fromJson(jwk.out).object().value(QStringLiteral("d")).toString();
        QVERIFY(d.size() > 20);
        QVERIFY(!raw.contains(d.toLatin1()));
        QVERIFY(!raw.contains(QByteArray::fromBase64(d.toLatin1(), QByteArray::Base64UrlEncoding).left(16)));
    }
    const QByteArray pem = readData(QStringLiteral("keys/ed25519.pkcs8.pem"));
    QVERIFY(!raw.contains(pem.split('\n').at(1)));
}

void tst_KeyCommands::kidStartingWithADash()
{
    // A thumbprint may start with '-': it is still taken as the KID, with or without "--".
    const QString kid = QStringLiteral("-dash-first-kid-0123456789");
    QCOMPARE(
        keys({QStringLiteral("generate"), QStringLiteral("--kty"), QStringLiteral("EC"), QStringLiteral("--kid"), kid})
            .exitCode,
        0);
    const CliRun plain = keys({QStringLiteral("export"), kid, QStringLiteral("--format"), QStringLiteral("pem")}, {});
    QCOMPARE(plain.exitCode, 0);
    QVERIFY(plain.out.startsWith("-----BEGIN PUBLIC KEY-----"));
    QCOMPARE(keysKid({QStringLiteral("export")}, kid, {}).exitCode, 0);
    QCOMPARE(keys({QStringLiteral("retire"), kid}).exitCode, 1); // found, and refused: it is the active key
}

QTEST_GUILESS_MAIN(tst_KeyCommands)
#include "tst_keycommands.moc"
