#include "core/issuers/HttpFetcher.h"

#include "core/issuers/UrlPolicy.h"

#include <QEventLoop>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

namespace authscope::issuers {

namespace {

Error fetchError(const QByteArray& verb, const QUrl& url, const QString& what)
{
    return Error{QStringLiteral("issuers.fetch"),
                 QString::fromLatin1(verb) + u' ' + url.toDisplayString() + QStringLiteral(": ") + what};
}

Error cancelledError(const QByteArray& verb, const QUrl& url)
{
    return Error{QStringLiteral("issuers.cancelled"),
                 QString::fromLatin1(verb) + u' ' + url.toDisplayString() + QStringLiteral(": cancelled")};
}

QString networkReason(const QNetworkReply& reply)
{
    switch (reply.error()) {
    case QNetworkReply::ConnectionRefusedError:
        return QStringLiteral("connection refused");
    case QNetworkReply::HostNotFoundError:
        return QStringLiteral("host not found");
    case QNetworkReply::SslHandshakeFailedError:
        return QStringLiteral("TLS handshake failed (%1)").arg(reply.errorString());
    case QNetworkReply::RemoteHostClosedError:
        return QStringLiteral("the server closed the connection without an answer");
    default:
        return reply.errorString();
    }
}

} // namespace

HttpFetcher::HttpFetcher(bool allowHttp) : HttpFetcher(allowHttp, Limits{}) {}

HttpFetcher::HttpFetcher(bool allowHttp, Limits limits) : m_allowHttp(allowHttp), m_limits(limits)
{
    m_net.setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    m_net.setCookieJar(nullptr);
}

std::optional<qint64> HttpFetcher::maxAge(QByteArrayView cacheControl)
{
    for (const QByteArray& part : cacheControl.toByteArray().split(',')) {
        const QByteArray directive = part.trimmed().toLower();
        if (directive == "no-store" || directive == "no-cache") {
            return 0;
        }
        if (directive.startsWith("max-age=")) {
            bool ok = false;
            const qint64 secs = directive.mid(8).toLongLong(&ok);
            if (ok && secs >= 0) {
                return secs;
            }
        }
    }
    return std::nullopt;
}

void HttpFetcher::cancel()
{
    m_cancelled = true;
    // The reply belongs to the fetcher's thread: abort it there, from that thread's event loop (the one once() runs).
    QMetaObject::invokeMethod(
        &m_net,
        [this] {
            if (m_current != nullptr) {
                m_current->abort();
            }
        },
        Qt::QueuedConnection);
}

Result<HttpAnswer> HttpFetcher::get(const QUrl& url)
{
    auto answer = send(QByteArrayLiteral("GET"), url, {}, {});
    if (answer && (answer->status < 200 || answer->status > 299)) {
        return std::unexpected(fetchError("GET", answer->url, QStringLiteral("HTTP %1").arg(answer->status)));
    }
    return answer;
}

Result<HttpAnswer> HttpFetcher::postForm(const QUrl& url, const QByteArray& form, const QByteArray& authorization)
{
    return send(QByteArrayLiteral("POST"), url, form, authorization);
}

Result<HttpAnswer> HttpFetcher::send(const QByteArray& verb, const QUrl& url, const QByteArray& body,
                                     const QByteArray& authorization)
{
    QUrl current = url;
    for (int redirects = 0;; ++redirects) {
        if (m_cancelled) {
            return std::unexpected(cancelledError(verb, current));
        }
        if (auto allowed = UrlPolicy::check(current, m_allowHttp); !allowed) {
            return std::unexpected(fetchError(verb, current, allowed.error().message.section(QStringLiteral(": "), 1)));
        }
        QUrl next;
        auto answer = once(verb, current, body, authorization, &next);
        if (!answer || next.isEmpty()) {
            return answer;
        }
        if (verb != "GET") {
            return std::unexpected(fetchError(verb, current, QStringLiteral("redirected; a POST is never redirected")));
        }
        if (redirects >= m_limits.maxRedirects) {
            return std::unexpected(
                fetchError(verb, url, QStringLiteral("more than %1 redirects").arg(m_limits.maxRedirects)));
        }
        if (next.scheme() != current.scheme()) {
            return std::unexpected(
                fetchError(verb, current,
                           QStringLiteral("redirected to another scheme (%1): refused").arg(next.toDisplayString())));
        }
        current = next;
    }
}

Result<HttpAnswer> HttpFetcher::once(const QByteArray& verb, const QUrl& url, const QByteArray& body,
                                     const QByteArray& authorization, QUrl* redirect)
{
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    request.setTransferTimeout(m_limits.timeoutMs);
    request.setRawHeader(QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json"));
    if (!authorization.isEmpty()) {
        request.setRawHeader(QByteArrayLiteral("Authorization"), authorization);
    }
    QNetworkReply* reply = nullptr;
    if (verb == "POST") {
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
        reply = m_net.post(request, body);
    } else {
        reply = m_net.get(request);
    }
    QEventLoop loop;
    QTimer timer;
    timer.setSingleShot(true);
    bool timedOut = false;
    bool tooLarge = false;
    QByteArray received;
    QObject::connect(&timer, &QTimer::timeout, &loop, [&] {
        timedOut = true;
        reply->abort();
    });
    QObject::connect(reply, &QNetworkReply::readyRead, &loop, [&] {
        received += reply->read(m_limits.maxBytes + 1 - received.size());
        if (received.size() > m_limits.maxBytes) {
            tooLarge = true;
            reply->abort();
        }
    });
    QObject::connect(reply, &QNetworkReply::metaDataChanged, &loop, [&] {
        const QVariant length = reply->header(QNetworkRequest::ContentLengthHeader);
        if (length.isValid() && length.toLongLong() > m_limits.maxBytes) {
            tooLarge = true;
            reply->abort();
        }
    });
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    timer.start(m_limits.timeoutMs);
    m_current = reply;
    if (!reply->isFinished() && !m_cancelled) {
        loop.exec();
    }
    timer.stop();
    m_current = nullptr;
    std::unique_ptr<QNetworkReply, void (*)(QNetworkReply*)> owned(reply, [](QNetworkReply* r) { r->deleteLater(); });
    if (m_cancelled) {
        return std::unexpected(cancelledError(verb, url));
    }
    if (tooLarge) {
        return std::unexpected(fetchError(
            verb, url, QStringLiteral("the answer is larger than %1 KiB: refused").arg(m_limits.maxBytes / 1024)));
    }
    if (timedOut || reply->error() == QNetworkReply::OperationCanceledError ||
        reply->error() == QNetworkReply::TimeoutError) {
        return std::unexpected(
            fetchError(verb, url, QStringLiteral("no answer within %1 s").arg(m_limits.timeoutMs / 1000.0)));
    }
    HttpAnswer answer;
    answer.url = url;
    answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (answer.status == 0) {
        return std::unexpected(fetchError(verb, url, networkReason(*reply)));
    }
    received += reply->read(m_limits.maxBytes + 1 - received.size());
    if (received.size() > m_limits.maxBytes) {
        return std::unexpected(fetchError(
            verb, url, QStringLiteral("the answer is larger than %1 KiB: refused").arg(m_limits.maxBytes / 1024)));
    }
    answer.body = received;
    answer.contentType = reply->rawHeader(QByteArrayLiteral("Content-Type"));
    answer.cacheControl = reply->rawHeader(QByteArrayLiteral("Cache-Control"));
    if (answer.status >= 300 && answer.status <= 399 && answer.status != 304) {
        const QUrl target = reply->attribute(QNetworkRequest::RedirectionTargetAttribute).toUrl();
        if (target.isEmpty()) {
            return std::unexpected(
                fetchError(verb, url, QStringLiteral("HTTP %1 without a Location").arg(answer.status)));
        }
        *redirect = url.resolved(target);
    }
    return answer;
}

} // namespace authscope::issuers
