#include "core/server/RequestLogEntry.h"
#include "core/common/TimeFormat.h"

namespace authscope {

QString RequestLogEntry::toLine() const
{
    const QString when = TimeFormat::timeOfDay(timeMs, Qt::UTC);
    QString line = QStringLiteral("%1 %2 %3 %4").arg(when, QString::fromLatin1(method), path).arg(status);
    if (totalMicros >= 0) {
        line += QStringLiteral(" %1 µs").arg(totalMicros);
    }
    if (!authMethod.isEmpty()) {
        line += QStringLiteral(" auth=%1").arg(authMethod);
    }
    if (authMicros >= 0) {
        line += QStringLiteral(" check=%1 µs").arg(authMicros);
    }
    if (!note.isEmpty()) {
        line += QStringLiteral(" (%1)").arg(note);
    }
    return line;
}

} // namespace authscope
