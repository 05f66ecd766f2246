#pragma once

#include "core/http/HttpClientResponse.h"

#include <QByteArray>
#include <QList>
#include <QPair>

#include <functional>

class QTcpSocket;

namespace authscope::test {

// Real HTTP/1.1 exchanges over real sockets, through the project's own client (core/http), for tests that need
// exact control of what goes on the wire.
using RawHttpResponse = http::HttpClientResponse;

// Sends `request` bytes as they are to 127.0.0.1:port and reads one response; status 0 when none came (refused,
// closed, timed out, or not a response).
RawHttpResponse rawHttp(quint16 port, const QByteArray& request, int timeoutMs = 10000);

// Builds and sends a request with the given method, path, headers and body (Content-Length added, Connection:
// close) on a connection of its own.
RawHttpResponse fetch(quint16 port, const QByteArray& method, const QByteArray& path,
                      const QList<QPair<QByteArray, QByteArray>>& headers = {}, const QByteArray& body = {},
                      int timeoutMs = 10000);

// Parses one response from the start of `data`; status 0 when incomplete. `headRequest`: the answer to a HEAD,
// whose Content-Length describes a body that is not sent.
RawHttpResponse parseResponse(const QByteArray& data, qsizetype* consumed = nullptr, bool headRequest = false);

// A connection of the test's own, for bytes written by hand: connects `socket` to 127.0.0.1:port; false when it is
// not up within 5 s.
[[nodiscard]] bool connectTo(QTcpSocket& socket, quint16 port);
// Reads responses from `socket` until `count` have arrived, the server closes, or `timeoutMs` has passed.
QList<RawHttpResponse> readResponses(QTcpSocket& socket, int count, int timeoutMs = 10000);
// Reads from `socket` until what arrived satisfies `done` or `timeoutMs` has passed: everything read.
QByteArray readUntil(QTcpSocket& socket, const std::function<bool(const QByteArray& data)>& done, int timeoutMs = 5000);
// Waits until the server has closed `socket` (reading and dropping what it still sends); false when it has not
// within `timeoutMs`.
[[nodiscard]] bool waitUntilClosed(QTcpSocket& socket, int timeoutMs = 5000);

} // namespace authscope::test
