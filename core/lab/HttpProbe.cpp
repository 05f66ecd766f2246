#include "core/lab/HttpProbe.h"

#include <QDeadlineTimer>
#include <QHostAddress>
#include <QJsonDocument>
#include <QNetworkProxy>
#include <QTcpSocket>
#include <QUrl>

namespace authscope::lab {

namespace {

constexpr qsizetype kMaxResponseBytes = 4 * 1024 * 1024;

struct Parsed
{
    enum class State
    {
        Incomplete,
        Complete,
        Bad
    };
    State state = State::Incomplete;
    ProbeResponse response;
    QString problem;
};

// Decodes a chunked body from `data`; nullopt while incomplete.
std::optional<QByteArray> dechunk(const QByteArray& data, bool* bad)
{
    QByteArray body;
    qsizetype pos = 0;
    for (;;) {
        const qsizetype eol = data.indexOf("\r\n", pos);
        if (eol < 0) {
            return std::nullopt;
        }
        QByteArray sizeText = data.mid(pos, eol - pos);
        if (const qsizetype semi = sizeText.indexOf(';'); semi >= 0) {
            sizeText.truncate(semi);
        }
        bool ok = false;
        const qsizetype size = sizeText.trimmed().toLongLong(&ok, 16);
        if (!ok || size < 0 || size > kMaxResponseBytes) {
            *bad = true;
            return std::nullopt;
        }
        pos = eol + 2;
        if (size == 0) {
            return body; // trailers, if any, are not needed
        }
        if (data.size() < pos + size + 2) {
            return std::nullopt;
        }
        body += data.mid(pos, size);
        pos += size + 2;
    }
}

// Parses one response from `data`. `closed`: the peer closed, so a body without a length ends here.
Parsed parse(const QByteArray& data, bool closed, bool head)
{
    Parsed p;
    const qsizetype end = data.indexOf("\r\n\r\n");
    if (end < 0) {
        if (closed) {
            p.state = data.isEmpty() ? Parsed::State::Incomplete : Parsed::State::Bad;
            p.problem = QStringLiteral("the connection closed inside the response headers");
        }
        return p;
    }
    const QList<QByteArray> lines = data.left(end).split('\n');
    const QByteArray statusLine = lines.constFirst().trimmed();
    const QList<QByteArray> parts = statusLine.split(' ');
    bool ok = false;
    const int status = parts.size() >= 2 ? parts.at(1).toInt(&ok) : 0;
    if (!statusLine.startsWith("HTTP/1.") || !ok || status < 100 || status > 999) {
        p.state = Parsed::State::Bad;
        p.problem = QStringLiteral("not an HTTP/1.x response");
        return p;
    }
    p.response.status = status;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray& line = lines.at(i);
        const qsizetype colon = line.indexOf(':');
        if (colon > 0) {
            p.response.headers.append({line.left(colon).trimmed().toLower(), line.mid(colon + 1).trimmed()});
        }
    }
    const QByteArray rest = data.mid(end + 4);
    if (head || status == 204 || status == 304 || status < 200) {
        p.state = Parsed::State::Complete;
        return p;
    }
    if (p.response.header("transfer-encoding").toLower().contains("chunked")) {
        bool bad = false;
        auto body = dechunk(rest, &bad);
        if (bad) {
            p.state = Parsed::State::Bad;
            p.problem = QStringLiteral("a malformed chunked body");
        } else if (body) {
            p.response.body = *body;
            p.state = Parsed::State::Complete;
        } else if (closed) {
            p.state = Parsed::State::Bad;
            p.problem = QStringLiteral("the connection closed inside a chunked body");
        }
        return p;
    }
    const QByteArray lengthText = p.response.header("content-length");
    if (!lengthText.isEmpty()) {
        const qsizetype length = lengthText.toLongLong(&ok);
        if (!ok || length < 0 || length > kMaxResponseBytes) {
            p.state = Parsed::State::Bad;
            p.problem = QStringLiteral("an unusable Content-Length");
            return p;
        }
        if (rest.size() >= length) {
            p.response.body = rest.left(length);
            p.state = Parsed::State::Complete;
        } else if (closed) {
            p.state = Parsed::State::Bad;
            p.problem = QStringLiteral("the connection closed inside the body");
        }
        return p;
    }
    // No length: the body runs to the end of the connection (we always send Connection: close).
    if (closed) {
        p.response.body = rest;
        p.state = Parsed::State::Complete;
    }
    return p;
}

} // namespace

QByteArray ProbeResponse::header(QByteArrayView name) const
{
    for (const auto& [key, value] : headers) {
        if (key == name) {
            return value;
        }
    }
    return {};
}

QList<QByteArray> ProbeResponse::headerValues(QByteArrayView name) const
{
    QList<QByteArray> values;
    for (const auto& [key, value] : headers) {
        if (key == name) {
            values.append(value);
        }
    }
    return values;
}

QJsonObject ProbeResponse::json() const
{
    return QJsonDocument::fromJson(body).object();
}

QByteArray ProbeResponse::setCookieValue(QByteArrayView name) const
{
    for (const QByteArray& cookie : headerValues("set-cookie")) {
        const qsizetype eq = cookie.indexOf('=');
        if (eq <= 0 || cookie.left(eq).trimmed() != name) {
            continue;
        }
        const qsizetype semi = cookie.indexOf(';', eq);
        return cookie.mid(eq + 1, semi < 0 ? -1 : semi - eq - 1).trimmed();
    }
    return {};
}

