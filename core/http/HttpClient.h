#pragma once

#include "core/common/Error.h"
#include "core/http/HttpClientResponse.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

#include <memory>

class QDeadlineTimer;
class QTcpSocket;

namespace authscope::http {

// A small blocking HTTP/1.1 client over plain TCP, for our own tools against servers we point them at: the Lab's
// polls of its scratch server, the self-attack check and the tests. Blocking with waitFor*, so it works in a thread
// without an event loop (never call it in the GUI thread). It writes and reads together, so a server that answers
// (431, 413) and closes before reading a large request is still heard. Never through a proxy.
//
// Why not QNetworkAccessManager: it needs an event loop, normalises what
// goes on the wire, and cannot send the malformed requests the attack check and the parser tests must send.
//
// Errors: http.connect (refused, unreachable, timed out connecting), http.closed (the connection closed before a
// byte of the response), http.timeout (no complete response in time), http.bad-response (not an HTTP/1.x response,
// cut off, or too large).
class HttpClient final
{
public:
    using Headers = QList<QPair<QByteArray, QByteArray>>;

    struct Options
    {
        int timeoutMs = 10'000; // per exchange, connecting included
        // Keep the connection for the next request (reconnecting once if the server closed it while idle); false:
        // every request says "Connection: close" and gets a connection of its own.
        bool keepAlive = true;
        QByteArray hostHeader; // empty: "host:port"
        QByteArray userAgent;  // empty: none is sent
    };

    HttpClient(QString host, quint16 port, Options options);
    ~HttpClient();
    Q_DISABLE_COPY_MOVE(HttpClient)

    // One request: the request line, Host, User-Agent, Connection: close (without keep-alive), `headers` as given,
    // Content-Length when there is a body (or the method is POST or PUT), then `body`.
    [[nodiscard]] Result<HttpClientResponse> send(QByteArrayView method, QByteArrayView target,
                                                  const Headers& headers = {}, QByteArrayView body = {});
    // The one way to send bytes no well-behaved client would (malformed framing, smuggling attempts, bare CRs):
    // `bytes` go out exactly as they are, and the answer is read like any other. `headRequest`: the answer is to a
    // HEAD, so it has no body.
    [[nodiscard]] Result<HttpClientResponse> sendRaw(QByteArrayView bytes, bool headRequest = false);

    // The bytes send() puts on the wire (the load generator sends them again and again).
    [[nodiscard]] QByteArray requestBytes(QByteArrayView method, QByteArrayView target, const Headers& headers = {},
                                          QByteArrayView body = {}) const;

    void setTimeout(int timeoutMs) { m_options.timeoutMs = timeoutMs; }
    // Closes the kept connection, if any.
    void close();

    [[nodiscard]] QString host() const { return m_host; }
    [[nodiscard]] quint16 port() const { return m_port; }

private:
    Result<void> open(const QDeadlineTimer& deadline);
    Result<HttpClientResponse> exchange(QByteArrayView bytes, bool headRequest);
    Result<HttpClientResponse> receive(bool headRequest, const QDeadlineTimer& deadline);
    [[nodiscard]] QString peerName() const;

    QString m_host;
    quint16 m_port = 0;
    Options m_options;
    std::unique_ptr<QTcpSocket> m_socket;
    QByteArray m_buffer; // received and not yet read as a response
};

} // namespace authscope::http
