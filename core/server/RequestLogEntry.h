#pragma once

#include "core/http/HttpFwd.h"
#include "core/server/RequestLogDetail.h"

#include <QByteArray>
#include <QMetaType>
#include <QString>

#include <memory>

namespace authscope {

// One line of the request log. The line itself never holds a token, cookie, query string or body; the detail
// (only when the console asked for it) holds them masked, and the tokens apart, in memory only.
struct RequestLogEntry
{
    qint64 timeMs = 0; // wall clock, UTC ms
    QByteArray method;
    QString path;
    int status = 0;
    QString authMethod;     // "cookie", "bearer", "" ...
    qint64 authMicros = -1; // time spent recognising the caller
    qint64 totalMicros = 0; // from request parsed to response written
    QString remote;
    QString note;
    std::shared_ptr<const RequestLogDetail> detail; // null: not recorded (or dropped by the log to bound memory)

    // The entry for an answered request; with `withDetail`, its masked detail too.
    [[nodiscard]] static RequestLogEntry fromExchange(const http::HttpRequest& request,
                                                      const http::HttpResponse& response, qint64 totalMicros,
                                                      bool withDetail);
    [[nodiscard]] QString toLine() const;
};

} // namespace authscope

Q_DECLARE_METATYPE(authscope::RequestLogEntry)
