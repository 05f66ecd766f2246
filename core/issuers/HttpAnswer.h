#pragma once

#include <QByteArray>
#include <QUrl>

namespace authscope::issuers {

// One HTTP answer as HttpFetcher received it, after redirects.
struct HttpAnswer
{
    QUrl url; // the URL that answered (the last redirect's target)
    int status = 0;
    QByteArray body;
    QByteArray contentType;
    QByteArray cacheControl;
};

} // namespace authscope::issuers
