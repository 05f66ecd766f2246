#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QPair>

namespace authscope::test {

// A raw HTTP/1.1 exchange over a real socket, for tests that need exact control of what goes on the wire.
struct RawHttpResponse
{
    int status = 0;
    QList<QPair<QByteArray, QByteArray>> headers; // names lower-cased
    QByteArray body;
    bool closed = false; // the server closed the connection
    QByteArray header(QByteArrayView name) const;
    QList<QByteArray> headerValues(QByteArrayView name) const;
    QJsonObject json() const;
};

// Sends `request` bytes as they are to 127.0.0.1:port and reads one response (or until the server closes).
RawHttpResponse rawHttp(quint16 port, const QByteArray& request, int timeoutMs = 10000);

// Builds and sends a request with the given method, path, headers and body (Content-Length added).
RawHttpResponse fetch(quint16 port, const QByteArray& method, const QByteArray& path,
                      const QList<QPair<QByteArray, QByteArray>>& headers = {}, const QByteArray& body = {},
                      int timeoutMs = 10000);

// Parses one response from the start of `data`; status 0 when incomplete. `headRequest`: the answer to a HEAD,
// whose Content-Length describes a body that is not sent.
RawHttpResponse parseResponse(const QByteArray& data, qsizetype* consumed = nullptr, bool headRequest = false);

} // namespace authscope::test
