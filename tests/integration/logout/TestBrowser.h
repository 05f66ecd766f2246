#pragma once

#include <QByteArray>
#include <QNetworkAccessManager>
#include <QUrl>

namespace authscope::test {

// A person with a browser, played over HTTP on 127.0.0.1: one cookie jar for every site, redirects followed by hand,
// and the forms of oidc-provider's devInteractions login and logout pages filled in (echoing their hidden fields).
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

    // Opens `url` and follows redirects and the provider's login form (user `login`) until a page that is neither.
    Page open(const QUrl& url, const QString& login = QStringLiteral("alice"));
    // GET or POST one request, no redirects followed.
    Page request(const QByteArray& verb, const QUrl& url, const QByteArray& form = {});
    // The cookie `name` the jar holds for `url`, or empty.
    [[nodiscard]] QByteArray cookie(const QUrl& url, const QByteArray& name) const;

private:
    QNetworkAccessManager m_net;
};

} // namespace authscope::test
