#pragma once

#include "core/http/HttpRequest.h"
#include "core/http/HttpResponse.h"

#include <QHash>
#include <QString>

#include <functional>

namespace authscope::http {

// Exact-path routing with per-method handlers: an unknown path is 404, a known path with another method is
// 405 with an Allow header, HEAD falls back to GET without a body. Every answer is JSON.
class HttpRouter final
{
public:
    using Handler = std::function<HttpResponse(const HttpRequest&)>;

    void add(const QByteArray& method, const QString& path, Handler handler);
    [[nodiscard]] HttpResponse dispatch(const HttpRequest& request) const;
    [[nodiscard]] QStringList paths() const;
    [[nodiscard]] QByteArray allowedMethods(const QString& path) const;

private:
    QHash<QString, QHash<QByteArray, Handler>> m_routes;
};

} // namespace authscope::http
