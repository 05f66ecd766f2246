#pragma once

#include "core/http/HttpServerConfig.h"

#include <QByteArray>
#include <QObject>

class QTcpSocket;
class QTimer;

namespace authscope::http {

// Watches the bytes of one connection before Qt's HTTP parser reads them and enforces what Qt 6.4's
// QHttpServer does not: a cap on header bytes (431), on body bytes (413), no chunked bodies (411), and time
// limits for a request's headers (408, against slowloris) and for idle keep-alive connections. It reads only
// the request framing (header end, Content-Length, Transfer-Encoding); Qt still parses the request.
class ConnectionGuard final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionGuard)

public:
    // Must be made before Qt connects its own readyRead handler, so that it sees each chunk first.
    ConnectionGuard(QTcpSocket* socket, const HttpServerConfig& config);

    // Refuses the connection with a JSON error and closes it (also used for "too many connections").
    void reject(int status, const QString& code, const QString& message);

Q_SIGNALS:
    void rejected(int status, const QString& code);

private:
    void onReadyRead();
    void consume(QByteArrayView data);
    void onTimeout();

    enum class State
    {
        Headers,
        Body,
        Rejected
    };

    QTcpSocket* m_socket;
    int m_maxHeaderBytes;
    qint64 m_maxBodyBytes;
    int m_headerTimeoutMs;
    int m_idleTimeoutMs;
    State m_state = State::Headers;
    QByteArray m_head; // header bytes of the request being received (bounded by the cap)
    qint64 m_bodyRemaining = 0;
    QTimer* m_timer;
};

} // namespace authscope::http
