#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QPair>

namespace authscope::http {

// One HTTP/1.1 response as our client read it (HttpResponseReader).
struct HttpClientResponse
{
    int status = 0;                               // 0: none was read
    QList<QPair<QByteArray, QByteArray>> headers; // names lower-cased, values trimmed, in arrival order
    QByteArray body;
    bool closeAfter = false; // the server ends the connection after this response

    // The first value of a header (any case of `name`), or empty.
    [[nodiscard]] QByteArray header(QByteArrayView name) const;
    // Every value of a header, in order (Set-Cookie).
    [[nodiscard]] QList<QByteArray> headerValues(QByteArrayView name) const;
    // The body as a JSON object; empty unless it is one.
    [[nodiscard]] QJsonObject json() const;
    // The value of cookie `name` set by this response ("sid=VALUE; Path=/" -> VALUE), or empty.
    [[nodiscard]] QByteArray setCookieValue(QByteArrayView name) const;
};

} // namespace authscope::http
