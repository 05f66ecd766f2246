#include "core/http/QtHttpFrontend.h"

#include "core/http/HttpEngine.h"
#include "core/http/HttpRequest.h"

#include <QHttpServerRequest>
#include <QTcpSocket>

namespace authscope::http {

QtHttpFrontend::QtHttpFrontend(HttpEngine* engine, QObject* parent) : QAbstractHttpServer(parent), m_engine(engine) {}

bool QtHttpFrontend::handleRequest(const QHttpServerRequest& qtRequest, QTcpSocket* socket)
{
    HttpRequest request = HttpRequest::fromQt(qtRequest);
    request.receivedNs = m_engine->now();
    socket->write(m_engine->serve(request));
    return true;
}

void QtHttpFrontend::missingHandler(const QHttpServerRequest& qtRequest, QTcpSocket* socket)
{
    // handleRequest() answers everything; this runs only if Qt asks anyway.
    HttpRequest request = HttpRequest::fromQt(qtRequest);
    request.receivedNs = m_engine->now();
    socket->write(m_engine->serveResponse(
        request, HttpResponse::error(404, QStringLiteral("not_found"), QStringLiteral("No such endpoint."))));
}

} // namespace authscope::http
