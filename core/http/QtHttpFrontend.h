#pragma once

#include <QAbstractHttpServer>

namespace authscope::http {

class HttpEngine;

// Qt's QHttpServer request parser in front of our engine (HttpServerConfig::HttpParser::Qt). The default is our
// own HttpConnection; this one stays for comparison (bench-server.sh measures both, the server tests run
// against both), and because it is the reference the design names. ConnectionGuard enforces the limits
// Qt 6.4 lacks before Qt reads the bytes.
class QtHttpFrontend final : public QAbstractHttpServer
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QtHttpFrontend)

public:
    explicit QtHttpFrontend(HttpEngine* engine, QObject* parent = nullptr);

protected:
    bool handleRequest(const QHttpServerRequest& request, QTcpSocket* socket) override;
    void missingHandler(const QHttpServerRequest& request, QTcpSocket* socket) override;

private:
    HttpEngine* m_engine;
};

} // namespace authscope::http
