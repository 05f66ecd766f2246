#include "core/server/OriginCheck.h"

#include "core/common/DisplayText.h"
#include "core/http/HttpRequest.h"

using namespace Qt::StringLiterals;

namespace authscope {

namespace {

// scheme://host[:port], lower case, the default port left out (RFC 6454 §6.1).
QString serialise(const QUrl& url)
{
    if (!url.isValid() || url.host().isEmpty() || !url.path().isEmpty() || url.hasQuery() || url.hasFragment() ||
        !url.userInfo().isEmpty()) {
        return {};
    }
    const QString scheme = url.scheme().toLower();
    const int defaultPort = scheme == u"https"_s ? 443 : scheme == u"http"_s ? 80 : -1;
    QString host = url.host(QUrl::FullyEncoded).toLower();
    if (host.contains(u':')) {
        host = u'[' + host + u']';
    }
    const int port = url.port(defaultPort);
    const QString origin = scheme + u"://"_s + host;
    return port == defaultPort ? origin : origin + u':' + QString::number(port);
}

bool isLoopbackName(const QString& host)
{
    return host == u"127.0.0.1"_s || host == u"localhost"_s || host == u"[::1]"_s || host == u"::1"_s;
}

} // namespace

OriginCheck::OriginCheck(const QString& baseUrl, const QStringList& publicHosts)
{
    const QUrl url(baseUrl);
    m_scheme = url.scheme().toLower();
    m_ownOrigin = serialise(url);
    for (const QString& host : publicHosts) {
        if (!host.isEmpty()) {
            m_publicHosts << host.toLower();
        }
    }
}

bool OriginCheck::isOwnOrigin(const QString& origin, const QString& host) const
{
    if (origin == m_ownOrigin) {
        return true;
    }
    // The same server reached by another loopback name (http://localhost:PORT for http://127.0.0.1:PORT) or by a
    // name it is published under: the browser's page came from the address it asked for, which is what Host says.
    // Only those names count, so a rebound foreign name never does.
    const QUrl viaHost(m_scheme + u"://"_s + host);
    const QString name = viaHost.host().toLower();
    return !host.isEmpty() && (isLoopbackName(name) || m_publicHosts.contains(name)) && origin == serialise(viaHost);
}

std::optional<QString> OriginCheck::refusal(const http::HttpRequest& request) const
{
    const QString site = QString::fromLatin1(request.header("sec-fetch-site")).trimmed().toLower();
    if (site == u"cross-site"_s || site == u"same-site"_s) {
        return u"Cross-site POST refused: the browser says this request comes from another site (Sec-Fetch-Site: %1)."_s
            .arg(site);
    }
    const QByteArray originHeader = request.header("origin");
    if (originHeader.isEmpty()) {
        return std::nullopt; // not a browser, or a browser on a same-origin navigation that sent none
    }
    const QString origin = QString::fromLatin1(originHeader).trimmed();
    if (origin == u"null"_s) {
        return u"Cross-origin POST refused: Origin is \"null\" (a sandboxed frame, a file or a data: URL)."_s;
    }
    const QString host = QString::fromLatin1(request.header("host")).trimmed();
    if (isOwnOrigin(serialise(QUrl(origin)), host)) {
        return std::nullopt;
    }
    return u"Cross-origin POST refused: Origin %1 is not this server (%2)."_s.arg(DisplayText::escape(origin.left(200)),
                                                                                  m_ownOrigin);
}

} // namespace authscope
