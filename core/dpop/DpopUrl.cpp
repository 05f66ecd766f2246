#include "core/dpop/DpopUrl.h"

#include <QUrl>

namespace authscope::dpop {

Result<QString> DpopUrl::normalise(QStringView url)
{
    if (url.isEmpty() || url.size() > MaxLength) {
        return fail(QStringLiteral("dpop.htu"),
                    QStringLiteral("the URL is empty or longer than %1 characters").arg(MaxLength));
    }
    for (const QChar ch : url) {
        // Whitespace and controls are never part of a URI (RFC 3986 §2); QUrl would quietly encode them.
        if (ch.unicode() <= 0x20 || ch.unicode() == 0x7f) {
            return fail(QStringLiteral("dpop.htu"), QStringLiteral("the URL contains spaces or control characters"));
        }
    }
    QUrl parsed(url.toString(), QUrl::StrictMode);
    if (!parsed.isValid()) {
        return fail(QStringLiteral("dpop.htu"), QStringLiteral("not a valid URL: %1").arg(parsed.errorString()));
    }
    const QString scheme = parsed.scheme().toLower();
    if (scheme != QStringLiteral("http") && scheme != QStringLiteral("https")) {
        return fail(QStringLiteral("dpop.htu"), QStringLiteral("not an http or https URL"));
    }
    if (parsed.host().isEmpty() || !parsed.userInfo().isEmpty()) {
        return fail(QStringLiteral("dpop.htu"), QStringLiteral("the URL needs a host and no user information"));
    }
    parsed.setScheme(scheme);
    parsed.setHost(parsed.host().toLower());
    const int defaultPort = scheme == QStringLiteral("https") ? 443 : 80;
    if (parsed.port() == defaultPort) {
        parsed.setPort(-1);
    }
    if (parsed.path().isEmpty()) {
        parsed.setPath(QStringLiteral("/"));
    }
    return parsed.toString(QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::NormalizePathSegments | QUrl::FullyEncoded);
}

bool DpopUrl::same(QStringView a, QStringView b)
{
    const auto na = normalise(a);
    const auto nb = normalise(b);
    return na && nb && *na == *nb;
}

} // namespace authscope::dpop
