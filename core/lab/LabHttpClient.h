#pragma once

#include "core/common/Error.h"

#include <QByteArray>
#include <QHostAddress>
#include <QList>

#include <memory>
#include <optional>
#include <utility>

class QTcpSocket;

namespace authscope::lab {

// One HTTP/1.1 answer as the Lab needs it: status, headers and body.
struct LabHttpResponse
{
    int status = 0;
    QList<std::pair<QByteArray, QByteArray>> headers; // names lower-cased
    QByteArray body;

    [[nodiscard]] QByteArray header(QByteArrayView lowerName) const;
};

// A small blocking HTTP/1.1 client on one keep-alive connection, for the Lab's logins and polls against the local
// test server (plain HTTP on loopback; for use in worker threads, never in the GUI thread). Content-Length bodies
// only, which is all the test server sends. It reconnects when the server closed the connection.
class LabHttpClient final
{
public:
    LabHttpClient(QHostAddress address, quint16 port);
    ~LabHttpClient();
    Q_DISABLE_COPY_MOVE(LabHttpClient)

    // `headers` are complete lines without CRLF ("Cookie: sid=..."); a body is sent as application/json.
    Result<LabHttpResponse> request(QByteArrayView method, QByteArrayView path, const QList<QByteArray>& headers = {},
                                    const QByteArray& jsonBody = {}, int timeoutMs = 5000);

    // The request bytes of a GET with these header lines (the load generator sends the same).
    [[nodiscard]] static QByteArray buildRequest(QByteArrayView method, QByteArrayView path,
                                                 const QList<QByteArray>& headers, const QByteArray& jsonBody = {});
    // Takes one complete response off the front of `buffer`; nullopt while incomplete; status -1 when malformed.
    [[nodiscard]] static std::optional<LabHttpResponse> takeResponse(QByteArray& buffer, bool* closeAfter = nullptr);

private:
    Result<void> ensureConnected(int timeoutMs);

    QHostAddress m_address;
    quint16 m_port = 0;
    std::unique_ptr<QTcpSocket> m_socket;
    QByteArray m_buffer;
};

} // namespace authscope::lab
