#pragma once

#include "core/server/HttpRouter.h"
#include "core/server/RequestLogEntry.h"
#include "core/server/ServerConfig.h"

#include <QElapsedTimer>
#include <QObject>

namespace authscope {

// The HTTP layer under the test server, whichever parser read the request (our HttpConnection by default, Qt's
// QAbstractHttpServer through QtHttpFrontend): our router answers, and the engine adds what every answer needs
// (JSON errors, CORS for the configured origin, security headers, Connection), turns it into bytes and reports
// each request to the log. It lives in the server's own thread.
class HttpEngine final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HttpEngine)

public:
    explicit HttpEngine(const ServerConfig& config, QObject* parent = nullptr);

    HttpRouter& router() { return m_router; }
    // Monotonic nanoseconds, for HttpRequest::receivedNs.
    [[nodiscard]] qint64 now() const { return m_clock.nsecsElapsed(); }

    // The complete response to `request` (status line, headers, body), logged through requestServed.
    [[nodiscard]] QByteArray serve(const HttpRequest& request);
    // The same for an answer that did not come from the router (Qt's missingHandler).
    [[nodiscard]] QByteArray serveResponse(const HttpRequest& request, HttpResponse response);

Q_SIGNALS:
    void requestServed(const authscope::RequestLogEntry& entry);

private:
    HttpResponse answer(const HttpRequest& request) const;

    ServerConfig m_config;
    HttpRouter m_router;
    QElapsedTimer m_clock;
};

} // namespace authscope
