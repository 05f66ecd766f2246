#include "core/http/HttpRouter.h"

#include <exception>

namespace authscope::http {

void HttpRouter::add(const QByteArray& method, const QString& path, Handler handler)
{
    m_routes[path].insert(method, std::move(handler));
}

QStringList HttpRouter::paths() const
{
    QStringList list = m_routes.keys();
    list.sort();
    return list;
}

QByteArray HttpRouter::allowedMethods(const QString& path) const
{
    QList<QByteArray> methods = m_routes.value(path).keys();
    if (methods.contains(QByteArrayLiteral("GET")) && !methods.contains(QByteArrayLiteral("HEAD"))) {
        methods.append(QByteArrayLiteral("HEAD"));
    }
    methods.append(QByteArrayLiteral("OPTIONS"));
    std::sort(methods.begin(), methods.end());
    return methods.join(", ");
}

HttpResponse HttpRouter::dispatch(const HttpRequest& request) const
{
    const auto route = m_routes.constFind(request.path);
    if (route == m_routes.constEnd()) {
        return HttpResponse::error(404, QStringLiteral("not_found"),
                                   QStringLiteral("No endpoint at %1.").arg(request.path.left(200)));
    }
    auto handler = route->constFind(request.method);
    const bool head = request.method == "HEAD";
    if (handler == route->constEnd() && head) {
        handler = route->constFind(QByteArrayLiteral("GET"));
    }
    if (handler == route->constEnd()) {
        HttpResponse r = HttpResponse::error(
            405, QStringLiteral("method_not_allowed"),
            QStringLiteral("%1 does not accept %2.").arg(request.path, QString::fromLatin1(request.method.left(16))));
        r.setHeader(QByteArrayLiteral("Allow"), allowedMethods(request.path));
        return r;
    }
    // A handler bug must cost one request a 500, never the server.
    try {
        return (*handler)(request); // for HEAD the engine sends the headers only
    } catch (const std::exception& e) {
        qWarning("authscope: handler for %s failed: %s", qPrintable(request.path), e.what());
    } catch (...) {
        qWarning("authscope: handler for %s failed", qPrintable(request.path));
    }
    return HttpResponse::error(500, QStringLiteral("server_error"), QStringLiteral("The server failed to answer."));
}

} // namespace authscope::http