Result<HttpProbe> HttpProbe::forUrl(const QString& baseUrl, int timeoutMs)
{
    const QUrl url(baseUrl, QUrl::StrictMode);
    // Messages never repeat a password given in the URL.
    const QString shown = url.isValid() ? url.toString(QUrl::RemoveUserInfo).left(200) : QStringLiteral("the URL");
    if (url.scheme() == QStringLiteral("https")) {
        return fail(QStringLiteral("lab.https-unsupported"),
                    QStringLiteral("%1: the attack check speaks plain http only; point it at the server's http "
                                   "address (for the local test server, start it without --tls).")
                        .arg(shown));
    }
    if (!url.isValid() || url.scheme() != QStringLiteral("http") || url.host().isEmpty() || url.hasQuery() ||
        url.hasFragment() || !url.userInfo().isEmpty()) {
        return fail(QStringLiteral("lab.bad-url"),
                    QStringLiteral("'%1' is not a usable base URL; give one like http://127.0.0.1:8080 (no "
                                   "user:password@, query or fragment).")
                        .arg(shown));
    }
    HttpProbe probe;
    probe.m_host = url.host();
    probe.m_port = static_cast<quint16>(url.port(80));
    probe.m_prefix = url.path(QUrl::FullyEncoded);
    while (probe.m_prefix.endsWith(u'/')) {
        probe.m_prefix.chop(1);
    }
    probe.m_timeoutMs = timeoutMs;
    return probe;
}

QString HttpProbe::baseUrl() const
{
    const QString host = m_host.contains(u':') ? u'[' + m_host + u']' : m_host;
    return QStringLiteral("http://%1:%2%3").arg(host).arg(m_port).arg(m_prefix);
}

bool HttpProbe::isLoopback() const
{
    if (m_host.compare(QStringLiteral("localhost"), Qt::CaseInsensitive) == 0) {
        return true;
    }
    const QHostAddress address(m_host);
    return !address.isNull() && address.isLoopback();
}

Result<ProbeResponse> HttpProbe::postJson(const QString& path, const QJsonObject& body, const Headers& headers) const
{
    Headers all = headers;
    all.append({QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")});
    return send(QByteArrayLiteral("POST"), path, all, QJsonDocument(body).toJson(QJsonDocument::Compact));
}

Result<ProbeResponse> HttpProbe::send(const QByteArray& method, const QString& path, const Headers& headers,
                                      const QByteArray& body) const
{
    QDeadlineTimer deadline(m_timeoutMs);
    QTcpSocket socket;
    // Straight to the target: never through a proxy the environment may name.
    socket.setProxy(QNetworkProxy::NoProxy);
    socket.connectToHost(m_host, m_port);
    if (!socket.waitForConnected(static_cast<int>(deadline.remainingTime()))) {
        return fail(QStringLiteral("lab.connect"),
                    QStringLiteral("Cannot connect to %1:%2: %3").arg(m_host).arg(m_port).arg(socket.errorString()));
    }
    const QString hostHeader = (m_host.contains(u':') ? u'[' + m_host + u']' : m_host) + u':' + QString::number(m_port);
    QByteArray request = method + ' ' + (m_prefix + path).toUtf8() + " HTTP/1.1\r\n";
    request += "Host: " + hostHeader.toUtf8() + "\r\n";
    request += "User-Agent: authscope-attack\r\n";
    request += "Connection: close\r\n";
    for (const auto& [name, value] : headers) {
        request += name + ": " + value + "\r\n";
    }
    if (!body.isEmpty() || method == "POST" || method == "PUT") {
        request += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    }
    request += "\r\n";
    request += body;
    socket.write(request);

    // Keep writing and reading together: a server may answer (431, 413) and close before reading everything.
    QByteArray data;
    const bool head = method == "HEAD";
    for (;;) {
        data += socket.readAll();
        if (data.size() > kMaxResponseBytes) {
            return fail(QStringLiteral("lab.bad-response"), QStringLiteral("The response is larger than 4 MiB."));
        }
        const bool closed = socket.state() != QAbstractSocket::ConnectedState;
        const Parsed parsed = parse(data, closed, head);
        if (parsed.state == Parsed::State::Complete) {
            return parsed.response;
        }
        if (parsed.state == Parsed::State::Bad) {
            return fail(QStringLiteral("lab.bad-response"),
                        QStringLiteral("%1 %2: %3").arg(QString::fromLatin1(method), path.left(100), parsed.problem));
        }
        if (closed) {
            return fail(QStringLiteral("lab.io"),
                        QStringLiteral("%1 %2: the connection closed without a response (%3)")
                            .arg(QString::fromLatin1(method), path.left(100), socket.errorString()));
        }
        if (deadline.hasExpired()) {
            return fail(QStringLiteral("lab.io"), QStringLiteral("%1 %2: no complete response within %3 ms")
                                                      .arg(QString::fromLatin1(method), path.left(100))
                                                      .arg(m_timeoutMs));
        }
        const int wait = static_cast<int>(std::min<qint64>(deadline.remainingTime(), 100));
        if (socket.bytesToWrite() > 0) {
            socket.waitForBytesWritten(wait);
        } else {
            socket.waitForReadyRead(wait);
        }
    }
}

} // namespace authscope::lab
