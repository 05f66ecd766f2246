#include "DevLoginBrowser.h"

#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkCookieJar>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QUrlQuery>

namespace authscope::test {

int signInAtDevForm(const QUrl& authorizationUrl, const QString& listenerPrefix)
{
    QNetworkAccessManager net;
    net.setCookieJar(new QNetworkCookieJar(&net));
    net.setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    QUrl url = authorizationUrl;
    QByteArray verb = "GET";
    QByteArray form;
    for (int step = 0; step < 20; ++step) {
        QNetworkRequest request(url);
        QNetworkReply* reply = nullptr;
        if (verb == "POST") {
            request.setHeader(QNetworkRequest::ContentTypeHeader,
                              QByteArrayLiteral("application/x-www-form-urlencoded"));
            reply = net.post(request, form);
        } else {
            reply = net.get(request);
        }
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QByteArray body = reply->readAll();
        const QUrl location = url.resolved(reply->attribute(QNetworkRequest::RedirectionTargetAttribute).toUrl());
        reply->deleteLater();
        if (url.toString().startsWith(listenerPrefix)) {
            return status;
        }
        if (status >= 300 && status < 400) {
            url = location;
            verb = "GET";
            continue;
        }
        static const QRegularExpression action(QStringLiteral("<form[^>]*action=\"([^\"]+)\""));
        static const QRegularExpression input(QStringLiteral("<input[^>]*>"));
        static const QRegularExpression nameOf(QStringLiteral("name=\"([^\"]+)\""));
        static const QRegularExpression valueOf(QStringLiteral("value=\"([^\"]*)\""));
        const QString html = QString::fromUtf8(body);
        const auto match = action.match(html);
        if (status != 200 || !match.hasMatch()) {
            qWarning("unexpected answer %d at %s: %s", status, qPrintable(url.toString()), body.left(300).constData());
            return -1;
        }
        QUrlQuery fields;
        for (auto it = input.globalMatch(html); it.hasNext();) {
            const QString tag = it.next().captured(0);
            const QString name = nameOf.match(tag).captured(1);
            if (name.isEmpty()) {
                continue;
            }
            const QString value = name == u"login"      ? QStringLiteral("alice")
                                  : name == u"password" ? QStringLiteral("any password")
                                                        : valueOf.match(tag).captured(1);
            fields.addQueryItem(name, QString::fromUtf8(QUrl::toPercentEncoding(value)));
        }
        url = url.resolved(QUrl(match.captured(1)));
        verb = "POST";
        form = fields.toString(QUrl::FullyEncoded).toUtf8();
    }
    return -1;
}

} // namespace authscope::test
