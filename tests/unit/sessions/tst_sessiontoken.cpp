// Session IDs: 32 CSPRNG bytes, one canonical base64url spelling, only the hash is a key (S-ID, S-SERVER-ISSUED).
#include "core/sessions/SessionToken.h"

#include <QCryptographicHash>
#include <QSet>
#include <QTest>

using namespace authscope;

class tst_SessionToken final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void generatedIdsAreWellFormedAndDistinct()
    {
        QSet<QByteArray> seen;
        for (int i = 0; i < 200; ++i) {
            auto fresh = SessionToken::generate();
            QVERIFY(fresh);
            QCOMPARE(fresh->token.size(), SessionToken::EncodedLength);
            const auto key = SessionToken::keyOf(fresh->token);
            QVERIFY(key);
            QVERIFY(*key == fresh->key);
            QVERIFY(!seen.contains(fresh->token));
            seen.insert(fresh->token);
        }
    }

    void keyIsSha256OfTheRawBytes()
    {
        const QByteArray raw(32, '\x07');
        const QByteArray token = SessionToken::encode(raw);
        const auto key = SessionToken::keyOf(token);
        QVERIFY(key);
        QCOMPARE(key->view().toByteArray(), QCryptographicHash::hash(raw, QCryptographicHash::Sha256));
        QVERIFY(key->view().toByteArray() != token);
    }

    void rejectsMalformed_data()
    {
        QTest::addColumn<QByteArray>("token");
        const QByteArray good = SessionToken::encode(QByteArray(32, '\x01'));
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("too short") << good.left(42);
        QTest::newRow("too long") << good + 'A';
        QTest::newRow("padding") << good.left(42) + '=';
        QTest::newRow("standard base64 plus") << QByteArray(good).replace(0, 1, "+");
        QTest::newRow("standard base64 slash") << QByteArray(good).replace(5, 1, "/");
        QTest::newRow("space") << QByteArray(good).replace(10, 1, " ");
        QTest::newRow("newline") << QByteArray(good).replace(42, 1, "\n");
        QTest::newRow("non-ascii") << QByteArray(good).replace(3, 1, "\xc3");
        QTest::newRow("nul") << QByteArray(good).replace(7, 1, QByteArray(1, '\0'));
        // Same bytes, another spelling: the last character's unused bits are not zero.
        QTest::newRow("non-canonical tail") << QByteArray(good).replace(42, 1, "B");
        QTest::newRow("huge") << QByteArray(1 << 20, 'A');
    }

    void rejectsMalformed()
    {
        QFETCH(QByteArray, token);
        QVERIFY(!SessionToken::keyOf(token));
    }

    void acceptsEveryCanonicalTail()
    {
        for (const char tail : QByteArrayView("AEIMQUYcgkosw048")) {
            QByteArray token = SessionToken::encode(QByteArray(32, '\0'));
            token[42] = tail;
            QVERIFY2(SessionToken::keyOf(token).has_value(), QByteArray(1, tail).constData());
        }
    }
};

QTEST_GUILESS_MAIN(tst_SessionToken)
#include "tst_sessiontoken.moc"
