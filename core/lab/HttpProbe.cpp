#include "core/lab/HttpProbe.h"

#include <QHostAddress>
#include <QJsonDocument>
#include <QUrl>

namespace authscope::lab {

Result<HttpProbe> HttpProbe::forUrl(const QString& baseUrl, int timeoutMs)
{
    const QUrl url(baseUrl, QUrl::StrictMode);
    // Messages never repeat a password given in the URL.
    const QString shown = url.isValid() ? url.toString(QUrl::RemoveUserInfo).left(200) : QStringLiteral("the URL");
    if (url.scheme() == QStringLiteral("https")) {
        return fail(QStringLiteral("lab.https-unsupported"),
                    QStringLiteral("%1: the attack check speaks plain http only; point it at the server's http "
                                   "address (for the local test server, start it without --tls).")
                        .arg(shown));
    }
    if (!url.isValid() || url.scheme() != QStringLiteral("http") || url.host().isEmpty() || url.hasQuery() ||
        url.hasFragment() || !url.userInfo().isEmpty()) {
        return fail(QStringLiteral("lab.bad-url"),
                    QStringLiteral("'%1' is not a usable base URL; give one like http://127.0.0.1:8080 (no "
                                   "user:password@, query or fragment).")
                        .arg(shown));
    }
    HttpProbe probe;
    probe.m_host = url.host();
    probe.m_port = static_cast<quint16>(url.port(80));
    probe.m_prefix = url.path(QUrl::FullyEncoded);
    while (probe.m_prefix.endsWith(u'/')) {
        probe.m_prefix.chop(1);
    }
    probe.m_timeoutMs = timeoutMs;
    return probe;
}

QString HttpProbe::baseUrl() const
{
    const QString host = m_host.contains(u':') ? u'[' + m_host + u']' : m_host;
    return QStringLiteral("http://%1:%2%3").arg(host).arg(m_port).arg(m_prefix);
}

bool HttpProbe::isLoopback() const
{
    if (m_host.compare(QStringLiteral("localhost"), Qt::CaseInsensitive) == 0) {
        return true;
    }
    const QHostAddress address(m_host);
    return !address.isNull() && address.isLoopback();
}

Result<http::HttpClientResponse> HttpProbe::postJson(const QString& path, const QJsonObject& body,
                                                     const Headers& headers) const
{
    Headers all = headers;
    all.append({QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")});
    return send(QByteArrayLiteral("POST"), path, all, QJsonDocument(body).toJson(QJsonDocument::Compact));
}

Result<http::HttpClientResponse> HttpProbe::send(const QByteArray& method, const QString& path, const Headers& headers,
                                                 const QByteArray& body) const
{
    http::HttpClient::Options options;
    options.timeoutMs = m_timeoutMs;
    options.keepAlive = false;
    options.userAgent = QByteArrayLiteral("authscope-attack");
    http::HttpClient client(m_host, m_port, options);
    auto response = client.send(method, (m_prefix + path).toUtf8(), headers, body);
    if (response) {
        return response;
    }
    const Error& error = response.error();
    if (error.code == QStringLiteral("http.connect")) {
        return fail(QStringLiteral("lab.connect"), error.message);
    }
    // Silence and a closed connection are the same to a judge: nothing was answered.
    const QString code = error.code == QStringLiteral("http.bad-response") ? QStringLiteral("lab.bad-response")
                                                                           : QStringLiteral("lab.io");
    return fail(code, QStringLiteral("%1 %2: %3").arg(QString::fromLatin1(method), path.left(100), error.message));
}

} // namespace authscope::lab
