#pragma once

#include "core/common/Error.h"
#include "core/http/HttpClient.h"
#include "core/http/HttpClientResponse.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace authscope::lab {

// The self-attack check's line to its target: one request per connection (Connection: close) through the project's
// HTTP client, with the exact header bytes the attack chooses (headers are not normalised, so attacks can send what
// a browser never would). Blocking, so it works in a thread without an event loop. Plain http only: the lab targets
// the local test server; https URLs are refused with a clear message rather than half-supported.
class HttpProbe final
{
public:
    using Headers = http::HttpClient::Headers;

    // "http://host:port[/prefix]"; lab.https-unsupported for https, lab.bad-url for anything else unusable.
    [[nodiscard]] static Result<HttpProbe> forUrl(const QString& baseUrl, int timeoutMs = 10'000);

    // Sends one request to the base URL's host; `path` is appended to the base URL's path. Content-Length is
    // added when there is a body. Errors: lab.connect (refused, unreachable, timed out), lab.io (the connection
    // broke or stayed silent before a complete response), lab.bad-response (not HTTP/1.x, cut off, or too large).
    [[nodiscard]] Result<http::HttpClientResponse> send(const QByteArray& method, const QString& path,
                                                        const Headers& headers = {}, const QByteArray& body = {}) const;

    [[nodiscard]] Result<http::HttpClientResponse> get(const QString& path, const Headers& headers = {}) const
    {
        return send(QByteArrayLiteral("GET"), path, headers);
    }
    // POST with a JSON body.
    [[nodiscard]] Result<http::HttpClientResponse> postJson(const QString& path, const QJsonObject& body,
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
