#pragma once

#include "core/common/Error.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>

namespace authscope::lab {

// One HTTP/1.1 response as the probe read it.
struct ProbeResponse
{
    int status = 0;
    QList<QPair<QByteArray, QByteArray>> headers; // names lower-cased, in order
    QByteArray body;

    [[nodiscard]] QByteArray header(QByteArrayView name) const;              // the first one, or empty
    [[nodiscard]] QList<QByteArray> headerValues(QByteArrayView name) const; // every one (Set-Cookie)
    [[nodiscard]] QJsonObject json() const;                                  // empty unless the body is an object
    // The value of cookie `name` set by this response ("sid=VALUE; Path=/" -> VALUE), or empty.
    [[nodiscard]] QByteArray setCookieValue(QByteArrayView name) const;
};

// A small blocking HTTP/1.1 client for the self-attack check: one request per connection (Connection: close),
// Content-Length or chunked bodies, the exact bytes we choose on the wire (headers are not normalised, so
// attacks can send what a browser never would). Blocking with waitFor*, so it works in a thread without an event
// loop. Plain http only: the lab targets the local test server; https URLs are refused with a clear message
// rather than half-supported.
class HttpProbe final
{
public:
    using Headers = QList<QPair<QByteArray, QByteArray>>;

    // "http://host:port[/prefix]"; lab.https-unsupported for https, lab.bad-url for anything else unusable.
    [[nodiscard]] static Result<HttpProbe> forUrl(const QString& baseUrl, int timeoutMs = 10'000);

    // Sends one request to the base URL's host; `path` is appended to the base URL's path. Content-Length is
    // added when there is a body. Errors: lab.connect (refused, unreachable, timed out), lab.io (the connection
    // broke before a complete response), lab.bad-response (not HTTP/1.x, or over 4 MiB).
    [[nodiscard]] Result<ProbeResponse> send(const QByteArray& method, const QString& path, const Headers& headers = {},
                                             const QByteArray& body = {}) const;

    [[nodiscard]] Result<ProbeResponse> get(const QString& path, const Headers& headers = {}) const
    {
        return send(QByteArrayLiteral("GET"), path, headers);
    }
    // POST with a JSON body.
    [[nodiscard]] Result<ProbeResponse> postJson(const QString& path, const QJsonObject& body,
                                                 const Headers& headers = {}) const;

    [[nodiscard]] QString host() const { return m_host; }
    [[nodiscard]] quint16 port() const { return m_port; }
    [[nodiscard]] QString baseUrl() const;
    // Whether the host is 127.0.0.0/8, ::1 or "localhost".
    [[nodiscard]] bool isLoopback() const;

private:
    HttpProbe() = default;
    QString m_host;
    quint16 m_port = 0;
    QString m_prefix; // path of the base URL without a trailing slash
    int m_timeoutMs = 10'000;
};

} // namespace authscope::lab
