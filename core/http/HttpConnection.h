#pragma once

#include "core/http/HttpRequestParser.h"
#include "core/http/HttpServerConfig.h"

#include <QHostAddress>
#include <QObject>

class QTcpSocket;
class QTimer;

namespace authscope::http {

class HttpEngine;

// One client connection served by our own HTTP/1.1 parser (HttpServerConfig::HttpParser::Own, the default):
// reads what arrived, answers every complete request in order (keep-alive, pipelining, Expect: 100-continue,
// HTTP/1.0), and enforces the limits: header bytes (431/414), body bytes (413), no transfer codings (411), a
// time limit for a request to arrive once it has started (408, against slowloris), an idle limit between
// requests, and back-pressure (a client that sends requests without reading the answers is no longer read
// once 1 MiB of answers waits for it). A malformed request gets one JSON error and the connection closes.
// Lives in the server thread as a child of its socket.
class HttpConnection final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HttpConnection)

public:
    HttpConnection(QTcpSocket* socket, const HttpServerConfig& config, HttpEngine* engine);

    // Answers with a JSON error and closes (also used for "too many connections"). `method` and `path` name the
    // refused request for the log when its request line was read.
    void reject(int status, const QString& code, const QString& message, const QByteArray& method = {},
                const QString& path = {});

Q_SIGNALS:
    void rejected(int status, const QString& code, const QByteArray& method, const QString& path);

private:
    void pump();
    void onBytesWritten();
    void onTimeout();

    enum class Timer
    {
        None,
        Request, // a request has started: it must complete within headerTimeoutMs
        Idle,    // between requests: close quietly after idleTimeoutMs
        Closing  // answered and closing: abort if the peer never reads
    };
    void arm(Timer which, int ms);

    QTcpSocket* m_socket;
    HttpEngine* m_engine;
    HttpRequestParser m_parser;
    QHostAddress m_peer;
    QTimer* m_timer;
    int m_headerTimeoutMs;
    int m_idleTimeoutMs;
    Timer m_armed = Timer::None;
    bool m_closing = false; // answered for the last time; whatever else arrives is discarded
    bool m_paused = false;  // too many answers wait to be read: stop reading until they drain
};

} // namespace authscope::http
