#include "core/http/ConnectionGuard.h"

#include "core/http/HttpResponse.h"

#include <QTcpSocket>
#include <QTimer>

namespace authscope::http {

ConnectionGuard::ConnectionGuard(QTcpSocket* socket, const HttpServerConfig& config)
    : QObject(socket), m_socket(socket), m_maxHeaderBytes(config.maxHeaderBytes), m_maxBodyBytes(config.maxBodyBytes),
      m_headerTimeoutMs(config.headerTimeoutMs), m_idleTimeoutMs(config.idleTimeoutMs), m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &ConnectionGuard::onTimeout);
    connect(m_socket, &QTcpSocket::readyRead, this, &ConnectionGuard::onReadyRead);
    // A new connection must send its first request as promptly as any later one.
    m_timer->start(m_headerTimeoutMs);
}

void ConnectionGuard::onReadyRead()
{
    if (m_state == State::Rejected) {
        m_socket->readAll(); // keep Qt's parser from seeing anything after a refusal
        return;
    }
    // Qt's own handler, connected after this one, reads everything that is buffered; what is buffered now
    // is therefore what arrived since the last call.
    const QByteArray chunk = m_socket->peek(m_socket->bytesAvailable());
    consume(chunk);
    if (m_state == State::Rejected) {
        m_socket->readAll();
    }
}

void ConnectionGuard::consume(QByteArrayView data)
{
    while (!data.isEmpty() && m_state != State::Rejected) {
        if (m_state == State::Body) {
            const qint64 take = std::min<qint64>(m_bodyRemaining, data.size());
            m_bodyRemaining -= take;
            data = data.sliced(take);
            if (m_bodyRemaining == 0) {
                m_state = State::Headers;
                m_timer->start(m_idleTimeoutMs);
            }
            continue;
        }
        // Headers: look for the blank line, keeping at most the cap (plus 3 bytes to find a split "\r\n\r\n").
        if (m_head.isEmpty()) {
            m_timer->start(m_headerTimeoutMs);
        }
        const qsizetype before = m_head.size();
        const qsizetype room = m_maxHeaderBytes + 4 - before;
        const qsizetype take = std::min<qsizetype>(room, data.size());
        m_head.append(data.first(take));
        const qsizetype end = m_head.indexOf("\r\n\r\n", std::max<qsizetype>(0, before - 3));
        if (end < 0) {
            if (m_head.size() > m_maxHeaderBytes) {
                reject(431, QStringLiteral("request_header_too_large"),
                       QStringLiteral("The request line and headers exceed %1 bytes.").arg(m_maxHeaderBytes));
            }
            data = data.sliced(take);
            continue;
        }
        const qsizetype headerLength = end + 4;
        if (headerLength > m_maxHeaderBytes) {
            reject(431, QStringLiteral("request_header_too_large"),
                   QStringLiteral("The request line and headers exceed %1 bytes.").arg(m_maxHeaderBytes));
            return;
        }
        // What came after the blank line belongs to the body (or the next request).
        const qsizetype usedFromData = headerLength - before;
        qint64 contentLength = 0;
        const QList<QByteArray> lines = m_head.first(end).split('\n');
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QByteArray line = lines.at(i).trimmed();
            const qsizetype colon = line.indexOf(':');
            if (colon <= 0) {
                continue;
            }
            const QByteArray name = line.first(colon).trimmed().toLower();
            const QByteArray value = line.sliced(colon + 1).trimmed();
            if (name == "transfer-encoding") {
                reject(411, QStringLiteral("length_required"),
                       QStringLiteral("Chunked request bodies are not accepted; send Content-Length."));
                return;
            }
            if (name == "content-length") {
                bool ok = false;
                contentLength = value.toLongLong(&ok);
                if (!ok || contentLength < 0) {
                    reject(400, QStringLiteral("invalid_request"), QStringLiteral("Content-Length is not a number."));
                    return;
                }
            }
        }
        if (contentLength > m_maxBodyBytes) {
            reject(413, QStringLiteral("request_too_large"),
                   QStringLiteral("The request body of %1 bytes exceeds the limit of %2 bytes.")
                       .arg(contentLength)
                       .arg(m_maxBodyBytes));
            return;
        }
        m_head.clear();
        data = data.sliced(std::min<qsizetype>(usedFromData, data.size()));
        if (contentLength > 0) {
            m_state = State::Body;
            m_bodyRemaining = contentLength;
            m_timer->start(m_headerTimeoutMs);
        } else {
            m_timer->start(m_idleTimeoutMs);
        }
    }
}

void ConnectionGuard::onTimeout()
{
    if (m_state == State::Rejected) {
        m_socket->abort();
        return;
    }
    if (m_state == State::Headers && m_head.isEmpty()) {
        // Idle keep-alive connection: close quietly.
        m_socket->disconnectFromHost();
        return;
    }
    reject(408, QStringLiteral("request_timeout"),
           QStringLiteral("The request did not arrive within %1 ms.").arg(m_headerTimeoutMs));
}

void ConnectionGuard::reject(int status, const QString& code, const QString& message)
{
    if (m_state == State::Rejected) {
        return;
    }
    m_state = State::Rejected;
    const QByteArray response = HttpResponse::closingErrorWire(status, code, message);
    m_socket->write(response);
    m_socket->disconnectFromHost();
    // If the peer never reads, do not keep the socket forever.
    m_timer->start(5000);
    Q_EMIT rejected(status, code);
}

} // namespace authscope::http
