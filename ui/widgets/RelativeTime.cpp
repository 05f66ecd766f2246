#include "ui/widgets/RelativeTime.h"

#include "core/common/TimeFormat.h"

namespace authscope {

namespace {

constexpr TimeFormat::DurationTexts kDurationTexts{
    .context = "authscope::RelativeTime",
    .yearsDays = QT_TRANSLATE_NOOP("authscope::RelativeTime", "%1 y %2 d"),
    .years = QT_TRANSLATE_NOOP("authscope::RelativeTime", "%1 y"),
    .daysHours = QT_TRANSLATE_NOOP("authscope::RelativeTime", "%1 d %2 h"),
    .days = QT_TRANSLATE_NOOP("authscope::RelativeTime", "%1 d"),
    .hoursMinutes = QT_TRANSLATE_NOOP("authscope::RelativeTime", "%1 h %2 min"),
    .hours = QT_TRANSLATE_NOOP("authscope::RelativeTime", "%1 h"),
    .minutesSeconds = QT_TRANSLATE_NOOP("authscope::RelativeTime", "%1 min %2 s"),
    .minutes = QT_TRANSLATE_NOOP("authscope::RelativeTime", "%1 min"),
    .seconds = QT_TRANSLATE_NOOP("authscope::RelativeTime", "%1 s"),
};

} // namespace

QString RelativeTime::duration(qint64 seconds)
{
    return TimeFormat::duration(seconds, kDurationTexts);
}

QString RelativeTime::durationToMinute(qint64 seconds)
{
    TimeFormat::DurationTexts texts = kDurationTexts;
    texts.yearsDays = nullptr;
    texts.years = nullptr;
    texts.minutesSeconds = nullptr;
    return TimeFormat::duration(seconds, texts);
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

} // namespace authscope
