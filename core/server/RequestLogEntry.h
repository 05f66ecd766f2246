#pragma once

#include <QByteArray>
#include <QMetaType>
#include <QString>

namespace authscope {

// One line of the request log. Never holds a token, cookie, query string or body.
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

    [[nodiscard]] QString toLine() const;
};

} // namespace authscope

Q_DECLARE_METATYPE(authscope::RequestLogEntry)
