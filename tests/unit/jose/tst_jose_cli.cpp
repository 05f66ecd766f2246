#include "tests/unit/jose/JoseTestUtil.h"

#include "tests/support/DataColumns.h"

#include <QJsonArray>
#include <QTemporaryDir>

using namespace authscope::test;

namespace {

const QString Now = QStringLiteral("1900000000");

} // namespace

// authscope-cli decode/verify/sign/keygen/convert/thumbprint as a user runs them: exit codes and output.
class tst_JoseCli final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString key(const QString& name) const { return dataPath(QStringLiteral("keys/") + name); }
    QString write(const QString& name, const QByteArray& data) { return writeFile(m_dir, name, data); }
    QByteArray sign(const QStringList& extra, const QByteArray& claims)
    {
        const CliRun r = runCli(QStringList{QStringLiteral("sign")} + extra + QStringList{QStringLiteral("-")}, claims);
        if (r.exitCode != 0) {
            qWarning("sign failed: %s", r.err.constData());
        }
        return r.out.trimmed();
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void signVerifyRoundTrip_data()
    {
        addColumns<QString, QStringList, QStringList>("alg", "signKey", "verifyKey");
        QTest::newRow("ES256 pem") << "ES256"
                                   << QStringList{QStringLiteral("--key"), key(QStringLiteral("ecp256.pkcs8.pem"))}
                                   << QStringList{QStringLiteral("--key"), key(QStringLiteral("ecp256.cert.pem"))};
        QTest::newRow("RS256 pem") << "RS256"
                                   << QStringList{QStringLiteral("--key"), key(QStringLiteral("rsa2048.pkcs1.pem"))}
                                   << QStringList{QStringLiteral("--key"), key(QStringLiteral("rsa2048.spki.pem"))};
        QTest::newRow("EdDSA") << "EdDSA"
                               << QStringList{QStringLiteral("--key"), key(QStringLiteral("ed25519.pkcs8.pem"))}
                               << QStringList{QStringLiteral("--key"), key(QStringLiteral("ed25519.spki.pem"))};
        QTest::newRow("HS256 secret file")
            << "HS256" << QStringList{QStringLiteral("--secret-file"), key(QStringLiteral("hs256.secret"))}
            << QStringList{QStringLiteral("--secret-file"), key(QStringLiteral("hs256.secret"))};
        QTest::newRow("PS384 encrypted") << "PS384"
                                         << QStringList{QStringLiteral("--key"), key(QStringLiteral("rsa2048.enc.pem")),
                                                        QStringLiteral("--passphrase-file"), QString()}
                                         << QStringList{QStringLiteral("--key"),
                                                        key(QStringLiteral("rsa2048.cert.pem"))};
    }
    void signVerifyRoundTrip()
    {
        QFETCH(QString, alg);
        QFETCH(QStringList, signKey);
        QFETCH(QStringList, verifyKey);
        if (signKey.contains(QStringLiteral("--passphrase-file"))) {
            signKey.last() = write(QStringLiteral("pass.txt"), "correct-horse\n");
        }
        const QByteArray token = sign(signKey + QStringList{QStringLiteral("--alg"), alg},
                                      "{\"sub\":\"alice\",\"iss\":\"me\",\"exp\":1900000600}");
        QCOMPARE(token.count('.'), 2);
        CliRun r = runCli(QStringList{QStringLiteral("verify"), QStringLiteral("--now"), Now, QStringLiteral("--iss"),
                                      QStringLiteral("me")} +
                          verifyKey + QStringList{QString::fromLatin1(token)});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(jsonOf(r.out).value(QStringLiteral("sub")).toString(), QStringLiteral("alice"));
        // Token on standard input.
        r = runCli(QStringList{QStringLiteral("verify"), QStringLiteral("--now"), Now} + verifyKey +
                       QStringList{QStringLiteral("-")},
                   token + '\n');
        QCOMPARE(r.exitCode, 0);
        // Expired: exit 1 and the reason, code first.
        r = runCli(QStringList{QStringLiteral("verify"), QStringLiteral("--now"), QStringLiteral("1900003600")} +
                   verifyKey + QStringList{QString::fromLatin1(token)});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.out.startsWith("jose.expired: expired "), r.out.constData());
    }

    void verifyListsEveryReason()
    {
        const QByteArray token =
            sign({QStringLiteral("--key"), key(QStringLiteral("ecp256.pkcs8.pem")), QStringLiteral("--alg"),
                  QStringLiteral("ES256"), QStringLiteral("--kid"), QStringLiteral("k2")},
                 "{\"exp\":1800000000}");
        const QString jwks =
            write(QStringLiteral("jwks.json"),
                  "{\"keys\":[" + json([] {
                      QJsonObject k =
                          jwkFromObject(loadPemKey(QStringLiteral("ecp384.spki.pem")).toJson(false)).toJson(false);
                      k.insert(QStringLiteral("kid"), QStringLiteral("k1"));
                      return k;
                  }()) +
                      "]}");
        const CliRun r = runCli({QStringLiteral("verify"), QStringLiteral("--key"), jwks, QStringLiteral("--now"), Now,
                                 QString::fromLatin1(token)});
        QCOMPARE(r.exitCode, 1);
        const QList<QByteArray> lines = r.out.trimmed().split('\n');
        QCOMPARE(lines.size(), 2);
        QVERIFY(lines[0].startsWith("jose.kid-unknown: signature does not match: the token was signed by another key; "
                                    "kid 'k2' is not in this"));
        QVERIFY(lines[1].startsWith("jose.expired: expired "));
    }

    void verifyOptions()
    {
        const QByteArray token =
            sign({QStringLiteral("--secret-file"), key(QStringLiteral("hs256.secret")), QStringLiteral("--alg"),
                  QStringLiteral("HS256"), QStringLiteral("--typ"), QStringLiteral("at+jwt")},
                 "{\"aud\":[\"api\",\"web\"],\"exp\":1900000600}");
        const QStringList base{QStringLiteral("verify"), QStringLiteral("--secret-file"),
                               key(QStringLiteral("hs256.secret")), QStringLiteral("--now"), Now};
        QCOMPARE(runCli(base + QStringList{QStringLiteral("--aud"), QStringLiteral("api"), QString::fromLatin1(token)})
                     .exitCode,
                 0);
        QCOMPARE(runCli(base + QStringList{QString::fromLatin1(token)}).exitCode, 1); // aud present, none given
        QCOMPARE(runCli(base + QStringList{QStringLiteral("--aud"), QStringLiteral("api"), QStringLiteral("--typ"),
                                           QStringLiteral("application/at+jwt"), QString::fromLatin1(token)})
                     .exitCode,
                 0);
        QCOMPARE(runCli(base + QStringList{QStringLiteral("--aud"), QStringLiteral("api"), QStringLiteral("--alg"),
                                           QStringLiteral("HS512"), QString::fromLatin1(token)})
                     .exitCode,
                 1);
        QCOMPARE(runCli(base + QStringList{QStringLiteral("--aud"), QStringLiteral("api"), QStringLiteral("--now"),
                                           QStringLiteral("1900000620"), QStringLiteral("--leeway"),
                                           QStringLiteral("30"), QString::fromLatin1(token)})
                     .exitCode,
                 0);
        // A public key is never an HMAC secret.
        const CliRun confused =
            runCli({QStringLiteral("verify"), QStringLiteral("--key"), key(QStringLiteral("rsa2048.spki.pem")),
                    QStringLiteral("--alg"), QStringLiteral("HS256"), QStringLiteral("--now"), Now,
                    QString::fromLatin1(token)});
        QCOMPARE(confused.exitCode, 1);
        QVERIFY(confused.out.contains("jose.key-mismatch"));
    }

    void verifyJwsMode()
    {
        const QJsonObject v = readJsonData(QStringLiteral("rfc7520-cookbook/jws/4_1.rsa_v15_signature.json")).object();
        const QString keyFile =
            write(QStringLiteral("bilbo.json"),
                  json(v.value(QStringLiteral("input")).toObject().value(QStringLiteral("key")).toObject()));
        const QString token = v.value(QStringLiteral("output")).toObject().value(QStringLiteral("compact")).toString();
        CliRun r = runCli({QStringLiteral("verify"), QStringLiteral("--jws"), QStringLiteral("--key"), keyFile, token});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.startsWith("It\xe2\x80\x99s a dangerous business"));
        r = runCli({QStringLiteral("verify"), QStringLiteral("--key"), keyFile, token});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.out.contains("jose.not-jwt"));
    }

    void usageErrors_data()
    {
        addColumns<QStringList, QByteArray>("args", "stdinData");
        const QString ec = key(QStringLiteral("ecp256.spki.pem"));
        const QString tok = QStringLiteral("eyJhbGciOiJFUzI1NiJ9.e30.AA");
        QTest::newRow("verify no key") << QStringList{QStringLiteral("verify"), tok} << QByteArray();
        QTest::newRow("verify both keys") << QStringList{QStringLiteral("verify"),
                                                         QStringLiteral("--key"),
                                                         ec,
                                                         QStringLiteral("--secret-file"),
                                                         ec,
                                                         tok}
                                          << QByteArray();
        QTest::newRow("verify missing key file")
            << QStringList{QStringLiteral("verify"), QStringLiteral("--key"), QStringLiteral("/nonexistent"), tok}
            << QByteArray();
        QTest::newRow("verify garbage key file")
            << QStringList{QStringLiteral("verify"), QStringLiteral("--key"), key(QStringLiteral("short.secret")), tok}
            << QByteArray();
        QTest::newRow("verify alg none") << QStringList{QStringLiteral("verify"), QStringLiteral("--key"), ec,
                                                        QStringLiteral("--alg"),  QStringLiteral("none"),  tok}
                                         << QByteArray();
        QTest::newRow("verify leeway 301") << QStringList{QStringLiteral("verify"),   QStringLiteral("--key"), ec,
                                                          QStringLiteral("--leeway"), QStringLiteral("301"),   tok}
                                           << QByteArray();
        QTest::newRow("verify malformed token")
            << QStringList{QStringLiteral("verify"), QStringLiteral("--key"), ec, QStringLiteral("a.b")}
            << QByteArray();
        QTest::newRow("verify jwe") << QStringList{QStringLiteral("verify"), QStringLiteral("--key"), ec,
                                                   QStringLiteral("eyJhbGciOiJSU0EtT0FFUCJ9.AA.AA.AA.AA")}
                                    << QByteArray();
        QTest::newRow("verify empty stdin")
            << QStringList{QStringLiteral("verify"), QStringLiteral("--key"), ec} << QByteArray();
        QTest::newRow("verify unknown option")
            << QStringList{QStringLiteral("verify"), QStringLiteral("--frobnicate")} << QByteArray();
        QTest::newRow("decode garbage") << QStringList{QStringLiteral("decode"), QStringLiteral("not a token")}
                                        << QByteArray();
        QTest::newRow("decode binary stdin")
            << QStringList{QStringLiteral("decode")} << QByteArray("\x00\xff\x01.\x02", 5);
        QTest::newRow("sign no alg") << QStringList{QStringLiteral("sign"), QStringLiteral("--key"), ec,
                                                    QStringLiteral("{}")}
                                     << QByteArray();
        QTest::newRow("sign public key")
            << QStringList{QStringLiteral("sign"),  QStringLiteral("--key"), ec,
                           QStringLiteral("--alg"), QStringLiteral("ES256"), QStringLiteral("{}")}
            << QByteArray();
        QTest::newRow("sign claims not json")
            << QStringList{QStringLiteral("sign"),  QStringLiteral("--key"), key(QStringLiteral("ecp256.pkcs8.pem")),
                           QStringLiteral("--alg"), QStringLiteral("ES256"), QStringLiteral("{bad")}
            << QByteArray();
        QTest::newRow("sign alg none") << QStringList{QStringLiteral("sign"),
                                                      QStringLiteral("--secret-file"),
                                                      key(QStringLiteral("hs256.secret")),
                                                      QStringLiteral("--alg"),
                                                      QStringLiteral("none"),
                                                      QStringLiteral("{}")}
                                       << QByteArray();
        QTest::newRow("sign short secret") << QStringList{QStringLiteral("sign"),
                                                          QStringLiteral("--secret-file"),
                                                          key(QStringLiteral("short.secret")),
                                                          QStringLiteral("--alg"),
                                                          QStringLiteral("HS256"),
                                                          QStringLiteral("{}")}
                                           << QByteArray();
        QTest::newRow("keygen rsa 1024") << QStringList{QStringLiteral("keygen"), QStringLiteral("--kty"),
                                                        QStringLiteral("RSA"), QStringLiteral("--size"),
                                                        QStringLiteral("1024")}
                                         << QByteArray();
        QTest::newRow("keygen bad kty") << QStringList{QStringLiteral("keygen"), QStringLiteral("--kty"),
                                                       QStringLiteral("DSA")}
                                        << QByteArray();
        QTest::newRow("keygen oct public") << QStringList{QStringLiteral("keygen"), QStringLiteral("--kty"),
                                                          QStringLiteral("oct"), QStringLiteral("--public")}
                                           << QByteArray();
        QTest::newRow("convert no to") << QStringList{QStringLiteral("convert"), ec} << QByteArray();
        QTest::newRow("convert encrypted without passphrase")
            << QStringList{QStringLiteral("convert"), QStringLiteral("--to"), QStringLiteral("jwk"),
                           key(QStringLiteral("rsa2048.enc.pem"))}
            << QByteArray();
        QTest::newRow("thumbprint missing file")
            << QStringList{QStringLiteral("thumbprint"), QStringLiteral("/nonexistent")} << QByteArray();
    }
    void usageErrors()
    {
        QFETCH(QStringList, args);
        QFETCH(QByteArray, stdinData);
        const CliRun r = runCli(args, stdinData);
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.startsWith("authscope-cli: "));
        QCOMPARE(r.err.trimmed().count('\n'), 0); // one line
    }

    void decode()
    {
        const QByteArray token = compact("{\"alg\":\"none\"}", "{\"password\":\"hunter2\"}", {});
        CliRun r = runCli({QStringLiteral("decode"), QString::fromLatin1(token)});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject o = jsonOf(r.out);
        QCOMPARE(o.value(QStringLiteral("header")).toObject().value(QStringLiteral("alg")).toString(),
                 QStringLiteral("none"));
        QCOMPARE(o.value(QStringLiteral("payload")).toObject().value(QStringLiteral("password")).toString(),
                 QStringLiteral("hunter2"));
        QCOMPARE(o.value(QStringLiteral("signature")).toString(), QString());
        QStringList codes;
        for (const QJsonValue& w : o.value(QStringLiteral("warnings")).toArray()) {
            codes.append(w.toObject().value(QStringLiteral("code")).toString());
        }
        QVERIFY(codes.contains(QStringLiteral("jose.lint.alg-none")));
        QVERIFY(codes.contains(QStringLiteral("jose.lint.no-exp")));
        QVERIFY(codes.contains(QStringLiteral("jose.lint.sensitive-claim")));
        // JWE: header and a note, exit 0.
        r = runCli({QStringLiteral("decode"), QStringLiteral("-")},
                   authscope::jose::Base64Url::encode("{\"alg\":\"dir\",\"enc\":\"A128GCM\"}") + "..AAAA.BBBB.CCCC");
        QCOMPARE(r.exitCode, 0);
        QVERIFY(jsonOf(r.out).value(QStringLiteral("jwe")).toBool());
        QVERIFY(r.err.contains("authscope-cli decrypt"));
    }

    void keygenAndConvert_data()
    {
        addColumns<QStringList, QString>("args", "kty");
        QTest::newRow("EC P-521") << QStringList{QStringLiteral("--kty"), QStringLiteral("EC"),
                                                 QStringLiteral("--crv"), QStringLiteral("P-521"),
                                                 QStringLiteral("--kid"), QStringLiteral("mine")}
                                  << "EC";
        QTest::newRow("OKP Ed448") << QStringList{QStringLiteral("--kty"), QStringLiteral("OKP"),
                                                  QStringLiteral("--crv"), QStringLiteral("Ed448")}
                                   << "OKP";
        QTest::newRow("oct HS384") << QStringList{QStringLiteral("--kty"), QStringLiteral("oct"),
                                                  QStringLiteral("--alg"), QStringLiteral("HS384")}
                                   << "oct";
    }
    void keygenAndConvert()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, kty);
        CliRun r = runCli(QStringList{QStringLiteral("keygen")} + args);
        QCOMPARE(r.exitCode, 0);
        const QJsonObject jwk = jsonOf(r.out);
        QCOMPARE(jwk.value(QStringLiteral("kty")).toString(), kty);
        QVERIFY(jwk.contains(QStringLiteral("d")) || jwk.contains(QStringLiteral("k")));
        const QString file = write(QStringLiteral("gen.jwk"), r.out);
        r = runCli({QStringLiteral("thumbprint"), file});
        QCOMPARE(r.exitCode, 0);
        if (!args.contains(QStringLiteral("--kid"))) {
            QCOMPARE(QString::fromLatin1(r.out.trimmed()), jwk.value(QStringLiteral("kid")).toString());
        }
        if (kty == u"oct") {
            QCOMPARE(QByteArray::fromBase64(jwk.value(QStringLiteral("k")).toString().toLatin1(),
                                            QByteArray::Base64UrlEncoding)
                         .size(),
                     48);
            return;
        }
        r = runCli({QStringLiteral("convert"), QStringLiteral("--to"), QStringLiteral("pem"),
                    QStringLiteral("--public"), file});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.startsWith("-----BEGIN PUBLIC KEY-----"));
        const QString pem = write(QStringLiteral("gen.pem"), r.out);
        r = runCli({QStringLiteral("convert"), QStringLiteral("--to"), QStringLiteral("jwk"), pem});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject back = jsonOf(r.out);
        QVERIFY(!back.contains(QStringLiteral("d")));
        QCOMPARE(back.value(QStringLiteral("x")), jwk.value(QStringLiteral("x")));
    }

    void keygenPublicAndPem()
    {
        CliRun r = runCli(
            {QStringLiteral("keygen"), QStringLiteral("--kty"), QStringLiteral("EC"), QStringLiteral("--public")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(!jsonOf(r.out).contains(QStringLiteral("d")));
        r = runCli({QStringLiteral("keygen"), QStringLiteral("--kty"), QStringLiteral("OKP"),
                    QStringLiteral("--format"), QStringLiteral("pem")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.startsWith("-----BEGIN PRIVATE KEY-----"));
    }

    void convertPublicJwksDropsSecrets()
    {
        const QString jwks = write(QStringLiteral("mixed.json"),
                                   "{\"keys\":[" + json(secretKey(QByteArray(32, 's')).toJson(true)) + ',' +
                                       json(loadPemKey(QStringLiteral("ed25519.pkcs8.pem")).toJson(true)) + "]}");
        const CliRun r = runCli({QStringLiteral("convert"), QStringLiteral("--to"), QStringLiteral("jwk"),
                                 QStringLiteral("--public"), jwks});
        QCOMPARE(r.exitCode, 0);
        const QJsonArray keys = jsonOf(r.out).value(QStringLiteral("keys")).toArray();
        QCOMPARE(keys.size(), 1);
        QVERIFY(!keys.first().toObject().contains(QStringLiteral("d")));
        QVERIFY(!r.out.contains("\"k\""));
    }

    void thumbprintRfc8037()
    {
        const QString file =
            write(QStringLiteral("rfc8037.jwk"),
                  "{\"kty\":\"OKP\",\"crv\":\"Ed25519\",\"x\":\"11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo\"}");
        const CliRun r = runCli({QStringLiteral("thumbprint"), file});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out.trimmed(), QByteArray("kPrK_qmxVWaYVA9wwBF6Iuo3vVzz7TxHCTwXBygrS4k"));
    }
};

QTEST_GUILESS_MAIN(tst_JoseCli)
#include "tst_jose_cli.moc"
