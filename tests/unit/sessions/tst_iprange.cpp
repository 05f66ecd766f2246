// Addresses as 16-byte keys, and the ranges the filters use.
#include "core/sessions/IpRange.h"

#include "tests/support/DataColumns.h"

#include <QTest>

using namespace authscope;

class tst_IpRange final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parses_data()
    {
        authscope::test::addColumns<QString, QString, QString, QString>("text", "low", "high", "normalised");
        QTest::newRow("ipv4") << "203.0.113.7"
                              << "203.0.113.7"
                              << "203.0.113.7"
                              << "203.0.113.7";
        QTest::newRow("cidr /8") << "10.0.0.0/8"
                                 << "10.0.0.0"
                                 << "10.255.255.255"
                                 << "10.0.0.0/8";
        QTest::newRow("cidr /22") << "100.64.4.0/22"
                                  << "100.64.4.0"
                                  << "100.64.7.255"
                                  << "100.64.4.0/22";
        QTest::newRow("cidr host bits set") << "192.168.1.77/24"
                                            << "192.168.1.0"
                                            << "192.168.1.255"
                                            << "192.168.1.0/24";
        QTest::newRow("prefix") << "10.2."
                                << "10.2.0.0"
                                << "10.2.255.255"
                                << "10.2.0.0/16";
        QTest::newRow("prefix star") << "10.2.3.*"
                                     << "10.2.3.0"
                                     << "10.2.3.255"
                                     << "10.2.3.0/24";
        QTest::newRow("one octet") << "172."
                                   << "172.0.0.0"
                                   << "172.255.255.255"
                                   << "172.0.0.0/8";
        QTest::newRow("ipv6") << "2001:db8::1"
                              << "2001:db8::1"
                              << "2001:db8::1"
                              << "2001:db8::1";
        QTest::newRow("ipv6 cidr") << "2001:db8::/32"
                                   << "2001:db8::"
                                   << "2001:db8:ffff:ffff:ffff:ffff:ffff:ffff"
                                   << "2001:db8::/32";
        QTest::newRow("spaces") << "  10.0.0.1 "
                                << "10.0.0.1"
                                << "10.0.0.1"
                                << "10.0.0.1";
    }

    void parses()
    {
        QFETCH(QString, text);
        QFETCH(QString, low);
        QFETCH(QString, high);
        QFETCH(QString, normalised);
        const auto range = IpRange::parse(text);
        QVERIFY(range);
        QCOMPARE(range->low(), IpRange::keyOf(low));
        QCOMPARE(range->high(), IpRange::keyOf(high));
        QCOMPARE(range->text(), normalised);
        QVERIFY(range->low() <= range->high());
    }

    void refuses_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("empty") << "";
        QTest::newRow("word") << "alice";
        QTest::newRow("five octets") << "1.2.3.4.5";
        QTest::newRow("octet too big") << "300.1.";
        QTest::newRow("four octet prefix") << "1.2.3.4.";
        QTest::newRow("bad cidr") << "10.0.0.0/33";
        QTest::newRow("cidr of a word") << "abc/8";
        QTest::newRow("digits only") << "10";
        QTest::newRow("very long") << QString(200, u'1');
    }

    void refuses()
    {
        QFETCH(QString, text);
        QVERIFY(!IpRange::parse(text));
        QVERIFY(!IpRange::looksLikeAddress(text));
    }

    void keysSortNumerically()
    {
        QVERIFY(IpRange::keyOf(QStringLiteral("10.0.0.9")) < IpRange::keyOf(QStringLiteral("10.0.0.10")));
        QVERIFY(IpRange::keyOf(QStringLiteral("9.255.255.255")) < IpRange::keyOf(QStringLiteral("10.0.0.0")));
        QCOMPARE(IpRange::keyOf(QStringLiteral("10.1.2.3")), IpRange::keyOfIpv4(0x0a010203));
        QCOMPARE(IpRange::keyOf(QStringLiteral("::ffff:10.1.2.3")), IpRange::keyOfIpv4(0x0a010203));
        QCOMPARE(IpRange::keyOf(QStringLiteral("2001:db8::1")).size(), 16);
        QVERIFY(IpRange::keyOf(QStringLiteral("not an address")).isEmpty());
    }
};

QTEST_GUILESS_MAIN(tst_IpRange)
#include "tst_iprange.moc"
