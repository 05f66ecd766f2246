#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

namespace authscope::http {

// Reads HTTP/1.1 requests (RFC 9112) from one connection's byte stream, one after another (keep-alive and
// pipelining), without touching a socket: the connection appends what arrived and asks for the next request.
//
// Why by hand (docs/architecture.md asks for a reason): Qt 6.4's QHttpServer reads the request line and every header
// one byte per QIODevice::read() call. Measured here, that costs ~13 ns per header byte: a 700-byte RS256 bearer token
// alone took /healthz from ~90k to ~50k req/s, more than checking the token. This parser finds lines with memchr and
// copies each header once. QHttpServer stays available behind HttpServerConfig::httpParser (the benchmark and the tests
// run both).
//
// It is strict where leniency enables request smuggling or hides client bugs: whitespace before a colon,
// obsolete line folding, a bare CR, a control character in a value, conflicting Content-Length values,
// any Transfer-Encoding (bodies must have a Content-Length here), a missing or repeated Host in HTTP/1.1 and a
// fragment in the target are all refused. After a refusal the parser stays failed: the connection answers
// once and closes, since where the next request starts is no longer known.
class HttpRequestParser final
{
public:
    struct Limits
    {
        int maxHeaderBytes = 16 * 1024;  // request line + headers + blank line; beyond: 431 (414 for the line)
        qint64 maxBodyBytes = 64 * 1024; // Content-Length beyond: 413
        int maxHeaderCount = 100;        // beyond: 431
    };

    struct Request
    {
        QByteArray method;    // as sent (methods are case-sensitive): "GET", "POST", ...
        QByteArray target;    // the request-target as sent: "/api/me?x=1", "http://host/p", "*"
        QByteArray path;      // still percent-encoded, without the query: "/api/me"; "*" for OPTIONS *
        QByteArray query;     // still percent-encoded, without '?'; empty when none
        int minorVersion = 1; // HTTP/1.<minorVersion>; 0 or 1 (1.2+ answered as 1.1)
        QList<QPair<QByteArray, QByteArray>> headers; // names lower-cased, values without surrounding spaces
        QByteArray body;
        bool keepAlive = true; // false: answer, then close (Connection: close, or HTTP/1.0 without keep-alive)
    };

    struct Error
    {
        int status = 400;
        QString code;    // "invalid_request", "request_header_too_large", ...
        QString message; // for the client and the log; never quotes header values
        // The request line's method and path (without the query) when it was read before the refusal, for the log.
        QByteArray method;
        QByteArray path;
    };

    enum class Step
    {
        NeedMore, // the buffered bytes do not hold a complete request yet
        Ready,    // takeRequest() returns the next request
        Failed    // error() says why; nothing more will be parsed
    };

    HttpRequestParser();
    explicit HttpRequestParser(Limits limits);

    // Buffers bytes that arrived. Cheap; parsing happens in next().
    void append(QByteArrayView data);
    // Parses as far as the buffer allows.
    Step next();
    // The request next() reported Ready for (moved out).
    [[nodiscard]] Request takeRequest();
    [[nodiscard]] const Error& error() const { return m_error; }

    // The headers of the current request are complete, it asked for "Expect: 100-continue" and its body has
    // not fully arrived: the connection should send "HTTP/1.1 100 Continue" once and call continueSent().
    [[nodiscard]] bool wantsContinue() const { return m_wantsContinue; }
    void continueSent() { m_wantsContinue = false; }

    // Some bytes of a request (beyond blank lines between requests) have arrived, but not all of it.
    [[nodiscard]] bool requestInProgress() const;
    // Bytes buffered and not yet consumed by a returned request.
    [[nodiscard]] qsizetype bufferedBytes() const { return m_buffer.size() - m_pos; }

private:
    enum class State
    {
        Head,
        Body,
        Ready,
        Failed
    };

    struct HeadFacts;

    Step fail(int status, const QString& code, const QString& message);
    // The head's steps; each returns Ready to go on or Failed (after fail()).
    Step parseHead(qsizetype headEnd);
    Step parseRequestLine(QByteArrayView line, Request& request);
    Step parseTarget(QByteArrayView method, QByteArrayView target, Request& request);
    Step parseHeaderLine(QByteArrayView line, Request& request, HeadFacts& facts);
    Step finishHead(Request&& request, const HeadFacts& facts, qsizetype headEnd);
    void compact();

    Limits m_limits;
    QByteArray m_buffer;
    qsizetype m_pos = 0;      // first unconsumed byte
    qsizetype m_scanFrom = 0; // where the search for the end of the head resumes (absolute)
    State m_state = State::Head;
    Request m_request;
    qint64 m_bodyLength = 0;
    bool m_wantsContinue = false;
    Error m_error;
};

} // namespace authscope::http
