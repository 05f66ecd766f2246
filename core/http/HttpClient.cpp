#include "core/http/HttpClient.h"

#include "core/http/HttpResponseReader.h"

#include <QDeadlineTimer>
#include <QNetworkProxy>
#include <QTcpSocket>

namespace authscope::http {

namespace {

constexpr HttpResponseReader::Options kReaderLimits{};
// Beyond this much unread input the answer is refused, whatever it is.
constexpr qint64 kMaxBuffered = kReaderLimits.maxHeadBytes + kReaderLimits.maxBodyBytes + 64 * 1024;

} // namespace

HttpClient::HttpClient(QString host, quint16 port, Options options)
    : m_host(std::move(host)), m_port(port), m_options(std::move(options))
{}

HttpClient::~HttpClient() = default;

QString HttpClient::peerName() const
{
    return (m_host.contains(u':') ? u'[' + m_host + u']' : m_host) + u':' + QString::number(m_port);
}

QByteArray HttpClient::requestBytes(QByteArrayView method, QByteArrayView target, const Headers& headers,
                                    QByteArrayView body) const
{
    QByteArray r;
    r.reserve(256 + body.size());
    r += method;
    r += ' ';
    r += target;
    r += " HTTP/1.1\r\nHost: ";
    r += m_options.hostHeader.isEmpty() ? peerName().toUtf8() : m_options.hostHeader;
    r += "\r\n";
    if (!m_options.userAgent.isEmpty()) {
        r += "User-Agent: " + m_options.userAgent + "\r\n";
    }
    if (!m_options.keepAlive) {
        r += "Connection: close\r\n";
    }
    for (const auto& [name, value] : headers) {
        r += name + ": " + value + "\r\n";
    }
    if (!body.isEmpty() || method == "POST" || method == "PUT") {
        r += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    }
    r += "\r\n";
    r += body;
    return r;
}

Result<HttpClientResponse> HttpClient::send(QByteArrayView method, QByteArrayView target, const Headers& headers,
                                            QByteArrayView body)
{
    return exchange(requestBytes(method, target, headers, body), method == "HEAD");
}

Result<HttpClientResponse> HttpClient::sendRaw(QByteArrayView bytes, bool headRequest)
{
    return exchange(bytes, headRequest);
}

void HttpClient::close()
{
    m_socket.reset();
    m_buffer.clear();
}

Result<void> HttpClient::open(const QDeadlineTimer& deadline)
{
    close();
    m_socket = std::make_unique<QTcpSocket>();
    // Straight to the target: never through a proxy the environment may name.
    m_socket->setProxy(QNetworkProxy::NoProxy);
    m_socket->connectToHost(m_host, m_port);
    if (!m_socket->waitForConnected(static_cast<int>(std::max<qint64>(1, deadline.remainingTime())))) {
        const QString why = m_socket->errorString();
        close();
        return fail(QStringLiteral("http.connect"), QStringLiteral("Cannot connect to %1: %2").arg(peerName(), why));
    }
    // Small requests, one at a time: do not wait for Nagle.
    m_socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    return {};
}

Result<HttpClientResponse> HttpClient::exchange(QByteArrayView bytes, bool headRequest)
{
    const QDeadlineTimer deadline(m_options.timeoutMs);
    for (int attempt = 0;; ++attempt) {
        const bool reused = m_socket && m_socket->state() == QAbstractSocket::ConnectedState;
        if (!reused) {
            if (auto opened = open(deadline); !opened) {
                return std::unexpected(opened.error());
            }
        }
        m_socket->write(bytes.data(), bytes.size());
        auto response = receive(headRequest, deadline);
        // A kept connection the server closed while idle shows up only now: once more on a new one.
        if (!response && reused && attempt == 0 && response.error().code == QStringLiteral("http.closed")) {
            close();
            continue;
        }
        if (!response || response->closeAfter || !m_options.keepAlive) {
            close();
        }
        return response;
    }
}

Result<HttpClientResponse> HttpClient::receive(bool headRequest, const QDeadlineTimer& deadline)
{
    HttpResponseReader::Options options = kReaderLimits;
    options.headRequest = headRequest;
    HttpClientResponse response;
    while (true) {
        if (m_socket->bytesAvailable() > 0) {
            m_buffer += m_socket->readAll();
        }
        if (m_buffer.size() > kMaxBuffered) {
            return fail(QStringLiteral("http.bad-response"),
                        QStringLiteral("%1 sent a response over %2 bytes.").arg(peerName()).arg(kMaxBuffered));
        }
        // Checked after reading: what arrived before the close is in the buffer by now.
        options.closed = m_socket->state() != QAbstractSocket::ConnectedState;
        const HttpResponseReader::Outcome outcome = HttpResponseReader::read(m_buffer, response, options);
        if (outcome.step == HttpResponseReader::Step::Ready) {
            m_buffer.remove(0, outcome.consumed);
            return response;
        }
        if (outcome.step == HttpResponseReader::Step::Failed) {
            return fail(QStringLiteral("http.bad-response"),
                        QStringLiteral("%1 sent %2.").arg(peerName(), outcome.problem));
        }
        if (options.closed) {
            return fail(QStringLiteral("http.closed"),
                        QStringLiteral("%1 closed the connection without a response (%2).")
                            .arg(peerName(), m_socket->errorString()));
        }
        if (deadline.hasExpired()) {
            return fail(
                QStringLiteral("http.timeout"),
                QStringLiteral("%1 sent no complete response within %2 ms.").arg(peerName()).arg(m_options.timeoutMs));
        }
        // Short waits. waitForReadyRead also flushes what is left to write, and it reads an early answer (a 431
        // while a huge request is still going out) as soon as it arrives: waiting for the write instead would
        // meet the server's close first and lose that answer with the connection.
        const int wait = static_cast<int>(std::clamp<qint64>(deadline.remainingTime(), 1, 100));
        m_socket->waitForReadyRead(wait);
    }
}

} // namespace authscope::http
