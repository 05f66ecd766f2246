#include "core/common/TimeFormat.h"

#include "tests/support/DataColumns.h"

#include <QTest>

using namespace authscope;

class tst_TimeFormat final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void duration_data();
    void duration();
    void durationWithYearsAndWithoutSeconds();
    void relative_data();
    void relative();
    void relativeWithOtherTexts();
    void utcAndIso();
    void durationToMinute();
    void relativeCompact();
};

void tst_TimeFormat::duration_data()
{
    authscope::test::addColumns<qint64, QString>("seconds", "text");
    QTest::newRow("zero") << qint64(0) << QStringLiteral("0 s");
    QTest::newRow("seconds") << qint64(45) << QStringLiteral("45 s");
    QTest::newRow("minute") << qint64(60) << QStringLiteral("1 min");
    QTest::newRow("minutes and seconds") << qint64(14 * 60 + 3) << QStringLiteral("14 min 3 s");
    QTest::newRow("hours and minutes") << qint64(3 * 3600 + 12 * 60 + 59) << QStringLiteral("3 h 12 min");
    QTest::newRow("hours") << qint64(3 * 3600 + 59) << QStringLiteral("3 h");
    QTest::newRow("days and hours") << qint64(2 * 86400 + 4 * 3600) << QStringLiteral("2 d 4 h");
    QTest::newRow("days without years") << qint64(400 * 86400) << QStringLiteral("400 d");
    QTest::newRow("sign ignored") << qint64(-90) << QStringLiteral("1 min 30 s");
}

void tst_TimeFormat::duration()
{
    QFETCH(qint64, seconds);
    QFETCH(QString, text);
    QCOMPARE(TimeFormat::duration(seconds), text);
}

void tst_TimeFormat::durationWithYearsAndWithoutSeconds()
{
    TimeFormat::DurationTexts texts;
    texts.yearsDays = "%1 y %2 d";
    texts.years = "%1 y";
    texts.minutesSeconds = nullptr;
    QCOMPARE(TimeFormat::duration(400 * 86400, texts), QStringLiteral("1 y 35 d"));
    QCOMPARE(TimeFormat::duration(730 * 86400 + 3600, texts), QStringLiteral("2 y"));
    QCOMPARE(TimeFormat::duration(14 * 60 + 3, texts), QStringLiteral("14 min"));
    QCOMPARE(TimeFormat::duration(59, texts), QStringLiteral("59 s"));
}

void tst_TimeFormat::relative_data()
{
    authscope::test::addColumns<qint64, QString>("deltaMs", "text");
    QTest::newRow("now") << qint64(9'999) << QStringLiteral("just now");
    QTest::newRow("seconds ahead") << qint64(30'000) << QStringLiteral("in 30 s");
    QTest::newRow("seconds ago") << qint64(-30'000) << QStringLiteral("30 s ago");
    QTest::newRow("minutes") << qint64(-25 * 60'000 - 59'000) << QStringLiteral("25 min ago");
    QTest::newRow("hours up to two days") << qint64(47 * 3'600'000) << QStringLiteral("in 47 h");
    QTest::newRow("days") << qint64(-3 * 86'400'000) << QStringLiteral("3 day(s) ago");
}

void tst_TimeFormat::relative()
{
    QFETCH(qint64, deltaMs);
    QFETCH(QString, text);
    const qint64 now = 1'700'000'000'000;
    QCOMPARE(TimeFormat::relative(now + deltaMs, now), text);
}

void tst_TimeFormat::relativeWithOtherTexts()
{
    TimeFormat::RelativeTexts texts;
    texts.nowBelowSecs = 5;
    texts.now = "now";
    texts.inMinutes = "in %nm";
    texts.secondsAgo = "%ns ago";
    QCOMPARE(TimeFormat::relative(6'000, 0, texts), QStringLiteral("in 6 s"));
    QCOMPARE(TimeFormat::relative(4'000, 0, texts), QStringLiteral("now"));
    QCOMPARE(TimeFormat::relative(25 * 60'000, 0, texts), QStringLiteral("in 25m"));
    QCOMPARE(TimeFormat::relative(0, 7'000, texts), QStringLiteral("7s ago"));
}

void tst_TimeFormat::utcAndIso()
{
    QCOMPARE(TimeFormat::utcSecs(1'764'148'443), QStringLiteral("2025-11-26 09:14:03 UTC"));
    QCOMPARE(TimeFormat::utcMs(1'764'148'443'999), QStringLiteral("2025-11-26 09:14:03 UTC"));
    QCOMPARE(TimeFormat::timeOfDay(1'764'148'443'042, Qt::UTC), QStringLiteral("09:14:03.042"));
    QCOMPARE(TimeFormat::isoUtc(1'764'148'443'042, false), QStringLiteral("2025-11-26T09:14:03Z"));
    QCOMPARE(TimeFormat::isoUtc(1'764'148'443'042, true), QStringLiteral("2025-11-26T09:14:03.042Z"));
}

void tst_TimeFormat::durationToMinute()
{
    // Key plans and the CLI's key table: seconds only below a minute, never a negative span.
    QCOMPARE(TimeFormat::durationToMinute(-5000), QStringLiteral("0 s"));
    QCOMPARE(TimeFormat::durationToMinute(45'999), QStringLiteral("45 s"));
    QCOMPARE(TimeFormat::durationToMinute(14 * 60'000 + 59'000), QStringLiteral("14 min"));
    QCOMPARE(TimeFormat::durationToMinute((3 * 3600 + 12 * 60 + 30) * 1000LL), QStringLiteral("3 h 12 min"));
    QCOMPARE(TimeFormat::durationToMinute(3 * 3600'000LL), QStringLiteral("3 h"));
    QCOMPARE(TimeFormat::durationToMinute((2 * 86400 + 4 * 3600) * 1000LL), QStringLiteral("2 d 4 h"));
    QCOMPARE(TimeFormat::durationToMinute(12 * 86400'000LL), QStringLiteral("12 d"));
}

void tst_TimeFormat::relativeCompact()
{
    const qint64 now = 1'800'000'000'000;
    QCOMPARE(TimeFormat::relativeCompact(now + 4'000, now), QStringLiteral("now"));
    QCOMPARE(TimeFormat::relativeCompact(now - 4'999, now), QStringLiteral("now"));
    QCOMPARE(TimeFormat::relativeCompact(now + 5'000, now), QStringLiteral("in 5s"));
    QCOMPARE(TimeFormat::relativeCompact(now - 59'000, now), QStringLiteral("59s ago"));
    QCOMPARE(TimeFormat::relativeCompact(now + 25 * 60'000, now), QStringLiteral("in 25m"));
    QCOMPARE(TimeFormat::relativeCompact(now - 3 * 3600'000LL, now), QStringLiteral("3h ago"));
    QCOMPARE(TimeFormat::relativeCompact(now - 47 * 3600'000LL, now), QStringLiteral("47h ago"));
    QCOMPARE(TimeFormat::relativeCompact(now + 4 * 86400'000LL, now), QStringLiteral("in 4d"));
    // No digit grouping whatever the locale: a terminal table is read by scripts too.
    QLocale::setDefault(QLocale(QLocale::German));
    QCOMPARE(TimeFormat::relativeCompact(now - 1234 * 86400'000LL, now), QStringLiteral("1234d ago"));
    QLocale::setDefault(QLocale::c());
}

QTEST_GUILESS_MAIN(tst_TimeFormat)
#include "tst_timeformat.moc"
