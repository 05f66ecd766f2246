#include "core/keys/KeyTimeText.h"

#include <QDateTime>

#include <algorithm>

namespace authscope {

QString KeyTimeText::utc(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss 'UTC'"));
}

QString KeyTimeText::duration(qint64 ms)
{
    const qint64 s = std::max<qint64>(0, ms / 1000);
    if (s < 60) {
        return QStringLiteral("%1 s").arg(s);
    }
    const qint64 d = s / 86400;
    const qint64 h = (s % 86400) / 3600;
    const qint64 m = (s % 3600) / 60;
    if (d > 0) {
        return h > 0 ? QStringLiteral("%1 d %2 h").arg(d).arg(h) : QStringLiteral("%1 d").arg(d);
    }
    if (h > 0) {
        return m > 0 ? QStringLiteral("%1 h %2 min").arg(h).arg(m) : QStringLiteral("%1 h").arg(h);
    }
    return QStringLiteral("%1 min").arg(m);
}

} // namespace authscope
