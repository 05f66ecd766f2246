// authscope-cli with the encryption purpose (K-ENC-PURPOSE, E-SERVER-NESTED): keys generate/list/jwks/export for
// encryption keys, decrypt --key-store / --key-id with the store's keys, serve --encrypt-tokens refusing keys it cannot
// use. Every run is the real program on a real SQLite file.
#include "tests/support/TestSupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace authscope::test;

class tst_EncryptionKeyCommands final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void generateListAndPublish();
    void refusals();
    void decryptWithTheStore();
    void serveRefusesUnusableKeys();

private:
    CliRun cli(const QStringList& args, const QStringList& env = {QStringLiteral("AUTHSCOPE_PASSPHRASE=cli pass")});
    QString generate(const QStringList& extra);
    QString db() const { return m_dir.filePath(QStringLiteral("enc.db")); }
    QTemporaryDir m_dir;
};

CliRun tst_EncryptionKeyCommands::cli(const QStringList& args, const QStringList& env)
{
    QStringList environment{QStringLiteral("AUTHSCOPE_PASSPHRASE=")};
    environment << env;
    return runCli(QStringList{QStringLiteral("--db"), db()} + args, {}, 60000, environment);
}

QString tst_EncryptionKeyCommands::generate(const QStringList& extra)
{
    const CliRun r = cli(QStringList{QStringLiteral("keys"), QStringLiteral("generate")} + extra);
    if (r.exitCode != 0) {
        qWarning("generate: %s %s", r.out.constData(), r.err.constData());
        return {};
    }
    const QJsonArray rows =
        QJsonDocument::fromJson(cli({QStringLiteral("keys"), QStringLiteral("list"), QStringLiteral("--json")}, {}).out)
            .array();
    return rows.isEmpty() ? QString() : rows.last().toObject().value(QStringLiteral("kid")).toString();
}

void tst_EncryptionKeyCommands::init()
{
    for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        QFile::remove(db() + suffix);
    }
}

void tst_EncryptionKeyCommands::generateListAndPublish()
{
    QVERIFY(!generate({QStringLiteral("--kty"), QStringLiteral("EC")}).isEmpty());
    const CliRun made = cli({QStringLiteral("keys"), QStringLiteral("generate"), QStringLiteral("--purpose"),
                             QStringLiteral("encryption"), QStringLiteral("--kty"), QStringLiteral("OKP")});
    QVERIFY2(made.exitCode == 0, made.err.constData());
    QVERIFY(made.out.contains("ECDH-ES+A256KW OKP"));
    QVERIFY(made.out.contains("as active"));
    const CliRun list = cli({QStringLiteral("keys"), QStringLiteral("list")}, {});
    QCOMPARE(list.exitCode, 0);
    QVERIFY(list.out.contains("encryption"));
    QVERIFY(list.out.contains("encrypted to; decrypts"));
    QVERIFY(list.out.contains("X25519"));
    const QJsonArray rows =
        QJsonDocument::fromJson(cli({QStringLiteral("keys"), QStringLiteral("list"), QStringLiteral("--json")}, {}).out)
            .array();
    QCOMPARE(rows.size(), 2);
    QStringList uses;
    for (const QJsonValue& v : rows) {
        uses << v.toObject().value(QStringLiteral("purpose")).toString() + u'/' +
                    v.toObject().value(QStringLiteral("use")).toString();
    }
    uses.sort();
    QCOMPARE(uses, (QStringList{QStringLiteral("default/sig"), QStringLiteral("encryption/enc")}));
    const QJsonObject jwks =
        QJsonDocument::fromJson(cli({QStringLiteral("keys"), QStringLiteral("jwks")}, {}).out).object();
    QStringList published;
    for (const QJsonValue& v : jwks.value(QStringLiteral("keys")).toArray()) {
        published << v.toObject().value(QStringLiteral("use")).toString();
        QVERIFY(!v.toObject().contains(QStringLiteral("d")));
    }
    published.sort();
    QCOMPARE(published, (QStringList{QStringLiteral("enc"), QStringLiteral("sig")}));
}

void tst_EncryptionKeyCommands::refusals()
{
    const CliRun jws = cli({QStringLiteral("keys"), QStringLiteral("generate"), QStringLiteral("--purpose"),
                            QStringLiteral("encryption"), QStringLiteral("--kty"), QStringLiteral("EC"),
                            QStringLiteral("--alg"), QStringLiteral("ES256")});
    QVERIFY(jws.exitCode != 0);
    QVERIFY2(jws.err.contains("not a JWE"), jws.err.constData());
    const CliRun rsa15 = cli({QStringLiteral("keys"), QStringLiteral("generate"), QStringLiteral("--purpose"),
                              QStringLiteral("encryption"), QStringLiteral("--kty"), QStringLiteral("RSA"),
                              QStringLiteral("--alg"), QStringLiteral("RSA1_5")});
    QVERIFY(rsa15.exitCode != 0);
    QVERIFY(rsa15.err.contains("RSA1_5"));
    const CliRun policy = cli({QStringLiteral("keys"), QStringLiteral("policy"), QStringLiteral("--purpose"),
                               QStringLiteral("encryption"), QStringLiteral("--alg"), QStringLiteral("RS256")},
                              {});
    QVERIFY(policy.exitCode != 0);
    QVERIFY(
        QJsonDocument::fromJson(cli({QStringLiteral("keys"), QStringLiteral("list"), QStringLiteral("--json")}, {}).out)
            .array()
            .isEmpty());
}

