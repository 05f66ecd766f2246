#include "core/issuers/UrlPolicy.h"

#include <QHostAddress>

namespace authscope::issuers {

bool UrlPolicy::isLoopback(const QUrl& url)
{
    const QString host = url.host();
    if (host.compare(u"localhost", Qt::CaseInsensitive) == 0) {
        return true;
    }
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

Result<void> UrlPolicy::check(const QUrl& url, bool allowHttp)
{
    const QString shown = url.toDisplayString();
    if (!url.isValid() || url.host().isEmpty()) {
        return fail(QStringLiteral("issuers.url"), QStringLiteral("'%1' is not an absolute URL").arg(shown));
    }
    if (!url.userInfo().isEmpty() || url.hasFragment()) {
        return fail(QStringLiteral("issuers.url"),
                    QStringLiteral("%1: a URL with user info or a fragment is not fetched").arg(shown));
    }
    const QString scheme = url.scheme();
    if (scheme == u"https") {
        return {};
    }
    if (scheme != u"http") {
        return fail(QStringLiteral("issuers.url"), QStringLiteral("%1: only https URLs are fetched").arg(shown));
    }
    if (!isLoopback(url)) {
        return fail(
            QStringLiteral("issuers.url"),
            QStringLiteral("%1: plain http is fetched only from a loopback address (127.0.0.1, ::1)").arg(shown));
    }
    if (!allowHttp) {
        return fail(QStringLiteral("issuers.url"),
                    QStringLiteral("%1: plain http needs --allow-http (loopback only)").arg(shown));
    }
    return {};
}

} // namespace authscope::issuers
