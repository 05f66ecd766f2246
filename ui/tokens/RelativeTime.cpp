#include "ui/tokens/RelativeTime.h"

#include <QDateTime>
#include <QLocale>

namespace authscope {

QString RelativeTime::duration(qint64 seconds)
{
    if (seconds < 0) {
        seconds = -seconds;
    }
    const qint64 days = seconds / 86400;
    const qint64 hours = (seconds % 86400) / 3600;
    const qint64 minutes = (seconds % 3600) / 60;
    const qint64 secs = seconds % 60;
    if (days >= 365) {
        const qint64 years = days / 365;
        const qint64 restDays = days % 365;
        return restDays > 0 ? tr("%1 y %2 d").arg(years).arg(restDays) : tr("%1 y").arg(years);
    }
    if (days > 0) {
        return hours > 0 ? tr("%1 d %2 h").arg(days).arg(hours) : tr("%1 d").arg(days);
    }
    if (hours > 0) {
        return minutes > 0 ? tr("%1 h %2 min").arg(hours).arg(minutes) : tr("%1 h").arg(hours);
    }
    if (minutes > 0) {
        return secs > 0 ? tr("%1 min %2 s").arg(minutes).arg(secs) : tr("%1 min").arg(minutes);
    }
    return tr("%1 s").arg(secs);
}

QString RelativeTime::describe(const QString& claim, qint64 when, qint64 now)
{
    const QString span = duration(when - now);
    if (claim == u"exp") {
        if (when > now) {
            return tr("expires in %1").arg(span);
        }
        return when == now ? tr("expires now") : tr("expired %1 ago").arg(span);
    }
    if (claim == u"nbf") {
        return when > now ? tr("not valid for another %1").arg(span) : tr("valid since %1 ago").arg(span);
    }
    if (claim == u"iat") {
        return when > now ? tr("issued %1 in the future").arg(span) : tr("issued %1 ago").arg(span);
    }
    if (when == now) {
        return tr("now");
    }
    return when > now ? tr("in %1").arg(span) : tr("%1 ago").arg(span);
}

QString RelativeTime::localTime(qint64 epochSeconds)
{
    // The user's date order and clock, with seconds and the zone: claims are compared to the second.
    const QLocale locale;
    return locale.toString(QDateTime::fromSecsSinceEpoch(epochSeconds, Qt::LocalTime),
                           locale.dateFormat(QLocale::ShortFormat) + u' ' + locale.timeFormat(QLocale::LongFormat));
}

QString RelativeTime::utcTime(qint64 epochSeconds)
{
    return QDateTime::fromSecsSinceEpoch(epochSeconds, Qt::UTC).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) +
           QStringLiteral(" UTC");
}

} // namespace authscope
