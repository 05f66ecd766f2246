// authscope-cli dpop proof / dpop check as a user runs them: exit codes 0/1/2, every failed rule printed, the
// token's cnf.jkt paired with the proof's key, passphrases from a file (never argv), escaped output (D-DISPLAY).
#include "core/jose/Jwk.h"

#include "tests/support/TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace authscope;
using namespace authscope::test;

namespace {

const QString kUrl = QStringLiteral("http://127.0.0.1:8080/api/me");

QString keyPath(const QString& name)
{
    return dataPath(QStringLiteral("keys/") + name);
}

QString jktOf(const QString& pemFile)
{
    auto key = jose::Jwk::fromPem(readData(QStringLiteral("keys/") + pemFile));
    if (!key) {
        qFatal("cannot read %s", qPrintable(pemFile));
    }
    return key->thumbprintBase64Url().value_or(QString());
}

} // namespace

class tst_DpopCli final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString write(const QString& name, const QByteArray& data) { return writeFile(m_dir, name, data); }
    QByteArray proof(const QStringList& extra)
    {
        const CliRun r = runCli(QStringList{QStringLiteral("dpop"), QStringLiteral("proof")} + extra);
        if (r.exitCode != 0) {
            qWarning("dpop proof failed: %s", r.err.constData());
        }
        return r.out.trimmed();
    }
    // An access token (signed by the RSA key: any issuer will do for the pairing) bound to `jkt`, or unbound.
    QByteArray accessToken(const QString& jkt)
    {
        QJsonObject claims{{QStringLiteral("sub"), QStringLiteral("alice")}, {QStringLiteral("exp"), 1900000600}};
        if (!jkt.isEmpty()) {
            claims.insert(QStringLiteral("cnf"), QJsonObject{{QStringLiteral("jkt"), jkt}});
        }
        const CliRun r =
            runCli({QStringLiteral("sign"), QStringLiteral("--key"), keyPath(QStringLiteral("rsa2048.pkcs8.pem")),
                    QStringLiteral("--alg"), QStringLiteral("RS256"), QStringLiteral("-")},
                   QJsonDocument(claims).toJson(QJsonDocument::Compact));
        return r.out.trimmed();
    }
    CliRun check(const QByteArray& p, const QStringList& extra)
    {
        return runCli(QStringList{QStringLiteral("dpop"), QStringLiteral("check"), QStringLiteral("--proof"),
                                  QString::fromLatin1(p)} +
                      extra);
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void proofAndCheckWithBoundToken_data()
    {
        QTest::addColumn<QString>("pem");
        QTest::newRow("ES256") << QStringLiteral("ecp256.pkcs8.pem");
        QTest::newRow("EdDSA") << QStringLiteral("ed25519.pkcs8.pem");
        QTest::newRow("RS256") << QStringLiteral("rsa2048.pkcs8.pem");
    }
    void proofAndCheckWithBoundToken()
    {
        QFETCH(QString, pem);
        const QByteArray token = accessToken(jktOf(pem));
        QVERIFY(!token.isEmpty());
        const QByteArray p = proof({QStringLiteral("--key"), keyPath(pem), QStringLiteral("--htm"),
                                    QStringLiteral("GET"), QStringLiteral("--htu"), kUrl + QStringLiteral("?q=1"),
                                    QStringLiteral("--token"), QString::fromLatin1(token)});
        QCOMPARE(p.count('.'), 2);
        const CliRun ok = check(p, {QStringLiteral("--htm"), QStringLiteral("GET"), QStringLiteral("--htu"), kUrl,
                                    QStringLiteral("--token"), QString::fromLatin1(token)});
        QVERIFY2(ok.exitCode == 0, ok.out.constData());
        QVERIFY(ok.out.startsWith(QByteArray(QByteArray("valid DPoP proof; jkt ") + jktOf(pem).toLatin1())));
        // The same proof with a token bound to another key, and with an unbound token.
        const CliRun other = check(p, {QStringLiteral("--htm"), QStringLiteral("GET"), QStringLiteral("--htu"), kUrl,
                                       QStringLiteral("--token"),
                                       QString::fromLatin1(accessToken(jktOf(QStringLiteral("ecp384.pkcs8.pem"))))});
        QCOMPARE(other.exitCode, 1);
        QVERIFY(other.out.contains("dpop.ath-mismatch: ")); // made for another token
        QVERIFY(other.out.contains("dpop.jkt-mismatch: "));
        const CliRun unbound =
            check(p, {QStringLiteral("--htm"), QStringLiteral("GET"), QStringLiteral("--htu"), kUrl,
                      QStringLiteral("--token"), QString::fromLatin1(token), QStringLiteral("--json")});
        QCOMPARE(unbound.exitCode, 0);
        const QJsonObject json = QJsonDocument::fromJson(unbound.out).object();
        QCOMPARE(json.value(QStringLiteral("valid")).toBool(), true);
        QCOMPARE(json.value(QStringLiteral("jkt")).toString(), jktOf(pem));
    }

    void countPrintsDistinctProofs()
    {
        const QByteArray out = proof({QStringLiteral("--key"), keyPath(QStringLiteral("ecp256.pkcs8.pem")),
                                      QStringLiteral("--htm"), QStringLiteral("GET"), QStringLiteral("--htu"), kUrl,
                                      QStringLiteral("--count"), QStringLiteral("3")});
        const QList<QByteArray> proofs = out.split('\n');
        QCOMPARE(proofs.size(), 3);
        QVERIFY(proofs[0] != proofs[1] && proofs[1] != proofs[2]);
        for (const QByteArray& p : proofs) {
            QCOMPARE(check(p, {QStringLiteral("--htm"), QStringLiteral("GET"), QStringLiteral("--htu"), kUrl}).exitCode,
                     0);
        }
        const CliRun bad =
            runCli({QStringLiteral("dpop"), QStringLiteral("proof"), QStringLiteral("--key"),
                    keyPath(QStringLiteral("ecp256.pkcs8.pem")), QStringLiteral("--htm"), QStringLiteral("GET"),
                    QStringLiteral("--htu"), kUrl, QStringLiteral("--count"), QStringLiteral("0")});
        QCOMPARE(bad.exitCode, 2);
    }

    void everyFailedRulePrinted()
    {
        const QByteArray p = proof({QStringLiteral("--key"), keyPath(QStringLiteral("ecp256.pkcs8.pem")),
                                    QStringLiteral("--htm"), QStringLiteral("GET"), QStringLiteral("--htu"), kUrl});
        const CliRun r = check(p, {QStringLiteral("--htm"), QStringLiteral("POST"), QStringLiteral("--htu"),
                                   QStringLiteral("http://127.0.0.1:8080/token/refresh"), QStringLiteral("--nonce"),
                                   QStringLiteral("n-1"), QStringLiteral("--token"), QStringLiteral("a.b.c"),
                                   QStringLiteral("--now"), QStringLiteral("4000000000")});
        QCOMPARE(r.exitCode, 1);
        for (const char* code : {"dpop.htm: ", "dpop.htu: ", "dpop.iat: ", "dpop.ath-missing: ", "dpop.jkt-missing: ",
                                 "dpop.nonce-missing: "}) {
            QVERIFY2(r.out.contains(code), code);
        }
        const CliRun json =
            runCli({QStringLiteral("dpop"), QStringLiteral("check"), QStringLiteral("--proof"), QString::fromLatin1(p),
                    QStringLiteral("--htm"), QStringLiteral("GET"), QStringLiteral("--htu"), kUrl,
                    QStringLiteral("--nonce"), QStringLiteral("n-2"), QStringLiteral("--json")});
        QCOMPARE(json.exitCode, 1);
        const QJsonArray issues = QJsonDocument::fromJson(json.out).object().value(QStringLiteral("issues")).toArray();
        QCOMPARE(issues.size(), 1);
        QCOMPARE(issues.first().toObject().value(QStringLiteral("code")).toString(),
                 QStringLiteral("dpop.nonce-missing"));
    }

    void nonceCarried()
    {
        const QByteArray p = proof({QStringLiteral("--key"), keyPath(QStringLiteral("ecp256.pkcs8.pem")),
                                    QStringLiteral("--htm"), QStringLiteral("POST"), QStringLiteral("--htu"), kUrl,
                                    QStringLiteral("--nonce"), QStringLiteral("n-1")});
        QCOMPARE(check(p, {QStringLiteral("--htm"), QStringLiteral("POST"), QStringLiteral("--htu"), kUrl,
                           QStringLiteral("--nonce"), QStringLiteral("n-1")})
                     .exitCode,
                 0);
        const CliRun stale = check(p, {QStringLiteral("--htm"), QStringLiteral("POST"), QStringLiteral("--htu"), kUrl,
                                       QStringLiteral("--nonce"), QStringLiteral("n-2")});
        QCOMPARE(stale.exitCode, 1);
        QVERIFY(stale.out.contains("dpop.nonce-mismatch: "));
    }

    void encryptedPemPassphraseFromFile()
    {
        const QStringList base{QStringLiteral("--key"), keyPath(QStringLiteral("ecp256.enc.pem")),
                               QStringLiteral("--htm"), QStringLiteral("GET"),
                               QStringLiteral("--htu"), kUrl};
        const QString pass = write(QStringLiteral("pass.txt"), "correct-horse\n");
        const QByteArray p = proof(base + QStringList{QStringLiteral("--pem-passphrase-file"), pass});
        QCOMPARE(p.count('.'), 2);
        // No passphrase and no terminal: a clear error, exit 2.
        const CliRun none = runCli(QStringList{QStringLiteral("dpop"), QStringLiteral("proof")} + base);
        QCOMPARE(none.exitCode, 2);
        QVERIFY(!none.err.isEmpty());
        const CliRun wrong =
            runCli(QStringList{QStringLiteral("dpop"), QStringLiteral("proof")} + base +
                   QStringList{QStringLiteral("--pem-passphrase-file"), write(QStringLiteral("wrong.txt"), "nope\n")});
        QCOMPARE(wrong.exitCode, 2);
    }

    void unusableInput()
    {
        // An HMAC secret cannot sign a proof; a public key neither; a proof that is not a JWS is unusable input.
        const QString secretJwk =
            write(QStringLiteral("oct.jwk"), R"({"kty":"oct","k":"c2VjcmV0LXNlY3JldC1zZWNyZXQtc2VjcmV0LTMyYg"})");
        for (const QString& key : {secretJwk, keyPath(QStringLiteral("ecp256.spki.pem"))}) {
            const CliRun r = runCli({QStringLiteral("dpop"), QStringLiteral("proof"), QStringLiteral("--key"), key,
                                     QStringLiteral("--htm"), QStringLiteral("GET"), QStringLiteral("--htu"), kUrl});
            QCOMPARE(r.exitCode, 2);
            QVERIFY(r.out.isEmpty());
        }
        const CliRun badUrl = runCli({QStringLiteral("dpop"), QStringLiteral("proof"), QStringLiteral("--key"),
                                      keyPath(QStringLiteral("ecp256.pkcs8.pem")), QStringLiteral("--htm"),
                                      QStringLiteral("GET"), QStringLiteral("--htu"), QStringLiteral("ftp://x/")});
        QCOMPARE(badUrl.exitCode, 2);
        const CliRun garbage =
            check("not-a-proof", {QStringLiteral("--htm"), QStringLiteral("GET"), QStringLiteral("--htu"), kUrl});
        QCOMPARE(garbage.exitCode, 2);
        QVERIFY(garbage.err.contains("dpop.malformed"));
        const CliRun missing = runCli({QStringLiteral("dpop"), QStringLiteral("check"), QStringLiteral("--htm"),
                                       QStringLiteral("GET"), QStringLiteral("--htu"), kUrl});
        QCOMPARE(missing.exitCode, 2);
        QVERIFY(missing.err.contains("--proof is required"));
    }

    void verifyProfileRfc9068()
    {
        // verify --profile rfc9068: the seven claims and typ at+jwt; --aud is required.
        const QJsonObject good{{QStringLiteral("iss"), QStringLiteral("me")},
                               {QStringLiteral("sub"), QStringLiteral("alice")},
                               {QStringLiteral("aud"), QStringLiteral("api")},
                               {QStringLiteral("client_id"), QStringLiteral("c1")},
                               {QStringLiteral("iat"), 1900000000},
                               {QStringLiteral("exp"), 1900000600},
                               {QStringLiteral("jti"), QStringLiteral("j1")}};
        const auto signWith = [](const QJsonObject& claims, const QString& typ) {
            return runCli({QStringLiteral("sign"), QStringLiteral("--key"), keyPath(QStringLiteral("ecp256.pkcs8.pem")),
                           QStringLiteral("--alg"), QStringLiteral("ES256"), QStringLiteral("--typ"), typ,
                           QStringLiteral("-")},
                          QJsonDocument(claims).toJson(QJsonDocument::Compact))
                .out.trimmed();
        };
        const QStringList verify{
            QStringLiteral("verify"), QStringLiteral("--key"),      keyPath(QStringLiteral("ecp256.spki.pem")),
            QStringLiteral("--now"),  QStringLiteral("1900000100"), QStringLiteral("--profile"),
            QStringLiteral("rfc9068")};
        const QStringList aud{QStringLiteral("--aud"), QStringLiteral("api")};
        const QByteArray token = signWith(good, QStringLiteral("at+jwt"));
        const CliRun ok = runCli(verify + aud + QStringList{QString::fromLatin1(token)});
        QVERIFY2(ok.exitCode == 0, ok.out.constData());
        QJsonObject noClient = good;
        noClient.remove(QStringLiteral("client_id"));
        const CliRun refused =
            runCli(verify + aud + QStringList{QString::fromLatin1(signWith(noClient, QStringLiteral("JWT")))});
        QCOMPARE(refused.exitCode, 1);
        QVERIFY(refused.out.contains("jose.claim-missing: claim 'client_id' is missing"));
        QVERIFY(refused.out.contains("jose.typ-mismatch: "));
        const CliRun usage = runCli(verify + QStringList{QString::fromLatin1(token)});
        QCOMPARE(usage.exitCode, 2);
        QVERIFY(usage.err.contains("--aud"));
        const CliRun unknown =
            runCli({QStringLiteral("verify"), QStringLiteral("--key"), keyPath(QStringLiteral("ecp256.spki.pem")),
                    QStringLiteral("--profile"), QStringLiteral("rfc9999"), QString::fromLatin1(token)});
        QCOMPARE(unknown.exitCode, 2);
    }

    void controlCharactersEscaped()
    {
        // D-DISPLAY: a proof's htm with ESC and an RLO is quoted in the refusal, escaped.
        const QByteArray p =
            proof({QStringLiteral("--key"), keyPath(QStringLiteral("ecp256.pkcs8.pem")), QStringLiteral("--htm"),
                   QStringLiteral("GET\x1b[2J\u202e"), QStringLiteral("--htu"), kUrl});
        QCOMPARE(p.count('.'), 2);
        const CliRun r = check(p, {QStringLiteral("--htm"), QStringLiteral("GET"), QStringLiteral("--htu"), kUrl});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.out.contains("dpop.htm: "));
        QVERIFY(!r.out.contains('\x1b'));
        QVERIFY(!QString::fromUtf8(r.out).contains(QChar(0x202e)));
    }
};

QTEST_GUILESS_MAIN(tst_DpopCli)
#include "tst_dpop_cli.moc"
