#pragma once

#include "core/http/HttpFwd.h"

#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

namespace authscope {

// H-ORIGIN: a state-changing POST from a browser must come from the test server's own pages. A cross-site form
// post (a "simple" request, sent without a CORS preflight) is refused before it can log in, log out or fill the
// audit log. Browsers name the page in `Origin` (and say `Sec-Fetch-Site`); clients that are not browsers (curl,
// the CLI, the Lab) send neither and are let through, since they are not steered by a foreign page. The server's
// own pages are those of the address it listens on, of a loopback name, and of the names it is published under
// (`serve --public-host`, H-HOST): the page of http://auth.example:PORT posts with that Origin.
class OriginCheck final
{
public:
    explicit OriginCheck(const QString& baseUrl, const QStringList& publicHosts = {});

    // Nothing when the request may go on; else the reason for a 403.
    [[nodiscard]] std::optional<QString> refusal(const http::HttpRequest& request) const;

private:
    [[nodiscard]] bool isOwnOrigin(const QString& origin, const QString& host) const;

    QString m_scheme;
    QString m_ownOrigin;       // "http://127.0.0.1:PORT"
    QStringList m_publicHosts; // lower case
};

} // namespace authscope
