#include "core/crypto/SecretBox.h"

#include "tests/support/DataColumns.h"

#include <QTest>

using namespace authscope::crypto;

class tst_SecretBox final : public QObject
{
    Q_OBJECT

private slots:
    void roundTrip_data()
    {
        authscope::test::addColumns<QByteArray, QByteArray>("plaintext", "aad");
        QTest::newRow("empty") << QByteArray() << QByteArray();
        QTest::newRow("short") << QByteArray("secret") << QByteArray();
        QTest::newRow("with aad") << QByteArray("private key bytes") << QByteArray("key-row-17");
        QTest::newRow("large") << QByteArray(100000, 'x') << QByteArray("ctx");
    }
    void roundTrip()
    {
        QFETCH(QByteArray, plaintext);
        QFETCH(QByteArray, aad);
        auto box = SecretBox::generate();
        QVERIFY(box);
        auto sealed = box->seal(plaintext, aad);
        QVERIFY(sealed);
        QCOMPARE(sealed->size(), plaintext.size() + SecretBox::Overhead);
        auto opened = box->open(*sealed, aad);
        QVERIFY(opened);
        QCOMPARE(*opened, plaintext);
        auto again = box->seal(plaintext, aad);
        QVERIFY(*again != *sealed); // fresh nonce
    }

    void tamperingDetected()
    {
        auto box = SecretBox::generate();
        auto sealed = box->seal("hello world", "row-1");
        QVERIFY(sealed);
        QVERIFY(!box->open(*sealed, "row-2"));
        QVERIFY(!box->open(*sealed));
        for (qsizetype i = 0; i < sealed->size(); ++i) {
            QByteArray bad = *sealed;
            bad[i] = char(bad[i] ^ 0x01);
            QVERIFY(!box->open(bad, "row-1"));
        }
        QVERIFY(!box->open(sealed->left(SecretBox::Overhead - 1), "row-1"));
        auto other = SecretBox::generate();
        QVERIFY(!other->open(*sealed, "row-1"));
    }

    void keySize()
    {
        QVERIFY(!SecretBox::create(QByteArray(31, 'k')));
        QVERIFY(!SecretBox::create(QByteArray(33, 'k')));
        QVERIFY(SecretBox::create(QByteArray(32, 'k')));
    }
};

QTEST_GUILESS_MAIN(tst_SecretBox)
#include "tst_secretbox.moc"
