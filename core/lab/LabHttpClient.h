#pragma once

#include "core/common/Error.h"
#include "core/http/HttpClient.h"
#include "core/http/HttpClientResponse.h"

#include <QByteArray>
#include <QHostAddress>
#include <QList>

namespace authscope::lab {

// The Lab's line to its scratch server: one keep-alive connection through the project's HTTP client, with the
// Lab's header lines ("Cookie: sid=...", as LabScratch::Login gives them) and its error code (lab.http). Blocking:
// for worker threads, never the GUI thread.
class LabHttpClient final
{
public:
    LabHttpClient(const QHostAddress& address, quint16 port);
    ~LabHttpClient();
    Q_DISABLE_COPY_MOVE(LabHttpClient)

    // `headers` are complete lines without CRLF ("Cookie: sid=..."); a body is sent as application/json.
    Result<http::HttpClientResponse> request(QByteArrayView method, QByteArrayView path,
                                             const QList<QByteArray>& headers = {}, const QByteArray& jsonBody = {},
                                             int timeoutMs = 5000);

    // The request bytes request() sends to 127.0.0.1 (the load generator sends the same again and again).
    [[nodiscard]] static QByteArray buildRequest(QByteArrayView method, QByteArrayView path,
                                                 const QList<QByteArray>& headers, const QByteArray& jsonBody = {});

private:
    http::HttpClient m_client;
};

} // namespace authscope::lab
