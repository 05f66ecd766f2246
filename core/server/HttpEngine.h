#pragma once

#include "HttpRouter.h"
#include "RequestLogEntry.h"
#include "ServerConfig.h"

#include <QAbstractHttpServer>
#include <QElapsedTimer>

namespace authscope {

// The HTTP layer under the test server: Qt's QAbstractHttpServer parses, our router answers. It adds what
// every answer needs (JSON errors, CORS for the configured origin, security headers) and reports each request
// to the log. It lives in the server's own thread.
class HttpEngine final : public QAbstractHttpServer
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HttpEngine)

public:
    explicit HttpEngine(const ServerConfig& config, QObject* parent = nullptr);

    HttpRouter& router() { return m_router; }

Q_SIGNALS:
    void requestServed(const authscope::RequestLogEntry& entry);

protected:
    bool handleRequest(const QHttpServerRequest& request, QTcpSocket* socket) override;
    void missingHandler(const QHttpServerRequest& request, QTcpSocket* socket) override;

private:
    HttpResponse answer(const HttpRequest& request) const;
    void write(const QHttpServerRequest& qtRequest, QTcpSocket* socket, const HttpRequest& request,
               HttpResponse response);

    ServerConfig m_config;
    HttpRouter m_router;
    QElapsedTimer m_clock;
};

} // namespace authscope
