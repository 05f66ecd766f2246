#pragma once

#include <QString>

namespace authscope {

// The times and durations that key plans and maintenance notes show to people.
class KeyTimeText final
{
public:
    // "2027-01-15 08:00:00 UTC"
    [[nodiscard]] static QString utc(qint64 ms);
    // "45 s", "12 min", "3 h 20 min", "7 d 1 h"
    [[nodiscard]] static QString duration(qint64 ms);
};

} // namespace authscope
