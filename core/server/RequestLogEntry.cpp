#include "core/server/RequestLogEntry.h"

#include "core/common/DisplayText.h"
#include "core/common/TimeFormat.h"
#include "core/http/HttpRequest.h"
#include "core/http/HttpResponse.h"

#include <QDateTime>

namespace authscope {

RequestLogEntry RequestLogEntry::fromExchange(const http::HttpRequest& request, const http::HttpResponse& response,
                                              qint64 totalMicros, bool withDetail)
{
    RequestLogEntry entry;
    entry.timeMs = QDateTime::currentMSecsSinceEpoch();
    entry.method = request.method;
    entry.path = request.path.left(256);
    entry.status = response.status;
    entry.authMethod = response.authMethod;
    entry.authMicros = response.authMicros;
    entry.totalMicros = totalMicros;
    entry.remote = request.remoteAddress.toString();
    entry.note = response.note;
    if (withDetail) {
        entry.detail = std::make_shared<const RequestLogDetail>(RequestLogDetail::capture(request, response));
    }
    return entry;
}

QString RequestLogEntry::toLine() const
{
    const QString when = TimeFormat::timeOfDay(timeMs, Qt::UTC);
    // D-DISPLAY: method, path and note come from the request; the line goes to a terminal or a log as it is.
    QString line = QStringLiteral("%1 %2 %3 %4")
                       .arg(when, DisplayText::escape(QString::fromLatin1(method)), DisplayText::escape(path))
                       .arg(status);
    if (totalMicros >= 0) {
        line += QStringLiteral(" %1 µs").arg(totalMicros);
    }
    if (!authMethod.isEmpty()) {
        line += QStringLiteral(" auth=%1").arg(DisplayText::escape(authMethod));
    }
    if (authMicros >= 0) {
        line += QStringLiteral(" check=%1 µs").arg(authMicros);
    }
    if (!note.isEmpty()) {
        line += QStringLiteral(" (%1)").arg(DisplayText::escape(note));
    }
    return line;
}

} // namespace authscope
