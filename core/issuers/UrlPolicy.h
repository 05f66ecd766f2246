#pragma once

#include "core/common/Error.h"

#include <QUrl>

namespace authscope::issuers {

// Which URLs AuthScope fetches from an issuer (R-HTTPS-ONLY): https, or plain http to a loopback address when the
// issuer was added with --allow-http (the test server and test providers run on 127.0.0.1). No user info, no
// fragment, no other scheme.
class UrlPolicy final
{
public:
    [[nodiscard]] static Result<void> check(const QUrl& url, bool allowHttp);
    [[nodiscard]] static bool isLoopback(const QUrl& url);
};

} // namespace authscope::issuers
