#include "core/lab/LabHttpClient.h"

#include <QDeadlineTimer>
#include <QTcpSocket>

namespace authscope::lab {

QByteArray LabHttpResponse::header(QByteArrayView lowerName) const
{
    for (const auto& [name, value] : headers) {
        if (name == lowerName) {
            return value;
        }
    }
    return {};
}

LabHttpClient::LabHttpClient(QHostAddress address, quint16 port) : m_address(std::move(address)), m_port(port) {}

LabHttpClient::~LabHttpClient() = default;

QByteArray LabHttpClient::buildRequest(QByteArrayView method, QByteArrayView path, const QList<QByteArray>& headers,
                                       const QByteArray& jsonBody)
{
    QByteArray r;
    r.reserve(256 + jsonBody.size());
    r += method.toByteArray() + ' ' + path.toByteArray() + " HTTP/1.1\r\nHost: 127.0.0.1\r\n";
    r += "User-Agent: authscope-lab\r\n";
    for (const QByteArray& h : headers) {
        r += h + "\r\n";
    }
    if (!jsonBody.isEmpty()) {
        r += "Content-Type: application/json\r\nContent-Length: " + QByteArray::number(jsonBody.size()) + "\r\n";
    }
    r += "\r\n";
    r += jsonBody;
    return r;
}

std::optional<LabHttpResponse> LabHttpClient::takeResponse(QByteArray& buffer, bool* closeAfter)
{
    const qsizetype end = buffer.indexOf("\r\n\r\n");
    if (end < 0) {
        if (buffer.size() > 64 * 1024) {
            buffer.clear();
            return LabHttpResponse{-1, {}, {}};
        }
        return std::nullopt;
    }
    LabHttpResponse r;
    const QList<QByteArray> lines = buffer.left(end).split('\n');
    const QByteArray statusLine = lines.value(0).trimmed();
    // "HTTP/1.1 200 OK"
    const QList<QByteArray> parts = statusLine.split(' ');
    bool ok = false;
    r.status = parts.size() >= 2 && statusLine.startsWith("HTTP/1.") ? parts.at(1).toInt(&ok) : 0;
    if (!ok) {
        buffer.clear();
        return LabHttpResponse{-1, {}, {}};
    }
    qint64 length = 0;
    bool close = false;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray& line = lines.at(i);
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0) {
            continue;
        }
        QByteArray name = line.left(colon).trimmed().toLower();
        QByteArray value = line.mid(colon + 1).trimmed();
        if (name == "content-length") {
            length = value.toLongLong();
        } else if (name == "connection" && value.toLower() == "close") {
            close = true;
        }
        r.headers.append({std::move(name), std::move(value)});
    }
    if (buffer.size() < end + 4 + length) {
        return std::nullopt;
    }
    r.body = buffer.mid(end + 4, length);
    buffer.remove(0, end + 4 + length);
    if (closeAfter != nullptr) {
        *closeAfter = close;
    }
    return r;
}

Result<void> LabHttpClient::ensureConnected(int timeoutMs)
{
    if (m_socket && m_socket->state() == QAbstractSocket::ConnectedState) {
        return {};
    }
    m_socket = std::make_unique<QTcpSocket>();
    m_buffer.clear();
    m_socket->connectToHost(m_address, m_port);
    if (!m_socket->waitForConnected(timeoutMs)) {
        return fail(QStringLiteral("lab.http"),
                    QStringLiteral("Cannot connect to the scratch server: %1").arg(m_socket->errorString()));
    }
    m_socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    return {};
}

Result<LabHttpResponse> LabHttpClient::request(QByteArrayView method, QByteArrayView path,
                                               const QList<QByteArray>& headers, const QByteArray& jsonBody,
                                               int timeoutMs)
{
    const QDeadlineTimer deadline(timeoutMs);
    // One retry: a keep-alive connection the server closed while idle shows up only at the next request.
    for (int attempt = 0; attempt < 2; ++attempt) {
        if (auto ok = ensureConnected(timeoutMs); !ok) {
            return std::unexpected(ok.error());
        }
        m_socket->write(buildRequest(method, path, headers, jsonBody));
        while (true) {
            bool close = false;
            if (auto r = takeResponse(m_buffer, &close); r) {
                if (close) {
                    m_socket.reset();
                }
                if (r->status < 0) {
                    return fail(QStringLiteral("lab.http"), QStringLiteral("The server sent a malformed response."));
                }
                return *r;
            }
            if (deadline.hasExpired()) {
                m_socket.reset();
                return fail(QStringLiteral("lab.http"), QStringLiteral("The scratch server did not answer in time."));
            }
            if (!m_socket->waitForReadyRead(static_cast<int>(std::max<qint64>(1, deadline.remainingTime())))) {
                if (m_socket->state() != QAbstractSocket::ConnectedState && m_buffer.isEmpty()) {
                    break; // closed before answering: reconnect once
                }
                if (deadline.hasExpired()) {
                    continue;
                }
            }
            m_buffer += m_socket->readAll();
        }
        m_socket.reset();
    }
    return fail(QStringLiteral("lab.http"), QStringLiteral("The scratch server closed the connection."));
}

} // namespace authscope::lab
