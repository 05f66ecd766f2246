#include "core/crypto/PasswordHasher.h"

#include <QTest>

using namespace authscope::crypto;

namespace {
// Small parameters keep the test fast under sanitizers; the format and the logic are the same.
PasswordHasher::Parameters fast()
{
    PasswordHasher::Parameters p;
    p.logN = 10;
    p.r = 8;
    p.p = 1;
    return p;
}
} // namespace

class tst_PasswordHasher final : public QObject
{
    Q_OBJECT

private slots:
    void hashAndVerify()
    {
        auto hash = PasswordHasher::hash("correct horse", fast());
        QVERIFY(hash);
        QVERIFY(hash->startsWith(QStringLiteral("$scrypt$ln=10,r=8,p=1$")));
        QCOMPARE(PasswordHasher::verify("correct horse", *hash), true);
        QCOMPARE(PasswordHasher::verify("correct horsE", *hash), false);
        QCOMPARE(PasswordHasher::verify("", *hash), false);
        auto again = PasswordHasher::hash("correct horse", fast());
        QVERIFY(again && *again != *hash); // per-password salt
    }

    void emptyPassword()
    {
        auto hash = PasswordHasher::hash("", fast());
        QVERIFY(hash);
        QCOMPARE(PasswordHasher::verify("", *hash), true);
        QCOMPARE(PasswordHasher::verify("x", *hash), false);
    }

    void rfc7914Vector()
    {
        // RFC 7914 §12 second vector: P="password", S="NaCl", N=1024, r=8, p=16, 64 bytes.
        const QString encoded =
            QStringLiteral("$scrypt$ln=10,r=8,p=16$") +
            QString::fromLatin1(
                QByteArray("NaCl").toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals)) +
            u'$' +
            QString::fromLatin1(QByteArray::fromHex("fdbabe1c9d3472007856e7190d01e9fe7c6ad7cbc8237830e77376634b373162"
                                                    "2eaf30d92e22a3886ff109279d9830dac727afb94a83ee6d8360cbdfa2cc0640")
                                    .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
        QCOMPARE(PasswordHasher::verify("password", encoded), true);
        QCOMPARE(PasswordHasher::verify("Password", encoded), false);
    }

    void malformed_data()
    {
        QTest::addColumn<QString>("encoded");
        QTest::newRow("empty") << QString();
        QTest::newRow("other scheme") << QStringLiteral("$argon2id$v=19$m=65536,t=3,p=4$c2FsdA$aGFzaA");
        QTest::newRow("huge N") << QStringLiteral(
            "$scrypt$ln=40,r=8,p=1$AAAAAAAAAAAAAAAAAAAAAA$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA");
        QTest::newRow("bad base64") << QStringLiteral("$scrypt$ln=10,r=8,p=1$!!!$AAAA");
        QTest::newRow("missing field") << QStringLiteral("$scrypt$ln=10,r=8,p=1$AAAAAAAAAAAAAAAAAAAAAA");
        QTest::newRow("bad numbers") << QStringLiteral(
            "$scrypt$ln=x,r=8,p=1$AAAAAAAAAAAAAAAAAAAAAA$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA");
    }
    void malformed()
    {
        QFETCH(QString, encoded);
        QVERIFY(!PasswordHasher::verify("pw", encoded));
    }

    void needsRehash()
    {
        auto hash = PasswordHasher::hash("pw", fast());
        QVERIFY(hash);
        QVERIFY(!PasswordHasher::needsRehash(*hash, fast()));
        QVERIFY(PasswordHasher::needsRehash(*hash, PasswordHasher::Parameters{}));
        QVERIFY(PasswordHasher::needsRehash(QStringLiteral("garbage"), fast()));
    }
};

QTEST_GUILESS_MAIN(tst_PasswordHasher)
#include "tst_passwordhasher.moc"
