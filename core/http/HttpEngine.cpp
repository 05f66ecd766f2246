#include "core/http/HttpEngine.h"

namespace authscope::http {

HttpEngine::HttpEngine(const HttpServerConfig& config, QObject* parent) : QObject(parent), m_config(config)
{
    m_clock.start();
}

bool HttpEngine::hostAllowed(const QByteArray& host) const
{
    // host = uri-host [ ":" port ] (RFC 9110 §7.2); an IPv6 literal comes in brackets.
    QByteArray name = host.toLower();
    const qsizetype colon = name.lastIndexOf(':');
    if (colon >= 0 && colon > name.lastIndexOf(']')) {
        bool ok = false;
        const uint port = name.mid(colon + 1).toUInt(&ok);
        if (!ok || port > 65535 || (m_port != 0 && port != m_port)) {
            return false;
        }
        name.truncate(colon);
    }
    if (name == "localhost" || name == "127.0.0.1" || name == "[::1]") {
        return true;
    }
    // The listening address itself: an address literal cannot be rebound.
    const QHostAddress& bound = m_config.address;
    if (!bound.isNull() && bound != QHostAddress::Any && bound != QHostAddress::AnyIPv4 &&
        bound != QHostAddress::AnyIPv6) {
        const QString literal =
            bound.protocol() == QAbstractSocket::IPv6Protocol ? u'[' + bound.toString() + u']' : bound.toString();
        if (name == literal.toLower().toLatin1()) {
            return true;
        }
    }
    for (const QString& allowed : m_config.publicHosts) {
        if (!allowed.isEmpty() && name == allowed.toLower().toUtf8()) {
            return true;
        }
    }
    return false;
}

HttpResponse HttpEngine::answer(const HttpRequest& request) const
{
    const QByteArray origin = request.header("origin");
    const bool corsAllowed =
        !m_config.corsOrigin.isEmpty() && !origin.isEmpty() && origin == m_config.corsOrigin.toUtf8();
    const QByteArray host = request.header("host");
    HttpResponse response;
    // H-HOST: a request without Host (HTTP/1.0) comes from no browser, so it cannot be a DNS-rebinding one.
    if (!host.isEmpty() && !hostAllowed(host)) {
        response = HttpResponse::error(
            421, QStringLiteral("host_not_allowed"),
            QStringLiteral("This server answers to localhost, 127.0.0.1, [::1] and its configured public names "
                           "(serve --public-host), not to '%1'.")
                .arg(QString::fromLatin1(host.left(100))));
    } else if (request.method == "OPTIONS") {
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
