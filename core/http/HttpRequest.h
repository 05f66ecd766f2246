#pragma once

#include "core/http/HttpRequestParser.h"

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrlQuery>

class QHttpServerRequest;

namespace authscope::http {

// A request as our handlers see it, independent of QHttpServer (whose API changed between Qt 6.4 and 6.8).
struct HttpRequest
{
    QByteArray method; // "GET", "POST", ...
    QString path;      // decoded path, no query
    QUrlQuery query;
    QList<QPair<QByteArray, QByteArray>> headers; // names lower-cased, in arrival order
    QByteArray body;
    QHostAddress remoteAddress;
    qint64 receivedNs = 0; // monotonic clock, for timing
    int minorVersion = 1;  // HTTP/1.<minorVersion>
    bool keepAlive = true; // false: the connection closes after the answer

    [[nodiscard]] static HttpRequest fromQt(const QHttpServerRequest& request);
    [[nodiscard]] static HttpRequest fromParsed(HttpRequestParser::Request&& parsed, const QHostAddress& remote);

    // The first value of a header (case-insensitive name), or empty.
    [[nodiscard]] QByteArray header(QByteArrayView name) const;
    // Media type of the body without parameters, lower-cased ("application/json").
    [[nodiscard]] QByteArray contentType() const;
    // The value of cookie `name` from the Cookie header(s), or a null QByteArray when absent.
    [[nodiscard]] QByteArray cookie(QByteArrayView name) const;
    // The token of "Authorization: Bearer <token>", or empty.
    [[nodiscard]] QByteArray bearerToken() const;
};

} // namespace authscope::http
