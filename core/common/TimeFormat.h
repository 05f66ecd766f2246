#pragma once

#include <QLocale>
#include <QString>

namespace authscope {

// Every moment and duration the program shows as text: durations ("3 h 12 min"), moments relative to now
// ("in 25 min", "3 h ago"), and absolute times in UTC (logs, errors, exports) or in the user's locale (the GUI).
//
// The unit texts are English by default. The GUI passes its own tables, whose texts are marked with
// QT_TRANSLATE_NOOP (QT_TRANSLATE_N_NOOP for %Ln) in the GUI class that shows them: `context` names that class,
// so the translations filed under it apply.
class TimeFormat final
{
public:
    // The texts of a duration; %1 and %2 are the numbers of the larger and the smaller unit. A null years text
    // counts days without end; a null minutesSeconds drops the seconds once the duration reaches a minute.
    struct DurationTexts
    {
        const char* context = nullptr; // translation context, or nullptr for English as written
        const char* yearsDays = nullptr;
        const char* years = nullptr;
        const char* daysHours = "%1 d %2 h";
        const char* days = "%1 d";
        const char* hoursMinutes = "%1 h %2 min";
        const char* hours = "%1 h";
        const char* minutesSeconds = "%1 min %2 s";
        const char* minutes = "%1 min";
        const char* seconds = "%1 s";
    };

    // The texts of a moment relative to now, one unit, %n (or %Ln) its number; hours are used up to two days.
    struct RelativeTexts
    {
        const char* context = nullptr;
        qint64 nowBelowSecs = 10; // closer than this to now: `now`
        const char* now = "just now";
        const char* inSeconds = "in %Ln s";
        const char* secondsAgo = "%Ln s ago";
        const char* inMinutes = "in %Ln min";
        const char* minutesAgo = "%Ln min ago";
        const char* inHours = "in %Ln h";
        const char* hoursAgo = "%Ln h ago";
        const char* inDays = "in %Ln day(s)";
        const char* daysAgo = "%Ln day(s) ago";
    };

    // "45 s", "14 min 3 s", "3 h 12 min", "2 d 4 h": two units at most, precise enough to act on, short enough
    // to read. The sign is ignored.
    [[nodiscard]] static QString duration(qint64 seconds);
    [[nodiscard]] static QString duration(qint64 seconds, const DurationTexts& texts);
    // A span in milliseconds, negative as zero, to the minute once it reaches one ("45 s", "14 min", "3 h 12 min"):
    // key plans and key tables, where seconds are noise.
    [[nodiscard]] static QString durationToMinute(qint64 ms);
    // Where `whenMs` stands from `nowMs`: "just now", "in 25 min", "3 h ago", "4 days ago".
    [[nodiscard]] static QString relative(qint64 whenMs, qint64 nowMs);
    [[nodiscard]] static QString relative(qint64 whenMs, qint64 nowMs, const RelativeTexts& texts);
    // The same, compact for narrow terminal tables: "now" (within 5 s), "in 25m", "3h ago", "4d ago".
    [[nodiscard]] static QString relativeCompact(qint64 whenMs, qint64 nowMs);

    // "2026-11-26 09:14:03 UTC"; empty for a moment QDateTime cannot hold.
    [[nodiscard]] static QString utcSecs(qint64 epochSecs);
    [[nodiscard]] static QString utcMs(qint64 epochMs);
    // ISO 8601 in UTC: "2026-11-26T09:14:03Z", or "2026-11-26T09:14:03.042Z" with milliseconds.
    [[nodiscard]] static QString isoUtc(qint64 epochMs, bool withMilliseconds);
    // The user's locale and time zone: QLocale's short ("26.11.26 10:14") or long format.
    [[nodiscard]] static QString local(qint64 epochMs, QLocale::FormatType format = QLocale::ShortFormat);
    // The user's short date with the long time: to the second, with the zone ("26.11.26 10:14:03 CET").
    [[nodiscard]] static QString localToSecond(qint64 epochSecs);
    // The time of day to the millisecond, "10:14:03.042", for logs read as they scroll.
    [[nodiscard]] static QString timeOfDay(qint64 epochMs, Qt::TimeSpec spec = Qt::LocalTime);
    // A local time for a file name: "20261126-101403".
    [[nodiscard]] static QString fileStamp(qint64 epochMs);
};

} // namespace authscope
