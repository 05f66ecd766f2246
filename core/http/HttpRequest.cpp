#include "core/http/HttpRequest.h"

#include <QHttpServerRequest>
#include <QMetaEnum>

namespace authscope::http {

namespace {

// "GET", "POST", ...: the name of Qt's enumerator in capitals; "UNKNOWN" for anything but one method.
QByteArray methodName(QHttpServerRequest::Method method)
{
    const char* name = QMetaEnum::fromType<QHttpServerRequest::Method>().valueToKey(static_cast<int>(method));
    if (name == nullptr || method == QHttpServerRequest::Method::AnyKnown) {
        return QByteArrayLiteral("UNKNOWN");
    }
    return QByteArray(name).toUpper();
}

} // namespace

HttpRequest HttpRequest::fromQt(const QHttpServerRequest& request)
{
    HttpRequest r;
    r.method = methodName(request.method());
    const QUrl url = request.url();
    r.path = url.path(QUrl::FullyDecoded);
    r.query = QUrlQuery(url);
    const auto headers = request.headers();
    r.headers.reserve(headers.size());
    for (const auto& [name, value] : headers) {
        r.headers.append({name.toLower(), value});
    }
    r.body = request.body();
    r.remoteAddress = request.remoteAddress();
    return r;
}

HttpRequest HttpRequest::fromParsed(HttpRequestParser::Request&& parsed, const QHostAddress& remote)
{
    HttpRequest r;
    r.method = std::move(parsed.method);
    // Decoded as QUrl::path(QUrl::FullyDecoded) decodes it for Qt's parser; most paths have nothing to decode.
    r.path = parsed.path.contains('%') ? QUrl::fromPercentEncoding(parsed.path) : QString::fromLatin1(parsed.path);
    if (!parsed.query.isEmpty()) {
        r.query = QUrlQuery(QString::fromLatin1(parsed.query));
    }
    r.headers = std::move(parsed.headers);
    r.body = std::move(parsed.body);
    r.remoteAddress = remote;
    r.minorVersion = parsed.minorVersion;
    r.keepAlive = parsed.keepAlive;
    return r;
}

QByteArray HttpRequest::header(QByteArrayView name) const
{
    for (const auto& [key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0) {
            return value;
        }
    }
    return {};
}

QByteArray HttpRequest::contentType() const
{
    QByteArray type = header("content-type");
    const qsizetype semicolon = type.indexOf(';');
    if (semicolon >= 0) {
        type.truncate(semicolon);
    }
    return type.trimmed().toLower();
}

QByteArray HttpRequest::cookie(QByteArrayView name) const
{
    for (const auto& [key, value] : headers) {
        if (key != "cookie") {
            continue;
        }
        const QList<QByteArray> pairs = value.split(';');
        for (const QByteArray& raw : pairs) {
            const QByteArray pair = raw.trimmed();
            const qsizetype eq = pair.indexOf('=');
            if (eq > 0 && QByteArrayView(pair).first(eq).trimmed() == name) {
                return pair.sliced(eq + 1).trimmed();
            }
        }
    }
    return {};
}

QByteArray HttpRequest::bearerToken() const
{
    const QByteArray value = header("authorization").trimmed();
    if (value.size() > 7 && value.first(7).compare("Bearer ", Qt::CaseInsensitive) == 0) {
        return value.sliced(7).trimmed();
    }
    return {};
}

} // namespace authscope::http
