#include "core/issuers/LoopbackRedirectListener.h"

#include <QEventLoop>
#include <QTcpSocket>
#include <QTimer>
#include <QUrlQuery>

namespace authscope::issuers {

namespace {

constexpr qsizetype kMaxRequestBytes = 16 * 1024;

void answer(QTcpSocket* socket, const QByteArray& status, const QByteArray& text)
{
    const QByteArray body =
        "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>AuthScope</title></head><body><p>" + text +
        "</p></body></html>";
    socket->write("HTTP/1.1 " + status + "\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: " +
                  QByteArray::number(body.size()) + "\r\nCache-Control: no-store\r\nConnection: close\r\n\r\n" + body);
    socket->disconnectFromHost();
}

} // namespace

LoopbackRedirectListener::LoopbackRedirectListener(QObject* parent) : QObject(parent)
{
    connect(&m_server, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket* socket = m_server.nextPendingConnection()) {
            connect(socket, &QTcpSocket::readyRead, this, [this, socket] { readRequest(socket); });
            connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        }
    });
}

Result<void> LoopbackRedirectListener::listen()
{
    if (!m_server.listen(QHostAddress::LocalHost, 0)) {
        return fail(QStringLiteral("issuers.listen"),
                    QStringLiteral("cannot listen on 127.0.0.1 for the redirect: %1").arg(m_server.errorString()));
    }
    return {};
}

QString LoopbackRedirectListener::redirectUri() const
{
    return QStringLiteral("http://127.0.0.1:%1/callback").arg(m_server.serverPort());
}

void LoopbackRedirectListener::readRequest(QTcpSocket* socket)
{
    QByteArray request = socket->property("request").toByteArray() + socket->readAll();
    if (request.size() > kMaxRequestBytes) {
        answer(socket, "431 Request Header Fields Too Large", "Request too large.");
        return;
    }
    socket->setProperty("request", request);
    if (!request.contains("\r\n\r\n")) {
        return;
    }
    const QList<QByteArray> line = request.left(request.indexOf("\r\n")).split(' ');
    if (line.size() != 3 || line.at(0) != "GET" || !line.at(1).startsWith("/callback")) {
        answer(socket, "404 Not Found", "Not the AuthScope callback.");
        return;
    }
    if (!m_target.isEmpty()) {
        answer(socket, "409 Conflict", "This sign-in was already completed.");
        return;
    }
    m_target = line.at(1);
    answer(socket, "200 OK", "AuthScope received the answer. You can close this window.");
    Q_EMIT answered();
}

void LoopbackRedirectListener::close()
{
    m_server.close();
}

Result<QByteArray> LoopbackRedirectListener::waitForCode(const QByteArray& state, const QString& issuer, int timeoutMs)
{
    if (m_target.isEmpty()) {
        QEventLoop loop;
        QTimer timer;
        timer.setSingleShot(true);
        connect(&timer, &QTimer::timeout, &loop, &QEventLoop::quit);
        connect(this, &LoopbackRedirectListener::answered, &loop, &QEventLoop::quit);
        timer.start(timeoutMs);
        loop.exec();
    }
    if (m_target.isEmpty()) {
        return fail(QStringLiteral("issuers.timeout"),
                    QStringLiteral("no answer reached %1 within %2 s").arg(redirectUri()).arg(timeoutMs / 1000));
    }
    return code(state, issuer);
}

Result<QByteArray> LoopbackRedirectListener::code(const QByteArray& state, const QString& issuer) const
{
    if (m_target.isEmpty()) {
        return fail(QStringLiteral("issuers.timeout"), QStringLiteral("no answer reached %1 yet").arg(redirectUri()));
    }
    const QUrlQuery query(QUrl::fromEncoded(m_target).query(QUrl::FullyEncoded));
    const auto item = [&query](const char* name) {
        return query.queryItemValue(QString::fromLatin1(name), QUrl::FullyDecoded);
    };
    if (!item("error").isEmpty()) {
        return fail(QStringLiteral("issuers.denied"),
                    QStringLiteral("the provider answered %1%2")
                        .arg(item("error"), item("error_description").isEmpty()
                                                ? QString()
                                                : QStringLiteral(": ") + item("error_description")));
    }
    if (item("state").toUtf8() != state) {
        return fail(QStringLiteral("issuers.state"), QStringLiteral("the answer's state does not match: refused"));
    }
    if (query.hasQueryItem(QStringLiteral("iss")) && item("iss") != issuer) {
        return fail(
            QStringLiteral("issuers.state"),
            QStringLiteral("the answer comes from issuer '%1', not '%2': refused (RFC 9207)").arg(item("iss"), issuer));
    }
    const QByteArray code = item("code").toUtf8();
    if (code.isEmpty()) {
        return fail(QStringLiteral("issuers.denied"), QStringLiteral("the answer carries no code"));
    }
    return code;
}

} // namespace authscope::issuers
