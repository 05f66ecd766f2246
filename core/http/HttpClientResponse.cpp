#include "core/http/HttpClientResponse.h"

#include <QJsonDocument>

namespace authscope::http {

QByteArray HttpClientResponse::header(QByteArrayView name) const
{
    for (const auto& [key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0) {
            return value;
        }
    }
    return {};
}

QList<QByteArray> HttpClientResponse::headerValues(QByteArrayView name) const
{
    QList<QByteArray> values;
    for (const auto& [key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0) {
            values.append(value);
        }
    }
    return values;
}

QJsonObject HttpClientResponse::json() const
{
    return QJsonDocument::fromJson(body).object();
}

QByteArray HttpClientResponse::setCookieValue(QByteArrayView name) const
{
    for (const QByteArray& cookie : headerValues("set-cookie")) {
        const qsizetype eq = cookie.indexOf('=');
        if (eq <= 0 || cookie.left(eq).trimmed() != name) {
            continue;
        }
        const qsizetype semi = cookie.indexOf(';', eq);
        return cookie.mid(eq + 1, semi < 0 ? -1 : semi - eq - 1).trimmed();
    }
    return {};
}

} // namespace authscope::http
