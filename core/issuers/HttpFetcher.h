#pragma once

#include "core/common/Error.h"
#include "core/issuers/HttpAnswer.h"

#include <QNetworkAccessManager>
#include <QPointer>

#include <atomic>
#include <optional>

class QNetworkReply;

namespace authscope::issuers {

// Outgoing HTTP(S) to an issuer through QNetworkAccessManager, with hard limits (R-FETCH-LIMITS): 1 MiB per answer,
// 5 s per request, at most 3 redirects and never to another scheme, and every URL (redirect targets too) through
// UrlPolicy (R-HTTPS-ONLY). Each call runs a local event loop until the answer is complete, so it can be used from the
// CLI and from a page's slot alike. Every error names the URL.
class HttpFetcher final
{
public:
    struct Limits
    {
        qint64 maxBytes = 1024 * 1024;
        int timeoutMs = 5000;
        int maxRedirects = 3;
    };

    explicit HttpFetcher(bool allowHttp);
    HttpFetcher(bool allowHttp, Limits limits);
    Q_DISABLE_COPY_MOVE(HttpFetcher)

    // A 2xx answer, else an error naming the URL and the status.
    [[nodiscard]] Result<HttpAnswer> get(const QUrl& url);
    // Posts an application/x-www-form-urlencoded body; any status is an answer (token endpoints answer errors with
    // 400 and a JSON body). `authorization` is the Authorization header value, or empty. Redirects are refused.
    [[nodiscard]] Result<HttpAnswer> postForm(const QUrl& url, const QByteArray& form, const QByteArray& authorization);

    // Ends the request in flight and refuses every later one (issuers.cancelled). Safe to call from any thread: the
    // console runs a fetcher in a worker thread and cancels it from the window's.
    void cancel();
    [[nodiscard]] bool isCancelled() const { return m_cancelled.load(); }

    // max-age of a Cache-Control value (no-store/no-cache: 0); nothing when it has none.
    [[nodiscard]] static std::optional<qint64> maxAge(QByteArrayView cacheControl);

private:
    [[nodiscard]] Result<HttpAnswer> send(const QByteArray& verb, const QUrl& url, const QByteArray& body,
                                          const QByteArray& authorization);
    [[nodiscard]] Result<HttpAnswer> once(const QByteArray& verb, const QUrl& url, const QByteArray& body,
                                          const QByteArray& authorization, QUrl* redirect);

    bool m_allowHttp;
    Limits m_limits;
    QNetworkAccessManager m_net;
    std::atomic<bool> m_cancelled{false};
    QPointer<QNetworkReply> m_current; // only touched in the fetcher's own thread
};

} // namespace authscope::issuers
