#pragma once

#include "core/http/HttpFwd.h"

#include <QString>
#include <QUrl>

#include <optional>

namespace authscope {

// H-ORIGIN: a state-changing POST from a browser must come from the test server's own pages. A cross-site form
// post (a "simple" request, sent without a CORS preflight) is refused before it can log in, log out or fill the
// audit log. Browsers name the page in `Origin` (and say `Sec-Fetch-Site`); clients that are not browsers (curl,
// the CLI, the Lab) send neither and are let through, since they are not steered by a foreign page.
class OriginCheck final
{
public:
    explicit OriginCheck(const QString& baseUrl);

    // Nothing when the request may go on; else the reason for a 403.
    [[nodiscard]] std::optional<QString> refusal(const http::HttpRequest& request) const;

private:
    [[nodiscard]] bool isOwnOrigin(const QString& origin, const QString& host) const;

    QString m_scheme;
    QString m_ownOrigin; // "http://127.0.0.1:PORT"
};

} // namespace authscope
