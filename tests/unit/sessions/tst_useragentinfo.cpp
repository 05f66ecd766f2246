// User agents shortened to browser and OS for the session list.
#include "core/sessions/UserAgentInfo.h"

#include "tests/support/DataColumns.h"

#include <QTest>

using namespace authscope;

class tst_UserAgentInfo final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void labels_data()
    {
        authscope::test::addColumns<QString, QString>("ua", "label");
        QTest::newRow("chrome windows")
            << "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.6099.130 "
               "Safari/537.36"
            << "Chrome 120 · Windows";
        QTest::newRow("edge")
            << "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 "
               "Safari/537.36 Edg/120.0.2210.91"
            << "Edge 120 · Windows";
        QTest::newRow("opera")
            << "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 "
               "Safari/537.36 OPR/106.0.0.0"
            << "Opera 106 · Windows";
        QTest::newRow("firefox linux") << "Mozilla/5.0 (X11; Linux x86_64; rv:121.0) Gecko/20100101 Firefox/121.0"
                                       << "Firefox 121 · Linux";
        QTest::newRow("safari mac")
            << "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) "
               "Version/17.2 Safari/605.1.15"
            << "Safari 17 · macOS";
        QTest::newRow("safari iphone")
            << "Mozilla/5.0 (iPhone; CPU iPhone OS 17_2 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
               "Version/17.2 Mobile/15E148 Safari/604.1"
            << "Safari 17 · iOS 17";
        QTest::newRow("ipad")
            << "Mozilla/5.0 (iPad; CPU OS 17_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.1 "
               "Mobile/15E148 Safari/604.1"
            << "Safari 17 · iPadOS 17";
        QTest::newRow("chrome on ios")
            << "Mozilla/5.0 (iPhone; CPU iPhone OS 17_2 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
               "CriOS/120.0.6099.119 Mobile/15E148 Safari/604.1"
            << "Chrome 120 · iOS 17";
        QTest::newRow("android")
            << "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.6099.144 "
               "Mobile Safari/537.36"
            << "Chrome 120 · Android 14";
        QTest::newRow("samsung")
            << "Mozilla/5.0 (Linux; Android 13; SM-S911B) AppleWebKit/537.36 (KHTML, like Gecko) SamsungBrowser/23.0 "
               "Chrome/115.0.0.0 Mobile Safari/537.36"
            << "Samsung Internet 23 · Android 13";
        QTest::newRow("chromeos")
            << "Mozilla/5.0 (X11; CrOS x86_64 14541.0.0) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 "
               "Safari/537.36"
            << "Chrome 120 · ChromeOS";
        QTest::newRow("curl") << "curl/8.4.0"
                              << "curl 8.4";
        QTest::newRow("python") << "python-requests/2.31.0"
                                << "python-requests 2.31";
        QTest::newRow("okhttp") << "okhttp/4.12.0"
                                << "OkHttp 4.12";
        QTest::newRow("unknown product") << "MyAgent/3.1.4 (build 7)"
                                         << "MyAgent 3.1";
        QTest::newRow("empty") << ""
                               << "Unknown";
        QTest::newRow("garbage") << "%%%"
                                 << "Unknown";
    }

    void labels()
    {
        QFETCH(QString, ua);
        QFETCH(QString, label);
        QCOMPARE(UserAgentInfo::parse(ua).label(), label);
    }
};

QTEST_GUILESS_MAIN(tst_UserAgentInfo)
#include "tst_useragentinfo.moc"
