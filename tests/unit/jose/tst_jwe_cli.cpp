// authscope-cli encrypt/decrypt, keygen of encryption keys and verify --decrypt-key as a user runs them: exit
// codes (0 ok, 1 refused, 2 unusable input) and output.
#include "tests/unit/jose/JoseTestUtil.h"

#include "tests/support/DataColumns.h"

#include <QTemporaryDir>

using namespace authscope::test;

namespace {

QString s(const char* text)
{
    return QString::fromLatin1(text);
}

QByteArray readFileBytes(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        qFatal("cannot read %s", qPrintable(path));
    }
    return f.readAll();
}

} // namespace

class tst_JweCli final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString write(const QString& name, const QByteArray& data) { return writeFile(m_dir, name, data); }

    QString keygen(const QString& name, const QStringList& args)
    {
        const CliRun r = runCli(QStringList{s("keygen")} + args);
        if (r.exitCode != 0) {
            qFatal("keygen failed: %s", r.err.constData());
        }
        return write(name, r.out);
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void encryptDecryptRoundTrip_data()
    {
        addColumns<QStringList, QString, QString>("keygenArgs", "alg", "enc");
        QTest::newRow("RSA-OAEP-256") << QStringList{s("--kty"), s("RSA"), s("--use"), s("enc")} << s("RSA-OAEP-256")
                                      << s("A256GCM");
        QTest::newRow("ECDH-ES+A256KW P-256")
            << QStringList{s("--kty"), s("EC"), s("--use"), s("enc")} << s("ECDH-ES+A256KW") << s("A256GCM");
        QTest::newRow("ECDH-ES X448") << QStringList{s("--kty"), s("OKP"), s("--crv"), s("X448")} << s("ECDH-ES")
                                      << s("A128CBC-HS256");
        QTest::newRow("A128KW") << QStringList{s("--kty"), s("oct"), s("--alg"), s("A128KW")} << s("A128KW")
                                << s("A192GCM");
        QTest::newRow("dir") << QStringList{s("--kty"), s("oct"), s("--use"), s("enc"), s("--size"), s("512")}
                             << s("dir") << s("A256CBC-HS512");
    }

    void encryptDecryptRoundTrip()
    {
        QFETCH(QStringList, keygenArgs);
        QFETCH(QString, alg);
        QFETCH(QString, enc);
        const QString key = keygen(s("key.jwk"), keygenArgs);
        const QJsonObject jwk = QJsonDocument::fromJson(readFileBytes(key)).object();
        QCOMPARE(jwk.value(s("use")).toString(), s("enc"));
        // Encrypt to the public half where there is one.
        QString recipient = key;
        if (jwk.value(s("kty")).toString() != u"oct") {
            const CliRun pub = runCli({s("convert"), s("--to"), s("jwk"), s("--public"), key});
            QCOMPARE(pub.exitCode, 0);
            QVERIFY(!pub.out.contains("\"d\""));
            recipient = write(s("pub.jwk"), pub.out);
        }
        const CliRun encrypted =
            runCli({s("encrypt"), s("--key"), recipient, s("--alg"), alg, s("--enc"), enc, s("--zip"), s("-")},
                   "{\"sub\":\"carol\"}");
        QCOMPARE(encrypted.exitCode, 0);
        const QByteArray token = encrypted.out.trimmed();
        QCOMPARE(token.count('.'), 4);

        CliRun r = runCli({s("decrypt"), s("--key"), key, s("--json"), s("-")}, token);
        QCOMPARE(r.exitCode, 0);
        const QJsonObject out = jsonOf(r.out);
        QCOMPARE(out.value(s("plaintext")).toString(), s("{\"sub\":\"carol\"}"));
        QCOMPARE(out.value(s("alg")).toString(), alg);
        QCOMPARE(out.value(s("protected")).toObject().value(s("zip")).toString(), s("DEF"));
        QVERIFY(!r.out.contains(jwk.value(s("d")).toString().toLatin1().isEmpty() ? "never" : "\"d\""));

        // Human output: the header and the plaintext.
        r = runCli({s("decrypt"), s("--key"), key, QString::fromLatin1(token)});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains("protected header:"));
        QVERIFY(r.out.contains("\"sub\": \"carol\""));

        // An --enc allow-list that leaves it out refuses it (1); a tampered token is refused (1).
        const QString otherEnc = enc == u"A256GCM" ? s("A128GCM") : s("A256GCM");
        QCOMPARE(runCli({s("decrypt"), s("--key"), key, s("--enc"), otherEnc, QString::fromLatin1(token)}).exitCode, 1);
        QByteArray tampered = token;
        tampered[tampered.size() - 3] = tampered[tampered.size() - 3] == 'A' ? 'B' : 'A';
        r = runCli({s("decrypt"), s("--key"), key, QString::fromLatin1(tampered)});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.out.startsWith("jose."));
    }

    void passwordsAndTheP2cCap()
    {
        const QString pw = write(s("pw.txt"), "Thus with a kiss I die\n");
        const CliRun encrypted = runCli({s("encrypt"), s("--password-file"), pw, s("--alg"), s("PBES2-HS384+A192KW"),
                                         s("--enc"), s("A192CBC-HS384"), s("--p2c"), s("20000"), s("-")},
                                        "balcony");
        QCOMPARE(encrypted.exitCode, 0);
        const QString token = QString::fromLatin1(encrypted.out.trimmed());
        CliRun r = runCli({s("decrypt"), s("--password-file"), pw, token});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.out.startsWith("jose.p2c-cap"));
        r = runCli({s("decrypt"), s("--password-file"), pw, s("--max-p2c"), s("20000"), token});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains("balcony"));
        QVERIFY(!r.out.contains("kiss")); // the password is never printed
        // The password as an oct JWK works the same way.
        const QString jwk = write(s("pw.jwk"), "{\"kty\":\"oct\",\"k\":\"" +
                                                   authscope::jose::Base64Url::encode("Thus with a kiss I die") +
                                                   "\",\"alg\":\"PBES2-HS384+A192KW\"}");
        QCOMPARE(runCli({s("decrypt"), s("--key"), jwk, s("--max-p2c"), s("20000"), token}).exitCode, 0);
    }

    void rsa15NeedsTheSwitch()
    {
        const QJsonObject v =
            readJsonData(s("rfc7520-cookbook/jwe/5_1.key_encryption_using_rsa_v15_and_aes-hmac-sha2.json")).object();
        const QString key =
            write(s("frodo.jwk"), QJsonDocument(v.value(s("input")).toObject().value(s("key")).toObject()).toJson());
        const QString token = v.value(s("output")).toObject().value(s("compact")).toString();
        CliRun r = runCli({s("decrypt"), s("--key"), key, token});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.out.startsWith("jose.alg-not-allowed"));
        r = runCli({s("decrypt"), s("--key"), key, s("--allow-rsa1_5"), token});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains("You can trust us"));
        // The encrypter never produces RSA1_5.
        QCOMPARE(
            runCli({s("encrypt"), s("--key"), key, s("--alg"), s("RSA1_5"), s("--enc"), s("A128GCM"), s("x")}).exitCode,
            2);
    }

    void nestedJwtWithVerify()
    {
        const QString enc = keygen(s("enc.jwk"), {s("--kty"), s("OKP"), s("--crv"), s("X25519")});
        const QString sig = keygen(s("sig.jwk"), {s("--kty"), s("EC")});
        const CliRun signedRun = runCli({s("sign"), s("--key"), sig, s("--alg"), s("ES256"), s("-")},
                                        "{\"sub\":\"dave\",\"exp\":4000000000}");
        QCOMPARE(signedRun.exitCode, 0);
        const CliRun nested = runCli({s("encrypt"), s("--key"), enc, s("--alg"), s("ECDH-ES"), s("--enc"), s("A256GCM"),
                                      s("--cty"), s("JWT"), s("-")},
                                     signedRun.out.trimmed());
        QCOMPARE(nested.exitCode, 0);
        const QString token = QString::fromLatin1(nested.out.trimmed());
        CliRun r = runCli({s("verify"), s("--key"), sig, s("--decrypt-key"), enc, token});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(jsonOf(r.out).value(s("sub")).toString(), s("dave"));
        // E-TYPE-CONFUSION: a JWE without --decrypt-key, a JWS given to decrypt.
        r = runCli({s("verify"), s("--key"), sig, token});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains("jose.type-confusion"));
        r = runCli({s("decrypt"), s("--key"), enc, QString::fromLatin1(signedRun.out.trimmed())});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains("jose.type-confusion"));
        // Decrypted with the wrong key: refused (1).
        const QString other = keygen(s("other.jwk"), {s("--kty"), s("OKP"), s("--crv"), s("X25519")});
        QCOMPARE(runCli({s("verify"), s("--key"), sig, s("--decrypt-key"), other, token}).exitCode, 1);
    }

    void unusableInput_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("no key") << QStringList{s("decrypt"), s("a.b.c.d.e")};
        QTest::newRow("not a jwe") << QStringList{s("decrypt"), s("--key"), s("KEY"), s("garbage")};
        QTest::newRow("unknown alg") << QStringList{s("decrypt"), s("--key"),         s("KEY"),
                                                    s("--alg"),   s("RSA-OAEP-1024"), s("a.b.c.d.e")};
        QTest::newRow("bad max-p2c") << QStringList{s("decrypt"),   s("--key"), s("KEY"),
                                                    s("--max-p2c"), s("-5"),    s("a.b.c.d.e")};
        QTest::newRow("encrypt without enc")
            << QStringList{s("encrypt"), s("--key"), s("KEY"), s("--alg"), s("dir"), s("x")};
        QTest::newRow("encrypt wrong key size")
            << QStringList{s("encrypt"), s("--key"), s("KEY"), s("--alg"), s("dir"), s("--enc"), s("A128GCM"), s("x")};
        QTest::newRow("keygen X25519 for sig")
            << QStringList{s("keygen"), s("--kty"), s("OKP"), s("--crv"), s("X25519"), s("--use"), s("sig")};
        QTest::newRow("keygen oct A128KW 256")
            << QStringList{s("keygen"), s("--kty"), s("oct"), s("--alg"), s("A128KW"), s("--size"), s("256")};
    }

    void unusableInput()
    {
        QFETCH(QStringList, args);
        const QString key = write(s("oct32.jwk"), "{\"kty\":\"oct\",\"k\":\"" +
                                                      authscope::jose::Base64Url::encode(QByteArray(32, 'k')) + "\"}");
        args.replaceInStrings(s("KEY"), key);
        const CliRun r = runCli(args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY(!r.err.isEmpty());
    }
};

QTEST_GUILESS_MAIN(tst_JweCli)
#include "tst_jwe_cli.moc"
