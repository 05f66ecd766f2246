#include "tests/support/TestBrowser.h"

#include <QEventLoop>
#include <QNetworkCookie>
#include <QNetworkCookieJar>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QUrlQuery>

namespace authscope::test {

TestBrowser::TestBrowser()
{
    m_net.setCookieJar(new QNetworkCookieJar(&m_net));
    m_net.setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
}

TestBrowser::Page TestBrowser::request(const QByteArray& verb, const QUrl& url, const QByteArray& form)
{
    QNetworkRequest request(url);
    request.setTransferTimeout(20000);
    QNetworkReply* reply = nullptr;
    if (verb == "POST") {
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
        reply = m_net.post(request, form);
    } else {
        reply = m_net.get(request);
    }
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    Page page;
    page.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    page.body = reply->readAll();
    page.url = url.resolved(reply->attribute(QNetworkRequest::RedirectionTargetAttribute).toUrl());
    if (page.status < 300 || page.status >= 400) {
        page.url = url;
    }
    reply->deleteLater();
    return page;
}

TestBrowser::Page TestBrowser::open(const QUrl& start, const QString& login)
{
    QUrl url = start;
    QByteArray verb = "GET";
    QByteArray form;
    for (int step = 0; step < 20; ++step) {
        const Page page = request(verb, url, form);
        if (page.status >= 300 && page.status < 400) {
            url = page.url;
            verb = "GET";
            form.clear();
            continue;
        }
        static const QRegularExpression action(QStringLiteral("<form[^>]*action=\"([^\"]+)\""));
        const QString html = QString::fromUtf8(page.body);
        const auto match = action.match(html);
        const bool loginForm = html.contains(QStringLiteral("name=\"login\""));
        const bool consentForm = html.contains(QStringLiteral("name=\"prompt\" value=\"consent\""));
        if (page.status != 200 || !match.hasMatch() || !(loginForm || consentForm)) {
            return page; // not one of the provider's forms: the page the caller wants
        }
        static const QRegularExpression input(QStringLiteral("<input[^>]*>"));
        static const QRegularExpression nameOf(QStringLiteral("name=\"([^\"]+)\""));
        static const QRegularExpression valueOf(QStringLiteral("value=\"([^\"]*)\""));
        QUrlQuery fields;
        for (auto it = input.globalMatch(html); it.hasNext();) {
            const QString tag = it.next().captured(0);
            const QString name = nameOf.match(tag).captured(1);
            if (name.isEmpty()) {
                continue;
            }
            const QString value = name == u"login"      ? login
                                  : name == u"password" ? QStringLiteral("any password")
                                                        : valueOf.match(tag).captured(1);
            fields.addQueryItem(name, QString::fromUtf8(QUrl::toPercentEncoding(value)));
        }
        url = url.resolved(QUrl(match.captured(1)));
        verb = "POST";
        form = fields.toString(QUrl::FullyEncoded).toUtf8();
    }
    return {};
}

QByteArray TestBrowser::cookie(const QUrl& url, const QByteArray& name) const
{
    for (const QNetworkCookie& c : m_net.cookieJar()->cookiesForUrl(url)) {
        if (c.name() == name) {
            return c.value();
        }
    }
    return {};
}

int signInAtDevForm(const QUrl& authorizationUrl, const QString& listenerPrefix)
{
    TestBrowser browser;
    const TestBrowser::Page page = browser.open(authorizationUrl);
    if (!page.url.toString().startsWith(listenerPrefix)) {
        qWarning("unexpected answer %d at %s: %s", page.status, qPrintable(page.url.toString()),
                 page.body.left(300).constData());
        return -1;
    }
    return page.status;
}

} // namespace authscope::test
