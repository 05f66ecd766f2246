#include "core/common/Clock.h"

namespace authscope {

qint64 SystemClock::nowMs() const
{
    return QDateTime::currentMSecsSinceEpoch();
}

const Clock& Clock::system()
{
    static const SystemClock clock;
    return clock;
}

} // namespace authscope