void tst_EncryptionKeyCommands::decryptWithTheStore()
{
    const QString kid = generate(
        {QStringLiteral("--purpose"), QStringLiteral("encryption"), QStringLiteral("--kty"), QStringLiteral("RSA")});
    QVERIFY(!kid.isEmpty());
    // The public key as a relying party's provider would get it, and a token encrypted to it.
    const CliRun exported = cli({QStringLiteral("keys"), QStringLiteral("export"), QStringLiteral("--"), kid}, {});
    QCOMPARE(exported.exitCode, 0);
    QVERIFY(!exported.out.contains("\"d\""));
    const QString keyFile = m_dir.filePath(QStringLiteral("pub.jwk"));
    {
        QFile f(keyFile);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(exported.out);
    }
    const CliRun encrypted = runCli({QStringLiteral("encrypt"), QStringLiteral("--key"), keyFile,
                                     QStringLiteral("--alg"), QStringLiteral("RSA-OAEP-256"), QStringLiteral("--enc"),
                                     QStringLiteral("A256GCM"), QStringLiteral("{\"hello\":\"store\"}")});
    QVERIFY2(encrypted.exitCode == 0, encrypted.err.constData());
    const QString token = QString::fromLatin1(encrypted.out.trimmed());
    // By the token's kid among the store's keys, and with the one key named.
    for (const QStringList& how :
         {QStringList{QStringLiteral("--key-store")}, QStringList{QStringLiteral("--key-id"), kid.left(12)}}) {
        const CliRun r =
            cli(QStringList{QStringLiteral("decrypt")} + how + QStringList{QStringLiteral("--json"), token});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(o.value(QStringLiteral("plaintext")).toString(), QStringLiteral("{\"hello\":\"store\"}"));
        QCOMPARE(o.value(QStringLiteral("kid")).toString(), kid);
        QVERIFY(!r.out.contains("cli pass") && !r.err.contains("cli pass"));
    }
    // A wrong passphrase opens nothing; an unknown kid and a key file besides the store are usage errors.
    QVERIFY(cli({QStringLiteral("decrypt"), QStringLiteral("--key-store"), token},
                {QStringLiteral("AUTHSCOPE_PASSPHRASE=wrong")})
                .exitCode != 0);
    QCOMPARE(cli({QStringLiteral("decrypt"), QStringLiteral("--key-id"), QStringLiteral("nope"), token}).exitCode, 2);
    QCOMPARE(cli({QStringLiteral("decrypt"), QStringLiteral("--key-store"), QStringLiteral("--key"), keyFile, token})
                 .exitCode,
             2);
    // Once the key is revoked, the store decrypts nothing for it: refused (1).
    QCOMPARE(cli({QStringLiteral("keys"), QStringLiteral("generate"), QStringLiteral("--purpose"),
                  QStringLiteral("encryption"), QStringLiteral("--kty"), QStringLiteral("EC")})
                 .exitCode,
             0);
    QCOMPARE(cli({QStringLiteral("keys"), QStringLiteral("rotate"), QStringLiteral("--purpose"),
                  QStringLiteral("encryption"), QStringLiteral("--revoke-old"), QStringLiteral("--reason"),
                  QStringLiteral("test"), QStringLiteral("--no-pre-generate")})
                 .exitCode,
             0);
    QCOMPARE(cli({QStringLiteral("decrypt"), QStringLiteral("--key-store"), token}).exitCode, 1);
}

void tst_EncryptionKeyCommands::serveRefusesUnusableKeys()
{
    const QString signing = generate({QStringLiteral("--kty"), QStringLiteral("EC")});
    QVERIFY(!signing.isEmpty());
    CliRun r = cli({QStringLiteral("serve"), QStringLiteral("--port"), QStringLiteral("0"),
                    QStringLiteral("--encrypt-tokens"), QStringLiteral("no-such-key")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("--encrypt-tokens"), r.err.constData());
    r = cli({QStringLiteral("serve"), QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--encrypt-tokens"),
             signing});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("signing key"), r.err.constData());
}

QTEST_GUILESS_MAIN(tst_EncryptionKeyCommands)
#include "tst_encryptionkeycommands.moc"
