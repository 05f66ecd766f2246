#pragma once

#include <QByteArray>
#include <QNetworkAccessManager>
#include <QUrl>

namespace authscope::test {

// A person with a browser, played over HTTP on 127.0.0.1: one cookie jar for every site, redirects followed by hand,
// and the forms of oidc-provider's devInteractions login and consent pages filled in (echoing their hidden fields,
// such as prompt).
class TestBrowser final
{
public:
    struct Page
    {
        int status = 0;
        QUrl url;
        QByteArray body;
    };

    TestBrowser();

    // Opens `url` and follows redirects and the provider's login (user `login`) and consent forms until a page that
    // is none of these.
    Page open(const QUrl& url, const QString& login = QStringLiteral("alice"));
    // GET or POST one request, no redirects followed.
    Page request(const QByteArray& verb, const QUrl& url, const QByteArray& form = {});
    // The cookie `name` the jar holds for `url`, or empty.
    [[nodiscard]] QByteArray cookie(const QUrl& url, const QByteArray& name) const;

private:
    QNetworkAccessManager m_net;
};

// Signs in as "alice" at the provider's devInteractions forms, starting at `authorizationUrl`, until the provider
// redirects to the loopback listener (a URL starting with listenerPrefix), which it calls like a browser would.
// Returns the listener's HTTP status, -1 when the provider answered something else. Runs an event loop.
int signInAtDevForm(const QUrl& authorizationUrl, const QString& listenerPrefix);

} // namespace authscope::test
