#include "tests/support/ServerLogin.h"

#include <QJsonDocument>

namespace authscope::test {

QByteArray compactJson(const QJsonObject& object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QByteArray setCookieValue(const RawHttpResponse& r)
{
    const QByteArray header = r.header("set-cookie");
    const qsizetype eq = header.indexOf('=');
    const qsizetype semi = header.indexOf(';');
    return eq < 0 ? QByteArray() : header.mid(eq + 1, semi - eq - 1);
}

RawHttpResponse postJsonLogin(quint16 port, const QString& user, const QByteArray& password, const QString& mode)
{
    return fetch(port, "POST", "/login", {{"Content-Type", "application/json"}},
                 compactJson({{QStringLiteral("username"), user},
                              {QStringLiteral("password"), QString::fromLatin1(password)},
                              {QStringLiteral("mode"), mode}}));
}

QByteArray loginJwt(quint16 port, const QString& user, const QByteArray& password, QByteArray* refresh)
{
    const RawHttpResponse r = postJsonLogin(port, user, password, QStringLiteral("jwt"));
    if (r.status != 200) {
        qWarning("jwt login of %s failed: %d %s", qPrintable(user), r.status, r.body.constData());
        return {};
    }
    if (refresh != nullptr) {
        *refresh = r.json().value(QStringLiteral("refresh_token")).toString().toLatin1();
    }
    return r.json().value(QStringLiteral("access_token")).toString().toLatin1();
}

QByteArray loginCookie(quint16 port, const QString& user, const QByteArray& password)
{
    const RawHttpResponse r = fetch(port, "POST", "/login", {{"Content-Type", "application/x-www-form-urlencoded"}},
                                    "username=" + user.toUtf8() + "&password=" + password + "&mode=session");
    return r.status == 200 ? setCookieValue(r) : QByteArray();
}

int meStatus(quint16 port, const QByteArray& sid, const QByteArray& bearer)
{
    QList<QPair<QByteArray, QByteArray>> headers;
    if (!sid.isEmpty()) {
        headers.append({"Cookie", "sid=" + sid});
    }
    if (!bearer.isEmpty()) {
        headers.append({"Authorization", "Bearer " + bearer});
    }
    return fetch(port, "GET", "/api/me", headers).status;
}

} // namespace authscope::test
