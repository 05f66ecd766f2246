#pragma once

#include <QCoreApplication>
#include <QString>

namespace authscope {

// Durations and moments relative to "now", for people: "14 min 3 s", "expires in 14 min", "expired 3 h ago".
// Two units at most, so a countdown under an hour ticks by the second.
class RelativeTime final
{
    Q_DECLARE_TR_FUNCTIONS(authscope::RelativeTime)

public:
    // "45 s", "14 min 3 s", "3 h 12 min", "2 d 4 h"; the sign is ignored.
    [[nodiscard]] static QString duration(qint64 seconds);
    // The same to the minute once it reaches one, and days without end: "45 s", "14 min", "400 d 2 h".
    [[nodiscard]] static QString durationToMinute(qint64 seconds);
    // What a NumericDate claim means at `now`: exp "expires in …"/"expired … ago", nbf "valid in …"/"valid since
    // … ago", iat "issued … ago"/"issued … in the future", any other "in …"/"… ago".
    [[nodiscard]] static QString describe(const QString& claim, qint64 when, qint64 now);
};

} // namespace authscope
