#include "core/common/DisplayText.h"

#include "tests/support/DataColumns.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using authscope::DisplayText;

class tst_DisplayText final : public QObject
{
    Q_OBJECT

private slots:
    void escape_data()
    {
        authscope::test::addColumns<QString, QString>("input", "expected");
        QTest::newRow("plain") << QStringLiteral("alice@example.com") << QStringLiteral("alice@example.com");
        QTest::newRow("unicode stays") << QStringLiteral("Jürgen 東京 مرحبا") << QStringLiteral("Jürgen 東京 مرحبا");
        QTest::newRow("backslash stays") << QStringLiteral(R"(C:\keys\a.pem)") << QStringLiteral(R"(C:\keys\a.pem)");
        QTest::newRow("clear screen") << QStringLiteral("\x1b[2J\x1b[H") << QStringLiteral(R"(\x1b[2J\x1b[H)");
        QTest::newRow("fake VALID in green")
            << QStringLiteral("k1\r\x1b[32mVALID\x1b[0m") << QStringLiteral(R"(k1\r\x1b[32mVALID\x1b[0m)");
        QTest::newRow("OSC title") << QStringLiteral("\x1b]0;pwned\x07") << QStringLiteral(R"(\x1b]0;pwned\x07)");
        QTest::newRow("newline and tab") << QStringLiteral("a\nb\tc") << QStringLiteral(R"(a\nb\tc)");
        QTest::newRow("NUL and DEL") << QString(QChar(0)) + QStringLiteral("x\x7f") << QStringLiteral(R"(\x00x\x7f)");
        QTest::newRow("C1 CSI") << QString(QChar(0x9b)) + QStringLiteral("2J") << QStringLiteral(R"(\x9b2J)");
        QTest::newRow("RLO") << QStringLiteral("admin") + QChar(0x202e) + QStringLiteral("gnp.exe")
                             << QStringLiteral(R"(admin\u202egnp.exe)");
        QTest::newRow("isolates and marks") << QString(QChar(0x2066)) + QChar(0x2069) + QChar(0x200f) + QChar(0x061c)
                                            << QStringLiteral(R"(\u2066\u2069\u200f\u061c)");
        QTest::newRow("invisible") << QString(QChar(0x200b)) + QChar(0xfeff) + QChar(0x2028)
                                   << QStringLiteral(R"(\u200b\ufeff\u2028)");
    }
    void escape()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        QCOMPARE(DisplayText::escape(input), expected);
        QCOMPARE(DisplayText::isSafe(input), input == expected);
        // What comes out never carries a character that a terminal would act on.
        for (const QChar c : DisplayText::escape(input)) {
            QVERIFY(c.unicode() >= 0x20 && c.unicode() != 0x7f);
        }
    }

    // Every BMP code point: the output is safe and escaping is idempotent on safe text.
    void everyCodePoint()
    {
        for (uint cp = 0; cp < 0x10000; ++cp) {
            if (cp >= 0xd800 && cp <= 0xdfff) {
                continue;
            }
            const QString in(QChar(static_cast<char16_t>(cp)));
            const QString out = DisplayText::escape(in);
            QVERIFY(DisplayText::isSafe(out));
            QCOMPARE(DisplayText::escape(out), out);
        }
    }

    // Multi-line text keeps its lines, nothing else.
    void escapeLinesKeepsLineFeeds()
    {
        const QString in = QStringLiteral("line one\n\x1b[2Jline two\r\u202eRLO");
        QCOMPARE(DisplayText::escapeLines(in), QStringLiteral("line one\n\\x1b[2Jline two\\r\\u202eRLO"));
    }

    // JSON stays valid JSON with the same meaning: DEL, C1 and bidi controls that QJsonDocument writes raw.
    void escapeJsonStaysJson()
    {
        const QJsonObject object{{QStringLiteral("kid"), QStringLiteral("a\x7f\u0085\u202e\x1b[31mb")}};
        const QString raw = QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented));
        QVERIFY(!DisplayText::isSafe(raw));
        const QString safe = DisplayText::escapeJson(raw);
        QVERIFY(DisplayText::isSafe(QString(safe).remove(u'\n')));
        QVERIFY(safe.contains(QStringLiteral("\\u202e")));
        QVERIFY(safe.contains(QStringLiteral("\\u007f")));
        QJsonParseError error{};
        const QJsonDocument back = QJsonDocument::fromJson(safe.toUtf8(), &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(back.object(), object);
    }
};

QTEST_GUILESS_MAIN(tst_DisplayText)
#include "tst_displaytext.moc"
