#include "core/http/HttpConnection.h"

#include "core/http/HttpEngine.h"
#include "core/http/HttpRequest.h"
#include "core/http/HttpResponse.h"

#include <QTcpSocket>
#include <QTimer>
#include <QUrl>

namespace authscope::http {

namespace {

constexpr qint64 kMaxPendingOutput = 1024 * 1024; // answers waiting for a slow reader before we stop reading
constexpr qint64 kSocketReadBuffer = 256 * 1024;  // what Qt buffers for us; beyond it TCP pushes back
constexpr int kClosingGraceMs = 5000;

HttpRequestParser::Limits limitsFor(const HttpServerConfig& config)
{
    HttpRequestParser::Limits limits;
    limits.maxHeaderBytes = config.maxHeaderBytes;
    limits.maxBodyBytes = config.maxBodyBytes;
    return limits;
}

} // namespace

HttpConnection::HttpConnection(QTcpSocket* socket, const HttpServerConfig& config, HttpEngine* engine)
    : QObject(socket), m_socket(socket), m_engine(engine), m_parser(limitsFor(config)), m_peer(socket->peerAddress()),
      m_timer(new QTimer(this)), m_headerTimeoutMs(config.headerTimeoutMs), m_idleTimeoutMs(config.idleTimeoutMs)
{
    m_socket->setReadBufferSize(kSocketReadBuffer);
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &HttpConnection::onTimeout);
    connect(m_socket, &QTcpSocket::readyRead, this, &HttpConnection::pump);
    connect(m_socket, &QTcpSocket::bytesWritten, this, &HttpConnection::onBytesWritten);
    // A new connection must send its first request as promptly as any later one.
    arm(Timer::Request, m_headerTimeoutMs);
}

void HttpConnection::arm(Timer which, int ms)
{
    m_armed = which;
    m_timer->start(ms);
}

void HttpConnection::pump()
{
    if (m_closing) {
        m_socket->readAll(); // nothing after the last answer is read
        return;
    }
    if (m_socket->bytesToWrite() > kMaxPendingOutput) {
        m_paused = true; // resumed from onBytesWritten
        return;
    }
    if (m_socket->bytesAvailable() > 0) {
        m_parser.append(m_socket->readAll());
    }
    QByteArray out;
    while (true) {
        const HttpRequestParser::Step step = m_parser.next();
        if (step == HttpRequestParser::Step::Ready) {
            HttpRequest request = HttpRequest::fromParsed(m_parser.takeRequest(), m_peer);
            request.receivedNs = m_engine->now();
            out += m_engine->serve(request);
            if (!request.keepAlive) {
                m_closing = true;
                break;
            }
            if (m_socket->bytesToWrite() + out.size() > kMaxPendingOutput) {
                m_paused = true; // pipelined requests stay in the parser until the client reads
                break;
            }
            continue;
        }
        if (step == HttpRequestParser::Step::Failed) {
            if (!out.isEmpty()) {
                m_socket->write(out); // the answers to the good requests before it still go out first
            }
            const HttpRequestParser::Error& error = m_parser.error();
            reject(error.status, error.code, error.message, error.method,
                   error.path.isEmpty() ? QString() : QUrl::fromPercentEncoding(error.path).left(256));
            return;
        }
        if (m_parser.wantsContinue()) {
            out += "HTTP/1.1 100 Continue\r\n\r\n";
            m_parser.continueSent();
        }
        break;
    }
    if (!out.isEmpty()) {
        m_socket->write(out);
    }
    if (m_closing) {
        m_socket->disconnectFromHost(); // after what was written has been sent
        arm(Timer::Closing, kClosingGraceMs);
        return;
    }
    if (m_paused) {
        arm(Timer::Idle, m_idleTimeoutMs);
    } else if (m_parser.requestInProgress()) {
        // Counts from the first byte of the request, not per chunk; a request that began behind one answered
        // just now starts its own count.
        if (m_armed != Timer::Request || !out.isEmpty()) {
            arm(Timer::Request, m_headerTimeoutMs);
        }
    } else if (!out.isEmpty() || m_armed != Timer::Idle) {
        arm(Timer::Idle, m_idleTimeoutMs);
    }
}

void HttpConnection::onBytesWritten()
{
    if (m_paused && m_socket->bytesToWrite() <= kMaxPendingOutput / 2) {
        m_paused = false;
        pump();
    }
}

void HttpConnection::onTimeout()
{
    switch (m_armed) {
    case Timer::Closing:
        m_socket->abort();
        return;
    case Timer::Idle:
        if (m_paused) {
            m_socket->abort(); // the client has not read its answers for the whole idle time
            return;
        }
        m_socket->disconnectFromHost();
        arm(Timer::Closing, kClosingGraceMs);
        return;
    case Timer::Request:
        if (!m_parser.requestInProgress() && m_parser.bufferedBytes() == 0) {
            // The connection never sent anything (or only blank lines) within the time limit: close quietly.
            m_socket->disconnectFromHost();
            arm(Timer::Closing, kClosingGraceMs);
            return;
        }
        reject(408, QStringLiteral("request_timeout"),
               QStringLiteral("The request did not arrive within %1 ms.").arg(m_headerTimeoutMs));
        return;
    case Timer::None:
        return;
    }
}

void HttpConnection::reject(int status, const QString& code, const QString& message, const QByteArray& method,
                            const QString& path)
{
    if (m_closing) {
        return;
    }
    m_closing = true;
    m_socket->write(HttpResponse::closingErrorWire(status, code, message));
    m_socket->readAll();
    m_socket->disconnectFromHost();
    arm(Timer::Closing, kClosingGraceMs);
    Q_EMIT rejected(status, code, method, path);
}

} // namespace authscope::http
