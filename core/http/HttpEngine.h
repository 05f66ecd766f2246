#pragma once

#include "core/http/HttpRouter.h"
#include "core/http/HttpServerConfig.h"

#include <QElapsedTimer>
#include <QObject>

namespace authscope::http {

// The HTTP layer under a server of ours, whichever parser read the request (our HttpConnection by default, Qt's
// QAbstractHttpServer through QtHttpFrontend): our router answers, and the engine adds what every answer needs
// (JSON errors, CORS for the configured origin, security headers, Connection), turns it into bytes and reports
// each request (requestServed). It lives in the server's own thread.
class HttpEngine final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HttpEngine)

public:
    explicit HttpEngine(const HttpServerConfig& config, QObject* parent = nullptr);

    HttpRouter& router() { return m_router; }
    // The port the server listens on, once known: a Host with another port is refused (H-HOST).
    void setListeningPort(quint16 port) { m_port = port; }
    // Monotonic nanoseconds, for HttpRequest::receivedNs.
    [[nodiscard]] qint64 now() const { return m_clock.nsecsElapsed(); }

    // The complete response to `request` (status line, headers, body), logged through requestServed.
    [[nodiscard]] QByteArray serve(const HttpRequest& request);
    // The same for an answer that did not come from the router (Qt's missingHandler).
    [[nodiscard]] QByteArray serveResponse(const HttpRequest& request, HttpResponse response);

Q_SIGNALS:
    // Emitted in the server thread once the answer's bytes are ready; `totalMicros` runs from the request parsed to
    // then. For direct connections only: the references die with the request.
    void requestServed(const authscope::http::HttpRequest& request, const authscope::http::HttpResponse& response,
                       qint64 totalMicros);

private:
    HttpResponse answer(const HttpRequest& request) const;
    [[nodiscard]] bool hostAllowed(const QByteArray& host) const;

    HttpServerConfig m_config;
    HttpRouter m_router;
    QElapsedTimer m_clock;
    quint16 m_port = 0; // 0: not known, any port is taken
};

} // namespace authscope::http
