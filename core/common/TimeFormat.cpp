#include "core/common/TimeFormat.h"

#include <QCoreApplication>
#include <QDateTime>

#include <algorithm>

#include <cstdlib>

namespace authscope {

namespace {

// Untranslated texts still go through translate(): it fills in %n and %Ln as tr() would.
constexpr const char* kOwnContext = "authscope::TimeFormat";

QString text(const char* context, const char* source, int n = -1)
{
    return QCoreApplication::translate(context != nullptr ? context : kOwnContext, source, nullptr, n);
}

QString pair(const char* context, const char* both, const char* one, qint64 large, qint64 small)
{
    return small > 0 ? text(context, both).arg(large).arg(small) : text(context, one).arg(large);
}

} // namespace

QString TimeFormat::duration(qint64 seconds)
{
    return duration(seconds, DurationTexts{});
}

QString TimeFormat::duration(qint64 seconds, const DurationTexts& texts)
{
    if (seconds < 0) {
        seconds = -seconds;
    }
    const qint64 days = seconds / 86400;
    const qint64 hours = (seconds % 86400) / 3600;
    const qint64 minutes = (seconds % 3600) / 60;
    const qint64 secs = seconds % 60;
    if (texts.yearsDays != nullptr && days >= 365) {
        return pair(texts.context, texts.yearsDays, texts.years, days / 365, days % 365);
    }
    if (days > 0) {
        return pair(texts.context, texts.daysHours, texts.days, days, hours);
    }
    if (hours > 0) {
        return pair(texts.context, texts.hoursMinutes, texts.hours, hours, minutes);
    }
    if (minutes > 0) {
        return texts.minutesSeconds != nullptr ? pair(texts.context, texts.minutesSeconds, texts.minutes, minutes, secs)
                                               : text(texts.context, texts.minutes).arg(minutes);
    }
    return text(texts.context, texts.seconds).arg(secs);
}

QString TimeFormat::relative(qint64 whenMs, qint64 nowMs)
{
    return relative(whenMs, nowMs, RelativeTexts{});
}

QString TimeFormat::relative(qint64 whenMs, qint64 nowMs, const RelativeTexts& texts)
{
    const qint64 secs = (whenMs - nowMs) / 1000;
    const qint64 a = std::abs(secs);
    const bool future = secs > 0;
    if (a < texts.nowBelowSecs) {
        return text(texts.context, texts.now);
    }
    if (a < 60) {
        return text(texts.context, future ? texts.inSeconds : texts.secondsAgo, static_cast<int>(a));
    }
    if (a < 3600) {
        return text(texts.context, future ? texts.inMinutes : texts.minutesAgo, static_cast<int>(a / 60));
    }
    if (a < 48 * 3600) {
        return text(texts.context, future ? texts.inHours : texts.hoursAgo, static_cast<int>(a / 3600));
    }
    return text(texts.context, future ? texts.inDays : texts.daysAgo, static_cast<int>(a / 86400));
}

QString TimeFormat::durationToMinute(qint64 ms)
{
    DurationTexts texts;
    texts.minutesSeconds = nullptr;
    return duration(std::max<qint64>(0, ms / 1000), texts);
}

QString TimeFormat::relativeCompact(qint64 whenMs, qint64 nowMs)
{
    // %n, not %Ln: a terminal table has no locale's digit grouping.
    RelativeTexts texts;
    texts.nowBelowSecs = 5;
    texts.now = "now";
    texts.inSeconds = "in %ns";
    texts.secondsAgo = "%ns ago";
    texts.inMinutes = "in %nm";
    texts.minutesAgo = "%nm ago";
    texts.inHours = "in %nh";
    texts.hoursAgo = "%nh ago";
    texts.inDays = "in %nd";
    texts.daysAgo = "%nd ago";
    return relative(whenMs, nowMs, texts);
}

QString TimeFormat::utcSecs(qint64 epochSecs)
{
    return QDateTime::fromSecsSinceEpoch(epochSecs, Qt::UTC).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) +
           QStringLiteral(" UTC");
}

QString TimeFormat::utcMs(qint64 epochMs)
{
    return QDateTime::fromMSecsSinceEpoch(epochMs, Qt::UTC).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) +
           QStringLiteral(" UTC");
}

QString TimeFormat::isoUtc(qint64 epochMs, bool withMilliseconds)
{
    return QDateTime::fromMSecsSinceEpoch(epochMs, Qt::UTC)
        .toString(withMilliseconds ? Qt::ISODateWithMs : Qt::ISODate);
}

QString TimeFormat::local(qint64 epochMs, QLocale::FormatType format)
{
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(epochMs), format);
}

QString TimeFormat::localToSecond(qint64 epochSecs)
{
    const QLocale locale;
    return locale.toString(QDateTime::fromSecsSinceEpoch(epochSecs, Qt::LocalTime),
                           locale.dateFormat(QLocale::ShortFormat) + u' ' + locale.timeFormat(QLocale::LongFormat));
}

QString TimeFormat::timeOfDay(qint64 epochMs, Qt::TimeSpec spec)
{
    return QDateTime::fromMSecsSinceEpoch(epochMs, spec).toString(QStringLiteral("HH:mm:ss.zzz"));
}

QString TimeFormat::fileStamp(qint64 epochMs)
{
    return QDateTime::fromMSecsSinceEpoch(epochMs).toString(QStringLiteral("yyyyMMdd-HHmmss"));
}

} // namespace authscope
