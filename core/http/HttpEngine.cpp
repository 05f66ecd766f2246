#include "core/http/HttpEngine.h"

namespace authscope::http {

HttpEngine::HttpEngine(const HttpServerConfig& config, QObject* parent) : QObject(parent), m_config(config)
{
    m_clock.start();
}

HttpResponse HttpEngine::answer(const HttpRequest& request) const
{
    const QByteArray origin = request.header("origin");
    const bool corsAllowed =
        !m_config.corsOrigin.isEmpty() && !origin.isEmpty() && origin == m_config.corsOrigin.toUtf8();
    HttpResponse response;
    if (request.method == "OPTIONS") {
        if (!m_router.paths().contains(request.path)) {
            response = m_router.dispatch(request); // 404
        } else if (!origin.isEmpty() && !corsAllowed) {
            response = HttpResponse::error(403, QStringLiteral("cors_origin_not_allowed"),
                                           QStringLiteral("Cross-origin requests are not allowed from this origin."));
        } else {
            response = HttpResponse::noContent();
            response.setHeader(QByteArrayLiteral("Allow"), m_router.allowedMethods(request.path));
            if (corsAllowed) {
                response.setHeader(QByteArrayLiteral("Access-Control-Allow-Methods"),
                                   m_router.allowedMethods(request.path));
                response.setHeader(QByteArrayLiteral("Access-Control-Allow-Headers"),
                                   QByteArrayLiteral("Authorization, Content-Type"));
                response.setHeader(QByteArrayLiteral("Access-Control-Max-Age"), QByteArrayLiteral("600"));
            }
        }
    } else {
        response = m_router.dispatch(request);
    }
    if (corsAllowed) {
        response.setHeader(QByteArrayLiteral("Access-Control-Allow-Origin"), origin);
        response.setHeader(QByteArrayLiteral("Access-Control-Allow-Credentials"), QByteArrayLiteral("true"));
        response.addHeader(QByteArrayLiteral("Vary"), QByteArrayLiteral("Origin"));
    }
    response.setHeader(QByteArrayLiteral("X-Content-Type-Options"), QByteArrayLiteral("nosniff"));
    if (response.header("cache-control").isEmpty()) {
        // Answers about who is logged in must never be cached by anything in between.
        response.setHeader(QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-store"));
    }
    return response;
}

QByteArray HttpEngine::serve(const HttpRequest& request)
{
    return serveResponse(request, answer(request));
}

QByteArray HttpEngine::serveResponse(const HttpRequest& request, HttpResponse response)
{
    // One write per response: status line, headers and body leave in a single segment.
    QByteArray wire;
    wire.reserve(256 + response.body.size());
    wire +=
        "HTTP/1.1 " + QByteArray::number(response.status) + ' ' + HttpResponse::reasonPhrase(response.status) + "\r\n";
    bool hasType = false;
    for (const auto& [name, value] : std::as_const(response.headers)) {
        // Header values come from our own handlers; a CR or LF would still split the response, so drop it.
        if (name.contains('\r') || name.contains('\n') || value.contains('\r') || value.contains('\n')) {
            continue;
        }
        wire += name + ": " + value + "\r\n";
        hasType = hasType || name.compare("content-type", Qt::CaseInsensitive) == 0;
    }
    if (!hasType && !response.body.isEmpty()) {
        wire += "Content-Type: application/json\r\n";
    }
    if (!request.keepAlive) {
        wire += "Connection: close\r\n";
    } else if (request.minorVersion == 0) {
        wire += "Connection: keep-alive\r\n"; // HTTP/1.0 closes unless told otherwise
    }
    // A HEAD answer says how long the body would be, and sends none (RFC 9110 §9.3.2).
    wire += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n\r\n";
    if (request.method != "HEAD") {
        wire += response.body;
    }

    Q_EMIT requestServed(request, response, (m_clock.nsecsElapsed() - request.receivedNs) / 1000);
    return wire;
}

} // namespace authscope::http
